// SPDX-License-Identifier: MIT
#include "history.h"

#include <QTest>

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
        QCOMPARE(history.back(), 0);
        QCOMPARE(history.forward(), 0);
        QCOMPARE(history.current(), 0);
    }

    void backAndForward_walkTheVisits()
    {
        NavigationHistory history;
        for (int code : {250, 535, 550})
            history.visit(code);
        QCOMPARE(history.back(), 535);
        QCOMPARE(history.back(), 250);
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.forward(), 535);
        QCOMPARE(history.current(), 535);
    }

    void visitAfterBack_dropsForwardEntries()
    {
        NavigationHistory history;
        for (int code : {250, 535, 550})
            history.visit(code);
        history.back();
        history.visit(421);
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back(), 535);
    }

    void revisitingCurrent_isNotRecordedTwice()
    {
        NavigationHistory history;
        history.visit(250);
        history.visit(250);
        QVERIFY(!history.canGoBack());
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
