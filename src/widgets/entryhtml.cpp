// SPDX-License-Identifier: MIT
#include "entryhtml.h"

#include "classcolors.h"
#include "core/comparison.h"
#include "core/sections.h"

#include <QCoreApplication>
#include <QTextBrowser>

namespace SmtpCodes::EntryHtml {

namespace {

const QString leftToRightMark = QStringLiteral("&lrm;");

class Strings
{
    Q_DECLARE_TR_FUNCTIONS(EntryHtml)

public:
    static QString nonStandard() { return tr("non-standard"); }
    static QString none() { return tr("None in particular."); }
    static QString client() { return tr("C:", "client line of an example exchange"); }
    static QString server() { return tr("S:", "server line of an example exchange"); }
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString badge(const QString &text, const QColor &background)
{
    return QStringLiteral("<span style=\"background-color:%1; color:#ffffff;\">&nbsp;%2&nbsp;</span>")
        .arg(background.name(), escaped(text));
}

QString exampleTable(const ReplyCode &code)
{
    QString rows;
    for (const ExchangeLine &line : code.example) {
        const bool client = line.sender == ExchangeLine::Sender::Client;
        rows += QStringLiteral("<tr><td class=\"%1\">%2&nbsp;</td><td class=\"%1\">%3</td></tr>")
                    .arg(client ? QStringLiteral("client") : QStringLiteral("server"),
                         escaped(client ? Strings::client() : Strings::server()),
                         escaped(line.text));
    }
    return QStringLiteral("<table class=\"example\" dir=\"ltr\" cellspacing=\"0\">") + rows
           + QStringLiteral("</table>");
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li dir=\"ltr\">") + escaped(item) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString styleSheet(const QPalette &palette)
{
    return QStringLiteral(
               "h1 { font-size: x-large; margin-bottom: 4px; }"
               "h3 { font-size: medium; margin-top: 14px; margin-bottom: 4px; color: %1; }"
               "p { margin-top: 0px; margin-bottom: 4px; }"
               "table.example { font-family: monospace; background-color: %2; }"
               "td.client { color: %3; font-weight: bold; }"
               "td.server { color: %4; }"
               "a { color: %3; }")
        .arg(palette.color(QPalette::PlaceholderText).name(),
             palette.color(QPalette::AlternateBase).name(), palette.color(QPalette::Link).name(),
             palette.color(QPalette::Text).name());
}

} // namespace

void showPage(QTextBrowser *browser, const QPalette &palette, const QString &html)
{
    browser->document()->setDefaultStyleSheet(styleSheet(palette));
    browser->setHtml(html);
}

QString title(const ReplyCode &code)
{
    return leftToRightMark + escaped(code.title()) + leftToRightMark;
}

QString comparisonTitle(const ReplyCode &first, const ReplyCode &second)
{
    // The same template as the core's plain-text title, so translators see it once.
    return QCoreApplication::translate("Comparison", "%1 vs %2").arg(title(first), title(second));
}

QString heading(const ReplyCode &code)
{
    QString html = QStringLiteral("<h1>") + title(code) + QStringLiteral("</h1><p>")
                   + badge(replyClassLabel(code.replyClass()), ClassColors::color(code.replyClass()));
    if (!code.standard)
        html += QStringLiteral(" ") + badge(Strings::nonStandard(), QColor(0x5f, 0x5f, 0x5f));
    return html + QStringLiteral("</p>");
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + escaped(text) + QStringLiteral("</p>");
}

QString dataParagraph(const QString &text)
{
    return QStringLiteral("<p dir=\"ltr\">") + escaped(text) + QStringLiteral("</p>");
}

QString section(const QString &heading, const QString &bodyHtml)
{
    return QStringLiteral("<h3>") + escaped(heading) + QStringLiteral("</h3>") + bodyHtml;
}

QString rfcLinks(const ReplyCode &code)
{
    QStringList links;
    for (const RfcReference &reference : code.rfcs) {
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(escaped(reference.url().toString()), escaped(reference.label()));
    }
    return QStringLiteral("<p>") + links.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

QString enhancedCodes(const ReplyCode &code)
{
    return paragraph(code.enhancedCodes.isEmpty()
                         ? Strings::none()
                         : code.enhancedCodes.join(QStringLiteral(", ")));
}

QString entry(const ReplyCode &code, const Catalog &catalog)
{
    QString html = heading(code);
    if (!code.standard)
        html += section(sectionTitle(Section::NonStandard), dataParagraph(code.origin));
    html += section(sectionTitle(Section::Description), dataParagraph(code.description));
    html += section(sectionTitle(Section::WhenYouSeeIt), dataParagraph(code.whenYouSeeIt()));
    html += section(sectionTitle(Section::HowToFix), dataParagraph(code.howToFix));
    html += section(sectionTitle(Section::EnhancedCodes), enhancedCodes(code));
    html += section(sectionTitle(Section::RfcReferences), rfcLinks(code));
    html += section(sectionTitle(Section::Commands), paragraph(commandList(code.commands)));

    QStringList related;
    for (int other : code.related) {
        if (const ReplyCode *relatedCode = catalog.find(other)) {
            related << QStringLiteral("<a href=\"code:%1\">%2</a>")
                           .arg(QString::number(other), title(*relatedCode));
        }
    }
    if (!related.isEmpty())
        html += section(sectionTitle(Section::RelatedCodes),
                        QStringLiteral("<p>") + related.join(QStringLiteral("<br>"))
                            + QStringLiteral("</p>"));
    html += section(sectionTitle(Section::Example), exampleTable(code));
    if (!code.notes.isEmpty())
        html += section(sectionTitle(Section::Notes), list(code.notes));
    return html;
}

} // namespace SmtpCodes::EntryHtml
