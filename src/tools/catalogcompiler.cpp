// SPDX-License-Identifier: MIT
// A build step: checks the catalog JSON with CatalogLoader, as the tests do, and writes it as a
// CatalogStream for the application to embed. Data that does not load fails the build with the
// loader's message, which names the file, the entry and the field.

#include "catalogloader.h"
#include "catalogstream.h"

#include <QSaveFile>

#include <cstdio>

using namespace SmtpCodes;

int main(int argc, char *argv[])
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s CODES.json ENHANCED.json REASONS.json OUTPUT\n", argv[0]);
        return 2;
    }
    const CatalogLoadResult loaded =
        CatalogLoader::fromFile(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                                QString::fromLocal8Bit(argv[3]));
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error()));
        return 1;
    }
    QSaveFile output(QString::fromLocal8Bit(argv[4]));
    if (!output.open(QIODevice::WriteOnly) ||
        output.write(CatalogStream::write(loaded.catalog)) < 0 || !output.commit()) {
        std::fprintf(stderr, "cannot write %s: %s\n", argv[4], qPrintable(output.errorString()));
        return 1;
    }
    return 0;
}
