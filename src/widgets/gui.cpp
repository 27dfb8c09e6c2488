// SPDX-License-Identifier: MIT
#include "gui.h"

#include "core/languages.h"

#include <QApplication>
#include <QMainWindow>

namespace SmtpCodes::Gui {

QString preferredLanguage()
{
    return Languages::systemDefault();
}

int run(const CommandLineRequest &request, const Catalog &catalog)
{
    Q_UNUSED(catalog)
    LanguageSwitcher language;
    language.apply(request.language.isEmpty() ? preferredLanguage() : request.language);
    QMainWindow window;
    window.setWindowTitle(QApplication::translate("MainWindow", "SMTP Codes"));
    window.resize(1100, 700);
    window.show();
    return QApplication::exec();
}

} // namespace SmtpCodes::Gui
