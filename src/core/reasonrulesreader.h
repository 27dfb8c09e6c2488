// SPDX-License-Identifier: MIT
#pragma once

#include "reasonrules.h"

#include <QByteArray>

namespace SmtpCodes::ReasonRulesReader {

// For CatalogLoader: the reason rules of reasons.json (see resources/data/SCHEMA.md), each rule
// checked. Throws LoadError.
ReasonRules read(const QByteArray &json);

} // namespace SmtpCodes::ReasonRulesReader
