// SPDX-License-Identifier: MIT
// The floor for start-up and memory: a bare Qt Widgets window with a list beside a text pane,
// timed to its first paint exactly as smtp-codes is (SMTPCODES_QUIT_AFTER_FIRST_PAINT).

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPixmap>
#include <QTextBrowser>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *list = new QListWidget;
    for (int i = 0; i < 40; ++i)
        list->addItem(QStringLiteral("%1  Item").arg(200 + i));
    layout->addWidget(list);
    auto *text = new QTextBrowser;
    text->setHtml(QStringLiteral("<h1>Title</h1><p>Text</p>"));
    layout->addWidget(text, 1);
    window.resize(1100, 700);

    struct QuitAfterFirstPaint : QObject
    {
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
                watched->removeEventFilter(this);
            }
            return false;
        }
    } probe;
    if (qEnvironmentVariableIsSet("SMTPCODES_QUIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
