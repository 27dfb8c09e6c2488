// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes as a command line against the built-in catalog. The bytes
// are split into arguments at NUL and newline bytes (at most 16), after "smtp-codes".
#include "builtincatalog.h"
#include "commandline.h"
#include "languages.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace SmtpCodes;
using Action = CommandLineRequest::Action;

namespace {

constexpr qsizetype maxArguments = 16;

void check(bool condition, const char *what, const QStringList &arguments)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_commandline: invariant violated: %s\narguments:", what);
        for (const QString &argument : arguments)
            std::fprintf(stderr, " [%s]", argument.toUtf8().constData());
        std::fprintf(stderr, "\n");
        __builtin_trap();
    }
}

QStringList splitArguments(const uint8_t *data, size_t size)
{
    QStringList arguments{QStringLiteral("smtp-codes")};
    size_t start = 0;
    for (size_t i = 0; i <= size && arguments.size() <= maxArguments; ++i) {
        if (i == size || data[i] == '\0' || data[i] == '\n') {
            arguments << QString::fromUtf8(reinterpret_cast<const char *>(data + start),
                                           static_cast<qsizetype>(i - start));
            start = i + 1;
        }
    }
    return arguments;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // As in main(): an application object, so --version and translations behave as in the app.
    static int argc = 1;
    static char name[] = "fuzz_commandline";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("SMTP Codes"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.0.0"));
    const CatalogLoadResult &loaded = BuiltInCatalog::load();
    if (!loaded.ok()) {
        std::fprintf(stderr, "fuzz_commandline: the built-in catalog is damaged: %s\n",
                     loaded.error().toUtf8().constData());
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Catalog &catalog = BuiltInCatalog::load().catalog;
    const QStringList arguments = splitArguments(data, size);

    const CommandLineRequest request = CommandLine::parse(arguments, catalog);

    switch (request.action) {
    case Action::Fail:
        check(request.text && !request.text().trimmed().isEmpty(), "Fail without a message",
              arguments);
        break;
    case Action::PrintEntry:
        check(request.codes.size() == 1, "PrintEntry without exactly one code", arguments);
        break;
    case Action::PrintComparison:
        check(request.codes.size() == 2, "PrintComparison without exactly two codes", arguments);
        break;
    case Action::PrintList:
        check(request.codes.isEmpty(), "PrintList with codes", arguments);
        break;
    case Action::PrintExplanation:
        check(request.codes.isEmpty() && !request.explainPath.isEmpty(),
              "PrintExplanation with codes or without input", arguments);
        break;
    case Action::ShowHelp:
    case Action::ShowVersion:
        check(request.text && !request.text().isEmpty(), "help or version without text", arguments);
        break;
    case Action::ShowWindow:
        check(request.codes.size() <= 2, "ShowWindow with more than two codes", arguments);
        break;
    }
    if (request.action != Action::Fail) {
        for (const CodeId &code : request.codes)
            check(catalog.contains(code), "a requested code is not in the catalog", arguments);
        // Two codes are of one kind: a reply code is not compared with an enhanced code.
        check(request.codes.size() != 2 || request.codes.at(0).kind() == request.codes.at(1).kind(),
              "two codes of different kinds", arguments);
        // A language that survived the parse is a real one.
        check(request.language.isEmpty() || Languages::available().contains(request.language),
              "an unknown language passed", arguments);
    }
    return 0;
}
