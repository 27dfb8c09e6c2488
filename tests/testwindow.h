// SPDX-License-Identifier: MIT
#pragma once

#include "languages.h"
#include "mainwindow.h"
#include "settings.h"

#include <QTextBrowser>

// A main window over `catalog` that starts in English, together with the settings and the
// language switcher it uses, which must outlive it. Call useEmptyTestSettings() first.
struct EnglishWindow
{
    explicit EnglishWindow(const SmtpCodes::Catalog &catalog)
        : window(catalog, startInEnglish(language), settings)
    {
    }

    SmtpCodes::Settings settings;
    SmtpCodes::LanguageSwitcher language;
    SmtpCodes::MainWindow window;

private:
    static SmtpCodes::LanguageSwitcher &startInEnglish(SmtpCodes::LanguageSwitcher &switcher)
    {
        switcher.apply(QStringLiteral("en"));
        return switcher;
    }
};

// What a pane shows as plain text, without the left-to-right marks that keep codes whole in
// right-to-left text.
inline QString shownText(const QTextBrowser *browser)
{
    return browser->toPlainText().remove(QChar(0x200E));
}
