// SPDX-License-Identifier: MIT
#include "pagebrowser.h"

#include "entrypage.h"
#include "pagehtml.h"

#include <QDesktopServices>
#include <QEvent>

namespace SmtpCodes {

PageBrowser::PageBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    // Pages are mostly taller than the pane: a scroll bar that appears after the first layout
    // narrows the page and makes it lay out again.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(this, &QTextBrowser::anchorClicked, this, &PageBrowser::openLink);
}

void PageBrowser::showPage(const QString &html)
{
    m_html = html;
    // A hidden page is laid out when it is shown: at start-up, or in a tab not chosen yet,
    // it would be laid out again for every size the window passes through before it appears.
    m_stale = !isVisible();
    if (!m_stale)
        render();
}

void PageBrowser::render()
{
    m_stale = false;
    document()->setDefaultStyleSheet(PageHtml::styleSheet(palette()));
    setHtml(m_html);
}

void PageBrowser::showEvent(QShowEvent *event)
{
    if (m_stale)
        render();
    QTextBrowser::showEvent(event);
}

void PageBrowser::openLink(const QUrl &url)
{
    if (const std::optional<CodeId> code = EntryPages::codeOfLink(url))
        emit codeLinkActivated(*code);
    else if (url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void PageBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The style sheet carries palette colours, and a document applies it only when it is set.
    if (event->type() == QEvent::PaletteChange && !m_html.isEmpty())
        showPage(m_html);
}

} // namespace SmtpCodes
