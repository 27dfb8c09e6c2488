// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalog.h"

#include <QPalette>
#include <QString>

namespace SmtpCodes::EntryHtml {

// Rich text for QTextBrowser. Every piece of data is escaped; links use the "code:" scheme for
// in-app navigation and https for RFCs.
QString styleSheet(const QPalette &palette);
// "&lrm;535 Authentication Failed", escaped, safe inside right-to-left text.
QString title(const ReplyCode &code);
// The class badge, plus a "non-standard" badge where it applies.
QString badges(const ReplyCode &code);
QString paragraph(const QString &text);
// A heading and its body, as used by the detail pane and by each compare column.
QString section(const QString &heading, const QString &bodyHtml);
QString rfcLinks(const ReplyCode &code);
QString enhancedCodes(const ReplyCode &code);
// The whole detail pane.
QString entry(const ReplyCode &code, const Catalog &catalog);

} // namespace SmtpCodes::EntryHtml
