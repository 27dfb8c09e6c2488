// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes as a pasted reply, a log or a bounce message. Whatever the
// input, the explainer must return findings that hold together, and they must render as text
// and as JSON.
#include "builtincatalog.h"
#include "explainer.h"
#include "explanationpage.h"
#include "jsonreport.h"
#include "textreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace SmtpCodes;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_explainer: invariant violated: %s\n", what);
        __builtin_trap();
    }
}

const Catalog *catalog = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_explainer";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    const CatalogLoadResult &builtIn = BuiltInCatalog::load();
    check(builtIn.ok(), "the built-in catalog does not load");
    catalog = &builtIn.catalog;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Explanation explanation = Explainer::explain(input, *catalog);
    const ReasonRules &rules = catalog->reasonRules();
    for (const Finding &finding : explanation.findings) {
        check(finding.saysSomething(), "an empty finding");
        if (finding.replyCode)
            check(isValidReplyCode(*finding.replyCode), "an invalid reply code");
        if (finding.enhancedCode)
            check(isEnhancedCodeClass(finding.enhancedCode->codeClass), "an invalid class");
        check(rules.find(finding.reason) != nullptr, "a reason the rules do not know");
        check(finding.severity != Severity::Success || finding.reason == QLatin1String("other"),
              "a success with a failure reason");
    }

    const QList<FindingCard> cards = ExplanationPages::cards(explanation, *catalog);
    check(cards.size() == explanation.findings.size(), "a card per finding");
    check(!TextReport::explanation(cards).isEmpty(), "empty text");
    QJsonParseError error;
    const QJsonDocument json =
        QJsonDocument::fromJson(JsonReport::explanation(explanation), &error);
    check(error.error == QJsonParseError::NoError, "invalid JSON");
    check(json.object().value(QStringLiteral("findings")).toArray().size() ==
              explanation.findings.size(),
          "a JSON finding per finding");
    return 0;
}
