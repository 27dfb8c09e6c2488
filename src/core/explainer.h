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

Explanation explain(const QByteArray &input, const Catalog &catalog);

} // namespace Explainer

} // namespace SmtpCodes
