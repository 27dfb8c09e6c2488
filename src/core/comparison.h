// SPDX-License-Identifier: MIT
#pragma once

#include "entrypage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// The comparison of two codes, described once and rendered word for word by the compare view
// and `smtp-codes --print A B`: the title, the summary under it, a note, the two codes side by
// side, then the key differences and when to use which. Every sentence is a translatable
// template; the data stays English.
struct Comparison
{
    QString title;            // "211 System Status vs 535 Authentication Failed"
    QString summary;          // one paragraph
    QString note;             // a remark on the pair, or empty
    QList<EntryPage> columns; // the two codes, as compare columns
    QStringList differences;  // numbered in the output
    QStringList whenToUse;    // one paragraph per code
    bool sameClass = false;
    bool sameCode = false; // then only title and summary (a friendly note) are set

    // Key differences and when to use which, as sections to render after the columns.
    QList<PageSection> closingSections() const;
};

// Two codes of one kind that the catalog contains(); codes of two kinds give an empty comparison.
Comparison compareCodes(const CodeId &first, const CodeId &second, const Catalog &catalog);
// "211 System Status vs 535 Authentication Failed" from two titles, however they are marked up.
QString comparisonTitle(const QString &first, const QString &second);

} // namespace SmtpCodes
