// SPDX-License-Identifier: MIT
#include "textreport.h"

#include <QCoreApplication>

namespace SmtpCodes {

namespace {

const QString indentStep = QStringLiteral("  ");

class Writer
{
public:
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    void line(const QString &text = {}, int depth = 0)
    {
        m_text += text.isEmpty() ? text : indentStep.repeated(depth) + text;
        m_text += QLatin1Char('\n');
    }

    void heading(const EntryPage &page, int depth)
    {
        line(page.title, depth);
        QStringList badges;
        for (const PageBadge &badge : page.badges)
            badges << badge.text;
        line(badges.join(QStringLiteral(", ")), depth + 1);
    }

    void section(const PageSection &section, int depth)
    {
        if (!section.isShown())
            return;
        line();
        line(section.heading(), depth);
        if (section.items.isEmpty())
            line(section.emptyText, depth + 1);
        for (qsizetype i = 0; i < section.items.size(); ++i)
            line(itemText(section, i), depth + 1);
    }

    // A compare column indents its sections under its title, so two entries read apart.
    void page(const EntryPage &page, int sectionDepth)
    {
        heading(page, 0);
        for (const PageSection &section : page.sections)
            this->section(section, sectionDepth);
    }

    QString text() const { return m_text; }

private:
    static QString itemText(const PageSection &section, qsizetype index)
    {
        const PageItem &item = section.items.at(index);
        switch (section.style) {
        case PageSection::Style::Exchange:
            return EntryPages::senderLabel(item.role) + QLatin1Char(' ') + item.text;
        case PageSection::Style::Numbered:
            return tr("%1. %2").arg(QString::number(index + 1), item.text);
        case PageSection::Style::Links:
            // In-app links need no address; a web page's address is what a reader needs.
            if (item.link.scheme() == QLatin1String("https"))
                return tr("%1: %2").arg(item.text, item.link.toString());
            return item.text;
        case PageSection::Style::Paragraphs:
        case PageSection::Style::Bullets:
            return item.text;
        }
        return item.text;
    }

    QString m_text;
};

} // namespace

QString TextReport::list(const Catalog &catalog)
{
    QString text;
    for (const ReplyCode &code : catalog.replyCodes()) {
        text += code.codeText() + QLatin1Char('\t') + code.name + QLatin1Char('\t') +
                replyClassLabel(code.replyClass()) + QLatin1Char('\n');
    }
    for (const EnhancedEntry &entry : catalog.enhancedCodes()) {
        QStringList classes;
        for (int codeClass : entry.classes) {
            if (const EnhancedClassInfo *info = catalog.enhancedClass(codeClass))
                classes << info->label();
        }
        text += entry.code.toString() + QLatin1Char('\t') + entry.name + QLatin1Char('\t') +
                classes.join(QStringLiteral(", ")) + QLatin1Char('\n');
    }
    return text;
}

QString TextReport::explanation(const QList<FindingCard> &cards)
{
    if (cards.isEmpty())
        return ExplanationPages::nothingFound() + QLatin1Char('\n');
    Writer out;
    for (const FindingCard &card : cards) {
        if (!out.text().isEmpty())
            out.line();
        out.line(card.action.isEmpty() ? card.heading
                                       : Writer::tr("%1 (%2)").arg(card.heading, card.action));
        out.line(card.verdict, 1);
        if (!card.reason.isEmpty())
            out.line(card.reason, 1);
        if (!card.codesText.isEmpty())
            out.line(Writer::tr("Codes: %1").arg(card.codesText), 1);
        if (!card.text.isEmpty())
            out.line(card.text, 1);
        if (!card.servers.isEmpty())
            out.line(card.servers, 1);
        if (!card.whatToDo.isEmpty())
            out.line(Writer::tr("What to do: %1").arg(card.whatToDo), 1);
    }
    return out.text();
}

QString TextReport::page(const EntryPage &page)
{
    Writer out;
    out.page(page, 0);
    return out.text();
}

QString TextReport::comparison(const Comparison &comparison)
{
    Writer out;
    out.line(comparison.title);
    out.line();
    out.line(comparison.summary);
    if (comparison.sameCode)
        return out.text();
    if (!comparison.note.isEmpty()) {
        out.line();
        out.line(comparison.note);
    }
    for (const EntryPage &column : comparison.columns) {
        out.line();
        out.page(column, 1);
    }
    for (const PageSection &section : comparison.closingSections())
        out.section(section, 0);
    return out.text();
}

} // namespace SmtpCodes
