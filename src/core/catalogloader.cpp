// SPDX-License-Identifier: MIT
#include "catalogloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>
#include <optional>

namespace SmtpCodes {

namespace {

// Thrown inside the loader only, to unwind from the field that failed to fromJson(). The
// message is worded when shown, in the language installed by then.
struct LoadError
{
    std::function<QString()> message;
};

// A JSON number that is a whole reply code, or nothing.
std::optional<int> replyCodeNumber(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    // Bounded before the cast: casting a double outside int's range is undefined behaviour.
    if (!value.isDouble() || !(std::abs(number) < 1e6) || number != std::trunc(number))
        return std::nullopt;
    const int code = static_cast<int>(number);
    return isValidReplyCode(code) ? std::optional(code) : std::nullopt;
}

// Reads the fields of one entry, naming the entry and field in every error.
class EntryReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    EntryReader(const QJsonObject &object, qsizetype index) : m_object(object), m_index(index) {}

    // `problem` is marked with QT_TR_NOOP; `argument`, when given, fills its %1.
    [[noreturn]] void fail(const QString &field, const char *problem,
                           const QString &argument = {}) const
    {
        const qsizetype index = m_index;
        const std::optional<int> code = replyCodeNumber(m_object.value(QStringLiteral("code")));
        throw LoadError{[=] {
            const QString problemText =
                argument.isEmpty() ? tr(problem) : tr(problem).arg(argument);
            return tr("%1: field \"%2\" %3").arg(entryName(index, code), field, problemText);
        }};
    }

    static QString entryName(qsizetype index, std::optional<int> code)
    {
        if (code)
            return tr("entry %1 (code %2)").arg(index + 1).arg(*code);
        return tr("entry %1").arg(index + 1);
    }

    QJsonValue required(const QString &field) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            fail(field, QT_TR_NOOP("is missing"));
        return value;
    }

    int code() const
    {
        const std::optional<int> code = replyCodeNumber(required(QStringLiteral("code")));
        if (!code)
            fail(QStringLiteral("code"), QT_TR_NOOP("must be a whole number from 200 to 599"));
        return *code;
    }

    // The text of a field that must be whole sentences.
    QString sentences(const QString &field) const
    {
        const QString value = text(field);
        if (!value.endsWith(QLatin1Char('.')) && !value.endsWith(QLatin1Char('?')))
            fail(field, QT_TR_NOOP("must end with a full stop"));
        return value;
    }

    QString text(const QString &field) const
    {
        const QJsonValue value = required(field);
        if (!value.isString() || value.toString().trimmed().isEmpty())
            fail(field, QT_TR_NOOP("must be a non-empty string"));
        return value.toString();
    }

    bool boolean(const QString &field, bool fallback) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(field, QT_TR_NOOP("must be true or false"));
        return value.toBool();
    }

    QJsonArray array(const QString &field, qsizetype minimumSize) const
    {
        const QJsonValue value = m_object.contains(field) || minimumSize > 0
                                     ? required(field)
                                     : QJsonValue(QJsonArray());
        if (!value.isArray())
            fail(field, QT_TR_NOOP("must be a list"));
        const QJsonArray list = value.toArray();
        if (list.size() < minimumSize)
            fail(field, QT_TR_NOOP("must have at least %1 items"), QString::number(minimumSize));
        return list;
    }

    QStringList texts(const QString &field, qsizetype minimumSize) const
    {
        QStringList result;
        for (const QJsonValue &item : array(field, minimumSize)) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                fail(field, QT_TR_NOOP("must hold only non-empty strings"));
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
        throw LoadError{[index] { return tr("entry %1: must be an object").arg(index + 1); }};
    const EntryReader reader(value.toObject(), index);

    ReplyCode entry;
    entry.code = reader.code();
    entry.name = reader.text(QStringLiteral("name"));
    entry.standard = reader.boolean(QStringLiteral("standard"), true);
    if (!entry.standard)
        entry.origin = reader.text(QStringLiteral("origin"));
    entry.summary = reader.sentences(QStringLiteral("summary"));
    if (!entry.summary.startsWith(entry.codeText() + QLatin1Char(' ')))
        reader.fail(QStringLiteral("summary"), QT_TR_NOOP("must start with the code number"));
    entry.description = reader.sentences(QStringLiteral("description"));
    entry.seenWhen = reader.sentences(QStringLiteral("seenWhen"));
    if (startsWithConjunction(entry.seenWhen))
        reader.fail(QStringLiteral("seenWhen"),
                    QT_TR_NOOP("must be a clause that follows \"when\", not start with one"));
    entry.howToFix = reader.sentences(QStringLiteral("howToFix"));

    for (const QJsonValue &item : reader.array(QStringLiteral("rfcs"), 1)) {
        const QJsonObject object = item.toObject();
        const int rfc = object.value(QStringLiteral("rfc")).toInt(0);
        if (!item.isObject() || rfc <= 0 || !object.value(QStringLiteral("section")).isString())
            reader.fail(QStringLiteral("rfcs"),
                        QT_TR_NOOP("must hold objects with \"rfc\" and \"section\""));
        entry.rfcs.append({rfc, object.value(QStringLiteral("section")).toString()});
    }

    entry.commands = reader.texts(QStringLiteral("commands"), 1);

    static const QRegularExpression enhancedPattern(
        QStringLiteral("^([245])\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    entry.enhancedCodes = reader.texts(QStringLiteral("enhancedCodes"), 0);
    for (const QString &enhanced : std::as_const(entry.enhancedCodes)) {
        const QRegularExpressionMatch match = enhancedPattern.match(enhanced);
        if (!match.hasMatch() || match.captured(1).toInt() != entry.code / 100)
            reader.fail(
                QStringLiteral("enhancedCodes"),
                QT_TR_NOOP("has \"%1\", which is not an enhanced status code of this class"),
                enhanced);
    }

    for (const QJsonValue &item : reader.array(QStringLiteral("related"), 0)) {
        const std::optional<int> related = replyCodeNumber(item);
        if (!related || *related == entry.code)
            reader.fail(QStringLiteral("related"), QT_TR_NOOP("must hold other reply codes"));
        entry.related.append(*related);
    }

    for (const QJsonValue &item : reader.array(QStringLiteral("example"), 2)) {
        const QJsonObject object = item.toObject();
        const QString from = object.value(QStringLiteral("from")).toString();
        const QString text = object.value(QStringLiteral("text")).toString();
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

Catalog CatalogReader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw LoadError{[parseError] {
            return tr("not valid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString());
        }};
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
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = file.errorString();
        return {{}, [path, reason] {
                    return QCoreApplication::translate("CatalogLoader", "cannot read %1: %2")
                        .arg(path, reason);
                }};
    }
    CatalogLoadResult result = fromJson(file.readAll());
    if (!result.ok()) {
        result.describeError = [path, entryError = result.describeError]() -> QString {
            return path + QStringLiteral(": ") + entryError();
        };
    }
    return result;
}

const CatalogLoadResult &CatalogLoader::builtIn()
{
    static const CatalogLoadResult result = fromFile(QStringLiteral(":/data/codes.json"));
    return result;
}

} // namespace SmtpCodes
