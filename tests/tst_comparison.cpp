// SPDX-License-Identifier: MIT
#include "catalogloader.h"
#include "comparison.h"
#include "textchecks.h"

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
        return *CatalogLoader::builtIn().catalog.findReply(number);
    }

    static Comparison compare(int first, int second)
    {
        return compareCodes(reply(first), reply(second), CatalogLoader::builtIn().catalog);
    }

    static QStringList paragraphs(const Comparison &comparison)
    {
        return QStringList{comparison.summary} + comparison.differences + comparison.whenToUse;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(CatalogLoader::builtIn().ok(), qPrintable(CatalogLoader::builtIn().error()));
        for (int number : namedCodes)
            QVERIFY2(CatalogLoader::builtIn().catalog.findReply(number),
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
                                                           "Permanent Negative reply")));
        QCOMPARE(comparison.differences.first(),
                 QStringLiteral("211 is a 2xx Positive Completion reply, while 535 is a 5xx "
                                "Permanent Negative reply."));
        QVERIFY(!comparison.summary.contains(QStringLiteral("both")));
    }

    void sameClass_saysBothAndNotWhile()
    {
        const Comparison comparison = compare(550, 535);
        QVERIFY(comparison.sameClass);
        QVERIFY(comparison.summary.startsWith(QStringLiteral(
            "550 (Mailbox Unavailable) and 535 (Authentication Failed) are both 5xx Permanent "
            "Negative replies")));
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

    void commands_sharedOrDistinct()
    {
        QCOMPARE(compare(235, 535).differences.at(2), QStringLiteral("Both answer AUTH."));
        const QString distinct = compare(535, 354).differences.at(2);
        QVERIFY2(distinct.startsWith(QStringLiteral("535 answers AUTH, whereas 354 answers")),
                 qPrintable(distinct));
    }

    // The seeds' defects: "when when", text cut short, sentences that do not end.
    void everyOrderedPair_readsAsCorrectEnglish()
    {
        const QList<ReplyCode> &codes = CatalogLoader::builtIn().catalog.replyCodes();
        for (const ReplyCode &a : codes) {
            for (const ReplyCode &b : codes) {
                if (a.code == b.code)
                    continue;
                const Comparison comparison = compare(a.code, b.code);
                QVERIFY(!comparison.title.isEmpty());
                QVERIFY(comparison.differences.size() >= 3);
                for (const QString &paragraph : paragraphs(comparison)) {
                    const QString where = comparison.title + QStringLiteral(": ");
                    QVERIFY2(TextChecks::doubledWord(paragraph).isEmpty(),
                             qPrintable(where + TextChecks::doubledWord(paragraph)));
                    QVERIFY2(TextChecks::sentenceFault(paragraph).isEmpty(),
                             qPrintable(where + TextChecks::sentenceFault(paragraph)));
                    QVERIFY2(!paragraph.contains(QLatin1Char('%')), qPrintable(where + paragraph));
                }
                QVERIFY(comparison.summary.contains(a.summary));
                QVERIFY(comparison.summary.contains(b.summary));
            }
        }
    }

    // Every enhanced code as people meet it, read in each class it is used in, plus codes
    // outside the registry.
    static QList<CodeId> enhancedReadings()
    {
        QList<CodeId> codes;
        for (const EnhancedEntry &entry : CatalogLoader::builtIn().catalog.enhancedCodes()) {
            for (int codeClass : entry.classes)
                codes << CodeId::enhanced(entry.code.inClass(codeClass));
        }
        return codes << enhanced("5.7.606") << enhanced("4.4.947") << enhanced("X.7.8");
    }

    void everyOrderedEnhancedPair_readsAsCorrectEnglish()
    {
        const Catalog &catalog = CatalogLoader::builtIn().catalog;
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
                for (const QString &paragraph : paragraphs(comparison)) {
                    const QString where = comparison.title + QStringLiteral(": ");
                    QVERIFY2(TextChecks::doubledWord(paragraph).isEmpty(),
                             qPrintable(where + TextChecks::doubledWord(paragraph)));
                    QVERIFY2(TextChecks::sentenceFault(paragraph).isEmpty(),
                             qPrintable(where + TextChecks::sentenceFault(paragraph)));
                    QVERIFY2(!paragraph.contains(QLatin1Char('%')), qPrintable(where + paragraph));
                }
            }
        }
    }

    void enhancedPairs_sayWhatDiffers()
    {
        const Catalog &catalog = CatalogLoader::builtIn().catalog;
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
