// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace SmtpCodes {

// Reads and validates catalog JSON (see resources/data/SCHEMA.md). On failure the error names the
// entry and the field, e.g. `entry 4 (code 250): field "name" is missing`.
struct CatalogLoadResult
{
    Catalog catalog;
    // Words the error when called, so that it comes out in the language installed by then: the
    // built-in catalog is loaded before any translation is.
    std::function<QString()> describeError;

    bool ok() const { return !describeError; }
    QString error() const { return describeError ? describeError() : QString(); }
};

namespace CatalogLoader {
// The reply codes of `replyCodesJson` and, when given, the enhanced status codes of
// `enhancedCodesJson` and the reason rules of `reasonsJson`.
CatalogLoadResult fromJson(const QByteArray &replyCodesJson,
                           const QByteArray &enhancedCodesJson = {},
                           const QByteArray &reasonsJson = {});
CatalogLoadResult fromFile(const QString &replyCodesPath, const QString &enhancedCodesPath = {},
                           const QString &reasonsPath = {});
} // namespace CatalogLoader

} // namespace SmtpCodes
