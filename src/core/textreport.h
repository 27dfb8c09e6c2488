// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "comparison.h"
#include "entrypage.h"

#include <QString>

namespace SmtpCodes {

// Plain-text renderings for terminals, scripts and the clipboard. Headings are translated;
// the data is shown as it is.
namespace TextReport {
// One line per code, reply codes then registered enhanced codes: code TAB name TAB class.
QString list(const Catalog &catalog);
QString page(const EntryPage &page);
QString comparison(const Comparison &comparison);
} // namespace TextReport

} // namespace SmtpCodes
