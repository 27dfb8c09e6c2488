// SPDX-License-Identifier: MIT
// The floor for start-up and memory: a bare Qt Widgets window with a list beside a text pane,
// timed to its first paint exactly as smtp-codes is.
//
// Given a style sheet file and an HTML file, the text pane shows that page instead of a heading:
// the bench passes the page smtp-codes shows first, to tell the cost of the page itself from the
// cost of everything else the application does.

#include "quitafterfirstpaint.h"

#include <QApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QTextBrowser>
#include <QWidget>

namespace {

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

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
    const QStringList arguments = QApplication::arguments();
    const bool page = arguments.size() == 3;
    if (page)
        text->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    else
        text->setHtml(QStringLiteral("<h1>Title</h1><p>Text</p>"));
    layout->addWidget(text, 1);
    window.resize(1100, 700);
    QuitAfterFirstPaint probe;
    window.installEventFilter(&probe);
    window.show();
    if (page) {
        // As smtp-codes's page browser shows a page: once the pane has its size, so that the
        // page is laid out once.
        text->document()->setDefaultStyleSheet(fileText(arguments.at(1)));
        text->setHtml(fileText(arguments.at(2)));
    }
    return QApplication::exec();
}
