// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "comparison.h"
#include "textchecks.h"

#include <QRegularExpression>
#include <QTest>

#include "testcodes.h"

using namespace SmtpCodes;

class TestComparison : public QObject
{
    Q_OBJECT

private:
    // Every code the tests name, checked once in initTestCase().
    static constexpr int namedCodes[] = {211, 221, 235, 354, 421, 535, 550};

    static const ReplyCode &code(int number)
    {
        return *BuiltInCatalog::load().catalog.findReply(number);
    }

    static Comparison compare(int first, int second)
    {
        return compareCodes(reply(first), reply(second), BuiltInCatalog::load().catalog);
    }

    // The rules of the content issue, checked for one ordered pair.
    static void checkRules(const ReplyCode &a, const ReplyCode &b, const Comparison &comparison)
    {
        const QString where = comparison.title + QStringLiteral(": ");
        for (const QString &difference : comparison.differences) {
            for (const ReplyCode *code : {&a, &b}) {
                const QString number = code->codeText();
                if (code->replyClass() == ReplyClass::PositiveIntermediate) {
                    QVERIFY2(!difference.contains(number + QStringLiteral(" usually comes with")) &&
                                 !difference.contains(QStringLiteral("and ") + number +
                                                      QStringLiteral(" with")),
                             qPrintable(where + difference));
                }
                if (code->code == 221 || code->code == 421)
                    QVERIFY2(!difference.contains(QStringLiteral("after either one")),
                             qPrintable(where + difference));
            }
            // A contrast names only commands that differ.
            if (difference.contains(QStringLiteral("whereas"))) {
                for (const QString &command : a.commands) {
                    if (b.commands.contains(command) && command != QLatin1String("any") &&
                        command != QLatin1String("connection"))
                        QVERIFY2(!difference.contains(command), qPrintable(where + difference));
                }
            }
            QVERIFY2(!difference.contains(QStringLiteral("answers")),
                     qPrintable(where + difference));
            // "Defined by" names defining RFCs only.
            if (difference.contains(QStringLiteral("defined by"))) {
                static const QRegularExpression rfc(QStringLiteral("RFC (\\d+)"));
                for (auto it = rfc.globalMatch(difference); it.hasNext();) {
                    const int number = it.next().captured(1).toInt();
                    const auto defines = [number](const ReplyCode &code) {
                        return std::any_of(code.rfcs.cbegin(), code.rfcs.cend(),
                                           [number](const RfcReference &r) {
                                               return r.rfc == number && r.defines;
                                           });
                    };
                    QVERIFY2(defines(a) || defines(b), qPrintable(where + difference));
                }
            }
        }
    }

    // The summary, the differences and when to use which read as correct English: no doubled
    // word, whole sentences, no placeholder left.
    static void checkProse(const Comparison &comparison)
    {
        const QString where = comparison.title + QStringLiteral(": ");
        for (const QString &paragraph :
             QStringList{comparison.summary} + comparison.differences + comparison.whenToUse) {
            QVERIFY2(TextChecks::doubledWord(paragraph).isEmpty(),
                     qPrintable(where + TextChecks::doubledWord(paragraph)));
            QVERIFY2(TextChecks::sentenceFault(paragraph).isEmpty(),
                     qPrintable(where + TextChecks::sentenceFault(paragraph)));
            QVERIFY2(!paragraph.contains(QLatin1Char('%')), qPrintable(where + paragraph));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(BuiltInCatalog::load().ok(), qPrintable(BuiltInCatalog::load().error()));
        for (int number : namedCodes)
            QVERIFY2(BuiltInCatalog::load().catalog.findReply(number),
                     qPrintable(QString::number(number)));
    }

    void title_namesBothCodes()
    {
        QCOMPARE(compare(211, 535).title,
                 QStringLiteral("211 System Status vs 535 Authentication Failed"));
    }

    void differentClasses_sayWhileAndNameBothClasses()
    {
        const Comparison comparison = compare(211, 535);
        QVERIFY(!comparison.sameClass);
        QVERIFY(comparison.summary.startsWith(
            QStringLiteral("211 (System Status) is a 2xx Positive Completion reply")));
        QVERIFY(comparison.summary.contains(QStringLiteral("535 (Authentication Failed) is a 5xx "
                                                           "Permanent Negative Completion reply")));
        QCOMPARE(comparison.differences.first(),
                 QStringLiteral("211 is a 2xx Positive Completion reply, while 535 is a 5xx "
                                "Permanent Negative Completion reply."));
        QVERIFY(!comparison.summary.contains(QStringLiteral("both")));
    }

    void sameClass_saysBothAndNotWhile()
    {
        const Comparison comparison = compare(550, 535);
        QVERIFY(comparison.sameClass);
        QVERIFY(comparison.summary.startsWith(QStringLiteral(
            "550 (Mailbox Unavailable) and 535 (Authentication Failed) are both 5xx Permanent "
            "Negative Completion replies")));
        QVERIFY(comparison.differences.first().startsWith(QStringLiteral("Both are 5xx")));
        QVERIFY(!comparison.differences.first().contains(QStringLiteral("while")));
    }

    void sameCode_givesFriendlyNoteOnly()
    {
        const Comparison comparison = compare(535, 535);
        QVERIFY(comparison.sameCode);
        QVERIFY(comparison.summary.contains(QStringLiteral("Choose a different code")));
        QVERIFY(comparison.differences.isEmpty());
        QVERIFY(comparison.whenToUse.isEmpty());
    }

    void whenToUse_embedsWholeFieldsInOrder()
    {
        const Comparison comparison = compare(421, 221);
        QCOMPARE(comparison.whenToUse.size(), 2);
        QVERIFY(comparison.whenToUse.at(0).contains(QStringLiteral(" when ") + code(421).seenWhen));
        QVERIFY(comparison.whenToUse.at(0).endsWith(code(421).howToFix));
        QVERIFY(comparison.whenToUse.at(1).endsWith(code(221).howToFix));
    }

    // Only the commands that differ are named as a difference; shared ones are said once.
    void commands_onlyDifferencesAreContrasted()
    {
        const Comparison same = compare(235, 535);
        QVERIFY(same.differences.contains(QStringLiteral("Both are sent in reply to AUTH.")));
        for (const QString &difference : same.differences)
            QVERIFY2(!difference.contains(QStringLiteral("whereas")), qPrintable(difference));
        QVERIFY(compare(535, 354).differences.contains(
            QStringLiteral("535 is sent in reply to AUTH, whereas 354 is sent in reply to DATA.")));
    }

    // RFC 5321 section 4.2.1 names the classes; RFC 2034 section 4 gives 3xx no enhanced code.
    void classesAndIntermediateReplies_areNamedAsTheRfcsDo()
    {
        const Comparison comparison = compare(354, 550);
        QVERIFY(comparison.summary.contains(QStringLiteral("5xx Permanent Negative Completion")));
        QVERIFY(compare(421, 450).summary.contains(
            QStringLiteral("4xx Transient Negative Completion")));
        bool said = false;
        for (const QString &difference : comparison.differences) {
            QVERIFY2(!difference.contains(QStringLiteral("354 usually comes with")),
                     qPrintable(difference));
            said = said ||
                   difference.startsWith(QStringLiteral("354 carries no enhanced status code"));
        }
        QVERIFY(said);
    }

    // After 221 and 421 the server closes the connection: the client goes on with nothing.
    void closingReplies_doNotGoOnWithTheNextCommand()
    {
        const Comparison comparison = compare(221, 250);
        QVERIFY(comparison.differences.contains(QStringLiteral(
            "After 221 the client has nothing more to send, as the server closes the connection; "
            "after 250 it can go on with its next command.")));
        for (const QString &difference : comparison.differences)
            QVERIFY2(!difference.contains(QStringLiteral("after either one")),
                     qPrintable(difference));
    }

    // "Defined by" names the RFC that assigns a code, not one that mentions it (RFC 7504 and 554).
    void definitions_nameOnlyTheDefiningRfcs()
    {
        QVERIFY(compare(554, 521).differences.contains(
            QStringLiteral("554 is defined by RFC 5321, and 521 by RFC 7504.")));
    }

    // The seeds' defects: "when when", text cut short, sentences that do not end.
    void everyOrderedPair_readsAsCorrectEnglish()
    {
        const QList<ReplyCode> &codes = BuiltInCatalog::load().catalog.replyCodes();
        for (const ReplyCode &a : codes) {
            for (const ReplyCode &b : codes) {
                if (a.code == b.code)
                    continue;
                const Comparison comparison = compare(a.code, b.code);
                QVERIFY(!comparison.title.isEmpty());
                QVERIFY(comparison.differences.size() >= 3);
                checkProse(comparison);
                if (QTest::currentTestFailed())
                    return;
                QVERIFY(comparison.summary.contains(a.summary));
                QVERIFY(comparison.summary.contains(b.summary));
                checkRules(a, b, comparison);
            }
        }
    }

    // Every enhanced code as people meet it, read in each class it is used in, plus codes
    // outside the registry.
    static QList<CodeId> enhancedReadings()
    {
        QList<CodeId> codes;
        for (const EnhancedEntry &entry : BuiltInCatalog::load().catalog.enhancedCodes()) {
            for (int codeClass : entry.classes)
                codes << CodeId::enhanced(entry.code.inClass(codeClass));
        }
        return codes << enhanced("5.7.606") << enhanced("4.4.947") << enhanced("X.7.8");
    }

    void everyOrderedEnhancedPair_readsAsCorrectEnglish()
    {
        const Catalog &catalog = BuiltInCatalog::load().catalog;
        const QList<CodeId> codes = enhancedReadings();
        QVERIFY(codes.size() > 100);
        for (const CodeId &a : codes) {
            for (const CodeId &b : codes) {
                if (a == b)
                    continue;
                const Comparison comparison = compareCodes(a, b, catalog);
                QCOMPARE(comparison.columns.size(), 2);
                QVERIFY(comparison.differences.size() >= 4);
                QCOMPARE(comparison.whenToUse.size(), 2);
                checkProse(comparison);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void enhancedPairs_sayWhatDiffers()
    {
        const Catalog &catalog = BuiltInCatalog::load().catalog;
        const Comparison classes = compareCodes(enhanced("4.2.2"), enhanced("5.2.2"), catalog);
        QCOMPARE(classes.title, QStringLiteral("4.2.2 Mailbox full vs 5.2.2 Mailbox full"));
        QVERIFY(!classes.sameClass);
        QCOMPARE(
            classes.differences.at(0),
            QStringLiteral("4.2.2 is in class 4 (Persistent Transient Failure), while 5.2.2 is in "
                           "class 5 (Permanent Failure)."));
        QCOMPARE(classes.differences.at(1),
                 QStringLiteral("Both are in subject 2 (Mailbox Status)."));
        QVERIFY(classes.summary.contains(QStringLiteral(" 4.2.2 says ")));

        const Comparison subjects = compareCodes(enhanced("5.1.1"), enhanced("5.7.1"), catalog);
        QVERIFY(subjects.sameClass);
        QCOMPARE(subjects.note,
                 QStringLiteral("Same class: both are 5.x.x Permanent Failure codes."));
        QCOMPARE(
            subjects.differences.at(1),
            QStringLiteral("5.1.1 is in subject 1 (Addressing Status), while 5.7.1 is in subject 7 "
                           "(Security or Policy Status)."));

        const Comparison vendor = compareCodes(enhanced("5.7.606"), enhanced("5.7.1"), catalog);
        QVERIFY(vendor.differences.contains(
            QStringLiteral("5.7.606 is not in the registry, while 5.7.1 is defined by RFC 3463.")));

        // Two kinds cannot be compared.
        QVERIFY(compareCodes(reply(550), enhanced("5.1.1"), catalog).title.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
