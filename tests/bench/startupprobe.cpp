// SPDX-License-Identifier: MIT
// smtp-codes as shipped, plus one thing for `make bench`: it quits once the window has painted
// for the first time.

#include "application.h"
#include "quitafterfirstpaint.h"

#include <QWidget>

int main(int argc, char *argv[])
{
    return SmtpCodes::Application::run(argc, argv, [](QWidget &window) {
        window.installEventFilter(new QuitAfterFirstPaint(&window));
    });
}
