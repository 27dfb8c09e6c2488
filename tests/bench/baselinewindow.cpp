// SPDX-License-Identifier: MIT
// The floor for start-up and memory: a bare Qt Widgets window with a list beside a text pane,
// timed to its first paint exactly as smtp-codes is.

#include "quitafterfirstpaint.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
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
    QuitAfterFirstPaint probe;
    window.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
