// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "comparison.h"
#include "entrypage.h"
#include "explanationpage.h"

#include <QString>

namespace SmtpCodes {

// Plain-text renderings for terminals, scripts and the clipboard. Headings are translated;
// the data is shown as it is.
namespace TextReport {
// One line per code, reply codes then registered enhanced codes: code TAB name TAB class.
QString list(const Catalog &catalog);
QString page(const EntryPage &page);
QString comparison(const Comparison &comparison);
// One block per finding: heading, verdict, reason, codes, the diagnostic and what to do.
QString explanation(const QList<FindingCard> &cards);
} // namespace TextReport

} // namespace SmtpCodes
