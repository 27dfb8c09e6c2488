// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QByteArray>

#include <optional>

namespace SmtpCodes {

// The catalog in binary form (QDataStream). The build checks the JSON with CatalogLoader and
// writes it in this form, so that start-up reads strings instead of parsing and checking JSON
// again. The form belongs to one build: nothing else reads or writes it.
namespace CatalogStream {

QByteArray write(const Catalog &catalog);
// nullopt when `data` is not a whole catalog written by write().
std::optional<Catalog> read(const QByteArray &data);

} // namespace CatalogStream

} // namespace SmtpCodes
