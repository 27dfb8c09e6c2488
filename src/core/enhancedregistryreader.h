// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QByteArray>

namespace SmtpCodes::EnhancedRegistryReader {

// For CatalogLoader: the enhanced status codes of enhanced.json (see resources/data/SCHEMA.md),
// each rule checked. Throws LoadError.
EnhancedRegistry read(const QByteArray &json);

} // namespace SmtpCodes::EnhancedRegistryReader
