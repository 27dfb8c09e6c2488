// SPDX-License-Identifier: MIT
#pragma once

#include "replyclass.h"

#include <QColor>
#include <QIcon>

namespace SmtpCodes::ClassColors {

// A mid-tone colour per class: white text on it is readable, and it stands out on light and on
// dark palettes alike.
QColor color(ReplyClass replyClass);
// A round mark in the class colour for list rows.
QIcon markIcon(ReplyClass replyClass);

} // namespace SmtpCodes::ClassColors
