// SPDX-License-Identifier: MIT
#include "codelistpane.h"
#include "ui_codelistpane.h"

#include "classcolors.h"
#include "codefilterproxy.h"
#include "codelistmodel.h"
#include "replyclass.h"

#include <QKeyEvent>
#include <QMenu>

namespace SmtpCodes {

CodeListPane::CodeListPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CodeListPane>()),
      m_proxy(new CodeFilterProxy(this))
{
    m_ui->setupUi(this);
    fillFilters();
    m_ui->searchField->installEventFilter(this);
    m_ui->codeList->viewport()->installEventFilter(this);

    connect(m_ui->searchField, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setSearchText(text); });
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, &CodeListPane::selectFirstMatch);
    connect(m_ui->classFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int value = m_ui->classFilter->itemData(index).toInt();
        m_proxy->setClassFilter(value == 0 ? std::nullopt : std::optional(value));
    });
    connect(m_ui->kindFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setKindFilter(
            static_cast<CodeFilterProxy::KindFilter>(m_ui->kindFilter->itemData(index).toInt()));
    });
    connect(m_ui->codeList, &QWidget::customContextMenuRequested, this,
            &CodeListPane::showContextMenu);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &CodeListPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CodeListPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CodeListPane::updateCount);
    setFocusProxy(m_ui->searchField);
}

CodeListPane::~CodeListPane() = default;

void CodeListPane::setModel(CodeListModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    m_ui->codeList->setModel(m_proxy);
    connect(m_ui->codeList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selectingProgrammatically && current.isValid())
                    emit codeSelected(codeAt(current));
            });
    updateCount();
}

CodeId CodeListPane::codeAt(const QModelIndex &proxyIndex) const
{
    return m_proxy->codeAt(proxyIndex);
}

void CodeListPane::selectCode(const CodeId &code)
{
    QModelIndex source = m_model ? m_model->indexOfCode(code) : QModelIndex();
    if (!source.isValid())
        return;
    QModelIndex proxyIndex = m_proxy->mapFromSource(source);
    if (!proxyIndex.isValid()) {
        // Filtered out: show everything again rather than select an invisible row.
        m_ui->searchField->clear();
        m_ui->kindFilter->setCurrentIndex(0);
        m_ui->classFilter->setCurrentIndex(0);
        proxyIndex = m_proxy->mapFromSource(source);
    }
    m_selectingProgrammatically = true;
    m_ui->codeList->setCurrentIndex(proxyIndex);
    m_ui->codeList->scrollTo(proxyIndex);
    m_selectingProgrammatically = false;
}

void CodeListPane::focusSearch()
{
    m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchField->selectAll();
}

void CodeListPane::selectFirstMatch()
{
    const QModelIndex first = m_proxy->index(0, 0);
    if (!first.isValid())
        return;
    m_ui->codeList->setCurrentIndex(first);
    m_ui->codeList->setFocus(Qt::OtherFocusReason);
}

bool CodeListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_ui->searchField->text().isEmpty()) {
            m_ui->searchField->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            // Arrow keys continue from the search field into the results.
            m_ui->codeList->setFocus(Qt::OtherFocusReason);
            if (!m_ui->codeList->currentIndex().isValid())
                selectFirstMatch();
            return true;
        }
    }
    if (watched == m_ui->codeList->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_ui->codeList->indexAt(mouse->position().toPoint());
        if (index.isValid() && (mouse->modifiers() & Qt::ControlModifier)) {
            emit compareRequested(codeAt(index));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CodeListPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->codeList->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const CodeId code = codeAt(index);
    menu.addAction(tr("Show %1").arg(code.toString()), this,
                   [this, code] { emit codeSelected(code); });
    menu.addAction(tr("Compare With %1").arg(code.toString()), this,
                   [this, code] { emit compareRequested(code); });
    menu.exec(m_ui->codeList->viewport()->mapToGlobal(position));
}

void CodeListPane::fillFilters()
{
    const int kind = qMax(0, m_ui->kindFilter->currentIndex());
    const QSignalBlocker kindBlocker(m_ui->kindFilter);
    m_ui->kindFilter->clear();
    m_ui->kindFilter->addItem(tr("All kinds"), static_cast<int>(CodeFilterProxy::KindFilter::All));
    m_ui->kindFilter->addItem(tr("Reply codes"),
                              static_cast<int>(CodeFilterProxy::KindFilter::ReplyCodes));
    m_ui->kindFilter->addItem(tr("Enhanced codes"),
                              static_cast<int>(CodeFilterProxy::KindFilter::EnhancedCodes));
    m_ui->kindFilter->setCurrentIndex(kind);

    const int current = qMax(0, m_ui->classFilter->currentIndex());
    const QSignalBlocker classBlocker(m_ui->classFilter);
    m_ui->classFilter->clear();
    m_ui->classFilter->addItem(tr("All classes"), 0);
    const std::pair<int, QString> classes[] = {
        {2, tr("2xx and 2.x.x: success")},
        {3, tr("3xx: intermediate")},
        {4, tr("4xx and 4.x.x: temporary failure")},
        {5, tr("5xx and 5.x.x: permanent failure")},
    };
    for (const auto &[codeClass, label] : classes) {
        m_ui->classFilter->addItem(ClassColors::replyMark(codeClass), label, codeClass);
        m_ui->classFilter->setItemData(m_ui->classFilter->count() - 1,
                                       replyClassLabel(static_cast<ReplyClass>(codeClass)),
                                       Qt::ToolTipRole);
    }
    m_ui->classFilter->setCurrentIndex(current);
}

void CodeListPane::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    m_ui->countLabel->setText(
        tr("%1 of %n codes", "shown of total", total).arg(m_proxy->rowCount()));
}

void CodeListPane::retranslateUi()
{
    m_ui->retranslateUi(this);
    fillFilters();
    updateCount();
}

void CodeListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace SmtpCodes
