// SPDX-License-Identifier: MIT
#include "classcolors.h"

#include <QPainter>
#include <QPixmap>

#include <functional>

namespace SmtpCodes::ClassColors {

namespace {

// An icon at 16 and 32 pixels, drawn by `draw` inside the margin-reduced square it is given.
QIcon drawnIcon(const std::function<void(QPainter &, const QRectF &)> &draw)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        const qreal margin = size / 4.0;
        draw(painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QColor color(int codeClass)
{
    switch (codeClass) {
    case 2:
        return QColor(0x2e, 0x7d, 0x32);
    case 3:
        return QColor(0x15, 0x65, 0xc0);
    case 4:
        return QColor(0xb4, 0x53, 0x09);
    case 5:
        return QColor(0xc6, 0x28, 0x28);
    }
    return QColor(0x5f, 0x5f, 0x5f);
}

QIcon replyMark(int codeClass)
{
    return drawnIcon([codeClass](QPainter &painter, const QRectF &area) {
        painter.setBrush(color(codeClass));
        painter.drawEllipse(area);
    });
}

QIcon enhancedMark(const QList<int> &classes)
{
    return drawnIcon([classes](QPainter &painter, const QRectF &area) {
        const qreal width = area.width() / qMax<qsizetype>(1, classes.size());
        for (qsizetype i = 0; i < classes.size(); ++i) {
            painter.setBrush(color(classes.at(i)));
            painter.drawRect(QRectF(area.left() + i * width, area.top(), width, area.height()));
        }
    });
}

} // namespace SmtpCodes::ClassColors
