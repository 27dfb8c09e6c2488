// SPDX-License-Identifier: MIT
#include "application.h"

#include "builtincatalog.h"
#include "commandline.h"
#include "comparison.h"
#include "entrypage.h"
#include "explainer.h"
#include "explanationpage.h"
#include "jsonreport.h"
#include "languages.h"
#include "mainwindow.h"
#include "settings.h"
#include "textreport.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <QTimer>

namespace SmtpCodes::Application {

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Codes"));
    QCoreApplication::setApplicationName(QStringLiteral("SMTP Codes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPCODES_VERSION));
}

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// The input of --explain: the file, or standard input for "-". Empty with `error` set when it
// cannot be read.
QByteArray explainInput(const QString &path, QString *error)
{
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QCoreApplication::translate("Application", "Cannot read \"%1\": %2")
                     .arg(path, file.errorString());
        return {};
    }
    constexpr qint64 maximumSize = Explainer::maximumInputSize;
    const QByteArray data = file.read(maximumSize + 1);
    if (data.size() > maximumSize) {
        *error =
            QCoreApplication::translate("Application", "\"%1\" is larger than 64 MiB.").arg(path);
        return {};
    }
    return data;
}

int printExplanation(const CommandLineRequest &request, const Catalog &catalog)
{
    QString error;
    const QByteArray input = explainInput(request.explainPath, &error);
    if (!error.isEmpty()) {
        CommandLine::printError(error);
        return CommandLine::usageError;
    }
    const Explanation explanation = Explainer::explain(input, catalog);
    CommandLine::print(
        request.json ? QString::fromUtf8(JsonReport::explanation(explanation))
                     : TextReport::explanation(ExplanationPages::cards(explanation, catalog)));
    return 0;
}

// How long --screenshot waits for an explanation before it saves the window anyway.
constexpr int explainTimeoutMs = 30000;

// Everything but the window: help, version, errors and the printed reports.
int runWithoutWindow(const CommandLineRequest &request, const Catalog &catalog)
{
    const QList<CodeId> &codes = request.codes;
    switch (request.action) {
    case CommandLineRequest::Action::Fail:
        CommandLine::printError(request.text());
        return CommandLine::usageError;
    case CommandLineRequest::Action::ShowHelp:
    case CommandLineRequest::Action::ShowVersion:
        CommandLine::print(request.text());
        return 0;
    case CommandLineRequest::Action::PrintList:
        CommandLine::print(request.json ? QString::fromUtf8(JsonReport::list(catalog))
                                        : TextReport::list(catalog));
        return 0;
    case CommandLineRequest::Action::PrintEntry:
        CommandLine::print(request.json
                               ? QString::fromUtf8(JsonReport::entry(codes.at(0), catalog))
                               : TextReport::page(EntryPages::entry(codes.at(0), catalog)));
        return 0;
    case CommandLineRequest::Action::PrintComparison:
        CommandLine::print(
            request.json
                ? QString::fromUtf8(JsonReport::comparison(codes.at(0), codes.at(1), catalog))
                : TextReport::comparison(compareCodes(codes.at(0), codes.at(1), catalog)));
        return 0;
    case CommandLineRequest::Action::PrintExplanation:
        return printExplanation(request, catalog);
    case CommandLineRequest::Action::ShowWindow:
        break;
    }
    return 0;
}

// The window is at its default size: a screenshot restores no session.
int saveScreenshot(MainWindow &window, const QString &path)
{
    window.show();
    QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(path, "PNG")) {
        CommandLine::printError(
            QCoreApplication::translate("Application", "Cannot write the screenshot to \"%1\".")
                .arg(path));
        return CommandLine::usageError;
    }
    return 0;
}

// The icon rendered from resources/icons/ and compiled in by packaging/, in the sizes a title
// bar or task switcher draws; larger ones, for docks, come from the installed desktop entry.
void setWindowIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128}) {
        icon.addFile(QStringLiteral(":/icons/%1x%1/" SMTPCODES_APP_ID ".png").arg(size),
                     QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
}

// The desktop entry's name, by which docks and Wayland compositors match the window to its
// entry, and the window icon.
void setDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(QStringLiteral(SMTPCODES_APP_ID));
    // Decoding the icon's sizes costs more than anything else the first frame needs: it is set
    // once the event loop runs, and window managers update the icon when it changes.
    QTimer::singleShot(0, qApp, setWindowIcon);
}

int runWindow(const CommandLineRequest &request, const Catalog &catalog, Settings &settings,
              LanguageSwitcher &language, const std::function<void(QWidget &)> &beforeShow)
{
    setDesktopIdentity();
    MainWindow window(catalog, language, settings);
    const bool screenshot = !request.screenshotPath.isEmpty();
    window.setPersistent(!screenshot);
    const CodeId initialCode = request.codes.value(0);
    if (!screenshot)
        window.restoreSession(initialCode);
    else
        window.showCode(initialCode.isValid() ? initialCode : catalog.firstCode());
    if (request.codes.size() == 2)
        window.showComparison(request.codes.at(0), request.codes.at(1));
    if (!request.explainPath.isEmpty()) {
        QString error;
        const QByteArray input = explainInput(request.explainPath, &error);
        if (!error.isEmpty()) {
            CommandLine::printError(error);
            return CommandLine::usageError;
        }
        const QString name = request.explainPath == QLatin1String("-")
                                 ? QString()
                                 : QFileInfo(request.explainPath).fileName();
        // A screenshot waits for the explanation, which is made in the background.
        QEventLoop explained;
        QObject::connect(&window, &MainWindow::explanationShown, &explained, &QEventLoop::quit);
        window.showExplanation(input, name);
        if (screenshot) {
            QTimer::singleShot(explainTimeoutMs, &explained, &QEventLoop::quit);
            explained.exec();
        }
    }

    if (screenshot)
        return saveScreenshot(window, request.screenshotPath);
    if (beforeShow)
        beforeShow(window);
    window.show();
    return QApplication::exec();
}

} // namespace

int run(int &argc, char **argv, const std::function<void(QWidget &)> &beforeShow)
{
    setIdentity();
    const CatalogLoadResult &loaded = BuiltInCatalog::load();
    const CommandLineRequest request = CommandLine::parse(argumentList(argc, argv), loaded.catalog);

    const bool window = loaded.ok() && request.needsWindow();
    const std::unique_ptr<QCoreApplication> application =
        window ? std::make_unique<QApplication>(argc, argv)
               : std::make_unique<QCoreApplication>(argc, argv);
    Settings settings;
    LanguageSwitcher language;
    language.apply(Languages::startLanguage(request.language, settings));

    if (!loaded.ok()) {
        CommandLine::printError(
            QCoreApplication::translate("Application", "The built-in catalog is damaged: %1")
                .arg(loaded.error()));
        return 1;
    }
    if (window)
        return runWindow(request, loaded.catalog, settings, language, beforeShow);
    return runWithoutWindow(request, loaded.catalog);
}

} // namespace SmtpCodes::Application
