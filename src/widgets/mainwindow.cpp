// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "codelistmodel.h"
#include "compareview.h"
#include "explainer.h"
#include "explainview.h"
#include "languages.h"
#include "settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>

namespace SmtpCodes {

MainWindow::MainWindow(const Catalog &catalog, LanguageSwitcher &language, Settings &settings,
                       QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_catalog(catalog),
      m_language(language), m_settings(settings), m_model(new CodeListModel(catalog, this))
{
    m_ui->setupUi(this);
    resize(defaultSize);
    m_ui->codeListPane->setModel(m_model);
    m_ui->detailPane->setCatalog(&m_catalog);
    setAcceptDrops(true);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    constexpr int listWidth = 320;
    m_ui->splitter->setSizes({listWidth, defaultSize.width() - listWidth});
    setUpActions();
    buildLanguageMenu();

    connect(m_ui->codeListPane, &CodeListPane::codeSelected, this, &MainWindow::showCode);
    connect(m_ui->codeListPane, &CodeListPane::compareRequested, this, &MainWindow::compareWith);
    connect(m_ui->detailPane, &DetailPane::codeLinkActivated, this, &MainWindow::showCode);
    connect(m_ui->detailPane, &DetailPane::compareRequested, this, [this] { compareWith({}); });
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this, [this] {
        // A tab opened by its tab bar gets its view here; the page is not painted yet.
        if (m_ui->viewTabs->currentWidget() == m_ui->compareTab)
            compareView();
        else if (m_ui->viewTabs->currentWidget() == m_ui->explainTab)
            explainView();
        updateTitleAndActions();
    });
    updateTitleAndActions();
}

MainWindow::~MainWindow() = default;

// A view made for its tab: it shows the catalog and follows its code links.
template <typename View> View *MainWindow::makeView(QWidget *tab, const QString &name)
{
    auto *view = new View(tab);
    view->setObjectName(name);
    view->setCatalog(&m_catalog);
    connect(view, &View::codeLinkActivated, this, &MainWindow::showCode);
    tab->layout()->addWidget(view);
    view->show();
    return view;
}

CompareView *MainWindow::compareView()
{
    if (m_compareView)
        return m_compareView;
    m_compareView = makeView<CompareView>(m_ui->compareTab, QStringLiteral("compareView"));
    m_compareView->setCodes(m_comparisonToRestore.first, m_comparisonToRestore.second);
    connect(m_compareView, &CompareView::codesChanged, this,
            [this](const CodeId &first, const CodeId &second) {
                if (m_persistent)
                    m_settings.setLastComparison(first, second);
            });
    return m_compareView;
}

ExplainView *MainWindow::explainView()
{
    if (m_explainView)
        return m_explainView;
    m_explainView = makeView<ExplainView>(m_ui->explainTab, QStringLiteral("explainView"));
    connect(m_explainView, &ExplainView::openRequested, this, &MainWindow::openFile);
    connect(m_explainView, &ExplainView::explained, this, &MainWindow::explanationShown);
    return m_explainView;
}

void MainWindow::setUpActions()
{
    m_ui->quitAction->setShortcuts(QKeySequence::Quit);
    m_ui->openAction->setShortcuts(QKeySequence::Open);
    m_ui->copyAction->setShortcuts(QKeySequence::Copy);
    m_ui->findAction->setShortcuts(QKeySequence::Find);
    m_ui->backAction->setShortcuts(QKeySequence::Back);
    m_ui->forwardAction->setShortcuts(QKeySequence::Forward);
    connect(m_ui->goMenu, &QMenu::aboutToShow, this, &MainWindow::setUpActionIcons);

    // "/" focuses the search as in many browsers; a line edit with focus still types it.
    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    connect(slash, &QShortcut::activated, m_ui->codeListPane, &CodeListPane::focusSearch);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openFile);
    connect(m_ui->showExplainAction, &QAction::triggered, this, [this] {
        m_ui->viewTabs->setCurrentWidget(m_ui->explainTab);
        explainView()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_ui->copyAction, &QAction::triggered, this, &MainWindow::copyShown);
    connect(m_ui->findAction, &QAction::triggered, m_ui->codeListPane, &CodeListPane::focusSearch);
    connect(m_ui->backAction, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_ui->forwardAction, &QAction::triggered, this, &MainWindow::goForward);
    connect(m_ui->compareWithAction, &QAction::triggered, this, [this] { compareWith({}); });
    connect(m_ui->showDetailsAction, &QAction::triggered, this,
            [this] { m_ui->viewTabs->setCurrentWidget(m_ui->detailPane); });
    connect(m_ui->showCompareAction, &QAction::triggered, this,
            [this] { m_ui->viewTabs->setCurrentWidget(m_ui->compareTab); });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

// Called when the Go menu opens, the one place the icons show: loading them at start-up would
// delay the first frame.
void MainWindow::setUpActionIcons()
{
    if (m_actionIconsDirection == layoutDirection())
        return;
    m_actionIconsDirection = layoutDirection();
    // Back points to where reading came from: left in left-to-right, right in right-to-left.
    m_ui->backAction->setIcon(
        style()->standardIcon(isRightToLeft() ? QStyle::SP_ArrowRight : QStyle::SP_ArrowLeft));
    m_ui->forwardAction->setIcon(
        style()->standardIcon(isRightToLeft() ? QStyle::SP_ArrowLeft : QStyle::SP_ArrowRight));
}

void MainWindow::buildLanguageMenu()
{
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : Languages::available()) {
        QAction *action = m_ui->languageMenu->addAction(Languages::nativeName(language));
        action->setCheckable(true);
        action->setChecked(language == m_language.current());
        action->setData(language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { chooseLanguage(language); });
    }
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (!m_language.apply(language))
        return;
    if (m_persistent)
        m_settings.setLanguage(m_language.current());
}

void MainWindow::showCode(const CodeId &code)
{
    navigateTo(code, true);
}

void MainWindow::navigateTo(const CodeId &code, bool recordInHistory)
{
    if (!m_catalog.contains(code))
        return;
    if (recordInHistory)
        m_history.visit(code);
    m_ui->codeListPane->selectCode(code);
    m_ui->detailPane->showCode(code);
    m_ui->viewTabs->setCurrentWidget(m_ui->detailPane);
    if (m_persistent)
        m_settings.setLastCode(code);
    updateTitleAndActions();
}

void MainWindow::goBack()
{
    if (const CodeId code = m_history.back(); code.isValid())
        navigateTo(code, false);
}

void MainWindow::goForward()
{
    if (const CodeId code = m_history.forward(); code.isValid())
        navigateTo(code, false);
}

void MainWindow::showComparison(const CodeId &first, const CodeId &second)
{
    if (!m_catalog.contains(first) || !m_catalog.contains(second) || !first.sameKind(second))
        return;
    compareView()->setCodes(first, second);
    m_ui->viewTabs->setCurrentWidget(m_ui->compareTab);
    updateTitleAndActions();
}

bool MainWindow::isComparing() const
{
    return m_ui->viewTabs->currentWidget() == m_ui->compareTab;
}

void MainWindow::compareWith(const CodeId &other)
{
    const CodeId current = currentCode().isValid() ? currentCode() : m_catalog.firstCode();
    if (other.isValid()) {
        if (!other.sameKind(current)) {
            statusBar()->showMessage(tr("A reply code and an enhanced status code cannot be "
                                        "compared."),
                                     statusTimeout);
            return;
        }
        showComparison(current, other);
        return;
    }
    // No second code yet: keep the last one if it fits, else the first other code of the kind.
    CodeId second = compareView()->secondCode();
    if (!second.sameKind(current) || second == current)
        second = m_catalog.firstCodeOtherThan(current);
    showComparison(current, second);
    compareView()->focusSecondPicker();
}

QString MainWindow::shownPlainText() const
{
    // The view of the current tab has been made, when the tab opened.
    if (m_ui->viewTabs->currentWidget() == m_ui->explainTab)
        return m_explainView->plainText();
    return isComparing() ? m_compareView->plainText() : m_ui->detailPane->plainText();
}

void MainWindow::showExplanation(const QByteArray &data, const QString &name)
{
    explainView()->setInput(data, name);
    m_ui->viewTabs->setCurrentWidget(m_ui->explainTab);
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Bounce or Log"), m_settings.lastOpenFolder(),
        tr("Mail and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    if (m_persistent)
        m_settings.setLastOpenFolder(QFileInfo(path).absolutePath());
    explainFile(path);
}

void MainWindow::explainFile(const QString &path)
{
    QFile file(path);
    constexpr qint64 maximumSize = Explainer::maximumInputSize;
    QByteArray data;
    if (file.open(QIODevice::ReadOnly))
        data = file.read(maximumSize + 1);
    if (!file.isOpen() || data.size() > maximumSize || file.error() != QFileDevice::NoError) {
        const QString reason =
            data.size() > maximumSize
                ? tr("It is larger than %1.").arg(locale().formattedDataSize(maximumSize, 0))
                : file.errorString();
        QMessageBox::warning(
            this, tr("Cannot Open the File"),
            tr("Cannot open \"%1\": %2").arg(QDir::toNativeSeparators(path), reason));
        return;
    }
    showExplanation(data, QFileInfo(path).fileName());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

// A dropped file is explained; dropped text too, as if pasted.
void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile()) {
            explainFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
    if (data->hasText()) {
        showExplanation(data->text().toUtf8(), QString());
        event->acceptProposedAction();
    }
}

void MainWindow::copyShown()
{
    // A selection in a text widget is what the user means to copy; otherwise the whole entry.
    QWidget *focus = QApplication::focusWidget();
    if (auto *browser = qobject_cast<QTextBrowser *>(focus);
        browser && browser->textCursor().hasSelection()) {
        browser->copy();
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(focus); edit && edit->hasSelectedText()) {
        edit->copy();
        return;
    }
    QApplication::clipboard()->setText(shownPlainText());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SMTP Codes"),
        tr("<h3>SMTP Codes %1</h3><p>A reference for SMTP reply codes and enhanced status "
           "codes: what each code means, when you see it and how to fix it, with its RFC "
           "references.</p><p>%2 reply codes and %3 enhanced status codes, from the IANA "
           "registry of %4.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped())
            .arg(m_catalog.replyCodes().size())
            .arg(m_catalog.enhancedCodes().size())
            .arg(m_catalog.enhancedRegistry().lastUpdated.toHtmlEscaped()));
}

void MainWindow::updateTitleAndActions()
{
    m_ui->backAction->setEnabled(m_history.canGoBack());
    m_ui->forwardAction->setEnabled(m_history.canGoForward());
    QString subject;
    if (isComparing() && m_compareView->firstCode().isValid()) {
        subject =
            tr("%1 vs %2")
                .arg(m_compareView->firstCode().toString(), m_compareView->secondCode().toString());
    } else if (currentCode().isValid()) {
        subject = m_catalog.title(currentCode());
    }
    setWindowTitle(subject.isEmpty() ? tr("SMTP Codes") : tr("%1 — SMTP Codes").arg(subject));
}

void MainWindow::restoreSession(const CodeId &initialCode)
{
    // restoreGeometry() and restoreState() reject unreadable data and change nothing then.
    restoreGeometry(m_settings.windowGeometry());
    m_ui->splitter->restoreState(m_settings.splitterState());
    m_comparisonToRestore = m_settings.lastComparison();
    if (m_compareView)
        m_compareView->setCodes(m_comparisonToRestore.first, m_comparisonToRestore.second);
    const CodeId last = m_settings.lastCode();
    if (m_catalog.contains(initialCode))
        showCode(initialCode);
    else
        showCode(m_catalog.contains(last) ? last : m_catalog.firstCode());
}

void MainWindow::saveSession()
{
    if (!m_persistent)
        return;
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(m_ui->splitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_model->retranslate();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_language.current());
    updateTitleAndActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

} // namespace SmtpCodes
