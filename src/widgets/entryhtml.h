// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalog.h"

#include <QPalette>
#include <QString>

class QTextBrowser;

namespace SmtpCodes::EntryHtml {

// Rich text for QTextBrowser. Every piece of data is escaped; links use the "code:" scheme for
// in-app navigation and https for RFCs.
// Shows `html` in `browser`, styled with the colours of `palette`: the pane's, which on a
// palette change is already new while the browser's is not yet.
void showPage(QTextBrowser *browser, const QPalette &palette, const QString &html);
// "&lrm;535 Authentication Failed&lrm;", escaped, kept whole inside right-to-left text.
QString title(const ReplyCode &code);
// The title as a large heading, then the class badge and, where it applies, "non-standard".
QString heading(const ReplyCode &code);
// Translated or mixed text: its direction follows its first strong character.
QString paragraph(const QString &text);
// Catalog text, always English: left-to-right even inside right-to-left layouts, so that
// punctuation stays at the end of the sentence.
QString dataParagraph(const QString &text);
// "211 System Status vs 535 Authentication Failed" with each title kept in one piece.
QString comparisonTitle(const ReplyCode &first, const ReplyCode &second);
// A heading and its body, as used by the detail pane and by each compare column.
QString section(const QString &heading, const QString &bodyHtml);
QString rfcLinks(const ReplyCode &code);
QString enhancedCodes(const ReplyCode &code);
// The whole detail pane.
QString entry(const ReplyCode &code, const Catalog &catalog);

} // namespace SmtpCodes::EntryHtml
