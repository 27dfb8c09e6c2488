// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "commandline.h"
#include "languages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
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
                                  BuiltInCatalog::load().catalog);
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QByteArray &input = {},
                   const QString &program = QStringLiteral(SMTPCODES_EXECUTABLE))
    {
        QProcess process;
        process.start(program, arguments);
        process.write(input);
        process.closeWriteChannel();
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
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<bool>("json");
        const auto row = [](const char *name, const QStringList &arguments, Action action,
                            const QStringList &codes, bool json = false) {
            QTest::newRow(name) << arguments << action << codes << json;
        };
        row("nothing", {}, Action::ShowWindow, {});
        row("one code", {QStringLiteral("535")}, Action::ShowWindow, {QStringLiteral("535")});
        row("two codes", {QStringLiteral("211"), QStringLiteral("535")}, Action::ShowWindow,
            {QStringLiteral("211"), QStringLiteral("535")});
        row("print one", {QStringLiteral("--print"), QStringLiteral("535")}, Action::PrintEntry,
            {QStringLiteral("535")});
        row("print two", {QStringLiteral("211"), QStringLiteral("535"), QStringLiteral("-p")},
            Action::PrintComparison, {QStringLiteral("211"), QStringLiteral("535")});
        row("list", {QStringLiteral("--list")}, Action::PrintList, {});
        row("help", {QStringLiteral("--help")}, Action::ShowHelp, {});
        row("version", {QStringLiteral("--version")}, Action::ShowVersion, {});
        row("english",
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--print"),
             QStringLiteral("250")},
            Action::PrintEntry, {QStringLiteral("250")});
        row("enhanced code", {QStringLiteral("5.7.8")}, Action::ShowWindow,
            {QStringLiteral("5.7.8")});
        row("print enhanced", {QStringLiteral("--print"), QStringLiteral("5.7.8")},
            Action::PrintEntry, {QStringLiteral("5.7.8")});
        row("registry form", {QStringLiteral("--print"), QStringLiteral("x.7.8")},
            Action::PrintEntry, {QStringLiteral("X.7.8")});
        row("two enhanced",
            {QStringLiteral("--print"), QStringLiteral("5.1.1"), QStringLiteral("5.7.1")},
            Action::PrintComparison, {QStringLiteral("5.1.1"), QStringLiteral("5.7.1")});
        row("vendor code", {QStringLiteral("--print"), QStringLiteral("5.7.606")},
            Action::PrintEntry, {QStringLiteral("5.7.606")});
        row("json entry",
            {QStringLiteral("--print"), QStringLiteral("--json"), QStringLiteral("535")},
            Action::PrintEntry, {QStringLiteral("535")}, true);
        row("json list", {QStringLiteral("--list"), QStringLiteral("--json")}, Action::PrintList,
            {}, true);
    }

    void parse_understandsValidRequests()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Action, action);
        QFETCH(QStringList, codes);
        QFETCH(bool, json);
        const CommandLineRequest request = parse(arguments);
        QCOMPARE(request.action, action);
        QStringList parsed;
        for (const CodeId &code : request.codes)
            parsed << code.toString();
        QCOMPARE(parsed, codes);
        QCOMPARE(request.json, json);
    }

    void parse_rejectsBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown code") << QStringList{QStringLiteral("299")}
                                      << QStringLiteral("No reply code 299 in the catalog");
        QTest::newRow("two kinds") << QStringList{QStringLiteral("--print"), QStringLiteral("550"),
                                                  QStringLiteral("5.1.1")}
                                   << QStringLiteral("cannot be compared");
        QTest::newRow("class 9") << QStringList{QStringLiteral("9.9.9")}
                                 << QStringLiteral("\"9.9.9\" is not an enhanced status code");
        QTest::newRow("four parts") << QStringList{QStringLiteral("5.7.8.1")}
                                    << QStringLiteral("\"5.7.8.1\" is not an enhanced status code");
        QTest::newRow("leading zero")
            << QStringList{QStringLiteral("5.07.8")}
            << QStringLiteral("\"5.07.8\" is not an enhanced status code");
        QTest::newRow("subject 8")
            << QStringList{QStringLiteral("5.8.1")} << QStringLiteral("a subject from 0 to 7");
        QTest::newRow("unregistered registry form")
            << QStringList{QStringLiteral("X.7.99")}
            << QStringLiteral("No enhanced status code X.7.99 in the registry");
        QTest::newRow("json alone") << QStringList{QStringLiteral("--json"), QStringLiteral("535")}
                                    << QStringLiteral("--json goes with --print or --list");
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
        QTest::newRow("explain with a code")
            << QStringList{QStringLiteral("--explain"), QStringLiteral("-"), QStringLiteral("550")}
            << QStringLiteral("--explain takes a file");
        QTest::newRow("explain a missing file")
            << QStringList{QStringLiteral("--explain"), QStringLiteral("/nonexistent/bounce.eml")}
            << QStringLiteral("Cannot read \"/nonexistent/bounce.eml\"");
        QTest::newRow("explain a folder")
            << QStringList{QStringLiteral("--print"), QStringLiteral("--explain"),
                           QStringLiteral(SMTPCODES_TEST_DATA)}
            << QStringLiteral("no such readable file");
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
        QTest::newRow("explain missing") << QStringList{
            QStringLiteral("--print"), QStringLiteral("--explain"), QStringLiteral("/nonexistent")};
        QTest::newRow("explain no file") << QStringList{QStringLiteral("--explain")};
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
        QCOMPARE(list.out.count(QLatin1Char('\n')), BuiltInCatalog::load().catalog.size());
        QVERIFY(list.out.contains(
            QStringLiteral("535\tAuthentication Failed\t5xx Permanent Negative Completion\n")));

        const Run entry = run({QStringLiteral("--print"), QStringLiteral("535")});
        QCOMPARE(entry.exitCode, 0);
        QVERIFY(entry.out.startsWith(QStringLiteral("535 Authentication Failed\n")));
        QVERIFY(entry.err.isEmpty());

        const Run comparison =
            run({QStringLiteral("--print"), QStringLiteral("211"), QStringLiteral("535")});
        QCOMPARE(comparison.exitCode, 0);
        QVERIFY(comparison.out.startsWith(
            QStringLiteral("211 System Status vs 535 Authentication Failed\n")));

        for (const EnhancedEntry &entry : BuiltInCatalog::load().catalog.enhancedCodes())
            QVERIFY2(list.out.contains(QLatin1Char('\n') + entry.code.toString() +
                                       QLatin1Char('\t') + entry.name + QLatin1Char('\t')),
                     qPrintable(entry.code.toString()));
        QVERIFY(list.out.contains(QStringLiteral(
            "X.7.8\tAuthentication credentials invalid\t5.x.x Permanent Failure\n")));

        const Run enhancedEntry = run({QStringLiteral("--print"), QStringLiteral("5.7.8")});
        QCOMPARE(enhancedEntry.exitCode, 0);
        QVERIFY(enhancedEntry.out.startsWith(
            QStringLiteral("5.7.8 Authentication credentials invalid\n")));
        const Run vendor = run({QStringLiteral("--print"), QStringLiteral("5.7.606")});
        QCOMPARE(vendor.exitCode, 0);
        QVERIFY(vendor.out.startsWith(QStringLiteral("5.7.606\n")));
        const Run enhancedPair =
            run({QStringLiteral("--print"), QStringLiteral("5.1.1"), QStringLiteral("5.7.1")});
        QCOMPARE(enhancedPair.exitCode, 0);
        QVERIFY(enhancedPair.out.startsWith(
            QStringLiteral("5.1.1 Bad destination mailbox address vs 5.7.1 Delivery not "
                           "authorized, message refused\n")));

        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--print")));
        QVERIFY(help.out.contains(QStringLiteral("--screenshot")));
        QVERIFY(help.out.contains(QStringLiteral("--json")));
    }

    // The keys documented in the README, for scripts.
    void executable_explainsFilesAndStandardInput()
    {
        const QString bounce =
            QStringLiteral(SMTPCODES_TEST_DATA "/bounces/generated/postfix/unknown-user.eml");
        const Run text = run({QStringLiteral("--print"), QStringLiteral("--explain"), bounce});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("nosuchuser@example.test (Failed)\n")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Permanent: the address does not exist")));
        QVERIFY(text.err.isEmpty());

        const Run json = run({QStringLiteral("-p"), QStringLiteral("--json"),
                              QStringLiteral("--explain"), QStringLiteral("-")},
                             "452 4.2.2 <carol@example.net>: Mailbox full\r\n");
        QCOMPARE(json.exitCode, 0);
        const QJsonArray findings = QJsonDocument::fromJson(json.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("findings"))
                                        .toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject finding = findings.first().toObject();
        QCOMPARE(finding.keys(),
                 (QStringList{QStringLiteral("action"), QStringLiteral("enhancedCode"),
                              QStringLiteral("reason"), QStringLiteral("reasonSource"),
                              QStringLiteral("recipient"), QStringLiteral("remoteMta"),
                              QStringLiteral("replyCode"), QStringLiteral("severity"),
                              QStringLiteral("text")}));
        QCOMPARE(finding.value(QStringLiteral("replyCode")).toInt(), 452);
        QCOMPARE(finding.value(QStringLiteral("enhancedCode")).toString(), QStringLiteral("4.2.2"));
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("temporary"));
        QCOMPARE(finding.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("mailbox-full"));
        QCOMPARE(finding.value(QStringLiteral("reasonSource")).toString(),
                 QStringLiteral("enhanced-code"));
        QVERIFY(finding.value(QStringLiteral("action")).isNull());
        QVERIFY(finding.value(QStringLiteral("remoteMta")).isNull());
    }

    // The application reads mail with a module it loads when it first needs it. Where the module
    // is missing, mail is still explained, from its text, and one line says why it reads less.
    void executable_explainsMailFromItsTextWithoutTheMailModule()
    {
        QTemporaryDir alone;
        const QString program = alone.filePath(QStringLiteral("smtp-codes"));
        QVERIFY(QFile::copy(QStringLiteral(SMTPCODES_EXECUTABLE), program));
        const QString bounce =
            QStringLiteral(SMTPCODES_TEST_DATA "/bounces/generated/postfix/unknown-user.eml");
        const QStringList arguments{QStringLiteral("--print"), QStringLiteral("--explain"), bounce};

        const Run withoutModule = run(arguments, {}, program);
        QCOMPARE(withoutModule.exitCode, 0);
        QCOMPARE(withoutModule.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(
            withoutModule.err.startsWith(QStringLiteral("The mail reader module cannot be loaded")),
            qPrintable(withoutModule.err));
        QVERIFY2(withoutModule.out.contains(QStringLiteral("nosuchuser@example.test")),
                 qPrintable(withoutModule.out));
        // What the delivery status report says is read only with the module.
        QVERIFY(withoutModule.out != run(arguments).out);
    }

    // Input without codes is not an error: it is read, and nothing is found in it.
    void executable_explainsNothingFoundWithExitZero()
    {
        static const char junkBytes[] = "hello\0world \xff\xfe not a reply";
        const QByteArray junk(junkBytes, sizeof junkBytes - 1);
        const Run text = run(
            {QStringLiteral("--print"), QStringLiteral("--explain"), QStringLiteral("-")}, junk);
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(
            text.out,
            QStringLiteral("No SMTP reply code or enhanced status code was found in the input.\n"));
        const Run json = run({QStringLiteral("--print"), QStringLiteral("--json"),
                              QStringLiteral("--explain"), QStringLiteral("-")},
                             junk);
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("findings"), QJsonArray{}}}));
    }

    void executable_printsJsonWithStableKeys()
    {
        const auto json = [](const QStringList &arguments) {
            const Run result = run(arguments);
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
            return std::make_pair(result.exitCode == 0 && error.error == QJsonParseError::NoError,
                                  document.object());
        };
        const auto [listOk, list] = json({QStringLiteral("--list"), QStringLiteral("--json")});
        QVERIFY(listOk);
        const QJsonArray codes = list.value(QStringLiteral("codes")).toArray();
        QCOMPARE(codes.size(), BuiltInCatalog::load().catalog.size());
        QCOMPARE(codes.first().toObject().keys(),
                 (QStringList{QStringLiteral("class"), QStringLiteral("classLabel"),
                              QStringLiteral("code"), QStringLiteral("kind"),
                              QStringLiteral("name"), QStringLiteral("standard")}));
        QCOMPARE(codes.last().toObject().keys(),
                 (QStringList{QStringLiteral("classes"), QStringLiteral("code"),
                              QStringLiteral("deprecated"), QStringLiteral("kind"),
                              QStringLiteral("name")}));

        const auto [replyOk, reply] =
            json({QStringLiteral("-p"), QStringLiteral("--json"), QStringLiteral("535")});
        QVERIFY(replyOk);
        QCOMPARE(reply.value(QStringLiteral("code")).toInt(), 535);
        QCOMPARE(reply.value(QStringLiteral("enhancedCodes")).toArray().first().toString(),
                 QStringLiteral("5.7.8"));
        for (const char *key : {"kind", "name", "class", "classLabel", "standard", "origin",
                                "summary", "description", "whenYouSeeIt", "howToFix", "rfcs",
                                "commands", "enhancedCodes", "related", "example", "notes"})
            QVERIFY2(reply.contains(QLatin1String(key)), key);

        const auto [enhancedOk, enhanced] =
            json({QStringLiteral("-p"), QStringLiteral("--json"), QStringLiteral("5.7.8")});
        QVERIFY(enhancedOk);
        QCOMPARE(enhanced.value(QStringLiteral("registryCode")).toString(),
                 QStringLiteral("X.7.8"));
        QCOMPARE(enhanced.value(QStringLiteral("replyCodes")).toArray(), (QJsonArray{535, 554}));
        for (const char *key :
             {"kind", "code", "name", "registered", "deprecated", "class", "classes", "className",
              "subject", "subjectName", "summary", "description", "whenYouSeeIt", "howToFix",
              "rfcs", "replyCodes", "related", "example"})
            QVERIFY2(enhanced.contains(QLatin1String(key)), key);

        const auto [vendorOk, vendor] =
            json({QStringLiteral("-p"), QStringLiteral("--json"), QStringLiteral("4.4.947")});
        QVERIFY(vendorOk);
        QCOMPARE(vendor.value(QStringLiteral("registered")).toBool(), false);
        QVERIFY(vendor.value(QStringLiteral("name")).isNull());

        const auto [pairOk, pair] = json({QStringLiteral("-p"), QStringLiteral("--json"),
                                          QStringLiteral("4.2.2"), QStringLiteral("5.2.2")});
        QVERIFY(pairOk);
        QCOMPARE(pair.value(QStringLiteral("kind")).toString(), QStringLiteral("comparison"));
        QCOMPARE(pair.value(QStringLiteral("second"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("5.2.2"));
        QVERIFY(!pair.value(QStringLiteral("differences")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
