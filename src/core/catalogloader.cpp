// SPDX-License-Identifier: MIT
#include "catalogloader.h"

#include "enhancedregistryreader.h"
#include "jsonentryreader.h"
#include "reasonrulesreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace SmtpCodes {

namespace {

// Turns the reply-code document into entries, checking each rule of SCHEMA.md.
class ReplyCodeReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    static QList<ReplyCode> read(const QByteArray &json);

private:
    static ReplyCode readEntry(const QJsonValue &value, qsizetype index);
};

ReplyCode ReplyCodeReader::readEntry(const QJsonValue &value, qsizetype index)
{
    if (!value.isObject())
        throw LoadError{[index] { return tr("entry %1: must be an object").arg(index + 1); }};
    const QJsonObject object = value.toObject();
    const std::optional<int> number = replyCodeNumber(object.value(QStringLiteral("code")));
    const EntryReader reader(object, [index, number] {
        return number ? tr("entry %1 (code %2)").arg(index + 1).arg(*number)
                      : tr("entry %1").arg(index + 1);
    });

    ReplyCode entry;
    reader.required(QStringLiteral("code"));
    if (!number)
        reader.fail(QStringLiteral("code"), QT_TR_NOOP("must be a whole number from 200 to 599"));
    entry.code = *number;
    entry.name = reader.text(QStringLiteral("name"));
    entry.standard = reader.boolean(QStringLiteral("standard"), true);
    if (!entry.standard)
        entry.origin = reader.text(QStringLiteral("origin"));
    entry.summary = reader.sentences(QStringLiteral("summary"));
    if (!entry.summary.startsWith(entry.codeText() + QLatin1Char(' ')))
        reader.fail(QStringLiteral("summary"), QT_TR_NOOP("must start with the code number"));
    entry.description = reader.sentences(QStringLiteral("description"));
    entry.seenWhen = reader.whenClause(QStringLiteral("seenWhen"));
    entry.howToFix = reader.sentences(QStringLiteral("howToFix"));
    entry.rfcs = reader.rfcs(QStringLiteral("rfcs"), 1);
    // A standard code names the RFC that defines or assigns it.
    if (entry.standard &&
        std::none_of(entry.rfcs.cbegin(), entry.rfcs.cend(),
                     [](const RfcReference &reference) { return reference.defines; }))
        reader.fail(QStringLiteral("rfcs"),
                    QT_TR_NOOP("must mark the defining RFC with \"defines\": true"));
    entry.commands = reader.texts(QStringLiteral("commands"), 1);

    for (const QString &text : reader.texts(QStringLiteral("enhancedCodes"), 0)) {
        const std::optional<EnhancedCode> enhanced = EnhancedCodeParsing::wholeCode(text);
        if (!enhanced || enhanced->codeClass != entry.code / 100)
            reader.fail(
                QStringLiteral("enhancedCodes"),
                QT_TR_NOOP("has \"%1\", which is not an enhanced status code of this class"), text);
        entry.enhancedCodes << *enhanced;
    }

    entry.related = reader.replyCodes(QStringLiteral("related"), 0);
    if (entry.related.contains(entry.code))
        reader.fail(QStringLiteral("related"), QT_TR_NOOP("must hold other reply codes"));

    for (const QJsonValue &item : reader.array(QStringLiteral("example"), 2)) {
        const QJsonObject line = item.toObject();
        const QString from = line.value(QStringLiteral("from")).toString();
        const QString text = line.value(QStringLiteral("text")).toString();
        if (!item.isObject() ||
            (from != QLatin1String("client") && from != QLatin1String("server")) || text.isEmpty())
            reader.fail(
                QStringLiteral("example"),
                QT_TR_NOOP("must hold lines with \"from\" (client or server) and \"text\""));
        entry.example.append({from == QLatin1String("client") ? ExchangeLine::Sender::Client
                                                              : ExchangeLine::Sender::Server,
                              text});
    }

    entry.notes = reader.texts(QStringLiteral("notes"), 0);
    return entry;
}

QList<ReplyCode> ReplyCodeReader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        throw LoadError{[parseError] {
            return tr("not valid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString());
        }};
    }
    const QJsonValue codes = document.object().value(QStringLiteral("codes"));
    if (!document.isObject() || !codes.isArray())
        throw LoadError{[] { return tr("the top level must be an object with a \"codes\" list"); }};

    QList<ReplyCode> entries;
    QSet<int> seen;
    const QJsonArray list = codes.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        ReplyCode entry = readEntry(list.at(i), i);
        if (seen.contains(entry.code)) {
            const int code = entry.code;
            throw LoadError{[i, code] {
                return tr("entry %1: code %2 appears more than once").arg(i + 1).arg(code);
            }};
        }
        seen.insert(entry.code);
        entries.append(std::move(entry));
    }
    if (entries.isEmpty())
        throw LoadError{[] { return tr("the catalog has no codes"); }};

    for (const ReplyCode &entry : std::as_const(entries)) {
        for (int related : entry.related) {
            if (!seen.contains(related)) {
                const int code = entry.code;
                throw LoadError{[code, related] {
                    return tr("code %1: field \"related\" names %2, which is not in the catalog")
                        .arg(code)
                        .arg(related);
                }};
            }
        }
    }
    return entries;
}

// The file's bytes, or a LoadError naming it.
QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = file.errorString();
        throw LoadError{[path, reason] {
            return QCoreApplication::translate("CatalogLoader", "cannot read %1: %2")
                .arg(path, reason);
        }};
    }
    return file.readAll();
}

// Prefixes the errors of `load` with the file they come from.
template <typename Load> auto inFile(const QString &path, Load load)
{
    try {
        return load(readFile(path));
    } catch (const LoadError &error) {
        throw LoadError{[path, message = error.message]() -> QString {
            return path + QStringLiteral(": ") + message();
        }};
    }
}

} // namespace

CatalogLoadResult CatalogLoader::fromJson(const QByteArray &replyCodesJson,
                                          const QByteArray &enhancedCodesJson,
                                          const QByteArray &reasonsJson)
{
    try {
        QList<ReplyCode> replyCodes = ReplyCodeReader::read(replyCodesJson);
        EnhancedRegistry enhanced;
        if (!enhancedCodesJson.isEmpty())
            enhanced = EnhancedRegistryReader::read(enhancedCodesJson);
        ReasonRules reasons;
        if (!reasonsJson.isEmpty())
            reasons = ReasonRulesReader::read(reasonsJson);
        return {Catalog(std::move(replyCodes), std::move(enhanced), std::move(reasons)), {}};
    } catch (const LoadError &error) {
        return {{}, error.message};
    }
}

CatalogLoadResult CatalogLoader::fromFile(const QString &replyCodesPath,
                                          const QString &enhancedCodesPath,
                                          const QString &reasonsPath)
{
    try {
        QList<ReplyCode> replyCodes = inFile(replyCodesPath, &ReplyCodeReader::read);
        EnhancedRegistry enhanced;
        if (!enhancedCodesPath.isEmpty())
            enhanced = inFile(enhancedCodesPath, &EnhancedRegistryReader::read);
        ReasonRules reasons;
        if (!reasonsPath.isEmpty())
            reasons = inFile(reasonsPath, &ReasonRulesReader::read);
        return {Catalog(std::move(replyCodes), std::move(enhanced), std::move(reasons)), {}};
    } catch (const LoadError &error) {
        return {{}, error.message};
    }
}

} // namespace SmtpCodes
