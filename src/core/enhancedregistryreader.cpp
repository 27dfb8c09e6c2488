// SPDX-License-Identifier: MIT
#include "enhancedregistryreader.h"

#include "jsonentryreader.h"
#include "replycodeparsing.h"

#include <QJsonDocument>
#include <QSet>

namespace SmtpCodes {

namespace {

// The registry's class and subject tables give every row the same text.
template <typename TableRow> void readTableRowText(const EntryReader &reader, TableRow &row)
{
    row.name = reader.text(QStringLiteral("name"));
    row.description = reader.sentences(QStringLiteral("description"));
    row.rfcs = reader.rfcs(QStringLiteral("rfcs"), 1);
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    static EnhancedRegistry read(const QByteArray &json);

private:
    static EnhancedEntry readCode(const QJsonValue &value, qsizetype index);
    static EnhancedClassInfo readClass(const QJsonValue &value, qsizetype index);
    static EnhancedSubjectInfo readSubject(const QJsonValue &value, qsizetype index);
    static QJsonArray list(const QJsonObject &document, const QString &name);
};

QJsonArray Reader::list(const QJsonObject &document, const QString &name)
{
    const QJsonValue value = document.value(name);
    if (!value.isArray() || value.toArray().isEmpty()) {
        throw LoadError{[name] {
            return tr("enhanced codes: the top level must have a non-empty \"%1\" list").arg(name);
        }};
    }
    return value.toArray();
}

EnhancedClassInfo Reader::readClass(const QJsonValue &value, qsizetype index)
{
    const EntryReader reader(value.toObject(),
                             [index] { return tr("enhanced class %1").arg(index + 1); });
    EnhancedClassInfo info;
    info.codeClass = reader.required(QStringLiteral("class")).toInt(-1);
    if (!isEnhancedCodeClass(info.codeClass))
        reader.fail(QStringLiteral("class"), QT_TR_NOOP("must be 2, 4 or 5"));
    readTableRowText(reader, info);
    return info;
}

EnhancedSubjectInfo Reader::readSubject(const QJsonValue &value, qsizetype index)
{
    const EntryReader reader(value.toObject(),
                             [index] { return tr("enhanced subject %1").arg(index + 1); });
    EnhancedSubjectInfo info;
    info.subject = reader.required(QStringLiteral("subject")).toInt(-1);
    if (info.subject < 0 || info.subject > 7)
        reader.fail(QStringLiteral("subject"), QT_TR_NOOP("must be a number from 0 to 7"));
    readTableRowText(reader, info);
    return info;
}

EnhancedEntry Reader::readCode(const QJsonValue &value, qsizetype index)
{
    if (!value.isObject()) {
        throw LoadError{
            [index] { return tr("enhanced code %1: must be an object").arg(index + 1); }};
    }
    const QJsonObject object = value.toObject();
    const QString written = object.value(QStringLiteral("code")).toString();
    const EntryReader reader(object, [index, written] {
        return written.isEmpty() ? tr("enhanced code %1").arg(index + 1)
                                 : tr("enhanced code %1 (%2)").arg(index + 1).arg(written);
    });

    EnhancedEntry entry;
    const std::optional<EnhancedCode> code = EnhancedCodeParsing::wholeCode(written);
    if (!code || !code->isGeneric() || written != code->toString())
        reader.fail(QStringLiteral("code"),
                    QT_TR_NOOP("must be written as the registry does, e.g. X.7.8"));
    entry.code = *code;
    entry.deprecated = reader.boolean(QStringLiteral("deprecated"), false);
    // The registry gives one deprecated entry no title.
    entry.name = reader.text(QStringLiteral("name"), entry.deprecated);
    entry.replyCodes = reader.replyCodes(QStringLiteral("replyCodes"), 0);

    for (const QJsonValue &item : reader.array(QStringLiteral("classes"), 1)) {
        const int codeClass = item.toInt(-1);
        if (!isEnhancedCodeClass(codeClass) || entry.classes.contains(codeClass))
            reader.fail(QStringLiteral("classes"),
                        QT_TR_NOOP("must hold distinct classes 2, 4 and 5"));
        entry.classes << codeClass;
    }
    for (int replyCode : std::as_const(entry.replyCodes)) {
        if (!entry.classes.contains(replyCode / 100))
            reader.fail(QStringLiteral("classes"),
                        QT_TR_NOOP("must hold the class of reply code %1"),
                        QString::number(replyCode));
    }

    entry.summary = reader.sentences(QStringLiteral("summary"));
    if (!entry.summary.startsWith(written + QLatin1Char(' ')))
        reader.fail(QStringLiteral("summary"), QT_TR_NOOP("must start with the code"));
    entry.description = reader.sentences(QStringLiteral("description"));
    entry.seenWhen = reader.whenClause(QStringLiteral("seenWhen"));
    entry.howToFix = reader.sentences(QStringLiteral("howToFix"));
    entry.rfcs = reader.rfcs(QStringLiteral("rfcs"), 0);

    for (const QString &text : reader.texts(QStringLiteral("related"), 0)) {
        const std::optional<EnhancedCode> related = EnhancedCodeParsing::wholeCode(text);
        if (!related || !related->isGeneric() || *related == entry.code)
            reader.fail(QStringLiteral("related"),
                        QT_TR_NOOP("must hold other codes written as X.y.z"));
        entry.related << *related;
    }

    // An example reply line: a reply code, then this code in one of its classes.
    entry.example = reader.text(QStringLiteral("example"));
    const std::optional<int> exampleReply = ReplyCodeParsing::leadingCode(entry.example);
    const std::optional<EnhancedCode> exampleCode = EnhancedCodeParsing::findIn(entry.example);
    if (!exampleReply || !exampleCode || exampleCode->generic() != entry.code ||
        exampleCode->codeClass != *exampleReply / 100 ||
        !entry.classes.contains(exampleCode->codeClass))
        reader.fail(QStringLiteral("example"),
                    QT_TR_NOOP("must be a reply line with this code in the reply's class"));
    return entry;
}

EnhancedRegistry Reader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        throw LoadError{[parseError] {
            return tr("enhanced codes: not valid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString());
        }};
    }
    const QJsonObject top = document.object();
    EnhancedRegistry registry;
    registry.lastUpdated = top.value(QStringLiteral("registry"))
                               .toObject()
                               .value(QStringLiteral("lastUpdated"))
                               .toString();

    const QJsonArray classes = list(top, QStringLiteral("classes"));
    for (qsizetype i = 0; i < classes.size(); ++i)
        registry.classes << readClass(classes.at(i), i);
    const QJsonArray subjects = list(top, QStringLiteral("subjects"));
    for (qsizetype i = 0; i < subjects.size(); ++i)
        registry.subjects << readSubject(subjects.at(i), i);
    // Every code is explained by its class and its subject, so both tables must be whole.
    QSet<int> classNumbers;
    for (const EnhancedClassInfo &info : std::as_const(registry.classes))
        classNumbers.insert(info.codeClass);
    QSet<int> subjectNumbers;
    for (const EnhancedSubjectInfo &info : std::as_const(registry.subjects))
        subjectNumbers.insert(info.subject);
    if (classNumbers != QSet<int>{2, 4, 5} || registry.classes.size() != 3 ||
        subjectNumbers.size() != 8 || registry.subjects.size() != 8) {
        throw LoadError{[] {
            return tr(
                "enhanced codes: the classes must be 2, 4 and 5 and the subjects 0 to 7, each "
                "once");
        }};
    }

    QSet<EnhancedCode> seen;
    const QJsonArray codes = list(top, QStringLiteral("codes"));
    for (qsizetype i = 0; i < codes.size(); ++i) {
        EnhancedEntry entry = readCode(codes.at(i), i);
        if (seen.contains(entry.code)) {
            const QString code = entry.code.toString();
            throw LoadError{
                [code] { return tr("enhanced code %1 appears more than once").arg(code); }};
        }
        seen.insert(entry.code);
        registry.codes << std::move(entry);
    }
    for (const EnhancedEntry &entry : std::as_const(registry.codes)) {
        for (const EnhancedCode &related : entry.related) {
            if (!seen.contains(related)) {
                const QString code = entry.code.toString();
                const QString missing = related.toString();
                throw LoadError{[code, missing] {
                    return tr("enhanced code %1: field \"related\" names %2, which is not in the "
                              "catalog")
                        .arg(code, missing);
                }};
            }
        }
    }
    return registry;
}

} // namespace

EnhancedRegistry EnhancedRegistryReader::read(const QByteArray &json)
{
    return Reader::read(json);
}

} // namespace SmtpCodes
