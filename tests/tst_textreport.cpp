// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "comparison.h"
#include "sections.h"
#include "textreport.h"

#include <QTest>

#include "testcodes.h"

using namespace SmtpCodes;

class TestTextReport : public QObject
{
    Q_OBJECT

private:
    static const Catalog &catalog() { return BuiltInCatalog::load().catalog; }

private slots:
    void list_hasOneTabSeparatedLinePerCode()
    {
        const QStringList lines =
            TextReport::list(catalog()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), catalog().size());
        const qsizetype replyCount = catalog().replyCodes().size();
        for (qsizetype i = 0; i < replyCount; ++i) {
            const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
            const ReplyCode &code = catalog().replyCodes().at(i);
            QCOMPARE(fields,
                     (QStringList{code.codeText(), code.name, replyClassLabel(code.replyClass())}));
        }
        // Then every registered enhanced code, with the classes it is used in.
        for (qsizetype i = replyCount; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
            const EnhancedEntry &entry = catalog().enhancedCodes().at(i - replyCount);
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields.at(0), entry.code.toString());
            QCOMPARE(fields.at(1), entry.name);
            QCOMPARE(fields.at(2).count(QStringLiteral(".x.x ")), entry.classes.size());
        }
        QVERIFY(lines.contains(QStringLiteral(
            "X.2.2\tMailbox full\t4.x.x Persistent Transient Failure, 5.x.x Permanent Failure")));
    }

    void entry_hasEveryHeadedSection()
    {
        const ReplyCode &code = *catalog().findReply(535);
        const QString text = TextReport::page(EntryPages::entry(reply(code.code), catalog()));
        QVERIFY(text.startsWith(
            QStringLiteral("535 Authentication Failed\n  5xx Permanent Negative Completion\n")));
        for (Section section : {Section::Description, Section::WhenYouSeeIt, Section::HowToFix,
                                Section::EnhancedCodes, Section::RfcReferences, Section::Commands,
                                Section::RelatedCodes, Section::Example})
            QVERIFY2(text.contains(QLatin1Char('\n') + sectionTitle(section) + QLatin1Char('\n')),
                     qPrintable(sectionTitle(section)));
        QVERIFY(text.contains(code.description));
        QVERIFY(text.contains(code.whenYouSeeIt()));
        QVERIFY(text.contains(QStringLiteral("5.7.8")));
        QVERIFY(text.contains(QStringLiteral("RFC 4954, section")));
        QVERIFY(text.contains(QStringLiteral("235 Authentication Succeeded")));
        QVERIFY(text.contains(QStringLiteral("C: AUTH")));
        QVERIFY(text.contains(QStringLiteral("S: 535")));
    }

    void comparison_holdsBothColumnsAndTheCoreText()
    {
        const ReplyCode &a = *catalog().findReply(211);
        const ReplyCode &b = *catalog().findReply(535);
        const Comparison comparison = compareCodes(reply(a.code), reply(b.code), catalog());
        const QString text = TextReport::comparison(comparison);
        QVERIFY(text.startsWith(comparison.title + QLatin1Char('\n')));
        QVERIFY(text.contains(comparison.summary));
        for (qsizetype i = 0; i < comparison.differences.size(); ++i)
            QVERIFY(text.contains(QString::number(i + 1) + QStringLiteral(". ") +
                                  comparison.differences.at(i)));
        for (const QString &paragraph : comparison.whenToUse)
            QVERIFY(text.contains(paragraph));
        QVERIFY(text.indexOf(a.description) < text.indexOf(b.description));
        QVERIFY(text.contains(sectionTitle(Section::KeyDifferences)));
        QVERIFY(text.contains(sectionTitle(Section::WhenToUseWhich)));
    }

    void comparison_ofSameCodeIsOnlyTheNote()
    {
        const ReplyCode &a = *catalog().findReply(250);
        const QString text =
            TextReport::comparison(compareCodes(reply(a.code), reply(a.code), catalog()));
        QVERIFY(text.contains(QStringLiteral("Choose a different code")));
        QVERIFY(!text.contains(sectionTitle(Section::KeyDifferences)));
    }
};

QTEST_GUILESS_MAIN(TestTextReport)
#include "tst_textreport.moc"
