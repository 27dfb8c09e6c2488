// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "explanation.h"

#include <QByteArray>

namespace SmtpCodes {

// Explains what a user pastes or opens: one reply, a multi-line reply, MTA log lines, or whole
// bounce messages (.eml or mbox). Bounces are read with GMime: their RFC 3464 delivery status
// first, their human-readable text where it has none. Every finding is classified by the
// catalog's reason rules. Never fails: input without a reply gives no findings.
namespace Explainer {

// The most the window and the command line read from a file: bounces and logs are far smaller,
// and a larger file, or a device that never ends, is refused rather than held in memory.
inline constexpr qint64 maximumInputSize = 64 * 1024 * 1024;

Explanation explain(const QByteArray &input, const Catalog &catalog);

} // namespace Explainer

} // namespace SmtpCodes
