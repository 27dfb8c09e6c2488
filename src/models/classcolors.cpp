// SPDX-License-Identifier: MIT
#include "classcolors.h"

#include <QPainter>
#include <QPixmap>

namespace SmtpCodes::ClassColors {

QColor color(ReplyClass replyClass)
{
    switch (replyClass) {
    case ReplyClass::PositiveCompletion:
        return QColor(0x2e, 0x7d, 0x32);
    case ReplyClass::PositiveIntermediate:
        return QColor(0x15, 0x65, 0xc0);
    case ReplyClass::TransientNegative:
        return QColor(0xb4, 0x53, 0x09);
    case ReplyClass::PermanentNegative:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QIcon markIcon(ReplyClass replyClass)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(replyClass));
        const qreal margin = size / 4.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace SmtpCodes::ClassColors
