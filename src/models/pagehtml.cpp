// SPDX-License-Identifier: MIT
#include "pagehtml.h"

#include "classcolors.h"

namespace SmtpCodes::PageHtml {

namespace {

const QString leftToRightMark = QStringLiteral("&lrm;");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A title such as "535 Authentication Failed", kept whole inside right-to-left text.
QString wholeTitle(const QString &title)
{
    return leftToRightMark + escaped(title) + leftToRightMark;
}

QString badge(const PageBadge &badge)
{
    // Remarks take the colour of no class.
    const QColor background =
        ClassColors::color(badge.kind == PageBadge::Kind::Class ? badge.codeClass : 0);
    return QStringLiteral(
               "<span style=\"background-color:%1; color:#ffffff;\">&nbsp;%2&nbsp;</span>")
        .arg(background.name(), escaped(badge.text));
}

QString heading(const EntryPage &page)
{
    QStringList badges;
    for (const PageBadge &mark : page.badges)
        badges << badge(mark);
    return QStringLiteral("<h1>") + wholeTitle(page.title) + QStringLiteral("</h1><p>") +
           badges.join(QLatin1Char(' ')) + QStringLiteral("</p>");
}

QString paragraph(const QString &text, bool catalogText)
{
    return (catalogText ? QStringLiteral("<p dir=\"ltr\">") : QStringLiteral("<p>")) +
           escaped(text) + QStringLiteral("</p>");
}

QString exchangeTable(const QList<PageItem> &items)
{
    QString rows;
    for (const PageItem &item : items) {
        const QString kind = item.role == PageItem::Role::ClientLine ? QStringLiteral("client")
                                                                     : QStringLiteral("server");
        rows += QStringLiteral("<tr><td class=\"%1\">%2&nbsp;</td><td class=\"%1\">%3</td></tr>")
                    .arg(kind, escaped(EntryPages::senderLabel(item.role)), escaped(item.text));
    }
    return QStringLiteral("<table class=\"example\" dir=\"ltr\" cellspacing=\"0\">") + rows +
           QStringLiteral("</table>");
}

QString list(const PageSection &section, const QString &tag)
{
    const QString open =
        section.catalogText ? QStringLiteral("<li dir=\"ltr\">") : QStringLiteral("<li>");
    QString html = QLatin1Char('<') + tag + QLatin1Char('>');
    for (const PageItem &item : section.items)
        html += open + escaped(item.text) + QStringLiteral("</li>");
    return html + QStringLiteral("</") + tag + QLatin1Char('>');
}

QString links(const PageSection &section)
{
    QStringList lines;
    for (const PageItem &item : section.items) {
        const QString text = section.catalogText ? wholeTitle(item.text) : escaped(item.text);
        lines << (item.link.isEmpty() ? text
                                      : QStringLiteral("<a href=\"%1\">%2</a>")
                                            .arg(escaped(item.link.toString()), text));
    }
    return QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

QString body(const PageSection &section)
{
    if (section.items.isEmpty())
        return paragraph(section.emptyText, false);
    switch (section.style) {
    case PageSection::Style::Paragraphs: {
        QString html;
        for (const PageItem &item : section.items)
            html += paragraph(item.text, section.catalogText);
        return html;
    }
    case PageSection::Style::Links:
        return links(section);
    case PageSection::Style::Bullets:
        return list(section, QStringLiteral("ul"));
    case PageSection::Style::Numbered:
        return list(section, QStringLiteral("ol"));
    case PageSection::Style::Exchange:
        return exchangeTable(section.items);
    }
    return {};
}

QString section(const PageSection &section)
{
    if (!section.isShown())
        return {};
    return QStringLiteral("<h3>") + escaped(section.heading()) + QStringLiteral("</h3>") +
           body(section);
}

const PageSection *findSection(const EntryPage &page, Section id)
{
    for (const PageSection &section : page.sections) {
        if (section.id == id)
            return &section;
    }
    return nullptr;
}

// One table row per section, so a section starts at the same height in both columns. Qt lays
// table columns out left to right whatever the table's direction, so in a right-to-left layout
// the first code's cell goes last, to stand on the right below the first picker.
QString columns(const EntryPage &first, const EntryPage &second, bool rightToLeft)
{
    const auto row = [rightToLeft](const QString &a, const QString &b) -> QString {
        return QStringLiteral("<tr><td width=\"50%\">") + (rightToLeft ? b : a) +
               QStringLiteral("</td><td width=\"50%\">") + (rightToLeft ? a : b) +
               QStringLiteral("</td></tr>");
    };
    QString html =
        QStringLiteral(
            "<table class=\"columns\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"%1>")
            .arg(rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString());
    html += row(heading(first), heading(second));
    // Sections in the order of either column, each once: one side may lack one (non-standard).
    QList<Section> order;
    for (const EntryPage *page : {&first, &second}) {
        for (const PageSection &pageSection : page->sections) {
            if (!order.contains(pageSection.id))
                order << pageSection.id;
        }
    }
    for (Section id : std::as_const(order)) {
        const PageSection *a = findSection(first, id);
        const PageSection *b = findSection(second, id);
        html += row(a ? section(*a) : QString(), b ? section(*b) : QString());
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString styleSheet(const QPalette &palette)
{
    return QStringLiteral(
               "h1 { font-size: x-large; margin-bottom: 4px; }"
               "h2 { font-size: large; margin-bottom: 6px; }"
               "h3 { font-size: medium; margin-top: 14px; margin-bottom: 4px; color: %1; }"
               "p { margin-top: 0px; margin-bottom: 4px; }"
               "p.note { font-style: italic; }"
               "table.example { font-family: monospace; background-color: %2; }"
               "td.client { color: %3; }"
               "td.server { color: %4; }"
               "a { color: %3; }"
               "table.card { background-color: %2; margin-bottom: 10px; }"
               "p.diagnostic { font-family: monospace; }"
               "span.code { font-weight: bold; color: %3; }")
        .arg(palette.color(QPalette::PlaceholderText).name(),
             palette.color(QPalette::AlternateBase).name(), palette.color(QPalette::Link).name(),
             palette.color(QPalette::Text).name());
}

QString explanation(const QList<FindingCard> &cards, qsizetype allFindings)
{
    if (cards.isEmpty())
        return paragraph(ExplanationPages::nothingFound(), false);
    QString html;
    if (allFindings > cards.size())
        html += paragraph(ExplanationPages::notAllShown(cards.size(), allFindings), false);
    for (const FindingCard &card : cards) {
        const int severityClass = card.severity == Severity::Permanent   ? 5
                                  : card.severity == Severity::Temporary ? 4
                                                                         : 2;
        QString body = QStringLiteral("<h2>") + wholeTitle(card.heading) +
                       QStringLiteral("</h2><p>") +
                       badge(PageBadge{PageBadge::Kind::Class, card.verdict, severityClass}) +
                       QStringLiteral("</p>");
        if (!card.reason.isEmpty())
            body += paragraph(card.reason, false);
        QStringList codes;
        for (const CodeId &code : card.codes)
            codes << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(escaped(EntryPages::codeLink(code).toString()),
                              escaped(code.toString()));
        if (!codes.isEmpty())
            body += QStringLiteral("<p dir=\"ltr\">") + codes.join(QLatin1Char(' ')) +
                    QStringLiteral("</p>");
        if (!card.text.isEmpty()) {
            // The codes highlighted where they stand in the diagnostic; the rest as plain text.
            QString diagnostic;
            qsizetype done = 0;
            for (const auto &[start, length] : card.codeSpans) {
                if (start < done)
                    continue;
                diagnostic += escaped(card.text.mid(done, start - done)) +
                              QStringLiteral("<span class=\"code\">") +
                              escaped(card.text.mid(start, length)) + QStringLiteral("</span>");
                done = start + length;
            }
            diagnostic += escaped(card.text.mid(done));
            body += QStringLiteral("<p class=\"diagnostic\" dir=\"ltr\">") + diagnostic +
                    QStringLiteral("</p>");
        }
        if (!card.servers.isEmpty())
            body += paragraph(card.servers, false);
        if (!card.whatToDo.isEmpty())
            body += QStringLiteral("<h3>") + escaped(ExplanationPages::whatToDoHeading()) +
                    QStringLiteral("</h3>") + paragraph(card.whatToDo, true);
        html += QStringLiteral("<table class=\"card\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"8\"><tr><td>") +
                body + QStringLiteral("</td></tr></table>");
    }
    return html;
}

QString entry(const EntryPage &page)
{
    QString html = heading(page);
    for (const PageSection &pageSection : page.sections)
        html += section(pageSection);
    return html;
}

QString comparison(const Comparison &comparison, Qt::LayoutDirection direction)
{
    const bool rightToLeft = direction == Qt::RightToLeft;
    // The title's codes carry left-to-right marks, which would otherwise make the heading
    // left-to-right and put the first code on the far side in a right-to-left layout.
    QString html = (rightToLeft ? QStringLiteral("<h2 dir=\"rtl\">") : QStringLiteral("<h2>")) +
                   comparisonTitle(wholeTitle(comparison.columns.value(0).title),
                                   wholeTitle(comparison.columns.value(1).title)) +
                   QStringLiteral("</h2>");
    html += (comparison.sameCode ? QStringLiteral("<p class=\"note\">") : QStringLiteral("<p>")) +
            escaped(comparison.summary) + QStringLiteral("</p>");
    if (comparison.sameCode || comparison.columns.size() != 2)
        return html;
    if (!comparison.note.isEmpty())
        html += QStringLiteral("<p class=\"note\">") + escaped(comparison.note) +
                QStringLiteral("</p>");
    html += columns(comparison.columns.at(0), comparison.columns.at(1), rightToLeft);
    for (const PageSection &closing : comparison.closingSections())
        html += section(closing);
    return html;
}

} // namespace SmtpCodes::PageHtml
