// SPDX-License-Identifier: MIT
#include "detailpane.h"
#include "ui_detailpane.h"

#include "core/textreport.h"
#include "entryhtml.h"

#include <QDesktopServices>
#include <QMenu>
#include <QUrl>

namespace SmtpCodes {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DetailPane>())
{
    m_ui->setupUi(this);
    connect(m_ui->browser, &QTextBrowser::anchorClicked, this, &DetailPane::openLink);
    connect(m_ui->browser, &QWidget::customContextMenuRequested, this,
            &DetailPane::showContextMenu);
}

DetailPane::~DetailPane() = default;

QTextBrowser *DetailPane::browser() const
{
    return m_ui->browser;
}

void DetailPane::setCatalog(const Catalog *catalog)
{
    m_catalog = catalog;
}

void DetailPane::showCode(int code)
{
    if (!m_catalog || !m_catalog->find(code))
        return;
    m_code = code;
    render();
}

QString DetailPane::plainText() const
{
    const ReplyCode *entry = m_catalog ? m_catalog->find(m_code) : nullptr;
    return entry ? TextReport::entry(*entry, *m_catalog) : QString();
}

void DetailPane::render()
{
    const ReplyCode *entry = m_catalog ? m_catalog->find(m_code) : nullptr;
    if (!entry)
        return;
    EntryHtml::showPage(m_ui->browser, palette(), EntryHtml::entry(*entry, *m_catalog));
}

void DetailPane::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("code")) {
        bool ok = false;
        const int code = url.path().toInt(&ok);
        if (ok)
            emit codeLinkActivated(code);
    } else if (url.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(url);
    }
}

void DetailPane::showContextMenu(const QPoint &position)
{
    std::unique_ptr<QMenu> menu(m_ui->browser->createStandardContextMenu(position));
    if (m_code != 0) {
        menu->addSeparator();
        menu->addAction(tr("Compare %1 With…").arg(m_code), this,
                        [this] { emit compareRequested(m_code); });
    }
    menu->exec(m_ui->browser->viewport()->mapToGlobal(position));
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace SmtpCodes
