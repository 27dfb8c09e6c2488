// SPDX-License-Identifier: MIT
#pragma once

#include "catalogloader.h"

namespace SmtpCodes {

// The catalog embedded in the application: resources/data checked and compiled at build time
// (see CatalogStream), read once. Its own library, smtpcodes-catalog, holds it, because the
// build compiles it with the core library.
namespace BuiltInCatalog {
const CatalogLoadResult &load();
} // namespace BuiltInCatalog

} // namespace SmtpCodes
