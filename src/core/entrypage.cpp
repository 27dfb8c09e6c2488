// SPDX-License-Identifier: MIT
#include "entrypage.h"

#include "replycodeparsing.h"

#include <QCoreApplication>

namespace SmtpCodes {

namespace {

class Describer
{
    Q_DECLARE_TR_FUNCTIONS(EntryPage)

public:
    static PageSection catalogParagraph(Section id, const QString &text)
    {
        return {id, PageSection::Style::Paragraphs, {{text, {}, PageItem::Role::Text}}, {}, true};
    }

    static EntryPage heading(const ReplyCode &code)
    {
        EntryPage page;
        page.title = code.title();
        page.badges << PageBadge{PageBadge::Kind::ReplyClass, replyClassLabel(code.replyClass()),
                                 code.replyClass()};
        if (!code.standard) {
            page.badges << PageBadge{PageBadge::Kind::NonStandard, tr("non-standard"),
                                     code.replyClass()};
            page.sections << catalogParagraph(Section::NonStandard, code.origin);
        }
        return page;
    }

    // The sections a code is compared by, in the order both the entry and a column show them.
    static QList<PageSection> comparedSections(const ReplyCode &code)
    {
        PageSection enhanced{Section::EnhancedCodes,
                             PageSection::Style::Paragraphs,
                             {},
                             tr("None in particular."),
                             true};
        for (const QString &enhancedCode : code.enhancedCodes)
            enhanced.items << PageItem{enhancedCode, {}, PageItem::Role::Text};

        PageSection rfcs{Section::RfcReferences, PageSection::Style::Links, {}, {}, false};
        for (const RfcReference &reference : code.rfcs)
            rfcs.items << PageItem{reference.label(), reference.url(), PageItem::Role::Text};

        return {catalogParagraph(Section::Description, code.description),
                catalogParagraph(Section::WhenYouSeeIt, code.whenYouSeeIt()),
                catalogParagraph(Section::HowToFix, code.howToFix), enhanced, rfcs};
    }

    static EntryPage entry(const ReplyCode &code, const Catalog &catalog)
    {
        EntryPage page = heading(code);
        page.sections << comparedSections(code);
        page.sections << PageSection{Section::Commands,
                                     PageSection::Style::Paragraphs,
                                     {{commandList(code.commands), {}, PageItem::Role::Text}},
                                     {},
                                     false};

        PageSection related{Section::RelatedCodes, PageSection::Style::Links, {}, {}, true};
        for (int other : code.related) {
            if (const ReplyCode *relatedCode = catalog.find(other))
                related.items << PageItem{relatedCode->title(), EntryPages::codeLink(other),
                                          PageItem::Role::Text};
        }
        page.sections << related;

        PageSection example{Section::Example, PageSection::Style::Exchange, {}, {}, true};
        for (const ExchangeLine &line : code.example) {
            example.items << PageItem{line.text,
                                      {},
                                      line.sender == ExchangeLine::Sender::Client
                                          ? PageItem::Role::ClientLine
                                          : PageItem::Role::ServerLine};
        }
        page.sections << example;

        PageSection notes{Section::Notes, PageSection::Style::Bullets, {}, {}, true};
        for (const QString &note : code.notes)
            notes.items << PageItem{note, {}, PageItem::Role::Text};
        page.sections << notes;
        return page;
    }

    static QString senderLabel(PageItem::Role role)
    {
        return role == PageItem::Role::ClientLine ? tr("C:", "client line of an example exchange")
                                                  : tr("S:", "server line of an example exchange");
    }
};

} // namespace

EntryPage EntryPages::entry(const ReplyCode &code, const Catalog &catalog)
{
    return Describer::entry(code, catalog);
}

EntryPage EntryPages::column(const ReplyCode &code)
{
    EntryPage page = Describer::heading(code);
    page.sections << Describer::comparedSections(code);
    return page;
}

QString EntryPages::senderLabel(PageItem::Role role)
{
    return Describer::senderLabel(role);
}

QUrl EntryPages::codeLink(int code)
{
    QUrl link;
    link.setScheme(QStringLiteral("code"));
    link.setPath(QString::number(code));
    return link;
}

std::optional<int> EntryPages::codeOfLink(const QUrl &link)
{
    if (link.scheme() != QLatin1String("code"))
        return std::nullopt;
    return ReplyCodeParsing::wholeCode(link.path());
}

} // namespace SmtpCodes
