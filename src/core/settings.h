// SPDX-License-Identifier: MIT
#pragma once

#include "codeid.h"

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

    // A well-formed code, or an invalid id. The caller checks it is in the catalog.
    CodeId lastCode() const;
    void setLastCode(const CodeId &code);
    // Two well-formed codes of one kind, or two invalid ids.
    std::pair<CodeId, CodeId> lastComparison() const;
    void setLastComparison(const CodeId &first, const CodeId &second);

    // The folder of the file opened last, or empty.
    QString lastOpenFolder() const;
    void setLastOpenFolder(const QString &folder);

    void sync() { m_settings.sync(); }

private:
    CodeId codeValue(const QString &key) const;
    void store(const QString &key, const QVariant &value);

    QSettings m_settings;
};

} // namespace SmtpCodes
