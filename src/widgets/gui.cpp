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

// For `make bench`: with SMTPCODES_QUIT_AFTER_FIRST_PAINT set, the event loop ends once the
// window has painted for the first time, so start-up can be timed from outside the process.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            // Quit after this paint has finished, not before it.
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
            watched->removeEventFilter(this);
        }
        return false;
    }
};

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

int run(const CommandLineRequest &request, const Catalog &catalog, const QString &language)
{
    Settings settings;
    // The translators installed for the command line went with its QCoreApplication.
    LanguageSwitcher switcher;
    switcher.apply(language);

    MainWindow window(catalog, switcher, settings);
    const bool screenshot = !request.screenshotPath.isEmpty();
    window.setPersistent(!screenshot);
    const int initialCode = request.codes.isEmpty() ? 0 : request.codes.first();
    if (!screenshot)
        window.restoreState(initialCode);
    else
        window.showCode(initialCode != 0 ? initialCode : catalog.codes().first().code);
    if (request.codes.size() == 2)
        window.showComparison(request.codes.at(0), request.codes.at(1));

    if (screenshot)
        return saveScreenshot(window, request.screenshotPath);
    QuitAfterFirstPaint benchmarkProbe;
    if (qEnvironmentVariableIsSet("SMTPCODES_QUIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&benchmarkProbe);
    window.show();
    return QApplication::exec();
}

} // namespace SmtpCodes::Gui
