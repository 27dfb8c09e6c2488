// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "reasonrules.h"
#include "textscanner.h"

#include <QTest>

using namespace SmtpCodes;

Q_DECLARE_METATYPE(Severity)
Q_DECLARE_METATYPE(ReasonSource)

// The order in which evidence decides a finding's reason (ReasonRules::classify), on small rules
// made here so that the built-in data can grow without changing what is tested.
class TestReasonRules : public QObject
{
    Q_OBJECT

private:
    static EnhancedCode code(const char *text)
    {
        return *EnhancedCodeParsing::wholeCode(QString::fromLatin1(text));
    }

    static ReasonRules rules()
    {
        ReasonRules rules;
        rules.phrases = {
            {QStringLiteral("expired"), true, {QStringLiteral("gave up")}},
            {QStringLiteral("mailbox-full"), false, {QStringLiteral("mailbox full")}},
            {QStringLiteral("unknown-recipient"), false, {QStringLiteral("user unknown")}},
        };
        rules.specificCodes = {{code("X.1.1"), QStringLiteral("unknown-recipient")},
                               {code("X.4.7"), QStringLiteral("expired")},
                               {code("5.4.1"), QStringLiteral("unknown-recipient")}};
        rules.replyFallbacks = {{552, QStringLiteral("mailbox-full")},
                                {550, QStringLiteral("policy")}};
        rules.enhancedFallbacks = {{code("X.7.1"), QStringLiteral("policy")},
                                   {code("X.4.1"), QStringLiteral("network")}};
        return rules;
    }

private slots:
    void precedence_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("replyCode"); // 0: none
        QTest::addColumn<QString>("enhancedCode");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<ReasonSource>("source");

        const QString none;
        QTest::newRow("success looks for no reason")
            << "delivered" << 250 << "2.1.5"
            << "user unknown" << Severity::Success << "other" << ReasonSource::EnhancedCode;
        QTest::newRow("a 2xx reply alone is success")
            << none << 250 << none << none << Severity::Success << "other"
            << ReasonSource::ReplyCode;
        QTest::newRow("overriding words beat a specific code")
            << "failed" << 550 << "5.1.1"
            << "gave up" << Severity::Permanent << "expired" << ReasonSource::Text;
        QTest::newRow("overriding words make a delay notice a failure")
            << "delayed" << 451 << "4.4.1"
            << "we gave up" << Severity::Permanent << "expired" << ReasonSource::Text;
        QTest::newRow("failure after temporary errors is expired")
            << "failed" << 451 << "4.2.2"
            << "mailbox full" << Severity::Permanent << "expired" << ReasonSource::EnhancedCode;
        QTest::newRow("X.4.7 is expired")
            << "failed" << 554 << "5.4.7" << none << Severity::Permanent << "expired"
            << ReasonSource::EnhancedCode;
        QTest::newRow("X.4.7 in a delay notice is not expired")
            << "delayed" << 451 << "4.4.7" << none << Severity::Temporary << "other"
            << ReasonSource::EnhancedCode;
        QTest::newRow("a specific code beats words")
            << "failed" << 550 << "5.1.1"
            << "mailbox full" << Severity::Permanent << "unknown-recipient"
            << ReasonSource::EnhancedCode;
        QTest::newRow("a class-specific code is found in its class")
            << none << 550 << "5.4.1" << none << Severity::Permanent << "unknown-recipient"
            << ReasonSource::EnhancedCode;
        QTest::newRow("and not in another") << none << 451 << "4.4.1" << none << Severity::Temporary
                                            << "network" << ReasonSource::EnhancedCode;
        QTest::newRow("words beat a reply code") << none << 550 << "5.0.0"
                                                 << "User Unknown in table" << Severity::Permanent
                                                 << "unknown-recipient" << ReasonSource::Text;
        QTest::newRow("earlier words win")
            << none << 550 << none << "user unknown or mailbox full" << Severity::Permanent
            << "mailbox-full" << ReasonSource::Text;
        QTest::newRow("a reply code beats a generic enhanced code")
            << none << 552 << "5.7.1" << none << Severity::Permanent << "mailbox-full"
            << ReasonSource::ReplyCode;
        QTest::newRow("a generic enhanced code when the reply says nothing")
            << none << 554 << "5.7.1" << none << Severity::Permanent << "policy"
            << ReasonSource::EnhancedCode;
        QTest::newRow("nothing known is other")
            << none << 554 << none << "no" << Severity::Permanent << "other"
            << ReasonSource::ReplyCode;
        QTest::newRow("no codes at all") << "failed" << 0 << none << "it failed"
                                         << Severity::Permanent << "other" << ReasonSource::Text;
        QTest::newRow("a 4xx reply without action is temporary")
            << none << 421 << none << none << Severity::Temporary << "other"
            << ReasonSource::ReplyCode;
    }

    void precedence()
    {
        QFETCH(QString, action);
        QFETCH(int, replyCode);
        QFETCH(QString, enhancedCode);
        QFETCH(QString, text);
        Finding finding;
        finding.action = action;
        if (replyCode)
            finding.replyCode = replyCode;
        finding.enhancedCode = EnhancedCodeParsing::wholeCode(enhancedCode);
        finding.text = text;
        rules().classify(finding);
        QTEST(finding.severity, "severity");
        QTEST(finding.reason, "reason");
        QTEST(finding.reasonSource, "source");
    }

    // Every reason the built-in rules give has its verdict and advice.
    void builtInRules_nameKnownReasons()
    {
        const ReasonRules &rules = BuiltInCatalog::load().catalog.reasonRules();
        QStringList named;
        for (const ReasonPhrases &phrases : rules.phrases)
            named << phrases.reason;
        named << rules.specificCodes.values() << rules.replyFallbacks.values()
              << rules.enhancedFallbacks.values();
        for (const QString &reason : std::as_const(named)) {
            const ReasonInfo *info = rules.find(reason);
            QVERIFY2(info && !info->verdict.isEmpty() && !info->whatToDo.isEmpty(),
                     qPrintable(reason));
        }
    }

    // A multi-line reply unfolded into one line reads without its repeated codes.
    void multiLineReply_losesRepeatedCodes()
    {
        Finding finding;
        TextScanner::readDiagnostic(
            finding, QStringLiteral("smtp; 550-5.1.1 The email account that you tried to reach "
                                    "does not exist. 550-5.1.1 Please try double-checking "
                                    "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser"));
        QCOMPARE(finding.replyCode, 550);
        QCOMPARE(finding.enhancedCode, code("5.1.1"));
        QCOMPARE(finding.text, QStringLiteral("550-5.1.1 The email account that you tried to reach "
                                              "does not exist. Please try double-checking "
                                              "https://support.google.com/mail/?p=NoSuchUser"));
    }
};

QTEST_GUILESS_MAIN(TestReasonRules)
#include "tst_reasonrules.moc"
