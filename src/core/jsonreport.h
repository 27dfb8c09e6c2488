// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "comparison.h"

#include <QByteArray>

namespace SmtpCodes {

// JSON for scripts: `--json` with `--print` or `--list`. The keys are stable and listed in the
// README; class and section labels follow the interface language, the data stays English.
namespace JsonReport {
QByteArray list(const Catalog &catalog);
QByteArray entry(const CodeId &id, const Catalog &catalog);
QByteArray comparison(const CodeId &first, const CodeId &second, const Catalog &catalog);
} // namespace JsonReport

} // namespace SmtpCodes
