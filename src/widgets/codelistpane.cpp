// SPDX-License-Identifier: MIT
#include "codelistpane.h"
#include "ui_codelistpane.h"

#include "classcolors.h"
#include "codefilterproxy.h"
#include "codelistmodel.h"

#include <QKeyEvent>
#include <QMenu>

namespace SmtpCodes {

CodeListPane::CodeListPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CodeListPane>()),
      m_proxy(new CodeFilterProxy(this))
{
    m_ui->setupUi(this);
    fillClassFilter();
    m_ui->searchField->installEventFilter(this);
    m_ui->codeList->viewport()->installEventFilter(this);

    connect(m_ui->searchField, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setSearchText(text); });
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, &CodeListPane::selectFirstMatch);
    connect(m_ui->classFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int value = m_ui->classFilter->itemData(index).toInt();
        m_proxy->setClassFilter(value == 0 ? std::nullopt
                                           : std::optional(static_cast<ReplyClass>(value)));
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

int CodeListPane::codeAt(const QModelIndex &proxyIndex) const
{
    return proxyIndex.data(CodeListModel::CodeRole).toInt();
}

void CodeListPane::selectCode(int code)
{
    QModelIndex source = m_model ? m_model->indexOfCode(code) : QModelIndex();
    if (!source.isValid())
        return;
    QModelIndex proxyIndex = m_proxy->mapFromSource(source);
    if (!proxyIndex.isValid()) {
        // Filtered out: show everything again rather than select an invisible row.
        m_ui->searchField->clear();
        m_ui->classFilter->setCurrentIndex(0);
        proxyIndex = m_proxy->mapFromSource(source);
    }
    m_selectingProgrammatically = true;
    m_ui->codeList->setCurrentIndex(proxyIndex);
    m_ui->codeList->scrollTo(proxyIndex);
    m_selectingProgrammatically = false;
}

int CodeListPane::currentCode() const
{
    return codeAt(m_ui->codeList->currentIndex());
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
    const int code = codeAt(index);
    menu.addAction(tr("Show %1").arg(code), this,
                   [this, index] { m_ui->codeList->setCurrentIndex(index); });
    menu.addAction(tr("Compare With %1").arg(code), this,
                   [this, code] { emit compareRequested(code); });
    menu.exec(m_ui->codeList->viewport()->mapToGlobal(position));
}

void CodeListPane::fillClassFilter()
{
    const int current = qMax(0, m_ui->classFilter->currentIndex());
    const QSignalBlocker blocker(m_ui->classFilter);
    m_ui->classFilter->clear();
    m_ui->classFilter->addItem(tr("All classes"), 0);
    for (ReplyClass replyClass : allReplyClasses()) {
        m_ui->classFilter->addItem(ClassColors::markIcon(replyClass), replyClassLabel(replyClass),
                                   static_cast<int>(replyClass));
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
    fillClassFilter();
    updateCount();
}

void CodeListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace SmtpCodes
