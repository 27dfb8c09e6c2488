// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "catalogloader.h"
#include "codelistmodel.h"
#include "detailpane.h"
#include "languages.h"
#include "mainwindow.h"
#include "pagebrowser.h"
#include "sections.h"
#include "settings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "testcodes.h"

#include "testsettings.h"
#include "testwindow.h"
#include <QTextBrowser>

using namespace SmtpCodes;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    const Catalog &m_catalog = BuiltInCatalog::load().catalog;
    std::unique_ptr<EnglishWindow> m_fixture;
    MainWindow *m_window = nullptr;

    // The named children the tests use; init() verifies each exists with its type.
    template <typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    void verifyChildren() const
    {
        QVERIFY(child<QListView>("codeList"));
        QVERIFY(child<QLineEdit>("searchField"));
        QVERIFY(child<QComboBox>("classFilter"));
        QVERIFY(child<QComboBox>("kindFilter"));
        QVERIFY(child<QLabel>("countLabel"));
        QVERIFY(child<DetailPane>("detailPane"));
        for (const char *action : {"backAction", "forwardAction", "copyAction"})
            QVERIFY2(child<QAction>(action), action);
    }

    QString detailText() const { return shownText(child<DetailPane>("detailPane")->browser()); }

    QList<CodeId> listedCodes() const
    {
        QList<CodeId> codes;
        const QAbstractItemModel *model = child<QListView>("codeList")->model();
        for (int row = 0; row < model->rowCount(); ++row)
            codes << CodeId::parse(model->index(row, 0).data(CodeListModel::CodeRole).toString())
                         .value_or(CodeId());
        return codes;
    }

    void closeWindow()
    {
        m_window = nullptr;
        m_fixture.reset();
    }

    void createWindow()
    {
        closeWindow();
        m_fixture = std::make_unique<EnglishWindow>(m_catalog);
        m_window = &m_fixture->window;
        m_window->restoreSession();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

private slots:
    void initTestCase() { useEmptyTestSettings("tst_mainwindow"); }

    void init()
    {
        QSettings().clear();
        createWindow();
        verifyChildren();
    }

    void cleanup() { closeWindow(); }

    void startsAtFirstCode_whenNothingIsRemembered()
    {
        QCOMPARE(m_window->currentCode(), m_catalog.firstCode());
    }

    void selectingACode_fillsEverySection()
    {
        child<QListView>("codeList")->setFocus();
        child<QLineEdit>("searchField")->setText(QStringLiteral("535"));
        QTest::keyClick(child<QLineEdit>("searchField"), Qt::Key_Return);
        QCOMPARE(m_window->currentCode(), reply(535));
        const QString text = detailText();
        const ReplyCode &code = *m_catalog.findReply(535);
        QVERIFY(text.contains(code.title()));
        QVERIFY(text.contains(QStringLiteral("5xx Permanent Negative Completion")));
        for (Section section : {Section::Description, Section::WhenYouSeeIt, Section::HowToFix,
                                Section::EnhancedCodes, Section::RfcReferences,
                                Section::RelatedCodes, Section::Example})
            QVERIFY2(text.contains(sectionTitle(section)), qPrintable(sectionTitle(section)));
        for (const QString &part :
             {code.description, code.whenYouSeeIt(), code.howToFix, QStringLiteral("5.7.8"),
              QStringLiteral("RFC 4954, section 6"), QStringLiteral("235 Authentication Succeeded"),
              code.example.last().text})
            QVERIFY2(text.contains(part), qPrintable(part));
    }

    void relatedCodeLink_navigates()
    {
        m_window->showCode(reply(535));
        auto *browser = child<DetailPane>("detailPane")->browser();
        QVERIFY(browser->toHtml().contains(QStringLiteral("href=\"code:235\"")));
        emit browser->anchorClicked(QUrl(QStringLiteral("code:235")));
        QCOMPARE(m_window->currentCode(), reply(235));
        QVERIFY(detailText().startsWith(QStringLiteral("235 Authentication Succeeded")));
    }

    void history_goesBackAndForward()
    {
        m_window->showCode(reply(250));
        m_window->showCode(reply(535));
        m_window->showCode(reply(550));
        QAction *back = child<QAction>("backAction");
        QAction *forward = child<QAction>("forwardAction");
        QVERIFY(!forward->isEnabled());
        back->trigger();
        QCOMPARE(m_window->currentCode(), reply(535));
        QTest::keyClick(m_window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_window->currentCode(), reply(250));
        QVERIFY(forward->isEnabled());
        QTest::keyClick(m_window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_window->currentCode(), reply(535));
        QCOMPARE(child<QListView>("codeList")->currentIndex().data(CodeListModel::CodeRole).toInt(),
                 535);
    }

    void searchField_keyboard()
    {
        QLineEdit *search = child<QLineEdit>("searchField");
        child<QListView>("codeList")->setFocus();
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("auth"));
        const qsizetype matches = listedCodes().size();
        QVERIFY(matches > 13 && matches < m_catalog.size());
        QCOMPARE(child<QLabel>("countLabel")->text(),
                 QStringLiteral("%1 of %2 codes").arg(matches).arg(m_catalog.size()));
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(listedCodes().size(), m_catalog.size());

        child<QListView>("codeList")->setFocus();
        QTest::keyClick(m_window, Qt::Key_Slash);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("4"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(m_window->currentCode(), reply(421));
        QVERIFY(child<QListView>("codeList")->hasFocus());
        QTest::keyClick(child<QListView>("codeList"), Qt::Key_Down);
        QCOMPARE(m_window->currentCode(), listedCodes().at(1));
    }

    void classFilter_and_searchCombine()
    {
        child<QComboBox>("classFilter")->setCurrentIndex(3); // 4xx and 4.x.x
        child<QLineEdit>("searchField")->setText(QStringLiteral("auth"));
        QCOMPARE(listedCodes().mid(0, 2), (QList<CodeId>{reply(432), reply(454)}));
        child<QComboBox>("kindFilter")->setCurrentIndex(1); // reply codes
        QCOMPARE(listedCodes(), (QList<CodeId>{reply(432), reply(454)}));
    }

    // 5.7.8 typed, or followed as a link from 535, shows X.7.8 read for class 5; its reply
    // codes link back.
    void enhancedCode_showsAndLinksBothWays()
    {
        QLineEdit *search = child<QLineEdit>("searchField");
        search->setText(QStringLiteral("5.7.8"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(m_window->currentCode(), enhanced("5.7.8"));
        QVERIFY(
            detailText().startsWith(QStringLiteral("5.7.8 Authentication credentials invalid\n")));
        QVERIFY(detailText().contains(QStringLiteral("Class 5, Permanent Failure: ")));
        QVERIFY(detailText().contains(QStringLiteral("Subject 7, Security or Policy Status: ")));
        QCOMPARE(
            child<QListView>("codeList")->currentIndex().data(CodeListModel::CodeRole).toString(),
            QStringLiteral("X.7.8"));

        auto *browser = child<DetailPane>("detailPane")->browser();
        QVERIFY(browser->toHtml().contains(QStringLiteral("href=\"code:535\"")));
        emit browser->anchorClicked(QUrl(QStringLiteral("code:535")));
        QCOMPARE(m_window->currentCode(), reply(535));
        QVERIFY(browser->toHtml().contains(QStringLiteral("href=\"code:5.7.8\"")));
        emit browser->anchorClicked(QUrl(QStringLiteral("code:5.7.8")));
        QCOMPARE(m_window->currentCode(), enhanced("5.7.8"));

        // History and the clipboard work as for reply codes.
        child<QAction>("backAction")->trigger();
        QCOMPARE(m_window->currentCode(), reply(535));
        child<QAction>("forwardAction")->trigger();
        child<QListView>("codeList")->setFocus();
        child<QAction>("copyAction")->trigger();
        QVERIFY(QApplication::clipboard()->text().startsWith(
            QStringLiteral("5.7.8 Authentication credentials invalid\n")));
    }

    void copy_putsTheEntryOnTheClipboard()
    {
        m_window->showCode(reply(535));
        child<QListView>("codeList")->setFocus();
        child<QAction>("copyAction")->trigger();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.startsWith(QStringLiteral("535 Authentication Failed\n")));
        QVERIFY(copied.contains(m_catalog.findReply(535)->howToFix));
    }

    void settings_rememberLastCodeAndGeometry()
    {
        m_window->resize(900, 640);
        m_window->showCode(reply(552));
        m_window->close();
        createWindow();
        QCOMPARE(m_window->currentCode(), reply(552));
        QCOMPARE(m_window->size(), QSize(900, 640));
    }

    void corruptedSettings_areIgnored()
    {
        closeWindow();
        QSettings raw;
        raw.setValue(QStringLiteral("window/geometry"), QByteArray("\xff\x00garbage", 9));
        raw.setValue(QStringLiteral("window/splitter"), QStringLiteral("not a state"));
        raw.setValue(QStringLiteral("browse/lastCode"), QStringLiteral("<script>"));
        raw.setValue(QStringLiteral("compare/first"), 299);
        raw.setValue(QStringLiteral("compare/second"), QStringLiteral("abc"));
        raw.setValue(QStringLiteral("interface/language"), 42);
        raw.sync();
        createWindow();
        QCOMPARE(m_window->currentCode(), m_catalog.firstCode());
        QVERIFY(m_window->isVisible());
    }

    // In each view, which is made when its tab first opens.
    void everyFocusableControl_hasAnAccessibleName()
    {
        auto *tabs = child<QTabWidget>("viewTabs");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible() ||
                    qobject_cast<QAbstractItemView *>(widget->parentWidget()) ||
                    widget->inherits("QTabBar") || widget->inherits("QToolButton") ||
                    widget->inherits("QSplitterHandle"))
                    continue;
                if (widget->inherits("QLineEdit") &&
                    qobject_cast<QComboBox *>(widget->parentWidget()))
                    continue; // the combo box itself carries the name
                if (widget->inherits("QPushButton"))
                    continue; // named by its text
                QVERIFY2(!widget->accessibleName().isEmpty(),
                         qPrintable(tabs->tabText(tab) + QStringLiteral(": ") +
                                    widget->objectName() + QStringLiteral(" (") +
                                    QLatin1String(widget->metaObject()->className()) +
                                    QStringLiteral(")")));
            }
        }
    }

    // A hidden page waits to be laid out until it is shown, once, at its real width; a shown
    // one updates at once.
    void hiddenPage_isLaidOutWhenShown()
    {
        PageBrowser browser;
        browser.showPage(QStringLiteral("<p>first</p>"));
        QVERIFY(browser.toPlainText().isEmpty());
        browser.show();
        QCOMPARE(browser.toPlainText(), QStringLiteral("first"));
        browser.showPage(QStringLiteral("<p>second</p>"));
        QCOMPARE(browser.toPlainText(), QStringLiteral("second"));
        browser.hide();
        browser.showPage(QStringLiteral("<p>third</p>"));
        QCOMPARE(browser.toPlainText(), QStringLiteral("second"));
        browser.show();
        QCOMPARE(browser.toPlainText(), QStringLiteral("third"));
    }

    void htmlInData_isEscaped()
    {
        const CatalogLoadResult loaded =
            CatalogLoader::fromFile(QStringLiteral(SMTPCODES_TEST_DATA "/html-injection.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        DetailPane pane;
        pane.setCatalog(&loaded.catalog);
        pane.showCode(reply(250));
        pane.show(); // a hidden page is laid out when it is shown
        const QString text = pane.browser()->toPlainText();
        for (const char *literal :
             {"<b>Bold</b> & Co", "<script>alert(1)</script> &amp; test", "</p><h1>big</h1>",
              "MAIL FROM:<a@example.com>", "250 <ok>", "A <img src=x> appears."})
            QVERIFY2(text.contains(QLatin1String(literal)), literal);
        QVERIFY(!pane.browser()->toHtml().contains(QStringLiteral("<script>")));
    }

    void screenshotOption_writesPngOfTheFixedSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SMTPCODES_EXECUTABLE),
                      {QStringLiteral("--screenshot"), path, QStringLiteral("535")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QImage image(path);
        QCOMPARE(image.size(), MainWindow::defaultSize);

        process.start(
            QStringLiteral(SMTPCODES_EXECUTABLE),
            {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("no/such/dir/x.png"))});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("Cannot write the screenshot"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
