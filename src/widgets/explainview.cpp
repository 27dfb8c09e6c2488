// SPDX-License-Identifier: MIT
#include "explainview.h"
#include "ui_explainview.h"

#include "explainer.h"
#include "explanationpage.h"
#include "pagehtml.h"
#include "textreport.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace SmtpCodes {

namespace {
// Typing pauses this long before the input is explained again.
constexpr int explainDelayMs = 250;
// An opened file larger than this is explained whole but shown only in part: a text editor
// holding many megabytes makes the window sluggish.
constexpr qsizetype shownBytesLimit = 1024 * 1024;
// Cards beyond this many would take the window seconds to lay out; Copy still takes them all.
constexpr qsizetype shownFindingsLimit = 200;

// The beginning of `data`, at most shownBytesLimit bytes, ending at a line's end.
QByteArray shownPart(const QByteArray &data)
{
    if (data.size() <= shownBytesLimit)
        return data;
    const qsizetype lineEnd = data.lastIndexOf('\n', shownBytesLimit - 1);
    return data.left(lineEnd > 0 ? lineEnd + 1 : shownBytesLimit);
}
} // namespace

ExplainView::ExplainView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ExplainView>()), m_delay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_delay->setSingleShot(true);
    m_delay->setInterval(explainDelayMs);
    connect(m_delay, &QTimer::timeout, this, &ExplainView::explainNow);
    connect(m_ui->input, &QPlainTextEdit::textChanged, this, &ExplainView::inputEdited);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ExplainView::openRequested);
    connect(m_ui->clearButton, &QPushButton::clicked, m_ui->input, &QPlainTextEdit::clear);
    connect(m_ui->results, &PageBrowser::codeLinkActivated, this, &ExplainView::codeLinkActivated);
    setFocusProxy(m_ui->input);
    updateStatus();
}

ExplainView::~ExplainView() = default;

QTextBrowser *ExplainView::browser() const
{
    return m_ui->results;
}

void ExplainView::setCatalog(const Catalog *catalog)
{
    m_catalog = catalog;
}

void ExplainView::setInput(const QByteArray &data, const QString &name)
{
    {
        const QSignalBlocker blocker(m_ui->input);
        m_ui->input->setPlainText(QString::fromUtf8(shownPart(data)));
    }
    m_fileData = data;
    m_fileName = name;
    ++m_generation;
    explainNow();
}

void ExplainView::inputEdited()
{
    // Edited by hand: the text is what counts now, not the file it came from.
    m_fileData.clear();
    m_fileName.clear();
    ++m_generation;
    m_delay->start();
    updateStatus();
}

void ExplainView::explainNow()
{
    m_delay->stop();
    if (!m_catalog)
        return;
    const QByteArray input =
        m_fileData.isEmpty() ? m_ui->input->toPlainText().toUtf8() : m_fileData;
    const quint64 generation = m_generation;
    const Catalog *catalog = m_catalog;
    m_busy = true;
    updateStatus();
    // One watcher per run, owned by the view: a run still going when the view goes away
    // finishes without anyone to tell.
    auto *watcher = new QFutureWatcher<Explanation>(this);
    connect(watcher, &QFutureWatcher<Explanation>::finished, this, [this, watcher, generation] {
        showResult(generation, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(
        QtConcurrent::run([input, catalog] { return Explainer::explain(input, *catalog); }));
}

void ExplainView::showResult(quint64 generation, const Explanation &explanation)
{
    if (generation != m_generation)
        return;
    m_busy = false;
    m_explanation = explanation;
    render();
    updateStatus();
    emit explained();
}

void ExplainView::render()
{
    if (!m_catalog)
        return;
    if (!hasInput()) {
        m_ui->results->showPage(QString());
        return;
    }
    Explanation shown;
    shown.findings = m_explanation.findings.mid(0, shownFindingsLimit);
    m_ui->results->showPage(PageHtml::explanation(ExplanationPages::cards(shown, *m_catalog),
                                                  m_explanation.findings.size()));
}

QString ExplainView::plainText() const
{
    return m_catalog ? TextReport::explanation(ExplanationPages::cards(m_explanation, *m_catalog))
                     : QString();
}

bool ExplainView::hasInput() const
{
    return !m_fileData.isEmpty() || !m_ui->input->document()->isEmpty();
}

void ExplainView::updateStatus()
{
    QString status;
    if (m_busy || m_delay->isActive())
        status = tr("Explaining…");
    else if (!hasInput())
        status = tr("Nothing to explain yet.");
    else
        status = tr("Findings: %1").arg(m_explanation.findings.size());
    if (m_fileData.size() > shownBytesLimit)
        status = tr("%1 (the first %2 shown) — %3")
                     .arg(m_fileName.isEmpty() ? tr("Dropped text") : m_fileName,
                          locale().formattedDataSize(shownBytesLimit, 0), status);
    else if (!m_fileName.isEmpty())
        status = tr("%1 — %2").arg(m_fileName, status);
    m_ui->busyBar->setVisible(m_busy || m_delay->isActive());
    m_ui->statusLabel->setText(status);
}

void ExplainView::retranslateUi()
{
    m_ui->retranslateUi(this);
    render();
    updateStatus();
}

void ExplainView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace SmtpCodes
