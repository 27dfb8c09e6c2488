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
    connect(this, &QTextBrowser::anchorClicked, this, &PageBrowser::openLink);
}

void PageBrowser::showPage(const QString &html)
{
    m_html = html;
    document()->setDefaultStyleSheet(PageHtml::styleSheet(palette()));
    setHtml(html);
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
