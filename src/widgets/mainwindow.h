// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "history.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <utility>

class QActionGroup;

namespace SmtpCodes {

namespace Ui {
class MainWindow;
}

class CodeListModel;
class CompareView;
class ExplainView;
class LanguageSwitcher;
class Settings;

// Composes the list pane, the detail pane and the compare view, and wires menus, history,
// language switching and remembered state. The panes do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // The size of a first start, of the README screenshots and of --screenshot.
    static constexpr QSize defaultSize{1100, 700};
    // How long a note stays in the status bar, in milliseconds.
    static constexpr int statusTimeout = 6000;

    MainWindow(const Catalog &catalog, LanguageSwitcher &language, Settings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Restores geometry, splitter and the last comparison from the settings, and shows
    // `initialCode`, else the last viewed code, else the first.
    void restoreSession(const CodeId &initialCode = {});
    // With false, nothing is written to the settings (used for --screenshot).
    void setPersistent(bool persistent) { m_persistent = persistent; }
    void showCode(const CodeId &code);
    void showComparison(const CodeId &first, const CodeId &second);
    CodeId currentCode() const { return m_history.current(); }
    bool isComparing() const;
    // Shows `data` in the Explain view and explains it; `name` says where it came from.
    void showExplanation(const QByteArray &data, const QString &name);
    QString shownPlainText() const;

signals:
    // The Explain view shows the explanation of its input.
    void explanationShown();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The Compare and Explain views are made when first shown or asked for: start-up makes only
    // the view it shows.
    CompareView *compareView();
    ExplainView *explainView();
    template <typename View> View *makeView(QWidget *tab, const QString &name);
    void setUpActions();
    void setUpActionIcons();
    void buildLanguageMenu();
    void chooseLanguage(const QString &language);
    void navigateTo(const CodeId &code, bool recordInHistory);
    void goBack();
    void goForward();
    void compareWith(const CodeId &other);
    void copyShown();
    void openFile();
    void explainFile(const QString &path);
    void showAbout();
    void updateTitleAndActions();
    void retranslateUi();
    void saveSession();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Catalog &m_catalog;
    LanguageSwitcher &m_language;
    Settings &m_settings;
    CodeListModel *m_model = nullptr;
    CompareView *m_compareView = nullptr;
    ExplainView *m_explainView = nullptr;
    // The remembered comparison, for the compare view once it is made.
    std::pair<CodeId, CodeId> m_comparisonToRestore;
    QActionGroup *m_languageGroup = nullptr;
    NavigationHistory m_history;
    bool m_persistent = true;
    // The direction the Back and Forward icons were made for; none yet.
    std::optional<Qt::LayoutDirection> m_actionIconsDirection;
};

} // namespace SmtpCodes
