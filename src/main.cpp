// SPDX-License-Identifier: MIT
#include "core/catalogloader.h"
#include "core/commandline.h"
#include "core/languages.h"
#include "core/textreport.h"
#include "widgets/gui.h"

#include <QApplication>
#include <QCoreApplication>

using namespace SmtpCodes;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Codes"));
    QCoreApplication::setApplicationName(QStringLiteral("SMTP Codes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPCODES_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationIdentity();

    CommandLineRequest request;
    QString startLanguage; // --lang, else the remembered choice, else the system's
    {
        // A plain QCoreApplication first, so --print, --list and bad usage work without a display.
        QCoreApplication app(argc, argv);
        const CatalogLoadResult &loaded = CatalogLoader::builtIn();
        if (!loaded.ok()) {
            CommandLine::printError(QCoreApplication::translate("main", "The built-in catalog is damaged: %1")
                           .arg(loaded.error));
            return 1;
        }
        const QStringList arguments = QCoreApplication::arguments();
        LanguageSwitcher language;
        const QString requested = Languages::match(CommandLine::requestedLanguage(arguments));
        startLanguage = requested.isEmpty() ? Gui::preferredLanguage() : requested;
        language.apply(startLanguage);

        request = CommandLine::parse(arguments, loaded.catalog);
        const Catalog &catalog = loaded.catalog;
        switch (request.action) {
        case CommandLineRequest::Action::Fail:
            CommandLine::printError(request.text);
            return CommandLine::usageError;
        case CommandLineRequest::Action::ShowHelp:
        case CommandLineRequest::Action::ShowVersion:
            CommandLine::print(request.text);
            return 0;
        case CommandLineRequest::Action::PrintList:
            CommandLine::print(TextReport::list(catalog));
            return 0;
        case CommandLineRequest::Action::PrintEntry:
            CommandLine::print(TextReport::entry(*catalog.find(request.codes.at(0)), catalog));
            return 0;
        case CommandLineRequest::Action::PrintComparison:
            CommandLine::print(TextReport::comparison(*catalog.find(request.codes.at(0)),
                                                   *catalog.find(request.codes.at(1))));
            return 0;
        case CommandLineRequest::Action::ShowWindow:
            break;
        }
    }

    QApplication app(argc, argv);
    return Gui::run(request, CatalogLoader::builtIn().catalog, startLanguage);
}
