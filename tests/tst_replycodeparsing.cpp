// SPDX-License-Identifier: MIT
#include "replycodeparsing.h"

#include <QTest>

using namespace SmtpCodes;

class TestReplyCodeParsing : public QObject
{
    Q_OBJECT

private slots:
    // -1 stands for "no code". The rows include the inputs on which the command line, the compare
    // pickers and the search filter once disagreed.
    void bothReadings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("wholeCode");
        QTest::addColumn<int>("leadingCode");
        QTest::newRow("code") << QStringLiteral("535") << 535 << 535;
        QTest::newRow("continuation line")
            << QStringLiteral("550-5.1.1 The email account") << -1 << 550;
        QTest::newRow("reply line")
            << QStringLiteral("535 5.7.8 Authentication credentials invalid") << -1 << 535;
        QTest::newRow("code run into enhanced code") << QStringLiteral("535.7.8") << -1 << -1;
        QTest::newRow("code run into letters") << QStringLiteral("535abc") << -1 << -1;
        QTest::newRow("leading spaces") << QStringLiteral("  250") << 250 << 250;
        QTest::newRow("trailing tab") << QStringLiteral("250\t") << 250 << 250;
        QTest::newRow("four digits") << QStringLiteral("2500") << -1 << -1;
        QTest::newRow("below the classes") << QStringLiteral("099") << -1 << -1;
        QTest::newRow("above the classes") << QStringLiteral("600") << -1 << -1;
        QTest::newRow("class 1") << QStringLiteral("199 ok") << -1 << -1;
        QTest::newRow("split by a space") << QStringLiteral("5 50") << -1 << -1;
        QTest::newRow("empty") << QString() << -1 << -1;
        QTest::newRow("blank") << QStringLiteral("   ") << -1 << -1;
        QTest::newRow("two digits") << QStringLiteral("55") << -1 << -1;
        QTest::newRow("arabic-indic digits") << QStringLiteral(u"٥٣٥") << -1 << -1;
        QTest::newRow("path of a link") << QStringLiteral("535/x") << -1 << -1;
        QTest::newRow("sign") << QStringLiteral("+535") << -1 << -1;
    }

    void bothReadings()
    {
        QFETCH(QString, text);
        QFETCH(int, wholeCode);
        QFETCH(int, leadingCode);
        QCOMPARE(ReplyCodeParsing::wholeCode(text).value_or(-1), wholeCode);
        QCOMPARE(ReplyCodeParsing::leadingCode(text).value_or(-1), leadingCode);
    }

    void typedPrefix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("one digit") << QStringLiteral("5") << QStringLiteral("5");
        QTest::newRow("two digits") << QStringLiteral(" 53 ") << QStringLiteral("53");
        QTest::newRow("three digits") << QStringLiteral("535") << QStringLiteral("535");
        QTest::newRow("four digits") << QStringLiteral("5355") << QString();
        QTest::newRow("reply line") << QStringLiteral("535 5.7.8") << QString();
        QTest::newRow("enhanced code") << QStringLiteral("5.7.8") << QString();
        QTest::newRow("word") << QStringLiteral("auth") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void typedPrefix()
    {
        QFETCH(QString, text);
        QFETCH(QString, prefix);
        QCOMPARE(ReplyCodeParsing::typedPrefix(text), prefix);
    }
};

QTEST_GUILESS_MAIN(TestReplyCodeParsing)
#include "tst_replycodeparsing.moc"
