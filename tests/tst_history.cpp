// SPDX-License-Identifier: MIT
#include "history.h"

#include <QTest>

#include "testcodes.h"

using namespace SmtpCodes;

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void emptyHistory_goesNowhere()
    {
        NavigationHistory history;
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back(), CodeId());
        QCOMPARE(history.forward(), CodeId());
        QCOMPARE(history.current(), CodeId());
    }

    void backAndForward_walkTheVisits()
    {
        NavigationHistory history;
        for (int code : {250, 535, 550})
            history.visit(reply(code));
        QCOMPARE(history.back(), reply(535));
        QCOMPARE(history.back(), reply(250));
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.forward(), reply(535));
        QCOMPARE(history.current(), reply(535));
    }

    void visitAfterBack_dropsForwardEntries()
    {
        NavigationHistory history;
        for (int code : {250, 535, 550})
            history.visit(reply(code));
        history.back();
        history.visit(reply(421));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back(), reply(535));
    }

    void replyAndEnhancedCodes_areDistinctVisits()
    {
        NavigationHistory history;
        history.visit(reply(535));
        history.visit(enhanced("5.7.8"));
        history.visit(enhanced("X.7.8"));
        QCOMPARE(history.back(), enhanced("5.7.8"));
        QCOMPARE(history.back(), reply(535));
    }

    void revisitingCurrent_isNotRecordedTwice()
    {
        NavigationHistory history;
        history.visit(reply(250));
        history.visit(reply(250));
        QVERIFY(!history.canGoBack());
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
