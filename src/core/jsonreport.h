// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "comparison.h"
#include "explanation.h"

#include <QByteArray>

namespace SmtpCodes {

// JSON for scripts: `--json` with `--print` or `--list`. The keys are stable and listed in the
// README; class and section labels follow the interface language, the data stays English.
namespace JsonReport {
QByteArray list(const Catalog &catalog);
QByteArray entry(const CodeId &id, const Catalog &catalog);
QByteArray comparison(const CodeId &first, const CodeId &second, const Catalog &catalog);
// {"findings":[{"recipient", "action", "replyCode", "enhancedCode", "severity", "reason",
// "reasonSource", "text", "remoteMta"}]}: null where the input does not say.
QByteArray explanation(const Explanation &explanation);
} // namespace JsonReport

} // namespace SmtpCodes
