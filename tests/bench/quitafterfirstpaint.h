// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QEvent>

// For `make bench`: installed on a window, ends the event loop once the window has painted for
// the first time, so start-up can be timed from outside the process.
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
