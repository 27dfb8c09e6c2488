// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QString>

namespace SmtpCodes {

// Reads and validates catalog JSON (see resources/data/SCHEMA.md). On failure `error` names the
// entry and the field, e.g. `entry 4 (code 250): field "name" is missing`.
struct CatalogLoadResult
{
    Catalog catalog;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

namespace CatalogLoader {
CatalogLoadResult fromJson(const QByteArray &json);
CatalogLoadResult fromFile(const QString &path);
// The catalog embedded in the application, loaded and validated once.
const CatalogLoadResult &builtIn();
} // namespace CatalogLoader

} // namespace SmtpCodes
