// SPDX-License-Identifier: MIT
#include "comparison.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace SmtpCodes {

namespace {

QStringList codeTexts(const QList<EnhancedCode> &codes)
{
    QStringList texts;
    for (const EnhancedCode &code : codes)
        texts << code.toString();
    return texts;
}

// "RFC 3463 and RFC 4954": each RFC of `references` once.
QString rfcList(const QList<RfcReference> &references)
{
    QStringList labels;
    for (const RfcReference &reference : references) {
        const QString label = RfcReference{reference.rfc, {}}.label();
        if (!labels.contains(label))
            labels << label;
    }
    return QLocale().createSeparatedList(labels);
}

bool sameItems(const QStringList &a, const QStringList &b)
{
    return QSet<QString>(a.begin(), a.end()) == QSet<QString>(b.begin(), b.end());
}

// Builds the sentences of two reply codes; the class gives lupdate the "Comparison" context.
class ReplyComparer
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    ReplyComparer(const ReplyCode &first, const ReplyCode &second, const Catalog &catalog)
        : m_a(first), m_b(second), m_catalog(catalog)
    {
    }

    Comparison build() const
    {
        Comparison result;
        result.title = comparisonTitle(m_a.title(), m_b.title());
        result.columns = {EntryPages::column(CodeId::reply(m_a.code), m_catalog),
                          EntryPages::column(CodeId::reply(m_b.code), m_catalog)};
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

    // What the client does after a code: its class's next step, except where RFC 5321 has the
    // server close the connection (221, 421).
    static QString nextStep(const ReplyCode &code)
    {
        if (code.code == 221)
            return tr("has nothing more to send, as the server closes the connection");
        if (code.code == 421)
            return tr("may try again later on a new connection, as the server closes this one");
        return replyClassNextStep(code.replyClass());
    }

    static bool closesConnection(const ReplyCode &code)
    {
        return code.code == 221 || code.code == 421;
    }

    QStringList differences(bool sameClass) const
    {
        QStringList items;
        if (sameClass) {
            if (!closesConnection(m_a) && !closesConnection(m_b)) {
                items << tr("Both are %1 replies, so after either one the client %2.")
                             .arg(replyClassLabel(m_a.replyClass()),
                                  replyClassNextStep(m_a.replyClass()));
            } else {
                items << tr("Both are %1 replies.").arg(replyClassLabel(m_a.replyClass()))
                      << tr("After %1 the client %2; after %3 it %4.")
                             .arg(m_a.codeText(), nextStep(m_a), m_b.codeText(), nextStep(m_b));
            }
        } else {
            items << tr("%1 is a %2 reply, while %3 is a %4 reply.")
                         .arg(m_a.codeText(), replyClassLabel(m_a.replyClass()), m_b.codeText(),
                              replyClassLabel(m_b.replyClass()))
                  << tr("After %1 the client %2; after %3 it %4.")
                         .arg(m_a.codeText(), nextStep(m_a), m_b.codeText(), nextStep(m_b));
        }
        items << commandDifferences();
        if (const QString enhanced = enhancedDifference(); !enhanced.isEmpty())
            items << enhanced;
        items << definitions();
        return items;
    }

    // The commands each code is sent in reply to: only those that differ are named as a
    // difference; those both share are said once.
    QStringList commandDifferences() const
    {
        QStringList onlyA;
        QStringList onlyB;
        QStringList shared;
        for (const QString &command : m_a.commands)
            (m_b.commands.contains(command) ? shared : onlyA) << command;
        for (const QString &command : m_b.commands) {
            if (!m_a.commands.contains(command))
                onlyB << command;
        }
        QStringList items;
        if (!onlyA.isEmpty() && !onlyB.isEmpty()) {
            items << tr("%1 is sent in reply to %2, whereas %3 is sent in reply to %4.")
                         .arg(m_a.codeText(), commandList(onlyA), m_b.codeText(),
                              commandList(onlyB));
        } else if (!onlyA.isEmpty() || !onlyB.isEmpty()) {
            const bool first = !onlyA.isEmpty();
            items << tr("Only %1 is sent in reply to %2.")
                         .arg(first ? m_a.codeText() : m_b.codeText(),
                              commandList(first ? onlyA : onlyB));
        }
        if (!shared.isEmpty())
            items << tr("Both are sent in reply to %1.").arg(commandList(shared));
        return items;
    }

    // RFC 2034 section 4 gives 3xx replies no enhanced status code.
    QString enhancedDifference() const
    {
        const bool intermediateA = m_a.replyClass() == ReplyClass::PositiveIntermediate;
        const bool intermediateB = m_b.replyClass() == ReplyClass::PositiveIntermediate;
        if (intermediateA && intermediateB)
            return tr(
                "Neither carries an enhanced status code: RFC 2034 gives none to 3xx replies.");
        if (intermediateA || intermediateB) {
            const ReplyCode &intermediate = intermediateA ? m_a : m_b;
            const ReplyCode &other = intermediateA ? m_b : m_a;
            return tr("%1 carries no enhanced status code, as RFC 2034 gives none to 3xx replies, "
                      "while %2 usually comes with %3.")
                .arg(intermediate.codeText(), other.codeText(), enhancedList(other));
        }
        if (m_a.enhancedCodes.isEmpty() && m_b.enhancedCodes.isEmpty())
            return {};
        if (sameItems(codeTexts(m_a.enhancedCodes), codeTexts(m_b.enhancedCodes))) {
            return tr("Both usually come with the same enhanced status codes: %1.")
                .arg(QLocale().createSeparatedList(codeTexts(m_a.enhancedCodes)));
        }
        return tr("%1 usually comes with %2, and %3 with %4.")
            .arg(m_a.codeText(), enhancedList(m_a), m_b.codeText(), enhancedList(m_b));
    }

    // "Defined by" names only the RFCs that define or assign a code, not those that mention it.
    QString definitions() const
    {
        if (!m_a.standard && !m_b.standard)
            return tr("Neither %1 nor %2 is defined by any RFC.")
                .arg(m_a.codeText(), m_b.codeText());
        if (!m_a.standard || !m_b.standard) {
            const ReplyCode &odd = m_a.standard ? m_b : m_a;
            const ReplyCode &defined = m_a.standard ? m_a : m_b;
            return tr("%1 is not defined by any RFC, while %2 is defined by %3.")
                .arg(odd.codeText(), defined.codeText(), definers(defined));
        }
        if (definers(m_a) == definers(m_b))
            return tr("Both are defined by %1.").arg(definers(m_a));
        return tr("%1 is defined by %2, and %3 by %4.")
            .arg(m_a.codeText(), definers(m_a), m_b.codeText(), definers(m_b));
    }

    static QString definers(const ReplyCode &code)
    {
        QList<RfcReference> defining;
        for (const RfcReference &reference : code.rfcs) {
            if (reference.defines)
                defining << reference;
        }
        return rfcList(defining);
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
        return QLocale().createSeparatedList(codeTexts(code.enhancedCodes));
    }

    const ReplyCode &m_a;
    const ReplyCode &m_b;
    const Catalog &m_catalog;
};

// Builds the sentences of two enhanced status codes, from the registry's class and subject
// tables and the entries' own text.
class EnhancedComparer
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    EnhancedComparer(const EnhancedReading &first, const EnhancedReading &second,
                     const Catalog &catalog)
        : m_a(first), m_b(second), m_catalog(catalog)
    {
    }

    Comparison build() const
    {
        Comparison result;
        const CodeId a = CodeId::enhanced(m_a.code);
        const CodeId b = CodeId::enhanced(m_b.code);
        result.title = comparisonTitle(m_catalog.title(a), m_catalog.title(b));
        result.columns = {EntryPages::column(a, m_catalog), EntryPages::column(b, m_catalog)};
        result.sameCode = m_a.code == m_b.code;
        result.sameClass = m_a.classes() == m_b.classes();
        if (result.sameCode) {
            result.summary = tr("Both sides show %1. Choose a different code for one side to "
                                "compare them.")
                                 .arg(m_catalog.title(a));
            return result;
        }
        result.summary = summary();
        if (result.sameClass && m_a.classInfo) {
            result.note = tr("Same class: both are %1 codes.").arg(m_a.classInfo->label());
        }
        result.differences = differences();
        result.whenToUse = {whenToUse(m_a), whenToUse(m_b)};
        return result;
    }

private:
    // "5.1.1 (Bad destination mailbox address)", or "5.7.606" outside the registry.
    QString named(const EnhancedReading &reading) const
    {
        if (!reading.entry || reading.entry->name.isEmpty())
            return reading.code.toString();
        return tr("%1 (%2)").arg(reading.code.toString(), reading.entry->name);
    }

    // "class 5, Permanent Failure", or for X the classes it is used with.
    QString classPhrase(const EnhancedReading &reading) const
    {
        QStringList phrases;
        for (int codeClass : reading.classes()) {
            if (const EnhancedClassInfo *info = m_catalog.enhancedClass(codeClass))
                phrases << tr("class %1 (%2)").arg(QString::number(codeClass), info->name);
        }
        return phrases.isEmpty() ? tr("any class") : QLocale().createSeparatedList(phrases);
    }

    QString subjectPhrase(const EnhancedReading &reading) const
    {
        const QString name = reading.subjectInfo ? reading.subjectInfo->name : QString();
        return tr("subject %1 (%2)").arg(QString::number(reading.code.subject), name);
    }

    QString summary() const
    {
        QString text = tr("%1 is in %2 and %3. %4 is in %5 and %6.")
                           .arg(named(m_a), classPhrase(m_a), subjectPhrase(m_a), named(m_b),
                                classPhrase(m_b), subjectPhrase(m_b));
        for (const EnhancedReading *reading : {&m_a, &m_b}) {
            // The summary starts with the registry's X.y.z; it is said of the code as read.
            if (const EnhancedEntry *entry = reading->entry)
                text += QLatin1Char(' ') + reading->code.toString() +
                        entry->summary.mid(entry->code.toString().size());
        }
        return text;
    }

    QStringList differences() const
    {
        QStringList items;
        const QString a = m_a.code.toString();
        const QString b = m_b.code.toString();
        if (m_a.classes() == m_b.classes())
            items << tr("Both are in %1.").arg(classPhrase(m_a));
        else
            items << tr("%1 is in %2, while %3 is in %4.")
                         .arg(a, classPhrase(m_a), b, classPhrase(m_b));
        if (m_a.code.subject == m_b.code.subject)
            items << tr("Both are in %1.").arg(subjectPhrase(m_a));
        else
            items << tr("%1 is in %2, while %3 is in %4.")
                         .arg(a, subjectPhrase(m_a), b, subjectPhrase(m_b));

        const QStringList replyA = replyCodes(m_a);
        const QStringList replyB = replyCodes(m_b);
        if (replyA.isEmpty() && replyB.isEmpty())
            items << tr("The registry names no reply code for either.");
        else if (sameItems(replyA, replyB))
            items << tr("Both come with reply code %1.").arg(QLocale().createSeparatedList(replyA));
        else
            items << tr("%1 comes with %2, and %3 with %4.")
                         .arg(a, replyCodeList(replyA), b, replyCodeList(replyB));

        items << definitions();
        for (const EnhancedReading *reading : {&m_a, &m_b}) {
            if (reading->entry && reading->entry->deprecated)
                items << tr("%1 is deprecated in the registry.").arg(reading->code.toString());
        }
        return items;
    }

    QString definitions() const
    {
        const QString a = m_a.code.toString();
        const QString b = m_b.code.toString();
        if (!m_a.entry && !m_b.entry)
            return tr("Neither %1 nor %2 is in the registry.").arg(a, b);
        if (!m_a.entry || !m_b.entry) {
            const EnhancedReading &odd = m_a.entry ? m_b : m_a;
            const EnhancedReading &registered = m_a.entry ? m_a : m_b;
            return tr("%1 is not in the registry, while %2 is defined by %3.")
                .arg(odd.code.toString(), registered.code.toString(), definedBy(registered));
        }
        if (definedBy(m_a) == definedBy(m_b))
            return tr("Both are defined by %1.").arg(definedBy(m_a));
        return tr("%1 is defined by %2, and %3 by %4.").arg(a, definedBy(m_a), b, definedBy(m_b));
    }

    static QString definedBy(const EnhancedReading &reading)
    {
        const QString rfcs = rfcList(reading.entry->rfcs);
        return rfcs.isEmpty() ? tr("a registry entry without an RFC") : rfcs;
    }

    QStringList replyCodes(const EnhancedReading &reading) const
    {
        QStringList codes;
        if (reading.entry) {
            for (int code : reading.entry->replyCodesInClass(reading.code.codeClass))
                codes << QString::number(code);
        }
        return codes;
    }

    static QString replyCodeList(const QStringList &codes)
    {
        return codes.isEmpty() ? tr("no reply code the registry names")
                               : QLocale().createSeparatedList(codes);
    }

    QString whenToUse(const EnhancedReading &reading) const
    {
        if (reading.entry) {
            return tr("Expect %1 (%2) when %3 If you receive it: %4")
                .arg(reading.code.toString(),
                     reading.entry->name.isEmpty() ? tr("no registry title") : reading.entry->name,
                     reading.entry->seenWhen, reading.entry->howToFix);
        }
        const QString classText = reading.classInfo ? reading.classInfo->description : QString();
        const QString subjectText =
            reading.subjectInfo ? reading.subjectInfo->description : QString();
        return tr("%1 is not in the registry, so read it by its class and subject. %2 %3")
            .arg(reading.code.toString(), classText, subjectText);
    }

    const EnhancedReading m_a;
    const EnhancedReading m_b;
    const Catalog &m_catalog;
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

Comparison compareCodes(const CodeId &first, const CodeId &second, const Catalog &catalog)
{
    if (first.isReply() && second.isReply()) {
        const ReplyCode *a = catalog.findReply(first.replyCode());
        const ReplyCode *b = catalog.findReply(second.replyCode());
        return a && b ? ReplyComparer(*a, *b, catalog).build() : Comparison{};
    }
    if (first.isEnhanced() && second.isEnhanced()) {
        return EnhancedComparer(catalog.readEnhanced(first.enhancedCode()),
                                catalog.readEnhanced(second.enhancedCode()), catalog)
            .build();
    }
    return {};
}

QString comparisonTitle(const QString &first, const QString &second)
{
    return QCoreApplication::translate("Comparison", "%1 vs %2").arg(first, second);
}

} // namespace SmtpCodes
