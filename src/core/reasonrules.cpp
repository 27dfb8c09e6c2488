// SPDX-License-Identifier: MIT
#include "reasonrules.h"

namespace SmtpCodes {

namespace {

const QString otherReason = QStringLiteral("other");
const QString expiredReason = QStringLiteral("expired");

int codeClass(const Finding &finding)
{
    if (finding.enhancedCode)
        return finding.enhancedCode->codeClass;
    return finding.replyCode ? *finding.replyCode / 100 : 0;
}

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Permanent:
        return QStringLiteral("permanent");
    case Severity::Temporary:
        return QStringLiteral("temporary");
    case Severity::Success:
        return QStringLiteral("success");
    }
    return {};
}

QString reasonSourceName(ReasonSource source)
{
    switch (source) {
    case ReasonSource::EnhancedCode:
        return QStringLiteral("enhanced-code");
    case ReasonSource::ReplyCode:
        return QStringLiteral("reply-code");
    case ReasonSource::Text:
        return QStringLiteral("text");
    }
    return {};
}

const ReasonInfo *ReasonRules::find(const QString &id) const
{
    for (const ReasonInfo &reason : reasons) {
        if (reason.id == id)
            return &reason;
    }
    return nullptr;
}

void ReasonRules::classify(Finding &finding) const
{
    const QString action = finding.action;
    const int classDigit = codeClass(finding);
    const bool success =
        action == QLatin1String("delivered") || action == QLatin1String("relayed") ||
        action == QLatin1String("expanded") || (action.isEmpty() && classDigit == 2);
    const bool failed = action == QLatin1String("failed");
    if (success)
        finding.severity = Severity::Success;
    else if (failed || classDigit == 5 || (action.isEmpty() && classDigit == 0))
        finding.severity = Severity::Permanent;
    else
        finding.severity = Severity::Temporary;

    const auto decide = [&finding](const QString &reason, ReasonSource source) {
        finding.reason = reason;
        finding.reasonSource = source;
    };
    const ReasonSource codeSource =
        finding.enhancedCode ? ReasonSource::EnhancedCode : ReasonSource::ReplyCode;
    if (success) {
        decide(otherReason, codeSource);
        return;
    }

    const QString text = finding.text.toLower();
    const auto phraseReason = [&](bool overridingOnly) -> QString {
        for (const ReasonPhrases &phrases : phrases) {
            if (overridingOnly && !phrases.overridesCodes)
                continue;
            for (const QString &word : phrases.words) {
                if (text.contains(word))
                    return phrases.reason;
            }
        }
        return {};
    };

    if (const QString reason = phraseReason(true); !reason.isEmpty()) {
        decide(reason, ReasonSource::Text);
        // A notice that says the message expired reports a failure, whatever its Action says
        // (OpenSMTPD 6.8 labels its expiry notices "delayed").
        if (reason == expiredReason) {
            finding.action = QStringLiteral("failed");
            finding.severity = Severity::Permanent;
        }
        return;
    }
    // A message given up on after temporary failures.
    if (failed && classDigit == 4) {
        decide(expiredReason, codeSource);
        return;
    }
    if (finding.enhancedCode) {
        const EnhancedCode code = *finding.enhancedCode;
        const QString reason = specificCodes.value(code, specificCodes.value(code.generic()));
        // A delay notice with X.4.7 says delivery is late, not given up.
        const bool delayNotice = reason == expiredReason && action == QLatin1String("delayed");
        if (!reason.isEmpty() && !delayNotice) {
            decide(reason, ReasonSource::EnhancedCode);
            return;
        }
    }
    if (const QString reason = phraseReason(false); !reason.isEmpty()) {
        decide(reason, ReasonSource::Text);
        return;
    }
    if (finding.replyCode && replyFallbacks.contains(*finding.replyCode)) {
        decide(replyFallbacks.value(*finding.replyCode), ReasonSource::ReplyCode);
        return;
    }
    if (finding.enhancedCode && enhancedFallbacks.contains(finding.enhancedCode->generic())) {
        decide(enhancedFallbacks.value(finding.enhancedCode->generic()),
               ReasonSource::EnhancedCode);
        return;
    }
    decide(otherReason,
           finding.replyCode || finding.enhancedCode ? codeSource : ReasonSource::Text);
}

} // namespace SmtpCodes
