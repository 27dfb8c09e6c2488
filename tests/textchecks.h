// SPDX-License-Identifier: MIT
#pragma once

// Checks of written English shared by the tests: the defects the reference pages had.

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace TextChecks {

// "when when", "the The": the first doubled word, or empty.
inline QString doubledWord(const QString &text)
{
    static const QRegularExpression doubled(QStringLiteral("\\b(\\w+)\\s+\\1\\b"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = doubled.match(text);
    return match.hasMatch() ? match.captured(0) : QString();
}

// A paragraph must end a sentence, and every sentence after it must start with a capital or a
// digit: what a cut-off or spliced template breaks. Returns a description of the first fault.
inline QString sentenceFault(const QString &paragraph)
{
    const QString text = paragraph.trimmed();
    if (text.isEmpty())
        return QStringLiteral("empty paragraph");
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')))
        return QStringLiteral("does not end with a full stop: …") + text.right(30);
    // Abbreviations that legitimately take a full stop mid-sentence.
    static const QRegularExpression nextSentence(
        QStringLiteral("(?<!\\be\\.g)(?<!\\bi\\.e)(?<!\\betc)(?<!\\bvs)\\.\\s+(\\S)"));
    auto it = nextSentence.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QChar first = match.captured(1).front();
        if (!first.isUpper() && !first.isDigit() && first != QLatin1Char('"') &&
            first != QLatin1Char('('))
            return QStringLiteral("sentence starts in lower case: …") +
                   text.mid(qMax(0, match.capturedStart() - 20), 40);
    }
    if (text.contains(QLatin1String("..")) || text.contains(QLatin1String(" .")))
        return QStringLiteral("stray full stop");
    return {};
}

} // namespace TextChecks
