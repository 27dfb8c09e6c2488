// SPDX-License-Identifier: MIT
#include "detailpane.h"
#include "ui_detailpane.h"

#include "entrypage.h"
#include "pagehtml.h"
#include "textreport.h"

#include <QMenu>

namespace SmtpCodes {

DetailPane::DetailPane(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::DetailPane>())
{
    m_ui->setupUi(this);
    connect(m_ui->browser, &PageBrowser::codeLinkActivated, this, &DetailPane::codeLinkActivated);
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

void DetailPane::showCode(const CodeId &code)
{
    if (!m_catalog || !m_catalog->contains(code))
        return;
    m_code = code;
    render();
}

QString DetailPane::plainText() const
{
    return m_code.isValid() ? TextReport::page(EntryPages::entry(m_code, *m_catalog)) : QString();
}

void DetailPane::render()
{
    if (m_code.isValid())
        m_ui->browser->showPage(PageHtml::entry(EntryPages::entry(m_code, *m_catalog)));
}

void DetailPane::showContextMenu(const QPoint &position)
{
    std::unique_ptr<QMenu> menu(m_ui->browser->createStandardContextMenu(position));
    if (m_code.isValid()) {
        menu->addSeparator();
        menu->addAction(tr("Compare %1 With…").arg(m_code.toString()), this,
                        [this] { emit compareRequested(m_code); });
    }
    menu->exec(m_ui->browser->viewport()->mapToGlobal(position));
}

void DetailPane::retranslateUi()
{
    m_ui->retranslateUi(this);
    render();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace SmtpCodes
