// SPDX-License-Identifier: MIT
#include "entrypage.h"

#include <QCoreApplication>

#include <algorithm>

namespace SmtpCodes {

namespace {

PageSection catalogParagraph(Section id, const QString &text)
{
    return {id, PageSection::Style::Paragraphs, {{text, {}, PageItem::Role::Text}}, {}, true};
}

// Catalog text, or the item a link to `id` shows.
PageItem linkTo(const CodeId &id, const Catalog &catalog)
{
    return {catalog.title(id), EntryPages::codeLink(id), PageItem::Role::Text};
}

class ReplyPages
{
    Q_DECLARE_TR_FUNCTIONS(EntryPage)

public:
    ReplyPages(const ReplyCode &code, const Catalog &catalog) : m_code(code), m_catalog(catalog) {}

    EntryPage heading() const
    {
        EntryPage page;
        page.title = m_code.title();
        page.badges << PageBadge{PageBadge::Kind::Class, replyClassLabel(m_code.replyClass()),
                                 m_code.code / 100};
        if (!m_code.standard) {
            page.badges << PageBadge{PageBadge::Kind::Remark, tr("non-standard"), 0};
            page.sections << catalogParagraph(Section::NonStandard, m_code.origin);
        }
        return page;
    }

    // The sections a code is compared by, in the order both the entry and a column show them.
    QList<PageSection> comparedSections() const
    {
        PageSection enhanced{
            Section::EnhancedCodes, PageSection::Style::Links, {}, tr("None in particular."), true};
        for (const EnhancedCode &code : m_code.enhancedCodes)
            enhanced.items << linkTo(CodeId::enhanced(code), m_catalog);

        PageSection rfcs{Section::RfcReferences, PageSection::Style::Links, {}, {}, false};
        for (const RfcReference &reference : m_code.rfcs)
            rfcs.items << PageItem{reference.label(), reference.url(), PageItem::Role::Text};

        return {catalogParagraph(Section::Description, m_code.description),
                catalogParagraph(Section::WhenYouSeeIt, m_code.whenYouSeeIt()),
                catalogParagraph(Section::HowToFix, m_code.howToFix), enhanced, rfcs};
    }

    EntryPage entry() const
    {
        EntryPage page = heading();
        page.sections << comparedSections();
        page.sections << PageSection{Section::Commands,
                                     PageSection::Style::Paragraphs,
                                     {{commandList(m_code.commands), {}, PageItem::Role::Text}},
                                     {},
                                     false};

        PageSection related{Section::RelatedCodes, PageSection::Style::Links, {}, {}, true};
        for (int other : m_code.related)
            related.items << linkTo(CodeId::reply(other), m_catalog);
        page.sections << related;

        PageSection example{Section::Example, PageSection::Style::Exchange, {}, {}, true};
        for (const ExchangeLine &line : m_code.example) {
            example.items << PageItem{line.text,
                                      {},
                                      line.sender == ExchangeLine::Sender::Client
                                          ? PageItem::Role::ClientLine
                                          : PageItem::Role::ServerLine};
        }
        page.sections << example;

        PageSection notes{Section::Notes, PageSection::Style::Bullets, {}, {}, true};
        for (const QString &note : m_code.notes)
            notes.items << PageItem{note, {}, PageItem::Role::Text};
        page.sections << notes;
        return page;
    }

private:
    const ReplyCode &m_code;
    const Catalog &m_catalog;
};

class EnhancedPages
{
    Q_DECLARE_TR_FUNCTIONS(EntryPage)

public:
    EnhancedPages(const EnhancedReading &reading, const Catalog &catalog)
        : m_reading(reading), m_catalog(catalog), m_entry(reading.entry)
    {
    }

    EntryPage heading() const
    {
        EntryPage page;
        page.title = m_catalog.title(CodeId::enhanced(m_reading.code));
        for (int codeClass : m_reading.classes()) {
            if (const EnhancedClassInfo *info = m_catalog.enhancedClass(codeClass))
                page.badges << PageBadge{PageBadge::Kind::Class, info->label(), codeClass};
        }
        if (m_entry && m_entry->deprecated)
            page.badges << PageBadge{PageBadge::Kind::Remark, tr("deprecated"), 0};
        if (!m_entry) {
            page.badges << PageBadge{PageBadge::Kind::Remark, tr("not in the registry"), 0};
            page.sections << PageSection{
                Section::NotInRegistry,
                PageSection::Style::Paragraphs,
                {{tr("%1 is not in the IANA registry of enhanced status codes, so only its class "
                     "and its subject say what it means. Some mail systems use details of their "
                     "own; the documentation of the server that sent it may say more.")
                      .arg(m_reading.code.toString()),
                  {},
                  PageItem::Role::Text}},
                {},
                false};
        }
        return page;
    }

    QList<PageSection> comparedSections() const
    {
        QList<PageSection> sections{classAndSubject()};
        if (m_entry) {
            sections << catalogParagraph(Section::Description, m_entry->description)
                     << catalogParagraph(Section::WhenYouSeeIt, m_entry->whenYouSeeIt())
                     << catalogParagraph(Section::HowToFix, m_entry->howToFix);
        }
        PageSection replyCodes{Section::ReplyCodes,
                               PageSection::Style::Links,
                               {},
                               tr("The registry names no reply code for it."),
                               true};
        if (m_entry) {
            for (int replyCode : m_entry->replyCodesInClass(m_reading.code.codeClass)) {
                const CodeId id = CodeId::reply(replyCode);
                replyCodes.items << (m_catalog.contains(id)
                                         ? linkTo(id, m_catalog)
                                         : PageItem{id.toString(), {}, PageItem::Role::Text});
            }
        }
        sections << replyCodes << rfcSection();
        return sections;
    }

    EntryPage entry() const
    {
        EntryPage page = heading();
        page.sections << comparedSections();
        PageSection related{Section::RelatedCodes, PageSection::Style::Links, {}, {}, true};
        for (const EnhancedCode &other : relatedCodes())
            related.items << linkTo(CodeId::enhanced(other), m_catalog);
        page.sections << related;
        if (m_entry) {
            page.sections << PageSection{Section::ExampleReply,
                                         PageSection::Style::Exchange,
                                         {{m_entry->example, {}, PageItem::Role::ServerLine}},
                                         {},
                                         true};
        }
        return page;
    }

private:
    // One line for each class the code is read in, then one for its subject.
    PageSection classAndSubject() const
    {
        PageSection section{Section::ClassAndSubject, PageSection::Style::Paragraphs, {}, {}, true};
        for (int codeClass : m_reading.classes()) {
            if (const EnhancedClassInfo *info = m_catalog.enhancedClass(codeClass)) {
                section.items << PageItem{
                    tr("Class %1, %2: %3")
                        .arg(QString::number(codeClass), info->name, info->description),
                    {},
                    PageItem::Role::Text};
            }
        }
        if (const EnhancedSubjectInfo *info = m_reading.subjectInfo) {
            section.items << PageItem{
                tr("Subject %1, %2: %3")
                    .arg(QString::number(info->subject), info->name, info->description),
                {},
                PageItem::Role::Text};
        }
        return section;
    }

    // The registry entry's RFCs; for a code outside the registry, those of its class and subject.
    PageSection rfcSection() const
    {
        QList<RfcReference> references;
        if (m_entry) {
            references = m_entry->rfcs;
        } else {
            if (m_reading.classInfo)
                references << m_reading.classInfo->rfcs;
            if (m_reading.subjectInfo)
                references << m_reading.subjectInfo->rfcs;
        }
        PageSection section{Section::RfcReferences, PageSection::Style::Links, {}, {}, false};
        for (const RfcReference &reference : std::as_const(references)) {
            const PageItem item{reference.label(), reference.url(), PageItem::Role::Text};
            if (!std::any_of(section.items.cbegin(), section.items.cend(),
                             [&](const PageItem &known) { return known.link == item.link; }))
                section.items << item;
        }
        return section;
    }

    // Related codes, read in this code's class where they are used in it. A code outside the
    // registry is related to its subject's "other or undefined" code.
    QList<EnhancedCode> relatedCodes() const
    {
        QList<EnhancedCode> related;
        const int codeClass = m_reading.code.codeClass;
        if (!m_entry) {
            const EnhancedCode other{0, m_reading.code.subject, 0};
            if (const EnhancedEntry *entry = m_catalog.findEnhanced(other))
                related << (entry->classes.contains(codeClass) ? other.inClass(codeClass) : other);
            return related;
        }
        for (const EnhancedCode &code : m_entry->related) {
            const EnhancedEntry *entry = m_catalog.findEnhanced(code);
            const bool usedInClass = codeClass != 0 && entry && entry->classes.contains(codeClass);
            related << (usedInClass ? code.inClass(codeClass) : code);
        }
        return related;
    }

    const EnhancedReading m_reading;
    const Catalog &m_catalog;
    const EnhancedEntry *m_entry;
};

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(EntryPage)

public:
    static QString sender(PageItem::Role role)
    {
        return role == PageItem::Role::ClientLine ? tr("C:", "client line of an example exchange")
                                                  : tr("S:", "server line of an example exchange");
    }
};

} // namespace

EntryPage EntryPages::entry(const CodeId &id, const Catalog &catalog)
{
    if (id.isReply()) {
        const ReplyCode *code = catalog.findReply(id.replyCode());
        return code ? ReplyPages(*code, catalog).entry() : EntryPage{};
    }
    if (!id.isEnhanced())
        return {};
    return EnhancedPages(catalog.readEnhanced(id.enhancedCode()), catalog).entry();
}

EntryPage EntryPages::column(const CodeId &id, const Catalog &catalog)
{
    EntryPage page;
    if (id.isReply()) {
        if (const ReplyCode *code = catalog.findReply(id.replyCode())) {
            const ReplyPages pages(*code, catalog);
            page = pages.heading();
            page.sections << pages.comparedSections();
        }
    } else if (id.isEnhanced()) {
        const EnhancedPages pages(catalog.readEnhanced(id.enhancedCode()), catalog);
        page = pages.heading();
        page.sections << pages.comparedSections();
    }
    return page;
}

QString EntryPages::senderLabel(PageItem::Role role)
{
    return Labels::sender(role);
}

QUrl EntryPages::codeLink(const CodeId &id)
{
    QUrl link;
    link.setScheme(QStringLiteral("code"));
    link.setPath(id.toString());
    return link;
}

std::optional<CodeId> EntryPages::codeOfLink(const QUrl &link)
{
    if (link.scheme() != QLatin1String("code"))
        return std::nullopt;
    return CodeId::parse(link.path());
}

} // namespace SmtpCodes
