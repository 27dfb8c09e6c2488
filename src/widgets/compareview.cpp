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
    connect(m_ui->browser, &PageBrowser::codeLinkActivated, this, &CompareView::codeLinkActivated);
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
    m_firstPickerKind.reset();
    m_secondPickerKind.reset();
    m_stale = true;
}

// A picker lists codes of `kind` (None: both kinds) by their titles; enhanced codes once for each
// class they are used in, as people meet them: 4.2.2 and 5.2.2.
void CompareView::fillPicker(QComboBox *picker, CodeId::Kind kind)
{
    std::optional<CodeId::Kind> &filled =
        picker == m_ui->firstPicker ? m_firstPickerKind : m_secondPickerKind;
    if (filled == kind)
        return;
    filled = kind;
    const QSignalBlocker blocker(picker);
    picker->clear();
    if (kind != CodeId::Kind::Enhanced) {
        for (const ReplyCode &code : m_catalog->replyCodes())
            picker->addItem(code.title(), CodeId::reply(code.code).toString());
    }
    if (kind != CodeId::Kind::Reply) {
        for (const EnhancedEntry &entry : m_catalog->enhancedCodes()) {
            for (int codeClass : entry.classes) {
                const CodeId id = CodeId::enhanced(entry.code.inClass(codeClass));
                picker->addItem(m_catalog->title(id), id.toString());
            }
        }
    }
}

// By value: swap() passes the members themselves.
void CompareView::setCodes(CodeId first, CodeId second)
{
    if (!m_catalog || !m_catalog->contains(first) || !m_catalog->contains(second) ||
        !first.sameKind(second))
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

CodeId CompareView::codeFromPicker(const QComboBox *picker) const
{
    // Typed text: a code at the start ("535", "535 Auth…", "5.7.8", "5.7.606") or an exact title.
    const QString text = picker->currentText().trimmed();
    std::optional<CodeId> id;
    if (const std::optional<int> reply = ReplyCodeParsing::leadingCode(text))
        id = CodeId::reply(*reply);
    else
        id = CodeId::parse(text.section(QLatin1Char(' '), 0, 0));
    if (!id) {
        const int index = picker->findText(text, Qt::MatchFixedString);
        if (index >= 0)
            id = CodeId::parse(picker->itemData(index).toString());
    }
    return id && m_catalog->contains(*id) ? *id : CodeId();
}

void CompareView::pickerChosen(QComboBox *picker)
{
    if (!m_catalog)
        return;
    const CodeId code = codeFromPicker(picker);
    const bool first = picker == m_ui->firstPicker;
    // The second code must be of the first one's kind.
    if (!code.isValid() || (!first && !code.sameKind(m_first))) {
        const QSignalBlocker blocker(picker);
        picker->setEditText(m_catalog->title(first ? m_first : m_second));
        return;
    }
    if (!first) {
        setCodes(m_first, code);
        return;
    }
    // A new kind: the second side starts at the first other code of that kind.
    setCodes(code, code.sameKind(m_second) ? m_second : m_catalog->firstCodeOtherThan(code));
}

QString CompareView::plainText() const
{
    if (!m_catalog || !m_first.isValid())
        return {};
    return TextReport::comparison(compareCodes(m_first, m_second, *m_catalog));
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    render();
}

void CompareView::render()
{
    if (!m_catalog || !m_first.isValid() || !m_stale || !isVisible())
        return;
    m_stale = false;
    fillPicker(m_ui->firstPicker, CodeId::Kind::None);
    fillPicker(m_ui->secondPicker, m_first.kind());
    for (auto [picker, code] :
         {std::pair{m_ui->firstPicker, m_first}, std::pair{m_ui->secondPicker, m_second}}) {
        const QSignalBlocker blocker(picker);
        const int index = picker->findData(code.toString());
        // A code outside the lists (5.7.606) is shown as typed.
        if (index >= 0)
            picker->setCurrentIndex(index);
        else
            picker->setEditText(m_catalog->title(code));
        // A title longer than the picker shows its start, where the code is.
        picker->lineEdit()->setCursorPosition(0);
    }
    m_ui->browser->showPage(
        PageHtml::comparison(compareCodes(m_first, m_second, *m_catalog), layoutDirection()));
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
