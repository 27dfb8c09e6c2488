// SPDX-License-Identifier: MIT
#pragma once

#include "enhancedcode.h"
#include "explanation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// One reason a delivery fails or is delayed, with its verdict and what to do (reasons.json).
struct ReasonInfo
{
    QString id;      // "unknown-recipient"
    QString title;   // "Unknown recipient"
    QString verdict; // "the address does not exist"
    QString whatToDo;
};

// Words real servers use for a reason, lower case.
struct ReasonPhrases
{
    QString reason;
    // Decisive even against a specific enhanced code: "null MX", "gave up".
    bool overridesCodes = false;
    QStringList words;
};

// The knowledge that turns codes and words into a reason, loaded from reasons.json. The order of
// precedence is explained at classify().
struct ReasonRules
{
    QList<ReasonInfo> reasons;
    QList<ReasonPhrases> phrases; // in order of precedence
    // Enhanced codes that say the reason on their own, class-specific (5.4.1) or generic (X.4.1).
    QHash<EnhancedCode, QString> specificCodes;
    // What a code says when nothing more specific does.
    QHash<int, QString> replyFallbacks;
    QHash<EnhancedCode, QString> enhancedFallbacks; // generic

    const ReasonInfo *find(const QString &id) const;
    bool isEmpty() const { return reasons.isEmpty(); }

    // Sets the finding's severity, reason and reason source from its action, codes and text:
    // 1. success (2xx, delivered, relayed, expanded) has no reason to find ("other");
    // 2. words that override codes ("gave up", "null MX");
    // 3. a failure after temporary errors, or X.4.7, is "expired";
    // 4. an enhanced code specific enough to say the reason (X.1.1, 5.4.1 …);
    // 5. the words of the diagnostic, in the order of reasons.json;
    // 6. what the reply code, then the enhanced code, says on its own;
    // 7. otherwise "other".
    void classify(Finding &finding) const;
};

} // namespace SmtpCodes
