// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "sections.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace SmtpCodes {

// One line of a section: plain text, a link, or a line of an example exchange.
struct PageItem
{
    enum class Role
    {
        Text,
        ClientLine,
        ServerLine
    };

    QString text;
    // "code:535" for an in-app link, https for an RFC; empty for plain text.
    QUrl link;
    Role role = Role::Text;
};

// One headed section of a page: what it holds, how it is laid out, and what it says when empty.
struct PageSection
{
    enum class Style
    {
        Paragraphs, // each item a paragraph
        Links,      // one link per line
        Bullets,    // an unordered list
        Numbered,   // an ordered list
        Exchange,   // client and server lines of an example exchange
    };

    Section id = Section::Description;
    Style style = Style::Paragraphs;
    QList<PageItem> items;
    // Shown in place of the items when there are none; when empty too, the section is left out.
    QString emptyText;
    // Catalog text, which is English: it stays left-to-right inside right-to-left layouts.
    bool catalogText = false;

    QString heading() const { return sectionTitle(id); }
    bool isShown() const { return !items.isEmpty() || !emptyText.isEmpty(); }
};

// A mark beside an entry's title: its class, or a remark such as "non-standard".
struct PageBadge
{
    enum class Kind
    {
        Class,
        Remark
    };

    Kind kind = Kind::Class;
    QString text;
    int codeClass = 0; // the first digit, 2 to 5, for Kind::Class
};

// What an entry shows, in order: said once here, rendered as text (--print, the clipboard) and
// as HTML (the detail pane, each compare column).
struct EntryPage
{
    QString title; // "535 Authentication Failed"
    QList<PageBadge> badges;
    QList<PageSection> sections;
};

namespace EntryPages {

// The whole entry, as the detail pane and `--print CODE` show it. The id must be one the
// catalog contains().
EntryPage entry(const CodeId &id, const Catalog &catalog);
// The entry as a compare column shows it: the heading and the sections two codes are compared by.
EntryPage column(const CodeId &id, const Catalog &catalog);

// "C:" and "S:" before the lines of an example exchange.
QString senderLabel(PageItem::Role role);
// The in-app link to a code ("code:535", "code:5.7.8"), and the code such a link names.
QUrl codeLink(const CodeId &id);
std::optional<CodeId> codeOfLink(const QUrl &link);

} // namespace EntryPages

} // namespace SmtpCodes
