// SPDX-License-Identifier: MIT
#include "catalogloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace SmtpCodes {

namespace {

// Thrown inside the loader only, to unwind from the field that failed to fromJson().
struct LoadError
{
    QString message;
};

// A JSON number that is a whole reply code (200 to 599), or nothing.
std::optional<int> replyCodeNumber(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    // Range first: casting a double outside int's range is undefined behaviour.
    if (!value.isDouble() || number < 200 || number > 599 || number != static_cast<int>(number))
        return std::nullopt;
    return static_cast<int>(number);
}

// Reads the fields of one entry, naming the entry and field in every error.
class EntryReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    EntryReader(const QJsonObject &object, qsizetype index) : m_object(object), m_index(index) {}

    [[noreturn]] void fail(const QString &field, const QString &problem) const
    {
        throw LoadError{tr("%1: field \"%2\" %3").arg(entryName(), field, problem)};
    }

    QString entryName() const
    {
        if (const std::optional<int> code = replyCodeNumber(m_object.value(QStringLiteral("code"))))
            return tr("entry %1 (code %2)").arg(m_index + 1).arg(*code);
        return tr("entry %1").arg(m_index + 1);
    }

    QJsonValue required(const QString &field) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            fail(field, tr("is missing"));
        return value;
    }

    int code() const
    {
        const std::optional<int> code = replyCodeNumber(required(QStringLiteral("code")));
        if (!code)
            fail(QStringLiteral("code"), tr("must be a whole number from 200 to 599"));
        return *code;
    }

    // The text of a field that must be whole sentences.
    QString sentences(const QString &field) const
    {
        const QString value = text(field);
        if (!value.endsWith(QLatin1Char('.')) && !value.endsWith(QLatin1Char('?')))
            fail(field, tr("must end with a full stop"));
        return value;
    }

    QString text(const QString &field) const
    {
        const QJsonValue value = required(field);
        if (!value.isString() || value.toString().trimmed().isEmpty())
            fail(field, tr("must be a non-empty string"));
        return value.toString();
    }

    bool boolean(const QString &field, bool fallback) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(field, tr("must be true or false"));
        return value.toBool();
    }

    QJsonArray array(const QString &field, qsizetype minimumSize) const
    {
        const QJsonValue value = m_object.contains(field) || minimumSize > 0
                                     ? required(field)
                                     : QJsonValue(QJsonArray());
        if (!value.isArray())
            fail(field, tr("must be a list"));
        const QJsonArray list = value.toArray();
        if (list.size() < minimumSize)
            fail(field, tr("must have at least %1 items").arg(minimumSize));
        return list;
    }

    QStringList texts(const QString &field, qsizetype minimumSize) const
    {
        QStringList result;
        for (const QJsonValue &item : array(field, minimumSize)) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                fail(field, tr("must hold only non-empty strings"));
            result.append(item.toString());
        }
        return result;
    }

private:
    QJsonObject m_object;
    qsizetype m_index;
};

// seenWhen must read after "You see 535 when …" and alone, so no leading conjunction.
bool startsWithConjunction(const QString &clause)
{
    static const QRegularExpression conjunction(
        QStringLiteral("^(when|after|if|you|once|while|whenever)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return conjunction.match(clause).hasMatch();
}

// Turns the JSON document into entries, checking each rule of SCHEMA.md.
class CatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    static Catalog read(const QByteArray &json);

private:
    static ReplyCode readEntry(const QJsonValue &value, qsizetype index);
};

ReplyCode CatalogReader::readEntry(const QJsonValue &value, qsizetype index)
{
    if (!value.isObject())
        throw LoadError{tr("entry %1: must be an object").arg(index + 1)};
    const EntryReader reader(value.toObject(), index);

    ReplyCode entry;
    entry.code = reader.code();
    entry.name = reader.text(QStringLiteral("name"));
    entry.standard = reader.boolean(QStringLiteral("standard"), true);
    if (!entry.standard)
        entry.origin = reader.text(QStringLiteral("origin"));
    entry.summary = reader.sentences(QStringLiteral("summary"));
    if (!entry.summary.startsWith(entry.codeText() + QLatin1Char(' ')))
        reader.fail(QStringLiteral("summary"), tr("must start with the code number"));
    entry.description = reader.sentences(QStringLiteral("description"));
    entry.seenWhen = reader.sentences(QStringLiteral("seenWhen"));
    if (startsWithConjunction(entry.seenWhen))
        reader.fail(QStringLiteral("seenWhen"),
                    tr("must be a clause that follows \"when\", not start with one"));
    entry.howToFix = reader.sentences(QStringLiteral("howToFix"));

    for (const QJsonValue &item : reader.array(QStringLiteral("rfcs"), 1)) {
        const QJsonObject object = item.toObject();
        const int rfc = object.value(QStringLiteral("rfc")).toInt(0);
        if (!item.isObject() || rfc <= 0 || !object.value(QStringLiteral("section")).isString())
            reader.fail(QStringLiteral("rfcs"), tr("must hold objects with \"rfc\" and \"section\""));
        entry.rfcs.append({rfc, object.value(QStringLiteral("section")).toString()});
    }

    entry.commands = reader.texts(QStringLiteral("commands"), 1);

    static const QRegularExpression enhancedPattern(
        QStringLiteral("^([245])\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    entry.enhancedCodes = reader.texts(QStringLiteral("enhancedCodes"), 0);
    for (const QString &enhanced : std::as_const(entry.enhancedCodes)) {
        const QRegularExpressionMatch match = enhancedPattern.match(enhanced);
        if (!match.hasMatch() || match.captured(1).toInt() != entry.code / 100)
            reader.fail(QStringLiteral("enhancedCodes"),
                        tr("has \"%1\", which is not an enhanced status code of this class")
                            .arg(enhanced));
    }

    for (const QJsonValue &item : reader.array(QStringLiteral("related"), 0)) {
        if (!item.isDouble() || !isValidReplyCode(item.toInt()) || item.toInt() == entry.code)
            reader.fail(QStringLiteral("related"), tr("must hold other reply codes"));
        entry.related.append(item.toInt());
    }

    for (const QJsonValue &item : reader.array(QStringLiteral("example"), 2)) {
        const QJsonObject object = item.toObject();
        const QString from = object.value(QStringLiteral("from")).toString();
        const QString text = object.value(QStringLiteral("text")).toString();
        if (!item.isObject() || (from != QLatin1String("client") && from != QLatin1String("server"))
            || text.isEmpty())
            reader.fail(QStringLiteral("example"),
                        tr("must hold lines with \"from\" (client or server) and \"text\""));
        entry.example.append({from == QLatin1String("client") ? ExchangeLine::Sender::Client
                                                                : ExchangeLine::Sender::Server,
                              text});
    }

    entry.notes = reader.texts(QStringLiteral("notes"), 0);
    return entry;
}

Catalog CatalogReader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw LoadError{tr("not valid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString())};
    const QJsonValue codes = document.object().value(QStringLiteral("codes"));
    if (!document.isObject() || !codes.isArray())
        throw LoadError{tr("the top level must be an object with a \"codes\" list")};

    QList<ReplyCode> entries;
    QSet<int> seen;
    const QJsonArray list = codes.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        ReplyCode entry = readEntry(list.at(i), i);
        if (seen.contains(entry.code))
            throw LoadError{tr("entry %1: code %2 appears more than once").arg(i + 1).arg(entry.code)};
        seen.insert(entry.code);
        entries.append(std::move(entry));
    }
    if (entries.isEmpty())
        throw LoadError{tr("the catalog has no codes")};

    for (const ReplyCode &entry : std::as_const(entries)) {
        for (int related : entry.related) {
            if (!seen.contains(related))
                throw LoadError{tr("code %1: field \"related\" names %2, which is not in the catalog")
                                    .arg(entry.code)
                                    .arg(related)};
        }
    }
    return Catalog(std::move(entries));
}

} // namespace

CatalogLoadResult CatalogLoader::fromJson(const QByteArray &json)
{
    try {
        return {CatalogReader::read(json), {}};
    } catch (const LoadError &error) {
        return {{}, error.message};
    }
}

CatalogLoadResult CatalogLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QCoreApplication::translate("CatalogLoader", "cannot read %1: %2").arg(path, file.errorString())};
    CatalogLoadResult result = fromJson(file.readAll());
    if (!result.ok())
        result.error = path + QStringLiteral(": ") + result.error;
    return result;
}

const CatalogLoadResult &CatalogLoader::builtIn()
{
    static const CatalogLoadResult result = fromFile(QStringLiteral(":/data/codes.json"));
    return result;
}

} // namespace SmtpCodes
