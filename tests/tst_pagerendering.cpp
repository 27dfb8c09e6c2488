// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "catalogloader.h"
#include "entrypage.h"
#include "pagehtml.h"
#include "textreport.h"

#include <QTest>

#include "testcodes.h"
#include <QTextDocument>

using namespace SmtpCodes;

// The text report and the HTML pane render one description of each entry: the same sections,
// in the same order, with the same empty-state text.
class TestPageRendering : public QObject
{
    Q_OBJECT

private:
    static const Catalog &catalog() { return BuiltInCatalog::load().catalog; }

    // The lines of `text` that are section headings, in order.
    static QStringList headings(const QString &text)
    {
        QStringList allHeadings;
        for (int id = 0; id <= static_cast<int>(Section::WhenToUseWhich); ++id)
            allHeadings << sectionTitle(static_cast<Section>(id));
        QStringList found;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (allHeadings.contains(line.trimmed()))
                found << line.trimmed();
        }
        return found;
    }

    // Every entry the app can show: reply codes, registry entries as written and read in each of
    // their classes, and a code outside the registry.
    static QList<CodeId> allCodes()
    {
        QList<CodeId> codes;
        for (const ReplyCode &code : catalog().replyCodes())
            codes << reply(code.code);
        for (const EnhancedEntry &entry : catalog().enhancedCodes()) {
            codes << CodeId::enhanced(entry.code);
            for (int codeClass : entry.classes)
                codes << CodeId::enhanced(entry.code.inClass(codeClass));
        }
        return codes << enhanced("5.7.606") << enhanced("4.4.947");
    }

    static QString screenText(const QString &html)
    {
        QTextDocument document;
        document.setHtml(html);
        return document.toPlainText().remove(QChar(0x200E));
    }

private slots:
    void everyEntry_showsTheSameSectionsOnScreenAndInText()
    {
        QVERIFY(catalog().size() > 100);
        for (const CodeId &code : allCodes()) {
            const QString title = catalog().title(code);
            const EntryPage page = EntryPages::entry(code, catalog());
            QStringList expected;
            for (const PageSection &section : page.sections) {
                if (section.isShown())
                    expected << section.heading();
            }
            const QString text = TextReport::page(page);
            const QString screen = screenText(PageHtml::entry(page));
            QCOMPARE(headings(text), expected);
            QCOMPARE(headings(screen), expected);
            for (const PageSection &section : page.sections) {
                if (section.items.isEmpty() && section.isShown()) {
                    const QString empty = section.heading() + QLatin1Char('\n');
                    QVERIFY2(text.contains(empty + QStringLiteral("  ") + section.emptyText),
                             qPrintable(title + QStringLiteral(": ") + section.heading()));
                    QVERIFY2(screen.contains(empty + section.emptyText),
                             qPrintable(title + QStringLiteral(": ") + section.heading()));
                }
            }
            QVERIFY2(text.startsWith(title + QLatin1Char('\n')), qPrintable(title));
            QVERIFY2(screen.startsWith(title + QLatin1Char('\n')), qPrintable(title));
        }
    }

    void nonStandardCode_isASectionInBoth()
    {
        const ReplyCode *code = catalog().findReply(571);
        QVERIFY(code && !code->standard);
        const EntryPage page = EntryPages::entry(reply(571), catalog());
        const QString origin =
            QLatin1Char('\n') + sectionTitle(Section::NonStandard) + QLatin1Char('\n');
        QVERIFY(TextReport::page(page).contains(origin));
        QVERIFY(screenText(PageHtml::entry(page)).contains(origin));
    }

    void comparison_rendersTheSameSectionsInBoth()
    {
        const Comparison comparison = compareCodes(reply(211), reply(571), catalog());
        QStringList text = headings(TextReport::comparison(comparison));
        QStringList screen =
            headings(screenText(PageHtml::comparison(comparison, Qt::LeftToRight)));
        // The screen interleaves the columns row by row; the text gives one column after the other.
        std::sort(text.begin(), text.end());
        std::sort(screen.begin(), screen.end());
        QCOMPARE(screen, text);
        QVERIFY(text.contains(sectionTitle(Section::KeyDifferences)));
    }

    void markupInData_isEscaped()
    {
        const CatalogLoadResult loaded =
            CatalogLoader::fromFile(QStringLiteral(SMTPCODES_TEST_DATA "/html-injection.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const QString html = PageHtml::entry(
            EntryPages::entry(reply(loaded.catalog.replyCodes().first().code), loaded.catalog));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(screenText(html).contains(QStringLiteral("<script>alert(1)</script>")));
    }
};

QTEST_MAIN(TestPageRendering)
#include "tst_pagerendering.moc"
