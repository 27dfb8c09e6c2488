// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "explanation.h"

#include <QList>
#include <QString>

namespace SmtpCodes {

// One finding as the Explain view and `--print --explain` show it, described once for both.
struct FindingCard
{
    QString heading; // the recipient, or "Reply 2" when there is none
    Severity severity = Severity::Permanent;
    QString verdict;     // "Permanent: the address does not exist"
    QString reason;      // "Unknown recipient, from the enhanced code"
    QString action;      // "Failed", or empty
    QString codesText;   // "550 5.1.1": the codes as found
    QList<CodeId> codes; // those of them the catalog has, for links
    QString text;        // the diagnostic as written
    // Where the codes stand in `text`, to highlight them: start and length.
    QList<std::pair<qsizetype, qsizetype>> codeSpans;
    QString servers; // "Remote server: mx.example.org; reported by: …", or empty
    QString whatToDo;
};

namespace ExplanationPages {
QList<FindingCard> cards(const Explanation &explanation, const Catalog &catalog);
// Said when the input holds no reply code.
QString nothingFound();
// Said above a list of cards that holds only the first `shown` of `total` findings.
QString notAllShown(qsizetype shown, qsizetype total);
// "What to do", above each finding's advice.
QString whatToDoHeading();
} // namespace ExplanationPages

} // namespace SmtpCodes
