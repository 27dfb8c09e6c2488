// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes as catalog JSON. Whatever the input, CatalogLoader::fromJson
// must return either an error or a consistent catalog, and a loaded catalog must render.
#include "catalogloader.h"
#include "comparison.h"
#include "textreport.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace SmtpCodes;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_catalogloader: invariant violated: %s\n", what);
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Translations, locales and resources behave as in the application; never destroyed.
    static int argc = 1;
    static char name[] = "fuzz_catalogloader";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const CatalogLoadResult result = CatalogLoader::fromJson(json);
    if (!result.ok()) {
        check(result.catalog.isEmpty(), "a failed load returned entries");
        return 0;
    }
    const Catalog &catalog = result.catalog;
    check(!catalog.isEmpty(), "a successful load returned no entries");

    const QList<ReplyCode> &codes = catalog.replyCodes();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const ReplyCode &code = codes.at(i);
        check(isValidReplyCode(code.code), "an entry has an invalid code");
        check(i == 0 || codes.at(i - 1).code < code.code, "entries are not sorted and unique");
        check(catalog.findReply(code.code) == &code, "find() does not return the entry");
        for (int related : code.related)
            check(catalog.findReply(related) != nullptr, "a related code is not in the catalog");
    }
    check(catalog.findReply(0) == nullptr && catalog.findReply(600) == nullptr,
          "find() of an invalid code");
    check(!TextReport::list(catalog).isEmpty(), "empty list");

    // The first, the last and one from the middle: entry texts, comparisons both ways, and the
    // same code against itself.
    const ReplyCode &first = codes.constFirst();
    const ReplyCode &last = codes.constLast();
    const ReplyCode &middle = codes.at(codes.size() / 2);
    const auto id = [](const ReplyCode &code) { return CodeId::reply(code.code); };
    for (const ReplyCode *code : {&first, &middle, &last})
        check(!TextReport::page(EntryPages::entry(id(*code), catalog)).isEmpty(),
              "empty entry text");
    const Comparison comparison = compareCodes(id(first), id(last), catalog);
    check(comparison.sameCode == (first.code == last.code), "sameCode is wrong");
    check(!comparison.title.isEmpty() && !comparison.summary.isEmpty(), "empty comparison");
    check(!TextReport::comparison(comparison).isEmpty(), "empty comparison text");
    check(!TextReport::comparison(compareCodes(id(middle), id(first), catalog)).isEmpty(),
          "empty comparison text");
    check(compareCodes(id(middle), id(middle), catalog).sameCode, "a code compared with itself");
    return 0;
}
