// SPDX-License-Identifier: MIT
#include "jsonentryreader.h"

#include <QRegularExpression>

#include <cmath>

namespace SmtpCodes {

std::optional<int> replyCodeNumber(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    // Bounded before the cast: casting a double outside int's range is undefined behaviour.
    if (!value.isDouble() || !(std::abs(number) < 1e6) || number != std::trunc(number))
        return std::nullopt;
    const int code = static_cast<int>(number);
    return isValidReplyCode(code) ? std::optional(code) : std::nullopt;
}

void EntryReader::fail(const QString &field, const char *problem, const QString &argument) const
{
    throw LoadError{[entryName = m_entryName, field, problem, argument] {
        const QString problemText = argument.isEmpty() ? tr(problem) : tr(problem).arg(argument);
        return tr("%1: field \"%2\" %3").arg(entryName(), field, problemText);
    }};
}

QJsonValue EntryReader::required(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        fail(field, QT_TR_NOOP("is missing"));
    return value;
}

QString EntryReader::text(const QString &field, bool mayBeEmpty) const
{
    const QJsonValue value = required(field);
    if (!value.isString() || (!mayBeEmpty && value.toString().trimmed().isEmpty()))
        fail(field, QT_TR_NOOP("must be a non-empty string"));
    return value.toString();
}

QString EntryReader::sentences(const QString &field) const
{
    const QString value = text(field);
    if (!value.endsWith(QLatin1Char('.')) && !value.endsWith(QLatin1Char('?')))
        fail(field, QT_TR_NOOP("must end with a full stop"));
    return value;
}

QString EntryReader::whenClause(const QString &field) const
{
    static const QRegularExpression conjunction(
        QStringLiteral("^(when|after|if|you|once|while|whenever)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString clause = sentences(field);
    if (conjunction.match(clause).hasMatch())
        fail(field, QT_TR_NOOP("must be a clause that follows \"when\", not start with one"));
    return clause;
}

bool EntryReader::boolean(const QString &field, bool fallback) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        fail(field, QT_TR_NOOP("must be true or false"));
    return value.toBool();
}

QJsonArray EntryReader::array(const QString &field, qsizetype minimumSize) const
{
    const QJsonValue value =
        m_object.contains(field) || minimumSize > 0 ? required(field) : QJsonValue(QJsonArray());
    if (!value.isArray())
        fail(field, QT_TR_NOOP("must be a list"));
    const QJsonArray list = value.toArray();
    if (list.size() < minimumSize)
        fail(field, QT_TR_NOOP("must have at least %1 items"), QString::number(minimumSize));
    return list;
}

QStringList EntryReader::texts(const QString &field, qsizetype minimumSize) const
{
    QStringList result;
    for (const QJsonValue &item : array(field, minimumSize)) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            fail(field, QT_TR_NOOP("must hold only non-empty strings"));
        result.append(item.toString());
    }
    return result;
}

QList<int> EntryReader::replyCodes(const QString &field, qsizetype minimumSize) const
{
    QList<int> result;
    for (const QJsonValue &item : array(field, minimumSize)) {
        const std::optional<int> code = replyCodeNumber(item);
        if (!code)
            fail(field, QT_TR_NOOP("must hold reply codes"));
        result.append(*code);
    }
    return result;
}

QList<RfcReference> EntryReader::rfcs(const QString &field, qsizetype minimumSize) const
{
    QList<RfcReference> result;
    for (const QJsonValue &item : array(field, minimumSize)) {
        const QJsonObject object = item.toObject();
        const int rfc = object.value(QStringLiteral("rfc")).toInt(0);
        if (!item.isObject() || rfc <= 0 || !object.value(QStringLiteral("section")).isString())
            fail(field, QT_TR_NOOP("must hold objects with \"rfc\" and \"section\""));
        const QJsonValue defines = object.value(QStringLiteral("defines"));
        if (!defines.isUndefined() && !defines.isBool())
            fail(field, QT_TR_NOOP("must hold \"defines\" as true or false"));
        result.append({rfc, object.value(QStringLiteral("section")).toString(), defines.toBool()});
    }
    return result;
}

} // namespace SmtpCodes
