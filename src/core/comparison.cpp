// SPDX-License-Identifier: MIT
#include "comparison.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace SmtpCodes {

namespace {

// Builds the sentences; the class gives lupdate the "Comparison" context.
class Comparer
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    Comparer(const ReplyCode &first, const ReplyCode &second) : m_a(first), m_b(second) {}

    Comparison build() const
    {
        Comparison result;
        result.title = comparisonTitle(m_a.title(), m_b.title());
        result.columns = {EntryPages::column(m_a), EntryPages::column(m_b)};
        result.sameCode = m_a.code == m_b.code;
        result.sameClass = m_a.replyClass() == m_b.replyClass();
        if (result.sameCode) {
            result.summary = tr("Both sides show %1. Choose a different code for one side to "
                                "compare them.")
                                 .arg(m_a.title());
            return result;
        }
        result.summary = summary(result.sameClass);
        if (result.sameClass)
            result.note =
                tr("Same class: both are %1 replies.").arg(replyClassLabel(m_a.replyClass()));
        result.differences = differences(result.sameClass);
        result.whenToUse = {whenToUse(m_a), whenToUse(m_b)};
        return result;
    }

private:
    QString summary(bool sameClass) const
    {
        QString text;
        if (sameClass) {
            text = tr("%1 (%2) and %3 (%4) are both %5 replies: in each case the server %6. "
                      "What sets them apart is the situation each one reports.")
                       .arg(m_a.codeText(), m_a.name, m_b.codeText(), m_b.name,
                            replyClassLabel(m_a.replyClass()), replyClassMeaning(m_a.replyClass()));
        } else {
            text = tr("%1 (%2) is a %3 reply: the server %4. %5 (%6) is a %7 reply: the server "
                      "%8.")
                       .arg(m_a.codeText(), m_a.name, replyClassLabel(m_a.replyClass()),
                            replyClassMeaning(m_a.replyClass()), m_b.codeText(), m_b.name,
                            replyClassLabel(m_b.replyClass()), replyClassMeaning(m_b.replyClass()));
        }
        return text + QLatin1Char(' ') + m_a.summary + QLatin1Char(' ') + m_b.summary;
    }

    QStringList differences(bool sameClass) const
    {
        QStringList items;
        if (sameClass) {
            items << tr("Both are %1 replies, so after either one the client %2.")
                         .arg(replyClassLabel(m_a.replyClass()),
                              replyClassNextStep(m_a.replyClass()));
        } else {
            items << tr("%1 is a %2 reply, while %3 is a %4 reply.")
                         .arg(m_a.codeText(), replyClassLabel(m_a.replyClass()), m_b.codeText(),
                              replyClassLabel(m_b.replyClass()))
                  << tr("After %1 the client %2; after %3 it %4.")
                         .arg(m_a.codeText(), replyClassNextStep(m_a.replyClass()), m_b.codeText(),
                              replyClassNextStep(m_b.replyClass()));
        }

        if (sameItems(m_a.commands, m_b.commands)) {
            items << tr("Both answer %1.").arg(commandList(m_a.commands));
        } else {
            items << tr("%1 answers %2, whereas %3 answers %4.")
                         .arg(m_a.codeText(), commandList(m_a.commands), m_b.codeText(),
                              commandList(m_b.commands));
        }

        if (!m_a.enhancedCodes.isEmpty() || !m_b.enhancedCodes.isEmpty()) {
            if (sameItems(m_a.enhancedCodes, m_b.enhancedCodes)) {
                items << tr("Both usually come with the same enhanced status codes: %1.")
                             .arg(QLocale().createSeparatedList(m_a.enhancedCodes));
            } else {
                items << tr("%1 usually comes with %2, and %3 with %4.")
                             .arg(m_a.codeText(), enhancedList(m_a), m_b.codeText(),
                                  enhancedList(m_b));
            }
        }

        items << definitions();
        return items;
    }

    QString definitions() const
    {
        if (!m_a.standard && !m_b.standard)
            return tr("Neither %1 nor %2 is defined by any RFC.")
                .arg(m_a.codeText(), m_b.codeText());
        if (!m_a.standard || !m_b.standard) {
            const ReplyCode &odd = m_a.standard ? m_b : m_a;
            const ReplyCode &defined = m_a.standard ? m_a : m_b;
            return tr("%1 is not defined by any RFC, while %2 is covered by %3.")
                .arg(odd.codeText(), defined.codeText(), rfcList(defined));
        }
        if (rfcList(m_a) == rfcList(m_b))
            return tr("Both are covered by %1.").arg(rfcList(m_a));
        return tr("%1 is covered by %2, and %3 by %4.")
            .arg(m_a.codeText(), rfcList(m_a), m_b.codeText(), rfcList(m_b));
    }

    static QString whenToUse(const ReplyCode &code)
    {
        return tr("Expect %1 (%2) when %3 If you receive it: %4")
            .arg(code.codeText(), code.name, code.seenWhen, code.howToFix);
    }

    static QString enhancedList(const ReplyCode &code)
    {
        if (code.enhancedCodes.isEmpty())
            return tr("no particular enhanced status code");
        return QLocale().createSeparatedList(code.enhancedCodes);
    }

    static QString rfcList(const ReplyCode &code)
    {
        QStringList labels;
        for (const RfcReference &reference : code.rfcs) {
            const QString label = RfcReference{reference.rfc, {}}.label();
            if (!labels.contains(label))
                labels << label;
        }
        return QLocale().createSeparatedList(labels);
    }

    static bool sameItems(const QStringList &a, const QStringList &b)
    {
        return QSet<QString>(a.begin(), a.end()) == QSet<QString>(b.begin(), b.end());
    }

    const ReplyCode &m_a;
    const ReplyCode &m_b;
};

} // namespace

QList<PageSection> Comparison::closingSections() const
{
    PageSection differenceList{
        Section::KeyDifferences, PageSection::Style::Numbered, {}, {}, false};
    for (const QString &difference : differences)
        differenceList.items << PageItem{difference, {}, PageItem::Role::Text};
    PageSection whenToUseWhich{
        Section::WhenToUseWhich, PageSection::Style::Paragraphs, {}, {}, false};
    for (const QString &paragraph : whenToUse)
        whenToUseWhich.items << PageItem{paragraph, {}, PageItem::Role::Text};
    return {differenceList, whenToUseWhich};
}

Comparison compareCodes(const ReplyCode &first, const ReplyCode &second)
{
    return Comparer(first, second).build();
}

QString comparisonTitle(const QString &first, const QString &second)
{
    return QCoreApplication::translate("Comparison", "%1 vs %2").arg(first, second);
}

} // namespace SmtpCodes
