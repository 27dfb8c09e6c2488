// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "entrypage.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

#include "testcodes.h"

using namespace SmtpCodes;

// Enhanced status codes: their parsing, the catalog against the committed copy of the IANA
// registry, and the links between reply codes and enhanced codes.
class TestEnhancedCodes : public QObject
{
    Q_OBJECT

private:
    struct RegistryRecord
    {
        QString code;
        QString title; // <sample> of an enumerated code, <summary> of a class or subject
        QList<int> replyCodes;
        QList<int> rfcs; // the RFCs its reference names
    };

    static const Catalog &catalog() { return BuiltInCatalog::load().catalog; }

    // The records of one of the registry's three tables, by its id.
    static QList<RegistryRecord> registryTable(const QString &tableId)
    {
        QFile file(QStringLiteral(SMTPCODES_TEST_DATA "/iana-smtp-enhanced-status-codes.xml"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QList<RegistryRecord> records;
        QString table;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("registry"))
                table = xml.attributes().value(QStringLiteral("id")).toString();
            if (xml.name() != QLatin1String("record") || table != tableId)
                continue;
            RegistryRecord record;
            while (xml.readNextStartElement()) {
                const QString name = xml.name().toString();
                if (name == QLatin1String("reference")) {
                    record.rfcs = referencedRfcs(xml);
                    continue;
                }
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (name == QLatin1String("code"))
                    record.code = text.trimmed();
                else if (name == QLatin1String("sample") || name == QLatin1String("summary"))
                    record.title = text.simplified();
                else if (name == QLatin1String("basic_code"))
                    record.replyCodes = replyCodesIn(text);
            }
            records << record;
        }
        return xml.hasError() ? QList<RegistryRecord>{} : records;
    }

    // The RFCs of the <reference> element the reader is in, which it reads to its end.
    static QList<int> referencedRfcs(QXmlStreamReader &xml)
    {
        QList<int> rfcs;
        while (xml.readNext() != QXmlStreamReader::Invalid &&
               !(xml.isEndElement() && xml.name() == QLatin1String("reference"))) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.isStartElement() && xml.name() == QLatin1String("xref") &&
                attributes.value(QStringLiteral("type")) == QLatin1String("rfc"))
                rfcs << attributes.value(QStringLiteral("data")).mid(3).toInt();
        }
        return rfcs;
    }

    // Whether every RFC the registry names for a row is among the references the catalog cites.
    static bool citesRegistryRfcs(const QList<RfcReference> &cited, const QList<int> &registry)
    {
        return std::all_of(registry.begin(), registry.end(), [&cited](int rfc) {
            return std::any_of(cited.begin(), cited.end(), [rfc](const RfcReference &reference) {
                return reference.rfc == rfc;
            });
        });
    }

    // "451, 550", "250 or 251", "451/550" → the reply codes; "Any", "Not given", "5XX" → none.
    static QList<int> replyCodesIn(const QString &text)
    {
        static const QRegularExpression code(QStringLiteral("\\b[2-5][0-9][0-9]\\b"));
        QList<int> codes;
        for (auto it = code.globalMatch(text); it.hasNext();)
            codes << it.next().captured().toInt();
        return codes;
    }

    // Every link of a page, with where it is.
    static QList<std::pair<QString, QUrl>> links(const CodeId &code)
    {
        QList<std::pair<QString, QUrl>> found;
        const EntryPage page = EntryPages::entry(code, catalog());
        for (const PageSection &section : page.sections) {
            for (const PageItem &item : section.items) {
                if (!item.link.isEmpty())
                    found << std::make_pair(
                        code.toString() + QStringLiteral(" / ") + section.heading(), item.link);
            }
        }
        return found;
    }

private slots:
    void parsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("wholeCode"); // empty: none
        QTest::addColumn<QString>("foundCode");
        const auto row = [](const char *name, const QString &text, const char *whole,
                            const char *found) {
            QTest::newRow(name) << text << QString::fromLatin1(whole) << QString::fromLatin1(found);
        };
        row("code", QStringLiteral("5.7.8"), "5.7.8", "5.7.8");
        row("registry form", QStringLiteral("X.7.8"), "X.7.8", "");
        row("registry form, lower case", QStringLiteral(" x.7.8 "), "X.7.8", "");
        row("three-digit detail", QStringLiteral("5.7.606"), "5.7.606", "5.7.606");
        row("class 9", QStringLiteral("9.9.9"), "", "");
        row("class 3", QStringLiteral("3.1.1"), "", "");
        row("four parts", QStringLiteral("5.7.8.1"), "", "");
        row("leading zero", QStringLiteral("5.07.8"), "", "");
        row("leading zero in detail", QStringLiteral("5.7.08"), "", "");
        row("subject 8", QStringLiteral("5.8.1"), "", "");
        row("four-digit detail", QStringLiteral("5.7.1000"), "", "");
        row("reply code", QStringLiteral("550"), "", "");
        row("empty", QString(), "", "");
        row("reply line", QStringLiteral("550 5.1.1 <bob@example.org>: User unknown"), "", "5.1.1");
        row("continuation line", QStringLiteral("550-5.7.26 This mail has been blocked"), "",
            "5.7.26");
        row("qmail", QStringLiteral("Sorry, no mailbox here by that name. (#5.1.1)"), "", "5.1.1");
        row("sendmail", QStringLiteral("dsn=5.1.1, stat=User unknown"), "", "5.1.1");
        row("end of a sentence", QStringLiteral("The status was 4.4.7."), "", "4.4.7");
        row("address", QStringLiteral("host 192.0.2.1 said"), "", "");
        row("version", QStringLiteral("Postfix 3.7.11 on Debian"), "", "");
        row("inside an address", QStringLiteral("10.5.1.1"), "", "");
        row("code run into a number", QStringLiteral("5.1.1.2 and then"), "", "");
        row("after a version", QStringLiteral("Exim 4.96: 550 5.7.1 denied"), "", "5.7.1");
    }

    void parsing()
    {
        QFETCH(QString, text);
        QFETCH(QString, wholeCode);
        QFETCH(QString, foundCode);
        const std::optional<EnhancedCode> whole = EnhancedCodeParsing::wholeCode(text);
        QCOMPARE(whole ? whole->toString() : QString(), wholeCode);
        const std::optional<EnhancedCode> found = EnhancedCodeParsing::findIn(text);
        QCOMPARE(found ? found->toString() : QString(), foundCode);
    }

    void findIn_tellsWhereTheCodeIs()
    {
        qsizetype position = -1;
        qsizetype length = -1;
        QVERIFY(EnhancedCodeParsing::findIn(u"550 5.7.606 Access denied", 0, &position, &length));
        QCOMPARE(position, 4);
        QCOMPARE(length, 7);
    }

    void catalog_holdsTheWholeRegistry()
    {
        const QList<RegistryRecord> records =
            registryTable(QStringLiteral("smtp-enhanced-status-codes-3"));
        QVERIFY(records.size() > 70);
        QCOMPARE(catalog().enhancedCodes().size(), records.size());
        // A few rows cite only a draft; the rest must be read with their RFCs, or the check below
        // would pass with nothing to compare.
        QVERIFY(std::count_if(records.begin(), records.end(), [](const RegistryRecord &record) {
                    return !record.rfcs.isEmpty();
                }) > records.size() - 5);
        for (const RegistryRecord &record : records) {
            const std::optional<EnhancedCode> code = EnhancedCodeParsing::wholeCode(record.code);
            QVERIFY2(code, qPrintable(record.code));
            const EnhancedEntry *entry = catalog().findEnhanced(*code);
            QVERIFY2(entry, qPrintable(record.code + QStringLiteral(" is missing")));
            QCOMPARE(entry->name, record.title);
            QCOMPARE(entry->replyCodes, record.replyCodes);
            // The registry gives a deprecated entry no title.
            QCOMPARE(entry->deprecated, record.title.isEmpty());
            QVERIFY2(citesRegistryRfcs(entry->rfcs, record.rfcs), qPrintable(record.code));
            for (int replyCode : entry->replyCodes)
                QVERIFY2(entry->classes.contains(replyCode / 100), qPrintable(record.code));
        }
        QVERIFY(catalog().enhancedRegistry().lastUpdated.startsWith(QStringLiteral("20")));
    }

    void catalog_holdsTheClassAndSubjectTables()
    {
        const QList<RegistryRecord> classes =
            registryTable(QStringLiteral("smtp-enhanced-status-codes-1"));
        QCOMPARE(classes.size(), 3);
        for (const RegistryRecord &record : classes) {
            const EnhancedClassInfo *info = catalog().enhancedClass(record.code.left(1).toInt());
            QVERIFY2(info, qPrintable(record.code));
            QCOMPARE(info->name, record.title);
            QVERIFY2(citesRegistryRfcs(info->rfcs, record.rfcs), qPrintable(record.code));
        }
        const QList<RegistryRecord> subjects =
            registryTable(QStringLiteral("smtp-enhanced-status-codes-2"));
        QCOMPARE(subjects.size(), 8);
        for (const RegistryRecord &record : subjects) {
            const EnhancedSubjectInfo *info =
                catalog().enhancedSubject(record.code.mid(2, 1).toInt());
            QVERIFY2(info, qPrintable(record.code));
            QCOMPARE(info->name, record.title);
            QVERIFY2(citesRegistryRfcs(info->rfcs, record.rfcs), qPrintable(record.code));
        }
    }

    // Any well-formed code with a subject from 0 to 7 can be shown, registered or not.
    void unregisteredCodes_areExplainedNotInvented()
    {
        for (const char *text : {"5.7.606", "4.4.947", "2.0.99", "5.3.999"}) {
            const CodeId code = enhanced(text);
            QVERIFY2(catalog().contains(code), text);
            const EntryPage page = EntryPages::entry(code, catalog());
            QCOMPARE(page.title, QLatin1String(text));
            QCOMPARE(page.sections.first().id, Section::NotInRegistry);
            for (const PageSection &section : page.sections)
                QVERIFY2(section.id != Section::Description && section.id != Section::HowToFix,
                         text);
        }
        QVERIFY(!catalog().contains(enhanced("X.7.99")));
    }

    // 535 → 5.7.8 and 5.7.8 → 535, and every link of every page leads to an entry.
    void links_resolveInBothDirections()
    {
        QCOMPARE(links(reply(535))
                     .count({reply(535).toString() + QStringLiteral(" / ") +
                                 sectionTitle(Section::EnhancedCodes),
                             EntryPages::codeLink(enhanced("5.7.8"))}),
                 1);
        QCOMPARE(links(enhanced("5.7.8"))
                     .count({enhanced("5.7.8").toString() + QStringLiteral(" / ") +
                                 sectionTitle(Section::ReplyCodes),
                             EntryPages::codeLink(reply(535))}),
                 1);

        QList<CodeId> codes;
        for (const ReplyCode &code : catalog().replyCodes()) {
            codes << reply(code.code);
            // Every typical enhanced code of a reply is a link.
            const QList<std::pair<QString, QUrl>> found = links(reply(code.code));
            for (const EnhancedCode &enhancedCode : code.enhancedCodes) {
                const QUrl link = EntryPages::codeLink(CodeId::enhanced(enhancedCode));
                QVERIFY2(
                    std::any_of(found.begin(), found.end(),
                                [&](const auto &pair) { return pair.second == link; }),
                    qPrintable(code.codeText() + QStringLiteral(" → ") + enhancedCode.toString()));
            }
        }
        for (const EnhancedEntry &entry : catalog().enhancedCodes()) {
            for (int codeClass : entry.classes) {
                const CodeId code = CodeId::enhanced(entry.code.inClass(codeClass));
                codes << code;
                // Every associated reply code in the catalog is a link back.
                const QList<std::pair<QString, QUrl>> found = links(code);
                for (int replyCode : entry.replyCodesInClass(codeClass)) {
                    if (!catalog().findReply(replyCode))
                        continue;
                    const QUrl link = EntryPages::codeLink(reply(replyCode));
                    QVERIFY2(std::any_of(found.begin(), found.end(),
                                         [&](const auto &pair) { return pair.second == link; }),
                             qPrintable(code.toString() + QStringLiteral(" → ") +
                                        QString::number(replyCode)));
                }
            }
        }
        for (const CodeId &code : std::as_const(codes)) {
            for (const auto &[where, link] : links(code)) {
                if (link.scheme() == QLatin1String("https"))
                    continue;
                const std::optional<CodeId> target = EntryPages::codeOfLink(link);
                QVERIFY2(target && catalog().contains(*target),
                         qPrintable(where + QStringLiteral(": ") + link.toString()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEnhancedCodes)
#include "tst_enhancedcodes.moc"
