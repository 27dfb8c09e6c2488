// SPDX-License-Identifier: MIT
#include "jsonreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SmtpCodes {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray intArray(const QList<int> &numbers)
{
    QJsonArray array;
    for (int number : numbers)
        array.append(number);
    return array;
}

QJsonArray rfcArray(const QList<RfcReference> &references)
{
    QJsonArray array;
    for (const RfcReference &reference : references) {
        array.append(QJsonObject{{QStringLiteral("rfc"), reference.rfc},
                                 {QStringLiteral("section"), reference.section},
                                 {QStringLiteral("url"), reference.url().toString()}});
    }
    return array;
}

QJsonObject replyObject(const ReplyCode &code)
{
    QStringList enhanced;
    for (const EnhancedCode &enhancedCode : code.enhancedCodes)
        enhanced << enhancedCode.toString();
    QJsonArray example;
    for (const ExchangeLine &line : code.example) {
        example.append(
            QJsonObject{{QStringLiteral("from"), line.sender == ExchangeLine::Sender::Client
                                                     ? QStringLiteral("client")
                                                     : QStringLiteral("server")},
                        {QStringLiteral("text"), line.text}});
    }
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("reply")},
        {QStringLiteral("code"), code.code},
        {QStringLiteral("name"), code.name},
        {QStringLiteral("class"), code.code / 100},
        {QStringLiteral("classLabel"), replyClassLabel(code.replyClass())},
        {QStringLiteral("standard"), code.standard},
        {QStringLiteral("origin"), textOrNull(code.origin)},
        {QStringLiteral("summary"), code.summary},
        {QStringLiteral("description"), code.description},
        {QStringLiteral("whenYouSeeIt"), code.whenYouSeeIt()},
        {QStringLiteral("howToFix"), code.howToFix},
        {QStringLiteral("rfcs"), rfcArray(code.rfcs)},
        {QStringLiteral("commands"), QJsonArray::fromStringList(code.commands)},
        {QStringLiteral("enhancedCodes"), QJsonArray::fromStringList(enhanced)},
        {QStringLiteral("related"), intArray(code.related)},
        {QStringLiteral("example"), example},
        {QStringLiteral("notes"), QJsonArray::fromStringList(code.notes)},
    };
}

QJsonObject enhancedObject(const EnhancedReading &reading)
{
    const EnhancedEntry *entry = reading.entry;
    QStringList related;
    if (entry) {
        for (const EnhancedCode &code : entry->related)
            related << code.toString();
    }
    QJsonObject object{
        {QStringLiteral("kind"), QStringLiteral("enhanced")},
        {QStringLiteral("code"), reading.code.toString()},
        {QStringLiteral("registryCode"),
         entry ? QJsonValue(entry->code.toString()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("name"), entry ? textOrNull(entry->name) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("registered"), entry != nullptr},
        {QStringLiteral("deprecated"), entry && entry->deprecated},
        {QStringLiteral("class"), reading.code.isGeneric() ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(reading.code.codeClass)},
        {QStringLiteral("classes"), intArray(reading.classes())},
        {QStringLiteral("className"),
         reading.classInfo ? QJsonValue(reading.classInfo->name) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("subject"), reading.code.subject},
        {QStringLiteral("subjectName"), reading.subjectInfo ? QJsonValue(reading.subjectInfo->name)
                                                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("summary"),
         entry ? textOrNull(entry->summary) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("description"),
         entry ? textOrNull(entry->description) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("whenYouSeeIt"),
         entry ? textOrNull(entry->whenYouSeeIt()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("howToFix"),
         entry ? textOrNull(entry->howToFix) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rfcs"), rfcArray(entry ? entry->rfcs : QList<RfcReference>{})},
        {QStringLiteral("replyCodes"),
         intArray(entry ? entry->replyCodesInClass(reading.code.codeClass) : QList<int>{})},
        {QStringLiteral("related"), QJsonArray::fromStringList(related)},
        {QStringLiteral("example"),
         entry ? textOrNull(entry->example) : QJsonValue(QJsonValue::Null)},
    };
    return object;
}

QJsonObject entryObject(const CodeId &id, const Catalog &catalog)
{
    if (id.isReply()) {
        const ReplyCode *code = catalog.findReply(id.replyCode());
        return code ? replyObject(*code) : QJsonObject{};
    }
    return enhancedObject(catalog.readEnhanced(id.enhancedCode()));
}

QByteArray document(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

QByteArray JsonReport::explanation(const Explanation &explanation)
{
    QJsonArray findings;
    for (const Finding &finding : explanation.findings) {
        findings.append(QJsonObject{
            {QStringLiteral("recipient"), textOrNull(finding.recipient)},
            {QStringLiteral("action"), textOrNull(finding.action)},
            {QStringLiteral("replyCode"),
             finding.replyCode ? QJsonValue(*finding.replyCode) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("enhancedCode"), finding.enhancedCode
                                                 ? QJsonValue(finding.enhancedCode->toString())
                                                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("severity"), severityName(finding.severity)},
            {QStringLiteral("reason"), finding.reason},
            {QStringLiteral("reasonSource"), reasonSourceName(finding.reasonSource)},
            {QStringLiteral("text"), finding.text},
            {QStringLiteral("remoteMta"), textOrNull(finding.remoteMta)},
        });
    }
    return document(QJsonObject{{QStringLiteral("findings"), findings}});
}

QByteArray JsonReport::list(const Catalog &catalog)
{
    QJsonArray codes;
    for (const ReplyCode &code : catalog.replyCodes()) {
        codes.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("reply")},
                                 {QStringLiteral("code"), code.code},
                                 {QStringLiteral("name"), code.name},
                                 {QStringLiteral("class"), code.code / 100},
                                 {QStringLiteral("classLabel"), replyClassLabel(code.replyClass())},
                                 {QStringLiteral("standard"), code.standard}});
    }
    for (const EnhancedEntry &entry : catalog.enhancedCodes()) {
        codes.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("enhanced")},
                                 {QStringLiteral("code"), entry.code.toString()},
                                 {QStringLiteral("name"), entry.name},
                                 {QStringLiteral("classes"), intArray(entry.classes)},
                                 {QStringLiteral("deprecated"), entry.deprecated}});
    }
    return document(QJsonObject{{QStringLiteral("codes"), codes}});
}

QByteArray JsonReport::entry(const CodeId &id, const Catalog &catalog)
{
    return document(entryObject(id, catalog));
}

QByteArray JsonReport::comparison(const CodeId &first, const CodeId &second, const Catalog &catalog)
{
    const Comparison comparison = compareCodes(first, second, catalog);
    return document(QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("comparison")},
        {QStringLiteral("title"), comparison.title},
        {QStringLiteral("summary"), comparison.summary},
        {QStringLiteral("note"), textOrNull(comparison.note)},
        {QStringLiteral("differences"), QJsonArray::fromStringList(comparison.differences)},
        {QStringLiteral("whenToUse"), QJsonArray::fromStringList(comparison.whenToUse)},
        {QStringLiteral("first"), entryObject(first, catalog)},
        {QStringLiteral("second"), entryObject(second, catalog)},
    });
}

} // namespace SmtpCodes
