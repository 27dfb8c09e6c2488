// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QWidget;

namespace SmtpCodes::Application {

// Runs smtp-codes. The arguments are parsed once, before any application object exists; the
// request then decides the one application object of the run: a QCoreApplication to print, or a
// QApplication for the window. `beforeShow`, when set, is handed the window just before it is
// first shown (the start-up benchmark watches its first paint this way).
int run(int &argc, char **argv, const std::function<void(QWidget &)> &beforeShow = {});

} // namespace SmtpCodes::Application
