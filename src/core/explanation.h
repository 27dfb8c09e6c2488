// SPDX-License-Identifier: MIT
#pragma once

#include "enhancedcode.h"

#include <QList>
#include <QString>

#include <optional>

namespace SmtpCodes {

// What a finding means for the message: failed for good, delayed, or done.
enum class Severity
{
    Permanent,
    Temporary,
    Success
};

// Where a finding's reason comes from, most reliable first.
enum class ReasonSource
{
    EnhancedCode,
    ReplyCode,
    Text
};

// One recipient that failed, was delayed or was delivered, as a bounce, a log or a reply states
// it; without recipients, one reply.
struct Finding
{
    QString recipient; // empty when the input names none
    QString action;    // failed, delayed, delivered, relayed or expanded; empty when unstated
    std::optional<int> replyCode;
    std::optional<EnhancedCode> enhancedCode;
    QString text;         // the diagnostic as the server wrote it
    QString remoteMta;    // the server that answered, when stated
    QString reportingMta; // the server that reports, when stated
    Severity severity = Severity::Permanent;
    QString reason; // an id of the reason rules: "unknown-recipient" …
    ReasonSource reasonSource = ReasonSource::Text;

    // Whether it tells a reader anything: its codes, its recipient, or at least its words
    // (sendmail's "Cannot send message for 5 days" names neither).
    bool saysSomething() const
    {
        return replyCode || enhancedCode || !recipient.isEmpty() || !text.trimmed().isEmpty();
    }
};

struct Explanation
{
    QList<Finding> findings;
};

QString severityName(Severity severity);       // "permanent", for JSON
QString reasonSourceName(ReasonSource source); // "enhanced-code", for JSON

} // namespace SmtpCodes
