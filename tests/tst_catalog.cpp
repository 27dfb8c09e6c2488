// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "catalogloader.h"
#include "catalogstream.h"
#include "textchecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "testcodes.h"

using namespace SmtpCodes;

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    // A minimal valid entry, changed field by field by the rejection tests.
    static QJsonObject validEntry(int code)
    {
        return QJsonObject{
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), QStringLiteral("Test Code")},
            {QStringLiteral("summary"),
             QString(QString::number(code) + QStringLiteral(" is a test."))},
            {QStringLiteral("description"), QStringLiteral("A description.")},
            {QStringLiteral("seenWhen"), QStringLiteral("a test runs.")},
            {QStringLiteral("howToFix"), QStringLiteral("Nothing to fix.")},
            {QStringLiteral("rfcs"),
             QJsonArray{QJsonObject{{QStringLiteral("rfc"), 5321},
                                    {QStringLiteral("section"), QStringLiteral("4.2.3")},
                                    {QStringLiteral("defines"), true}}}},
            {QStringLiteral("commands"), QJsonArray{QStringLiteral("NOOP")}},
            {QStringLiteral("enhancedCodes"), QJsonArray{}},
            {QStringLiteral("related"), QJsonArray{}},
            {QStringLiteral("example"),
             QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("client")},
                                    {QStringLiteral("text"), QStringLiteral("NOOP")}},
                        QJsonObject{{QStringLiteral("from"), QStringLiteral("server")},
                                    {QStringLiteral("text"), QString::number(code)}}}},
        };
    }

    static QByteArray catalogJson(const QJsonArray &entries)
    {
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("codes"), entries}})
            .toJson();
    }

    static const Catalog &builtIn() { return BuiltInCatalog::load().catalog; }

    // The JSON the build compiles into the application.
    static CatalogLoadResult sourceCatalog()
    {
        const QString data = QStringLiteral(SMTPCODES_SOURCE_DIR "/resources/data/");
        return CatalogLoader::fromFile(data + QStringLiteral("codes.json"),
                                       data + QStringLiteral("enhanced.json"),
                                       data + QStringLiteral("reasons.json"));
    }

    // Every field of every entry and rule, one line each: what a stream must keep.
    static QStringList fieldsOf(const Catalog &catalog)
    {
        QStringList lines;
        const auto rfcs = [](const QList<RfcReference> &references) {
            QStringList texts;
            for (const RfcReference &reference : references)
                texts << reference.label() +
                             (reference.defines ? QStringLiteral(" defines") : QString());
            return texts.join(QLatin1Char('|'));
        };
        const auto codes = [](const QList<EnhancedCode> &enhanced) {
            QStringList texts;
            for (const EnhancedCode &code : enhanced)
                texts << code.toString();
            return texts.join(QLatin1Char('|'));
        };
        const auto numbers = [](const QList<int> &list) {
            QStringList texts;
            for (int number : list)
                texts << QString::number(number);
            return texts.join(QLatin1Char('|'));
        };
        for (const ReplyCode &code : catalog.replyCodes()) {
            QStringList example;
            for (const ExchangeLine &line : code.example)
                example << QString::number(int(line.sender)) + line.text;
            lines << QStringList{QString::number(code.code),
                                 code.name,
                                 QString::number(code.standard),
                                 code.origin,
                                 code.summary,
                                 code.description,
                                 code.seenWhen,
                                 code.howToFix,
                                 rfcs(code.rfcs),
                                 code.commands.join(QLatin1Char('|')),
                                 codes(code.enhancedCodes),
                                 numbers(code.related),
                                 example.join(QLatin1Char('|')),
                                 code.notes.join(QLatin1Char('|'))}
                         .join(QLatin1Char('/'));
        }
        const EnhancedRegistry &registry = catalog.enhancedRegistry();
        lines << registry.lastUpdated;
        for (const EnhancedClassInfo &info : registry.classes) {
            lines << QStringList{QString::number(info.codeClass), info.name, info.description,
                                 rfcs(info.rfcs)}
                         .join(QLatin1Char('/'));
        }
        for (const EnhancedSubjectInfo &info : registry.subjects) {
            lines << QStringList{QString::number(info.subject), info.name, info.description,
                                 rfcs(info.rfcs)}
                         .join(QLatin1Char('/'));
        }
        for (const EnhancedEntry &entry : registry.codes) {
            lines << QStringList{entry.code.toString(),
                                 entry.name,
                                 QString::number(entry.deprecated),
                                 numbers(entry.replyCodes),
                                 numbers(entry.classes),
                                 entry.summary,
                                 entry.description,
                                 entry.seenWhen,
                                 entry.howToFix,
                                 rfcs(entry.rfcs),
                                 codes(entry.related),
                                 entry.example}
                         .join(QLatin1Char('/'));
        }
        const ReasonRules &rules = catalog.reasonRules();
        for (const ReasonInfo &reason : rules.reasons) {
            lines << QStringList{reason.id, reason.title, reason.verdict, reason.whatToDo}.join(
                QLatin1Char('/'));
        }
        for (const ReasonPhrases &phrases : rules.phrases) {
            lines << phrases.reason + QString::number(phrases.overridesCodes) +
                         phrases.words.join(QLatin1Char('|'));
        }
        QStringList hashed;
        for (auto it = rules.specificCodes.cbegin(); it != rules.specificCodes.cend(); ++it)
            hashed << QStringLiteral("specific ") + it.key().toString() + it.value();
        for (auto it = rules.replyFallbacks.cbegin(); it != rules.replyFallbacks.cend(); ++it)
            hashed << QStringLiteral("reply ") + QString::number(it.key()) + it.value();
        for (auto it = rules.enhancedFallbacks.cbegin(); it != rules.enhancedFallbacks.cend(); ++it)
            hashed << QStringLiteral("enhanced ") + it.key().toString() + it.value();
        hashed.sort();
        return lines + hashed;
    }

private slots:
    void builtInCatalog_loadsWithoutError()
    {
        const CatalogLoadResult &result = BuiltInCatalog::load();
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(result.catalog.size() >= 38);
    }

    // The build compiled the JSON of this tree, not an older copy.
    void builtInCatalog_isTheSourceJson()
    {
        const CatalogLoadResult source = sourceCatalog();
        QVERIFY2(source.ok(), qPrintable(source.error()));
        QCOMPARE(fieldsOf(builtIn()), fieldsOf(source.catalog));
    }

    void catalogStream_keepsEveryField()
    {
        const CatalogLoadResult source = sourceCatalog();
        QVERIFY2(source.ok(), qPrintable(source.error()));
        const QByteArray written = CatalogStream::write(source.catalog);
        const std::optional<Catalog> read = CatalogStream::read(written);
        QVERIFY(read);
        QCOMPARE(fieldsOf(*read), fieldsOf(source.catalog));
        // Hashes go out sorted: one catalog, one form.
        QCOMPARE(CatalogStream::write(*read), written);
    }

    void catalogStream_rejectsDamagedData_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray written = CatalogStream::write(builtIn());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("another format") << QByteArray("{\"codes\": []}");
        QTest::newRow("cut short") << written.left(written.size() / 2);
        QTest::newRow("cut at the last byte") << written.chopped(1);
        QTest::newRow("trailing bytes") << written + QByteArray(1, '\0');
        QByteArray otherVersion = written;
        otherVersion[4] = char(otherVersion.at(4) + 1);
        QTest::newRow("another version") << otherVersion;
    }

    void catalogStream_rejectsDamagedData()
    {
        QFETCH(QByteArray, data);
        QVERIFY(!CatalogStream::read(data));
    }

    void builtInCatalog_hasEveryRfcCode_data()
    {
        QTest::addColumn<int>("code");
        // RFC 5321, RFC 4954 (AUTH), RFC 7504, RFC 1985 (ETRN), RFC 2645 (ATRN).
        const int codes[] = {211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455,
                             500, 501, 502, 503, 504, 550, 551, 552, 553, 554, 555, 235, 334,
                             432, 454, 530, 534, 535, 538, 521, 556, 253, 458, 459, 453};
        for (int code : codes)
            QTest::addRow("%d", code) << code;
    }

    void builtInCatalog_hasEveryRfcCode()
    {
        QFETCH(int, code);
        const ReplyCode *entry = builtIn().findReply(code);
        QVERIFY2(entry, "missing from the catalog");
        QVERIFY(entry->standard);
        QVERIFY(!entry->rfcs.isEmpty());
    }

    void builtInCatalog_textIsWellFormed()
    {
        for (const ReplyCode &code : builtIn().replyCodes()) {
            const QStringList paragraphs{code.summary, code.description, code.whenYouSeeIt(),
                                         code.howToFix, code.origin};
            for (const QString &text : paragraphs + code.notes) {
                if (text.isEmpty())
                    continue;
                const QString where = code.codeText() + QStringLiteral(": ") + text.left(40);
                QVERIFY2(TextChecks::doubledWord(text).isEmpty(),
                         qPrintable(where + QStringLiteral(" doubled: ") +
                                    TextChecks::doubledWord(text)));
                QVERIFY2(TextChecks::sentenceFault(text).isEmpty(),
                         qPrintable(where + QStringLiteral(" ") + TextChecks::sentenceFault(text)));
            }
            QVERIFY2(code.example.last().text.startsWith(code.codeText()),
                     qPrintable(code.codeText() + QStringLiteral(": example must end with it")));
            QVERIFY2(code.standard == code.origin.isEmpty(), qPrintable(code.codeText()));
        }
    }

    // Every text of the catalog, with where it stands: reply codes, enhanced codes, reasons.
    static QList<std::pair<QString, QString>> allTexts()
    {
        QList<std::pair<QString, QString>> texts;
        for (const ReplyCode &code : builtIn().replyCodes()) {
            for (const QString &text :
                 QStringList{code.summary, code.description, code.whenYouSeeIt(), code.howToFix,
                             code.origin} +
                     code.notes)
                texts << std::make_pair(code.codeText(), text);
        }
        for (const EnhancedEntry &entry : builtIn().enhancedCodes()) {
            for (const QString &text :
                 {entry.summary, entry.description, entry.whenYouSeeIt(), entry.howToFix})
                texts << std::make_pair(entry.code.toString(), text);
        }
        for (const ReasonInfo &reason : builtIn().reasonRules().reasons)
            texts << std::make_pair(reason.id,
                                    reason.verdict + QStringLiteral(". ") + reason.whatToDo);
        return texts;
    }

    // Text outside double quotes: quoted RFC and server wording keeps its own words.
    static QString unquoted(const QString &text)
    {
        static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
        return QString(text).remove(quoted);
    }

    // One voice: American spelling, and one term for each thing.
    void builtInCatalog_speaksWithOneVoice()
    {
        static const QRegularExpression british(
            QStringLiteral(
                "\\b(recognis\\w*|honour\\w*|behaviour\\w*|colour\\w*|cancelled|cancelling|"
                "organis\\w*|authoris\\w*|analys(e|ed|es|ing)\\b|centre|favour\\w*|"
                "catalogue|licence|initialis\\w*|prioritis\\w*|minimis\\w*|realis\\w*|"
                "customis\\w*|normalis\\w*|utilis\\w*|summaris\\w*)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression otherTerms(
            QStringLiteral(
                "\\b(TLS negotiation|negotiation of TLS|end of data|end-of-data|final dot)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        for (const auto &[where, text] : allTexts()) {
            const QString prose = unquoted(text);
            QVERIFY2(!british.match(prose).hasMatch(),
                     qPrintable(where + QStringLiteral(": ") + british.match(prose).captured()));
            QVERIFY2(!otherTerms.match(prose).hasMatch(),
                     qPrintable(where + QStringLiteral(": ") + otherTerms.match(prose).captured()));
        }
    }

    // An RFC named in an entry's text is in the entry's RFC list.
    void builtInCatalog_citesEveryRfcItNames()
    {
        static const QRegularExpression rfc(QStringLiteral("\\bRFC (\\d{3,4})\\b"));
        const auto check = [](const QString &where, const QStringList &texts,
                              const QList<RfcReference> &rfcs) {
            for (const QString &text : texts) {
                for (auto it = rfc.globalMatch(text); it.hasNext();) {
                    const int number = it.next().captured(1).toInt();
                    const bool listed =
                        std::any_of(rfcs.cbegin(), rfcs.cend(),
                                    [number](const RfcReference &r) { return r.rfc == number; });
                    QVERIFY2(listed, qPrintable(where + QStringLiteral(" names RFC ") +
                                                QString::number(number)));
                }
            }
        };
        for (const ReplyCode &code : builtIn().replyCodes())
            check(code.codeText(),
                  QStringList{code.summary, code.description, code.seenWhen, code.howToFix,
                              code.origin} +
                      code.notes,
                  code.rfcs);
        for (const EnhancedEntry &entry : builtIn().enhancedCodes())
            check(entry.code.toString(),
                  {entry.summary, entry.description, entry.seenWhen, entry.howToFix}, entry.rfcs);
    }

    void builtInCatalog_documentsSecondMeanings()
    {
        // 220 greets and also answers STARTTLS (RFC 3207); the text must say so.
        const ReplyCode *greeting = builtIn().findReply(220);
        QVERIFY(greeting);
        QVERIFY(greeting->commands.contains(QStringLiteral("STARTTLS")));
        QVERIFY(QString(greeting->description + greeting->notes.join(QLatin1Char(' ')))
                    .contains(QStringLiteral("TLS")));
        // 500 is also RFC 4954's reply to an over-long AUTH line.
        const ReplyCode *syntax = builtIn().findReply(500);
        QVERIFY(syntax);
        bool citesAuth = false;
        for (const RfcReference &reference : syntax->rfcs)
            citesAuth = citesAuth || reference.rfc == 4954;
        QVERIFY(citesAuth);
    }

    // Extensions that define no codes of their own reuse existing ones; each such use is noted
    // on the code it reuses, naming the extension and its RFC.
    void builtInCatalog_notesExtensionUses_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("rfc");
        QTest::newRow("SIZE") << QStringLiteral("SIZE") << QStringLiteral("RFC 1870");
        QTest::newRow("CHUNKING") << QStringLiteral("CHUNKING") << QStringLiteral("RFC 3030");
        QTest::newRow("SMTPUTF8") << QStringLiteral("SMTPUTF8") << QStringLiteral("RFC 6531");
        QTest::newRow("BURL") << QStringLiteral("BURL") << QStringLiteral("RFC 4468");
        QTest::newRow("DELIVERBY") << QStringLiteral("DELIVERBY") << QStringLiteral("RFC 2852");
    }

    void builtInCatalog_notesExtensionUses()
    {
        QFETCH(QString, extension);
        QFETCH(QString, rfc);
        bool noted = false;
        for (const ReplyCode &code : builtIn().replyCodes()) {
            for (const QString &note : code.notes)
                noted = noted || (note.contains(extension) && note.contains(rfc));
        }
        QVERIFY2(noted, qPrintable(extension + QStringLiteral(" is noted on no code")));
    }

    void replyClass_derivedFromFirstDigit_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<ReplyClass>("expected");
        QTest::newRow("211") << 211 << ReplyClass::PositiveCompletion;
        QTest::newRow("354") << 354 << ReplyClass::PositiveIntermediate;
        QTest::newRow("421") << 421 << ReplyClass::TransientNegative;
        QTest::newRow("599") << 599 << ReplyClass::PermanentNegative;
    }

    void replyClass_derivedFromFirstDigit()
    {
        QFETCH(int, code);
        QFETCH(ReplyClass, expected);
        QCOMPARE(replyClassOf(code), expected);
        QCOMPARE(replyClassDigits(expected), QString::number(code / 100) + QStringLiteral("xx"));
    }

    void catalog_findsByCodeAndSorts()
    {
        const CatalogLoadResult result =
            CatalogLoader::fromJson(catalogJson({validEntry(550), validEntry(250)}));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.catalog.replyCodes().first().code, 250);
        QVERIFY(result.catalog.findReply(550));
        QVERIFY(!result.catalog.findReply(551));
    }

    void loader_rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedMessage");

        QTest::newRow("broken JSON")
            << QByteArray("{\"codes\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("top level");
        QTest::newRow("no codes") << catalogJson({}) << QStringLiteral("no codes");

        QJsonObject missingName = validEntry(250);
        missingName.remove(QStringLiteral("name"));
        QTest::newRow("missing field")
            << catalogJson({missingName})
            << QStringLiteral("entry 1 (code 250): field \"name\" is missing");

        QTest::newRow("duplicate code")
            << catalogJson({validEntry(250), validEntry(250)})
            << QStringLiteral("entry 2: code 250 appears more than once");

        QJsonObject badNumber = validEntry(250);
        badNumber[QStringLiteral("code")] = 600;
        QTest::newRow("code out of range")
            << catalogJson({badNumber}) << QStringLiteral("field \"code\" must be a whole number");
        badNumber[QStringLiteral("code")] = QStringLiteral("abc");
        QTest::newRow("code not a number")
            << catalogJson({badNumber}) << QStringLiteral("entry 1: field \"code\" must be");
        badNumber[QStringLiteral("code")] = 250.5;
        QTest::newRow("code fractional")
            << catalogJson({badNumber})
            << QStringLiteral("entry 1: field \"code\" must be a whole number");
        badNumber[QStringLiteral("code")] = 1e12;
        QTest::newRow("code beyond int")
            << catalogJson({badNumber})
            << QStringLiteral("entry 1: field \"code\" must be a whole number");

        QJsonObject conjunction = validEntry(250);
        conjunction[QStringLiteral("seenWhen")] = QStringLiteral("when a test runs.");
        QTest::newRow("seenWhen doubles 'when'")
            << catalogJson({conjunction}) << QStringLiteral("field \"seenWhen\"");

        QJsonObject unfinished = validEntry(250);
        unfinished[QStringLiteral("description")] = QStringLiteral("Cut off mid-wo");
        QTest::newRow("no full stop")
            << catalogJson({unfinished})
            << QStringLiteral("field \"description\" must end with a full stop");

        QJsonObject wrongClass = validEntry(550);
        wrongClass[QStringLiteral("enhancedCodes")] = QJsonArray{QStringLiteral("4.7.1")};
        QTest::newRow("enhanced code of another class")
            << catalogJson({wrongClass}) << QStringLiteral("\"4.7.1\"");

        QJsonObject dangling = validEntry(250);
        dangling[QStringLiteral("related")] = QJsonArray{550};
        QTest::newRow("related code missing")
            << catalogJson({dangling}) << QStringLiteral("names 550, which is not in the catalog");

        QJsonObject nonStandard = validEntry(571);
        nonStandard[QStringLiteral("standard")] = false;
        QTest::newRow("non-standard without origin")
            << catalogJson({nonStandard}) << QStringLiteral("field \"origin\" is missing");

        QJsonObject badExample = validEntry(250);
        badExample[QStringLiteral("example")] =
            QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("robot")},
                                   {QStringLiteral("text"), QStringLiteral("x")}},
                       QJsonObject{{QStringLiteral("from"), QStringLiteral("server")},
                                   {QStringLiteral("text"), QStringLiteral("250")}}};
        QTest::newRow("bad example line")
            << catalogJson({badExample}) << QStringLiteral("field \"example\"");
    }

    void loader_rejectsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedMessage);
        const CatalogLoadResult result = CatalogLoader::fromJson(json);
        QVERIFY(!result.ok());
        QVERIFY(result.catalog.isEmpty());
        QVERIFY2(result.error().contains(expectedMessage), qPrintable(result.error()));
    }

    // A valid enhanced document with one code, changed field by field by the rejection test.
    static QJsonObject validEnhancedCode()
    {
        return QJsonObject{
            {QStringLiteral("code"), QStringLiteral("X.1.1")},
            {QStringLiteral("name"), QStringLiteral("Bad destination mailbox address")},
            {QStringLiteral("replyCodes"), QJsonArray{550}},
            {QStringLiteral("classes"), QJsonArray{5}},
            {QStringLiteral("summary"), QStringLiteral("X.1.1 is a test.")},
            {QStringLiteral("description"), QStringLiteral("A description.")},
            {QStringLiteral("seenWhen"), QStringLiteral("a test runs.")},
            {QStringLiteral("howToFix"), QStringLiteral("Nothing to fix.")},
            {QStringLiteral("rfcs"),
             QJsonArray{QJsonObject{{QStringLiteral("rfc"), 3463},
                                    {QStringLiteral("section"), QStringLiteral("3.2")}}}},
            {QStringLiteral("related"), QJsonArray{}},
            {QStringLiteral("example"), QStringLiteral("550 5.1.1 <bob@example.org>: unknown")},
        };
    }

    static QByteArray enhancedJson(const QJsonArray &codes)
    {
        const QJsonArray rfcs{QJsonObject{{QStringLiteral("rfc"), 3463},
                                          {QStringLiteral("section"), QStringLiteral("2")}}};
        QJsonArray classes;
        for (int codeClass : {2, 4, 5})
            classes.append(QJsonObject{{QStringLiteral("class"), codeClass},
                                       {QStringLiteral("name"), QStringLiteral("Class")},
                                       {QStringLiteral("description"), QStringLiteral("A class.")},
                                       {QStringLiteral("rfcs"), rfcs}});
        QJsonArray subjects;
        for (int subject = 0; subject <= 7; ++subject)
            subjects.append(
                QJsonObject{{QStringLiteral("subject"), subject},
                            {QStringLiteral("name"), QStringLiteral("Subject")},
                            {QStringLiteral("description"), QStringLiteral("A subject.")},
                            {QStringLiteral("rfcs"), rfcs}});
        return QJsonDocument(QJsonObject{{QStringLiteral("classes"), classes},
                                         {QStringLiteral("subjects"), subjects},
                                         {QStringLiteral("codes"), codes}})
            .toJson();
    }

    void enhancedLoader_rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedMessage");
        const auto changed = [](const char *field, const QJsonValue &value) {
            QJsonObject code = validEnhancedCode();
            code[QLatin1String(field)] = value;
            return enhancedJson({code});
        };
        QTest::newRow("class-specific code")
            << changed("code", QStringLiteral("5.1.1")) << QStringLiteral("field \"code\"");
        QTest::newRow("leading zero")
            << changed("code", QStringLiteral("X.01.1")) << QStringLiteral("field \"code\"");
        QTest::newRow("summary of another code")
            << changed("summary", QStringLiteral("X.1.2 is a test."))
            << QStringLiteral("field \"summary\"");
        QTest::newRow("class of a reply code missing")
            << changed("classes", QJsonArray{4}) << QStringLiteral("class of reply code 550");
        QTest::newRow("bad reply code")
            << changed("replyCodes", QJsonArray{999}) << QStringLiteral("field \"replyCodes\"");
        QTest::newRow("unknown related code")
            << changed("related", QJsonArray{QStringLiteral("X.1.99")})
            << QStringLiteral("names X.1.99");
        QTest::newRow("example in another class")
            << changed("example", QStringLiteral("450 4.1.1 <bob@example.org>: unknown"))
            << QStringLiteral("field \"example\"");
        QTest::newRow("example of another code")
            << changed("example", QStringLiteral("550 5.1.2 <bob@example.org>: unknown"))
            << QStringLiteral("field \"example\"");
        QTest::newRow("no name and not deprecated")
            << changed("name", QString()) << QStringLiteral("field \"name\"");
        QTest::newRow("twice") << enhancedJson({validEnhancedCode(), validEnhancedCode()})
                               << QStringLiteral("appears more than once");
        QTest::newRow("no codes") << enhancedJson({}) << QStringLiteral("\"codes\"");
    }

    void enhancedLoader_rejectsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedMessage);
        QVERIFY2(CatalogLoader::fromJson(catalogJson({validEntry(250)}),
                                         enhancedJson({validEnhancedCode()}))
                     .ok(),
                 "the valid document must load");
        const CatalogLoadResult result =
            CatalogLoader::fromJson(catalogJson({validEntry(250)}), json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(expectedMessage), qPrintable(result.error()));
    }

    void loader_reportsUnreadableFile()
    {
        const CatalogLoadResult result =
            CatalogLoader::fromFile(QStringLiteral("/nonexistent/x.json"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QStringLiteral("/nonexistent/x.json")));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
