// SPDX-License-Identifier: MIT
#include "compareview.h"
#include "ui_compareview.h"

#include "core/comparison.h"
#include "core/sections.h"
#include "core/textreport.h"
#include "entryhtml.h"

#include <QCompleter>
#include <QDesktopServices>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUrl>

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
    connect(m_ui->browser, &QTextBrowser::anchorClicked, this, &CompareView::openLink);
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
    static const QRegularExpression leadingCode(QStringLiteral("^\\s*([2-5][0-9][0-9])\\b"));
    const QString text = picker->currentText();
    if (const QRegularExpressionMatch match = leadingCode.match(text); match.hasMatch()) {
        const int code = match.captured(1).toInt();
        if (m_catalog->find(code))
            return code;
    }
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
    return a && b ? TextReport::comparison(*a, *b) : QString();
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
    for (auto [picker, code] : {std::pair{m_ui->firstPicker, m_first}, std::pair{m_ui->secondPicker, m_second}}) {
        const QSignalBlocker blocker(picker);
        picker->setCurrentIndex(picker->findData(code));
    }
    EntryHtml::showPage(m_ui->browser, palette(), pageHtml(*a, *b));
}

QString CompareView::pageHtml(const ReplyCode &a, const ReplyCode &b) const
{
    using namespace EntryHtml;
    const Comparison comparison = compareCodes(a, b);
    const bool rightToLeft = isRightToLeft();
    // The titles inside carry left-to-right marks, which would otherwise make the heading
    // left-to-right and put the first code on the far side in a right-to-left layout.
    QString html = (rightToLeft ? QStringLiteral("<h2 dir=\"rtl\">") : QStringLiteral("<h2>"))
                   + comparisonTitle(a, b) + QStringLiteral("</h2>");
    if (comparison.sameCode) {
        return html + QStringLiteral("<p class=\"note\">") + comparison.summary.toHtmlEscaped()
               + QStringLiteral("</p>");
    }

    // One row per section, so a section starts at the same height in both columns. Qt lays
    // table columns out left to right whatever the table's direction, so in a right-to-left
    // layout the first code's cell goes last, to stand on the right below the first picker.
    const auto row = [rightToLeft](const QString &first, const QString &second) -> QString {
        return QStringLiteral("<tr><td width=\"50%\">") + (rightToLeft ? second : first)
               + QStringLiteral("</td><td width=\"50%\">") + (rightToLeft ? first : second)
               + QStringLiteral("</td></tr>");
    };
    const auto both = [&](Section which, auto &&body) -> QString {
        return row(section(sectionTitle(which), body(a)), section(sectionTitle(which), body(b)));
    };
    html += QStringLiteral("<table class=\"columns\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"%1>")
                .arg(rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString());
    html += row(heading(a), heading(b));
    html += both(Section::Description, [](const ReplyCode &c) { return dataParagraph(c.description); });
    html += both(Section::WhenYouSeeIt, [](const ReplyCode &c) { return dataParagraph(c.whenYouSeeIt()); });
    html += both(Section::HowToFix, [](const ReplyCode &c) { return dataParagraph(c.howToFix); });
    html += both(Section::EnhancedCodes, enhancedCodes);
    html += both(Section::RfcReferences, rfcLinks);
    html += QStringLiteral("</table>");

    if (comparison.sameClass) {
        html += QStringLiteral("<p class=\"note\">")
                + tr("Same class: both are %1 replies.")
                      .arg(replyClassLabel(a.replyClass()))
                      .toHtmlEscaped()
                + QStringLiteral("</p>");
    }
    html += section(sectionTitle(Section::Summary), paragraph(comparison.summary));
    QString differences = QStringLiteral("<ol>");
    for (const QString &difference : comparison.differences)
        differences += QStringLiteral("<li>") + difference.toHtmlEscaped() + QStringLiteral("</li>");
    html += section(sectionTitle(Section::KeyDifferences), differences + QStringLiteral("</ol>"));
    QString whenToUse;
    for (const QString &text : comparison.whenToUse)
        whenToUse += paragraph(text);
    return html + section(sectionTitle(Section::WhenToUseWhich), whenToUse);
}

void CompareView::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
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
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LayoutDirectionChange) {
        m_stale = true;
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace SmtpCodes
