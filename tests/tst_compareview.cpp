// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "codelistmodel.h"
#include "compareview.h"
#include "comparison.h"
#include "languages.h"
#include "mainwindow.h"
#include "sections.h"
#include "settings.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "testcodes.h"

#include "testsettings.h"
#include "testwindow.h"
#include <QTextBlock>
#include <QTextBrowser>

using namespace SmtpCodes;

class TestCompareView : public QObject
{
    Q_OBJECT

private:
    const Catalog &m_catalog = BuiltInCatalog::load().catalog;
    std::unique_ptr<CompareView> m_view;

    QString shownText() const { return ::shownText(m_view->browser()); }

    // The y of every block whose text is exactly `text`, in document order.
    static QList<qreal> headingPositions(QTextBrowser *browser, const QString &text)
    {
        QList<qreal> positions;
        QTextDocument *document = browser->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.text() == text)
                positions << document->documentLayout()->blockBoundingRect(block).top();
        }
        return positions;
    }

    // The height of the block whose text is exactly `text`, or 0.
    static qreal blockHeight(QTextBrowser *browser, const QString &text)
    {
        QTextDocument *document = browser->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.text() == text)
                return document->documentLayout()->blockBoundingRect(block).height();
        }
        return 0;
    }

private slots:
    void initTestCase() { useEmptyTestSettings("tst_compareview"); }

    void init()
    {
        m_view = std::make_unique<CompareView>();
        m_view->setCatalog(&m_catalog);
        m_view->resize(900, 600);
        m_view->show();
    }

    void cleanup() { m_view.reset(); }

    void pair_fillsBothColumns()
    {
        m_view->setCodes(reply(211), reply(535));
        const QString text = shownText();
        for (int number : {211, 535}) {
            const ReplyCode &code = *m_catalog.findReply(number);
            for (const QString &part : {code.title(), code.description, code.whenYouSeeIt(),
                                        code.howToFix, replyClassLabel(code.replyClass())})
                QVERIFY2(text.contains(part), qPrintable(part));
        }
        QCOMPARE(
            m_view->findChild<QComboBox *>(QStringLiteral("firstPicker"))->currentData().toInt(),
            211);
    }

    void windowText_equalsCoreText()
    {
        m_view->setCodes(reply(421), reply(554));
        const Comparison comparison = compareCodes(reply(421), reply(554), m_catalog);
        const QString text = shownText();
        QVERIFY(text.contains(comparison.title));
        QVERIFY(text.contains(comparison.summary));
        for (const QString &paragraph : comparison.differences + comparison.whenToUse)
            QVERIFY2(text.contains(paragraph), qPrintable(paragraph));
        QVERIFY(m_view->plainText().contains(comparison.summary));
    }

    void swapButton_swapsTheCodes()
    {
        m_view->setCodes(reply(211), reply(535));
        QSignalSpy changed(m_view.get(), &CompareView::codesChanged);
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("swapButton")),
                          Qt::LeftButton);
        QCOMPARE(m_view->firstCode(), reply(535));
        QCOMPARE(m_view->secondCode(), reply(211));
        QCOMPARE(changed.count(), 1);
        QVERIFY(shownText().startsWith(
            QStringLiteral("535 Authentication Failed vs 211 System Status")));
    }

    void sameCode_showsFriendlyNote()
    {
        m_view->setCodes(reply(250), reply(250));
        QVERIFY(shownText().contains(QStringLiteral("Choose a different code")));
        QVERIFY(!shownText().contains(sectionTitle(Section::KeyDifferences)));
    }

    void sameClass_isSaid()
    {
        m_view->setCodes(reply(550), reply(553));
        QVERIFY(shownText().contains(
            QStringLiteral("Same class: both are 5xx Permanent Negative Completion replies.")));
        m_view->setCodes(reply(250), reply(553));
        QVERIFY(!shownText().contains(QStringLiteral("Same class")));
    }

    void sections_alignAcrossColumns_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::newRow("short/long") << 235 << 220;
        QTest::newRow("long/short") << 550 << 453;
    }

    void sections_alignAcrossColumns()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        m_view->setCodes(reply(first), reply(second));
        // Lay out at the shown width before measuring.
        m_view->browser()->document()->setTextWidth(m_view->browser()->viewport()->width());
        for (Section section : {Section::Description, Section::WhenYouSeeIt, Section::HowToFix,
                                Section::EnhancedCodes, Section::RfcReferences}) {
            const QList<qreal> positions =
                headingPositions(m_view->browser(), sectionTitle(section));
            QCOMPARE(positions.size(), 2);
            QCOMPARE(positions.at(0), positions.at(1));
        }
        // The two descriptions take different heights, so the alignment is the table's doing.
        const qreal firstHeight =
            blockHeight(m_view->browser(), m_catalog.findReply(first)->description);
        const qreal secondHeight =
            blockHeight(m_view->browser(), m_catalog.findReply(second)->description);
        QVERIFY(firstHeight > 0 && secondHeight > 0);
        QVERIFY2(qAbs(firstHeight - secondHeight) > 10,
                 qPrintable(QStringLiteral("%1 vs %2").arg(firstHeight).arg(secondHeight)));
    }

    // The first picker stands on the leading side, so the first code's column must too.
    void rightToLeft_putsTheFirstCodeOnTheLeadingSide()
    {
        const auto headingLeft = [this](int code) -> qreal {
            QTextDocument *document = m_view->browser()->document();
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
                if (block.text().remove(QChar(0x200E)) == m_catalog.findReply(code)->title() &&
                    block.blockFormat().headingLevel() == 1)
                    return document->documentLayout()->blockBoundingRect(block).left();
            }
            return -1;
        };
        m_view->setCodes(reply(211), reply(535));
        QVERIFY(headingLeft(211) >= 0 && headingLeft(535) >= 0);
        QVERIFY(headingLeft(211) < headingLeft(535));
        m_view->setLayoutDirection(Qt::RightToLeft);
        QVERIFY(headingLeft(211) > headingLeft(535));
        m_view->setLayoutDirection(Qt::LeftToRight);
        QVERIFY(headingLeft(211) < headingLeft(535));
    }

    void picker_acceptsTypedCodeAndRejectsGarbage()
    {
        m_view->setCodes(reply(211), reply(535));
        QComboBox *first = m_view->findChild<QComboBox *>(QStringLiteral("firstPicker"));
        first->lineEdit()->setText(QStringLiteral("550"));
        emit first->lineEdit()->editingFinished();
        QCOMPARE(m_view->firstCode(), reply(550));
        first->lineEdit()->setText(QStringLiteral("not a code <b>"));
        emit first->lineEdit()->editingFinished();
        QCOMPARE(m_view->firstCode(), reply(550));
        QCOMPARE(first->currentText(), m_catalog.findReply(550)->title());
    }

    // The second picker offers only the first one's kind.
    void enhancedCodes_areComparedWithTheirOwnKind()
    {
        m_view->setCodes(enhanced("5.1.1"), enhanced("5.7.1"));
        QVERIFY(
            shownText().startsWith(QStringLiteral("5.1.1 Bad destination mailbox address vs 5.7.1 "
                                                  "Delivery not authorized, message refused")));
        QVERIFY(shownText().contains(sectionTitle(Section::ClassAndSubject)));
        auto *first = m_view->findChild<QComboBox *>(QStringLiteral("firstPicker"));
        auto *second = m_view->findChild<QComboBox *>(QStringLiteral("secondPicker"));
        QVERIFY(first && second);
        QVERIFY(first->findData(QStringLiteral("535")) >= 0);
        QVERIFY(first->findData(QStringLiteral("4.2.2")) >= 0);
        QCOMPARE(second->findData(QStringLiteral("535")), -1);
        QVERIFY(second->findData(QStringLiteral("5.2.2")) >= 0);
        // A title too long for the picker shows its start, the code.
        QCOMPARE(second->lineEdit()->cursorPosition(), 0);

        second->lineEdit()->setText(QStringLiteral("550"));
        emit second->lineEdit()->editingFinished();
        QCOMPARE(m_view->secondCode(), enhanced("5.7.1"));
        second->lineEdit()->setText(QStringLiteral("5.7.606"));
        emit second->lineEdit()->editingFinished();
        QCOMPARE(m_view->secondCode(), enhanced("5.7.606"));
        QVERIFY(shownText().contains(sectionTitle(Section::NotInRegistry)));

        // A reply code in the first picker turns the second to reply codes.
        first->lineEdit()->setText(QStringLiteral("535 Authentication Failed"));
        emit first->lineEdit()->editingFinished();
        QCOMPARE(m_view->firstCode(), reply(535));
        QVERIFY(m_view->secondCode().isReply());
        QVERIFY(second->findData(QStringLiteral("535")) >= 0);
        QCOMPARE(second->findData(QStringLiteral("5.2.2")), -1);

        // setCodes refuses two kinds.
        m_view->setCodes(reply(550), enhanced("5.1.1"));
        QCOMPARE(m_view->firstCode(), reply(535));
    }

    void mainWindow_waysIn()
    {
        {
            EnglishWindow fixture(m_catalog);
            MainWindow &window = fixture.window;
            window.restoreSession();
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            window.showCode(reply(535));
            // Ctrl+D compares the shown code with another.
            QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
            QVERIFY(window.isComparing());
            auto *view = window.findChild<CompareView *>(QStringLiteral("compareView"));
            QCOMPARE(view->firstCode(), reply(535));
            QVERIFY(view->secondCode() != reply(535));
            // Ctrl+click on a second code in the list.
            window.showCode(reply(250));
            auto *list = window.findChild<QListView *>(QStringLiteral("codeList"));
            const QModelIndex index = list->model()->index(5, 0);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              list->visualRect(index).center());
            QVERIFY(window.isComparing());
            QCOMPARE(view->firstCode(), reply(250));
            QCOMPARE(view->secondCode().toString(), index.data(CodeListModel::CodeRole).toString());
            window.showComparison(reply(211), reply(535));
            window.close();
        }
        // The last compared pair is remembered, and shown when the Compare view first opens.
        EnglishWindow again(m_catalog);
        again.window.restoreSession();
        QVERIFY(!again.window.findChild<CompareView *>());
        again.window.findChild<QAction *>(QStringLiteral("showCompareAction"))->trigger();
        QVERIFY(again.window.isComparing());
        auto *view = again.window.findChild<CompareView *>(QStringLiteral("compareView"));
        QVERIFY(view);
        QCOMPARE(view->firstCode(), reply(211));
        QCOMPARE(view->secondCode(), reply(535));
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
