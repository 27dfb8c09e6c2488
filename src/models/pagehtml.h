// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "entrypage.h"
#include "explanationpage.h"

#include <QPalette>
#include <QString>

namespace SmtpCodes::PageHtml {

// Rich text for QTextBrowser from the core's page descriptions. Every piece of text is escaped;
// links use the "code:" scheme for in-app navigation and https for RFCs. Catalog text, which is
// English, stays left-to-right inside right-to-left layouts, and codes stay whole.

// The one style sheet of every page, in the colours of `palette`.
QString styleSheet(const QPalette &palette);
// The detail pane.
QString entry(const EntryPage &page);
// The compare view: title, summary, note, both columns with aligned sections, then the rest.
// In a right-to-left layout the first code's column stands on the right.
QString comparison(const Comparison &comparison, Qt::LayoutDirection direction);
// The Explain view: one card per finding, the codes as links and highlighted in the diagnostic.
// When `cards` holds only the first of `allFindings`, a note above them says so.
QString explanation(const QList<FindingCard> &cards, qsizetype allFindings);

} // namespace SmtpCodes::PageHtml
