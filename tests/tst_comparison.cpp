// SPDX-License-Identifier: MIT
#include "catalogloader.h"
#include "comparison.h"
#include "textchecks.h"

#include <QTest>

using namespace SmtpCodes;

class TestComparison : public QObject
{
    Q_OBJECT

private:
    // Every code the tests name, checked once in initTestCase().
    static constexpr int namedCodes[] = {211, 221, 235, 354, 421, 535, 550};

    static const ReplyCode &code(int number)
    {
        return *CatalogLoader::builtIn().catalog.find(number);
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
            QVERIFY2(CatalogLoader::builtIn().catalog.find(number),
                     qPrintable(QString::number(number)));
    }

    void title_namesBothCodes()
    {
        QCOMPARE(compareCodes(code(211), code(535)).title,
                 QStringLiteral("211 System Status vs 535 Authentication Failed"));
    }

    void differentClasses_sayWhileAndNameBothClasses()
    {
        const Comparison comparison = compareCodes(code(211), code(535));
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
        const Comparison comparison = compareCodes(code(550), code(535));
        QVERIFY(comparison.sameClass);
        QVERIFY(comparison.summary.startsWith(QStringLiteral(
            "550 (Mailbox Unavailable) and 535 (Authentication Failed) are both 5xx Permanent "
            "Negative replies")));
        QVERIFY(comparison.differences.first().startsWith(QStringLiteral("Both are 5xx")));
        QVERIFY(!comparison.differences.first().contains(QStringLiteral("while")));
    }

    void sameCode_givesFriendlyNoteOnly()
    {
        const Comparison comparison = compareCodes(code(535), code(535));
        QVERIFY(comparison.sameCode);
        QVERIFY(comparison.summary.contains(QStringLiteral("Choose a different code")));
        QVERIFY(comparison.differences.isEmpty());
        QVERIFY(comparison.whenToUse.isEmpty());
    }

    void whenToUse_embedsWholeFieldsInOrder()
    {
        const Comparison comparison = compareCodes(code(421), code(221));
        QCOMPARE(comparison.whenToUse.size(), 2);
        QVERIFY(comparison.whenToUse.at(0).contains(QStringLiteral(" when ") + code(421).seenWhen));
        QVERIFY(comparison.whenToUse.at(0).endsWith(code(421).howToFix));
        QVERIFY(comparison.whenToUse.at(1).endsWith(code(221).howToFix));
    }

    void commands_sharedOrDistinct()
    {
        QCOMPARE(compareCodes(code(235), code(535)).differences.at(2),
                 QStringLiteral("Both answer AUTH."));
        const QString distinct = compareCodes(code(535), code(354)).differences.at(2);
        QVERIFY2(distinct.startsWith(QStringLiteral("535 answers AUTH, whereas 354 answers")),
                 qPrintable(distinct));
    }

    // The seeds' defects: "when when", text cut short, sentences that do not end.
    void everyOrderedPair_readsAsCorrectEnglish()
    {
        const QList<ReplyCode> &codes = CatalogLoader::builtIn().catalog.codes();
        for (const ReplyCode &a : codes) {
            for (const ReplyCode &b : codes) {
                if (a.code == b.code)
                    continue;
                const Comparison comparison = compareCodes(a, b);
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
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
