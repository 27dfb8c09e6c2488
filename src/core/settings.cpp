// SPDX-License-Identifier: MIT
#include "settings.h"

#include "languages.h"
#include "replyclass.h"

namespace SmtpCodes {

namespace Keys {
const QString geometry = QStringLiteral("window/geometry");
const QString splitter = QStringLiteral("window/splitter");
const QString language = QStringLiteral("interface/language");
const QString lastCode = QStringLiteral("browse/lastCode");
const QString compareFirst = QStringLiteral("compare/first");
const QString compareSecond = QStringLiteral("compare/second");
} // namespace Keys

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(Keys::geometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Keys::geometry, geometry);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(Keys::splitter).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(Keys::splitter, state);
}

QString Settings::language() const
{
    const QVariant value = m_settings.value(Keys::language);
    return value.typeId() == QMetaType::QString ? Languages::match(value.toString()) : QString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(Keys::language, language);
}

namespace {
// Values written by us are numbers or, read back from the file, strings; anything else
// (lists, byte arrays, maps) is a damaged file.
bool isScalar(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}
} // namespace

int Settings::codeValue(const QString &key) const
{
    const QVariant value = m_settings.value(key);
    bool ok = false;
    const int code = isScalar(value) ? value.toString().toInt(&ok) : 0;
    return ok && isValidReplyCode(code) ? code : 0;
}

int Settings::lastCode() const
{
    return codeValue(Keys::lastCode);
}

void Settings::setLastCode(int code)
{
    m_settings.setValue(Keys::lastCode, code);
}

std::pair<int, int> Settings::lastComparison() const
{
    const int first = codeValue(Keys::compareFirst);
    const int second = codeValue(Keys::compareSecond);
    if (first == 0 || second == 0)
        return {0, 0};
    return {first, second};
}

void Settings::setLastComparison(int first, int second)
{
    m_settings.setValue(Keys::compareFirst, first);
    m_settings.setValue(Keys::compareSecond, second);
}

} // namespace SmtpCodes
