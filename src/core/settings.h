// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace SmtpCodes {

// Typed access to the remembered state. Every getter tolerates missing, unreadable or
// nonsensical values and returns the default instead: a broken settings file never stops the app.
class Settings final
{
public:
    Settings() = default;
    Q_DISABLE_COPY_MOVE(Settings)

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    // An available language, or empty when none was chosen yet.
    QString language() const;
    void setLanguage(const QString &language);

    // A syntactically valid reply code, or 0. The caller checks it is in the catalog.
    int lastCode() const;
    void setLastCode(int code);
    // Both codes valid, or {0, 0}.
    std::pair<int, int> lastComparison() const;
    void setLastComparison(int first, int second);

    void sync() { m_settings.sync(); }

private:
    int codeValue(const QString &key) const;
    void store(const QString &key, const QVariant &value);

    QSettings m_settings;
};

} // namespace SmtpCodes
