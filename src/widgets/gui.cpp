// SPDX-License-Identifier: MIT
#include "gui.h"

#include "core/languages.h"
#include "core/settings.h"
#include "mainwindow.h"

#include <QApplication>
#include <QPixmap>

namespace SmtpCodes::Gui {

namespace {
// The size the README screenshots and --screenshot use, whatever the remembered geometry.
constexpr QSize screenshotSize(1100, 700);

int saveScreenshot(MainWindow &window, const QString &path)
{
    window.resize(screenshotSize);
    window.show();
    QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(path, "PNG")) {
        CommandLine::printError(
            QCoreApplication::translate("Gui", "Cannot write the screenshot to \"%1\".").arg(path));
        return CommandLine::usageError;
    }
    return 0;
}
} // namespace

QString preferredLanguage()
{
    const QString remembered = Settings().language();
    return remembered.isEmpty() ? Languages::systemDefault() : remembered;
}

int run(const CommandLineRequest &request, const Catalog &catalog)
{
    Settings settings;
    LanguageSwitcher language;
    language.apply(request.language.isEmpty() ? preferredLanguage() : request.language);

    MainWindow window(catalog, language, settings);
    const bool screenshot = !request.screenshotPath.isEmpty();
    window.setPersistent(!screenshot);
    if (!screenshot)
        window.restoreState();
    else
        window.showCode(catalog.codes().first().code);

    if (request.codes.size() == 1)
        window.showCode(request.codes.at(0));
    else if (request.codes.size() == 2)
        window.showComparison(request.codes.at(0), request.codes.at(1));

    if (screenshot)
        return saveScreenshot(window, request.screenshotPath);
    window.show();
    return QApplication::exec();
}

} // namespace SmtpCodes::Gui
