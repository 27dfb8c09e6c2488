// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "explainview.h"
#include "mainwindow.h"

#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

#include "testsettings.h"
#include "testwindow.h"

using namespace SmtpCodes;

class TestExplainView : public QObject
{
    Q_OBJECT

private:
    const Catalog &m_catalog = BuiltInCatalog::load().catalog;
    std::unique_ptr<ExplainView> m_view;

    QPlainTextEdit *input() const { return m_view->findChild<QPlainTextEdit *>(); }
    QString status() const
    {
        return m_view->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    }
    QString shownText() const { return ::shownText(m_view->browser()); }

    // Types `text` as a paste would and waits for its explanation.
    bool pasteAndWait(const QString &text)
    {
        QSignalSpy explained(m_view.get(), &ExplainView::explained);
        input()->setPlainText(text);
        return explained.wait(10000);
    }

    static QByteArray readData(const QString &name)
    {
        QFile file(QStringLiteral(SMTPCODES_TEST_DATA "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        return file.readAll();
    }

private slots:
    void initTestCase() { useEmptyTestSettings("tst_explainview"); }

    void init()
    {
        m_view = std::make_unique<ExplainView>();
        m_view->setCatalog(&m_catalog);
        m_view->resize(800, 600);
        m_view->show();
    }

    void cleanup() { m_view.reset(); }

    void startsEmpty()
    {
        QVERIFY(shownText().isEmpty());
        QCOMPARE(status(), QStringLiteral("Nothing to explain yet."));
        QVERIFY(m_view->findChild<QProgressBar *>()->isHidden());
    }

    void pastedReply_isExplained()
    {
        QVERIFY(pasteAndWait(QStringLiteral(
            "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown")));
        QCOMPARE(m_view->explanation().findings.size(), 1);
        const QString text = shownText();
        QVERIFY2(text.contains(QStringLiteral("bob@example.org")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("5.1.1")));
        QVERIFY(text.contains(QStringLiteral("What to do")));
        QCOMPARE(status(), QStringLiteral("Findings: 1"));
        QVERIFY(m_view->findChild<QProgressBar *>()->isHidden());
        // What Copy copies says the same.
        QVERIFY(m_view->plainText().contains(QStringLiteral("bob@example.org")));
    }

    void textWithoutCodes_saysSo()
    {
        QVERIFY(pasteAndWait(QStringLiteral("hello, nothing to see here")));
        QVERIFY(m_view->explanation().findings.isEmpty());
        QVERIFY2(shownText().contains(QStringLiteral("No SMTP reply code")),
                 qPrintable(shownText()));
        QCOMPARE(status(), QStringLiteral("Findings: 0"));
    }

    // The text is shown as text, never read as HTML.
    void markupInInput_isShownAsText()
    {
        QVERIFY(pasteAndWait(QStringLiteral(
            "550 5.7.1 <a href=\"http://evil.test\">click</a> <b>bold</b> <img src=x> &amp;")));
        const QString text = shownText();
        QVERIFY2(text.contains(QStringLiteral("<a href=\"http://evil.test\">click</a>")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<b>bold</b> <img src=x> &amp;")));
        const QString html = m_view->browser()->toHtml();
        QVERIFY(!html.contains(QStringLiteral("evil.test\">")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
    }

    // A large paste is explained in the background: the window shows it is working, stays
    // responsive, and then shows every finding.
    void largePaste_isExplainedInTheBackground()
    {
        QString log;
        const QString line = QStringLiteral(
            "Nov 25 10:00:%1 mx postfix/smtp[1234]: 4A1B2C3D%2: to=<user%2@example.org>, "
            "relay=mx.example.org[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host "
            "mx.example.org[192.0.2.1] said: 550 5.1.1 <user%2@example.org>: User unknown (in "
            "reply to RCPT TO command))\n");
        for (int i = 0; log.size() < 1024 * 1024; ++i)
            log += line.arg(i % 60, 2, 10, QLatin1Char('0')).arg(i);
        const int lines = log.count(QLatin1Char('\n'));

        QSignalSpy explained(m_view.get(), &ExplainView::explained);
        input()->setPlainText(log);
        QCoreApplication::processEvents();
        QCOMPARE(explained.count(), 0);
        QCOMPARE(status(), QStringLiteral("Explaining…"));
        QVERIFY(m_view->findChild<QProgressBar *>()->isVisible());
        QVERIFY(explained.wait(60000));
        QCOMPARE(m_view->explanation().findings.size(), lines);
        QCOMPARE(status(), QStringLiteral("Findings: %1").arg(lines));
    }

    // Typing on while an older input is explained: only the newest input's result is shown.
    void newerInput_winsOverOlderResult()
    {
        QSignalSpy explained(m_view.get(), &ExplainView::explained);
        m_view->setInput("550 5.1.1 <old@example.org>: User unknown", QStringLiteral("old.txt"));
        input()->setPlainText(QStringLiteral("452 4.2.2 <new@example.org>: Mailbox full"));
        QVERIFY(explained.wait(10000));
        QTest::qWait(100); // a late result of the old input would arrive now
        QCOMPARE(explained.count(), 1);
        QCOMPARE(m_view->explanation().findings.size(), 1);
        QVERIFY(m_view->explanation().findings.first().text.contains(
            QStringLiteral("new@example.org")));
        QVERIFY(!shownText().contains(QStringLiteral("old@example.org")));
    }

    // An opened message is explained from its bytes, so its own encodings are decoded.
    void openedBounce_isExplainedWithItsName()
    {
        QSignalSpy explained(m_view.get(), &ExplainView::explained);
        m_view->setInput(readData(QStringLiteral("bounces/generated/postfix/multi.eml")),
                         QStringLiteral("multi.eml"));
        QVERIFY(explained.wait(10000));
        QVERIFY(m_view->explanation().findings.size() >= 2);
        QVERIFY2(status().startsWith(QStringLiteral("multi.eml — Findings: ")),
                 qPrintable(status()));
    }

    void largeFile_isShownInPartAndExplainedWhole()
    {
        QByteArray data;
        for (int i = 0; data.size() < 3 * 1024 * 1024; ++i)
            data += "550 5.1.1 <user" + QByteArray::number(i) + "@example.org>: User unknown\n";
        QSignalSpy explained(m_view.get(), &ExplainView::explained);
        m_view->setInput(data, QStringLiteral("big.log"));
        // Explained in a worker thread: nothing is shown yet when the input is set.
        QCOMPARE(explained.count(), 0);
        QVERIFY(m_view->findChild<QProgressBar *>()->isVisible());
        QVERIFY(explained.wait(60000));
        const qsizetype lines = data.count('\n');
        QCOMPARE(m_view->explanation().findings.size(), lines);
        // The window lays out the first cards only, and says so; Copy takes all.
        QVERIFY2(shownText().startsWith(
                     QStringLiteral("The first 200 of %L1 findings are shown.").arg(lines)),
                 qPrintable(shownText().left(200)));
        QVERIFY(!shownText().contains(QStringLiteral("user200@")));
        QVERIFY(m_view->plainText().contains(QStringLiteral("user%1@").arg(lines - 1)));
        QVERIFY(input()->toPlainText().size() <= 1024 * 1024);
        QVERIFY(input()->toPlainText().endsWith(QLatin1Char('\n')));
        QVERIFY2(status().contains(QStringLiteral("the first 1 MiB shown")), qPrintable(status()));
    }

    // Dropping a file on the window explains it in the Explain tab.
    void droppedFile_isExplained()
    {
        EnglishWindow english(m_catalog);
        MainWindow &window = english.window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::explanationShown);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(
            QStringLiteral(SMTPCODES_TEST_DATA "/bounces/generated/postfix/unknown-user.eml"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(shown.wait(10000));
        auto *view = window.findChild<ExplainView *>(QStringLiteral("explainView"));
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QVERIFY2(window.shownPlainText().contains(QStringLiteral("nosuchuser@example.test")),
                 qPrintable(window.shownPlainText()));
    }

    // A file that cannot be read gets a message, and the input stays as it was.
    void droppedMissingFile_isRefusedWithAMessage()
    {
        EnglishWindow english(m_catalog);
        MainWindow &window = english.window;
        window.show();
        QString message;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&message] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                message = box->text();
                box->accept();
            }
        });
        closer.start(10);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/nonexistent/bounce.eml"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY2(message.startsWith(QStringLiteral("Cannot open \"/nonexistent/bounce.eml\": ")),
                 qPrintable(message));
        // The Explain view is not even made: nothing was shown in it.
        const auto *view = window.findChild<ExplainView *>();
        QVERIFY(!view || view->plainText().isEmpty() || view->explanation().findings.isEmpty());
    }
};

QTEST_MAIN(TestExplainView)
#include "tst_explainview.moc"
