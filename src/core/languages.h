// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace SmtpCodes {

class Settings;

// The interface languages: English (the source) plus every translation embedded at :/i18n.
namespace Languages {
// English: the language of the source strings.
QString sourceLanguage();

QStringList available();
// "zh-cn", "ZH_CN" → "zh_CN"; empty when no such language is available.
QString match(const QString &requested);
// The language's name in that language, e.g. "中文（简体）", "العربية".
QString nativeName(const QString &language);
// The first of the system's UI languages that is available, else English.
QString systemDefault();
// The language to start in: `requested` (a matched --lang) when given, else the remembered
// choice, else the system's.
QString startLanguage(const QString &requested, const Settings &settings);
} // namespace Languages

// Owns the installed translators: the application's and Qt's own. Installing sends
// QEvent::LanguageChange to every widget, which retranslates itself.
class LanguageSwitcher final
{
public:
    LanguageSwitcher();
    ~LanguageSwitcher();
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

    // Needs a QCoreApplication. Returns false, changing nothing, for an unavailable language.
    bool apply(const QString &language);
    QString current() const { return m_current; }

private:
    void removeInstalled();

    QString m_current;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace SmtpCodes
