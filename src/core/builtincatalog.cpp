// SPDX-License-Identifier: MIT
#include "builtincatalog.h"

#include "catalogstream.h"

#include <QCoreApplication>
#include <QFile>

namespace SmtpCodes {

namespace {

CatalogLoadResult readBuiltIn()
{
    QFile file(QStringLiteral(":/data/catalog.bin"));
    std::optional<Catalog> catalog;
    if (file.open(QIODevice::ReadOnly))
        catalog = CatalogStream::read(file.readAll());
    if (!catalog) {
        return {{}, [] {
                    return QCoreApplication::translate("CatalogLoader",
                                                       "the compiled catalog cannot be read");
                }};
    }
    return {std::move(*catalog), {}};
}

} // namespace

const CatalogLoadResult &BuiltInCatalog::load()
{
    static const CatalogLoadResult result = readBuiltIn();
    return result;
}

} // namespace SmtpCodes
