// SPDX-License-Identifier: MIT
#include "catalogloader.h"
#include "commandline.h"
#include "languages.h"

#include <QProcess>
#include <QTest>

using namespace SmtpCodes;
using Action = CommandLineRequest::Action;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLineRequest parse(const QStringList &arguments)
    {
        return CommandLine::parse(QStringList{QStringLiteral("smtp-codes")} + arguments,
                                  CatalogLoader::builtIn().catalog);
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(SMTPCODES_EXECUTABLE), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void parse_understandsValidRequests_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QList<int>>("codes");
        QTest::newRow("nothing") << QStringList{} << Action::ShowWindow << QList<int>{};
        QTest::newRow("one code") << QStringList{QStringLiteral("535")} << Action::ShowWindow
                                  << QList<int>{535};
        QTest::newRow("two codes") << QStringList{QStringLiteral("211"), QStringLiteral("535")}
                                   << Action::ShowWindow << QList<int>{211, 535};
        QTest::newRow("print one") << QStringList{QStringLiteral("--print"), QStringLiteral("535")}
                                   << Action::PrintEntry << QList<int>{535};
        QTest::newRow("print two")
            << QStringList{QStringLiteral("211"), QStringLiteral("535"), QStringLiteral("-p")}
            << Action::PrintComparison << QList<int>{211, 535};
        QTest::newRow("list") << QStringList{QStringLiteral("--list")} << Action::PrintList
                              << QList<int>{};
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << Action::ShowHelp
                              << QList<int>{};
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << Action::ShowVersion
                                 << QList<int>{};
        QTest::newRow("english") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                QStringLiteral("--print"), QStringLiteral("250")}
                                 << Action::PrintEntry << QList<int>{250};
    }

    void parse_understandsValidRequests()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Action, action);
        QFETCH(QList<int>, codes);
        const CommandLineRequest request = parse(arguments);
        QCOMPARE(request.action, action);
        QCOMPARE(request.codes, codes);
    }

    void parse_rejectsBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown code") << QStringList{QStringLiteral("299")}
                                      << QStringLiteral("No reply code 299 in the catalog");
        QTest::newRow("impossible code")
            << QStringList{QStringLiteral("999")} << QStringLiteral("\"999\" is not a reply code");
        QTest::newRow("not a code")
            << QStringList{QStringLiteral("abc")} << QStringLiteral("\"abc\" is not a reply code");
        QTest::newRow("three codes")
            << QStringList{QStringLiteral("211"), QStringLiteral("250"), QStringLiteral("535")}
            << QStringLiteral("not 3");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")}
            << QStringLiteral("Unknown language \"xx\"");
        QTest::newRow("print without code")
            << QStringList{QStringLiteral("--print")} << QStringLiteral("--print needs");
        QTest::newRow("list with code")
            << QStringList{QStringLiteral("--list"), QStringLiteral("250")}
            << QStringLiteral("takes no codes");
        QTest::newRow("print and screenshot")
            << QStringList{QStringLiteral("--print"), QStringLiteral("250"),
                           QStringLiteral("--screenshot"), QStringLiteral("x.png")}
            << QStringLiteral("--screenshot");
    }

    void parse_rejectsBadUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandLineRequest request = parse(arguments);
        QCOMPARE(request.action, Action::Fail);
        QVERIFY2(request.text().contains(message), qPrintable(request.text()));
    }

    void parse_acceptsLanguageSpellings()
    {
        QCOMPARE(parse({QStringLiteral("--lang"), QStringLiteral("EN")}).language,
                 QStringLiteral("en"));
        // Read even when the rest fails, so that the error comes out in that language.
        const CommandLineRequest failed =
            parse({QStringLiteral("--lang=de"), QStringLiteral("--bogus")});
        QCOMPARE(failed.action, Action::Fail);
        QCOMPARE(failed.language, QStringLiteral("de"));
    }

    // The parse comes before any translator is installed; its messages are worded when shown.
    void messages_comeOutInTheLanguageInstalledAfterTheParse()
    {
        const CommandLineRequest request =
            parse({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("299")});
        QCOMPARE(request.action, Action::Fail);
        const QString english = request.text();
        LanguageSwitcher language;
        QVERIFY(language.apply(request.language));
        const QString german = request.text();
        QVERIFY(german.contains(QStringLiteral("299")));
        QVERIFY2(german != english, qPrintable(german));
        QVERIFY(language.apply(QStringLiteral("en")));
        QCOMPARE(request.text(), english);
    }

    void qtParserErrors_areWordedAgain_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--nope")} << QStringLiteral("Unknown option 'nope'.");
        QTest::newRow("unknown options")
            << QStringList{QStringLiteral("--a"), QStringLiteral("--b")}
            << QStringLiteral("Unknown options: a, b.");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--lang")}
                                       << QStringLiteral("Missing value after '--lang'.");
        QTest::newRow("unexpected value")
            << QStringList{QStringLiteral("--lang=de"), QStringLiteral("--print=535")}
            << QStringLiteral("Unexpected value after '--print'.");
    }

    void qtParserErrors_areWordedAgain()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandLineRequest request = parse(arguments);
        QCOMPARE(request.action, Action::Fail);
        QCOMPARE(request.text(), message);
    }

    void executable_exitsTwoWithOneLineForBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("999") << QStringList{QStringLiteral("999")};
        QTest::newRow("abc") << QStringList{QStringLiteral("--print"), QStringLiteral("abc")};
        QTest::newRow("three") << QStringList{QStringLiteral("211"), QStringLiteral("250"),
                                              QStringLiteral("535")};
        QTest::newRow("option") << QStringList{QStringLiteral("--nope")};
        QTest::newRow("language") << QStringList{
            QStringLiteral("--lang"), QStringLiteral("klingon"), QStringLiteral("--list")};
    }

    void executable_exitsTwoWithOneLineForBadUsage()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, CommandLine::usageError);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith(QStringLiteral("smtp-codes: ")), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    }

    void executable_printsListEntryAndComparison()
    {
        const Run list = run({QStringLiteral("--list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count(QLatin1Char('\n')), CatalogLoader::builtIn().catalog.size());
        QVERIFY(list.out.contains(
            QStringLiteral("535\tAuthentication Failed\t5xx Permanent Negative\n")));

        const Run entry = run({QStringLiteral("--print"), QStringLiteral("535")});
        QCOMPARE(entry.exitCode, 0);
        QVERIFY(entry.out.startsWith(QStringLiteral("535 Authentication Failed\n")));
        QVERIFY(entry.err.isEmpty());

        const Run comparison =
            run({QStringLiteral("--print"), QStringLiteral("211"), QStringLiteral("535")});
        QCOMPARE(comparison.exitCode, 0);
        QVERIFY(comparison.out.startsWith(
            QStringLiteral("211 System Status vs 535 Authentication Failed\n")));

        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--print")));
        QVERIFY(help.out.contains(QStringLiteral("--screenshot")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
