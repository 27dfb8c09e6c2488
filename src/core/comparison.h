// SPDX-License-Identifier: MIT
#pragma once

#include "replycode.h"

#include <QString>
#include <QStringList>

namespace SmtpCodes {

// The written comparison of two codes, shared word for word by the compare view and
// `smtp-codes --print A B`. Every sentence is a translatable template; the data stays English.
struct Comparison
{
    QString title;             // "211 System Status vs 535 Authentication Failed"
    QString summary;           // one paragraph
    QStringList differences;   // numbered in the output
    QStringList whenToUse;     // one paragraph per code
    bool sameClass = false;
    bool sameCode = false;     // then only title and summary (a friendly note) are set
};

Comparison compareCodes(const ReplyCode &first, const ReplyCode &second);

// "5xx Permanent Negative"
QString replyClassLabel(ReplyClass replyClass);
// Commands as a readable, locale-joined list: "MAIL, RCPT and DATA".
QString commandList(const QStringList &commands);

} // namespace SmtpCodes
