// SPDX-License-Identifier: MIT
#include "compareview.h"
#include "ui_compareview.h"

#include "comparison.h"
#include "pagehtml.h"
#include "replycodeparsing.h"
#include "textreport.h"

#include <QCompleter>
#include <QLineEdit>

namespace SmtpCodes {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CompareView>())
{
    m_ui->setupUi(this);
    for (QComboBox *picker : {m_ui->firstPicker, m_ui->secondPicker}) {
        picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
        picker->completer()->setFilterMode(Qt::MatchContains);
        picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        connect(picker, &QComboBox::activated, this, [this, picker] { pickerChosen(picker); });
        connect(picker->lineEdit(), &QLineEdit::editingFinished, this,
                [this, picker] { pickerChosen(picker); });
    }
    connect(m_ui->swapButton, &QPushButton::clicked, this, &CompareView::swap);
}

CompareView::~CompareView() = default;

QTextBrowser *CompareView::browser() const
{
    return m_ui->browser;
}

void CompareView::focusSecondPicker()
{
    m_ui->secondPicker->setFocus(Qt::ShortcutFocusReason);
    m_ui->secondPicker->lineEdit()->selectAll();
}

void CompareView::setCatalog(const Catalog *catalog)
{
    m_catalog = catalog;
    m_pickersFilled = false;
    m_stale = true;
}

void CompareView::fillPickers()
{
    if (!m_catalog || m_pickersFilled)
        return;
    m_pickersFilled = true;
    for (QComboBox *picker : {m_ui->firstPicker, m_ui->secondPicker}) {
        const QSignalBlocker blocker(picker);
        picker->clear();
        for (const ReplyCode &code : m_catalog->codes())
            picker->addItem(code.title(), code.code);
    }
}

void CompareView::setCodes(int first, int second)
{
    if (!m_catalog || !m_catalog->find(first) || !m_catalog->find(second))
        return;
    const bool changed = first != m_first || second != m_second;
    m_first = first;
    m_second = second;
    m_stale = true;
    render();
    if (changed)
        emit codesChanged(m_first, m_second);
}

void CompareView::swap()
{
    setCodes(m_second, m_first);
}

int CompareView::codeFromPicker(const QComboBox *picker) const
{
    // Typed text: a leading code number ("535", "535 Auth…") or an exact entry title.
    const QString text = picker->currentText();
    if (const std::optional<int> code = ReplyCodeParsing::leadingCode(text);
        code && m_catalog->find(*code))
        return *code;
    const int index = picker->findText(text, Qt::MatchFixedString);
    return index >= 0 ? picker->itemData(index).toInt() : 0;
}

void CompareView::pickerChosen(QComboBox *picker)
{
    if (!m_catalog)
        return;
    const int code = codeFromPicker(picker);
    if (code == 0) {
        // Unknown text: show the code that is still compared.
        const QSignalBlocker blocker(picker);
        picker->setCurrentIndex(picker->findData(picker == m_ui->firstPicker ? m_first : m_second));
        return;
    }
    if (picker == m_ui->firstPicker)
        setCodes(code, m_second);
    else
        setCodes(m_first, code);
}

QString CompareView::plainText() const
{
    const ReplyCode *a = m_catalog ? m_catalog->find(m_first) : nullptr;
    const ReplyCode *b = m_catalog ? m_catalog->find(m_second) : nullptr;
    return a && b ? TextReport::comparison(compareCodes(*a, *b)) : QString();
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    render();
}

void CompareView::render()
{
    const ReplyCode *a = m_catalog ? m_catalog->find(m_first) : nullptr;
    const ReplyCode *b = m_catalog ? m_catalog->find(m_second) : nullptr;
    if (!a || !b || !m_stale || !isVisible())
        return;
    m_stale = false;
    fillPickers();
    for (auto [picker, code] :
         {std::pair{m_ui->firstPicker, m_first}, std::pair{m_ui->secondPicker, m_second}}) {
        const QSignalBlocker blocker(picker);
        picker->setCurrentIndex(picker->findData(code));
    }
    m_ui->browser->showPage(PageHtml::comparison(compareCodes(*a, *b), layoutDirection()));
}

void CompareView::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_stale = true;
    render();
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LayoutDirectionChange) {
        m_stale = true;
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace SmtpCodes
