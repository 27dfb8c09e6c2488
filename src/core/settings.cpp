// SPDX-License-Identifier: MIT
#include "settings.h"

#include "languages.h"

namespace SmtpCodes {

namespace Keys {
const QString geometry = QStringLiteral("window/geometry");
const QString splitter = QStringLiteral("window/splitter");
const QString language = QStringLiteral("interface/language");
const QString lastCode = QStringLiteral("browse/lastCode");
const QString compareFirst = QStringLiteral("compare/first");
const QString compareSecond = QStringLiteral("compare/second");
const QString openFolder = QStringLiteral("explain/openFolder");
} // namespace Keys

namespace {
// Codes and the language are written as numbers and strings and read back as strings; anything
// else under those keys (lists, byte arrays, maps) is a damaged file.
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

// Read back from the file, numbers come as strings; byte arrays are compared as bytes, since
// their text form is lossy.
bool sameValue(const QVariant &stored, const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return stored.typeId() == QMetaType::QByteArray &&
               stored.toByteArray() == value.toByteArray();
    return isScalar(stored) && stored.toString() == value.toString();
}
} // namespace

// Only real changes are written: an unchanged value would still rewrite and fsync the file,
// at every start and exit.
void Settings::store(const QString &key, const QVariant &value)
{
    if (!sameValue(m_settings.value(key), value))
        m_settings.setValue(key, value);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(Keys::geometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    store(Keys::geometry, geometry);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(Keys::splitter).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    store(Keys::splitter, state);
}

QString Settings::language() const
{
    const QVariant value = m_settings.value(Keys::language);
    return value.typeId() == QMetaType::QString ? Languages::match(value.toString()) : QString();
}

void Settings::setLanguage(const QString &language)
{
    store(Keys::language, language);
}

CodeId Settings::codeValue(const QString &key) const
{
    const QVariant value = m_settings.value(key);
    return isScalar(value) ? CodeId::parse(value.toString()).value_or(CodeId()) : CodeId();
}

CodeId Settings::lastCode() const
{
    return codeValue(Keys::lastCode);
}

void Settings::setLastCode(const CodeId &code)
{
    store(Keys::lastCode, code.toString());
}

std::pair<CodeId, CodeId> Settings::lastComparison() const
{
    const CodeId first = codeValue(Keys::compareFirst);
    const CodeId second = codeValue(Keys::compareSecond);
    if (!first.isValid() || !second.isValid() || !first.sameKind(second))
        return {};
    return {first, second};
}

QString Settings::lastOpenFolder() const
{
    const QVariant value = m_settings.value(Keys::openFolder);
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

void Settings::setLastOpenFolder(const QString &folder)
{
    store(Keys::openFolder, folder);
}

void Settings::setLastComparison(const CodeId &first, const CodeId &second)
{
    store(Keys::compareFirst, first.toString());
    store(Keys::compareSecond, second.toString());
}

} // namespace SmtpCodes
