// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QIcon>
#include <QList>

namespace SmtpCodes::ClassColors {

// A mid-tone colour per class, by its first digit (2 to 5): white text on it is readable, and it
// stands out on light and on dark palettes alike.
QColor color(int codeClass);
// A round mark in the class colour for the rows of reply codes.
QIcon replyMark(int codeClass);
// A square mark for the rows of enhanced status codes, split into the colours of their classes.
QIcon enhancedMark(const QList<int> &classes);

} // namespace SmtpCodes::ClassColors
