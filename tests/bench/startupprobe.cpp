// SPDX-License-Identifier: MIT
// smtp-codes as shipped, plus one thing for `make bench`: it quits once the window has painted
// for the first time, so start-up can be timed from outside the process.

#include "application.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace {

class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            // Quit after this paint has finished, not before it.
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                      Qt::QueuedConnection);
            watched->removeEventFilter(this);
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    return SmtpCodes::Application::run(argc, argv, [](QWidget &window) {
        window.installEventFilter(new QuitAfterFirstPaint(&window));
    });
}
