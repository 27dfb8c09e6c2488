// SPDX-License-Identifier: MIT
#include "settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include "testcodes.h"

#include "testsettings.h"

using namespace SmtpCodes;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useEmptyTestSettings("tst_settings"); }

    void init() { QSettings().clear(); }

    void values_roundTrip()
    {
        {
            Settings settings;
            settings.setWindowGeometry(QByteArray("geometry"));
            settings.setSplitterState(QByteArray("splitter"));
            settings.setLanguage(QStringLiteral("en"));
            settings.setLastCode(reply(535));
            settings.setLastComparison(reply(211), reply(535));
            settings.sync();
        }
        const Settings settings;
        QCOMPARE(settings.windowGeometry(), QByteArray("geometry"));
        QCOMPARE(settings.splitterState(), QByteArray("splitter"));
        QCOMPARE(settings.language(), QStringLiteral("en"));
        QCOMPARE(settings.lastCode(), reply(535));
        QVERIFY(settings.lastComparison() == std::make_pair(reply(211), reply(535)));
    }

    void enhancedCodes_roundTrip()
    {
        {
            Settings settings;
            settings.setLastCode(enhanced("5.7.8"));
            settings.setLastComparison(enhanced("5.1.1"), enhanced("X.7.1"));
            settings.sync();
        }
        const Settings settings;
        QCOMPARE(settings.lastCode(), enhanced("5.7.8"));
        QCOMPARE(settings.lastComparison().first, enhanced("5.1.1"));
        QCOMPARE(settings.lastComparison().second, enhanced("X.7.1"));
    }

    void comparisonOfTwoKinds_fallsBackToNone()
    {
        QSettings raw;
        raw.setValue(QStringLiteral("compare/first"), 550);
        raw.setValue(QStringLiteral("compare/second"), QStringLiteral("5.1.1"));
        raw.sync();
        QVERIFY(Settings().lastComparison() == std::make_pair(CodeId(), CodeId()));
    }

    // Start and exit store the same state again; that must not rewrite the file each time.
    void unchangedValues_doNotRewriteTheFile()
    {
        Settings settings;
        settings.setWindowGeometry(QByteArray("geometry\xff", 9));
        settings.setLanguage(QStringLiteral("de"));
        settings.setLastCode(reply(535));
        settings.setLastComparison(reply(211), reply(535));
        settings.sync();
        const QString fileName = QSettings().fileName();
        QVERIFY(QFile::remove(fileName));

        settings.setWindowGeometry(QByteArray("geometry\xff", 9));
        settings.setLanguage(QStringLiteral("de"));
        settings.setLastCode(reply(535));
        settings.setLastComparison(reply(211), reply(535));
        settings.sync();
        QVERIFY2(!QFile::exists(fileName), "unchanged values were written again");

        // Bytes that decode to the same text are still a change.
        settings.setWindowGeometry(QByteArray("geometry\xfe", 9));
        settings.sync();
        QVERIFY(QFile::exists(fileName));
        QCOMPARE(Settings().windowGeometry(), QByteArray("geometry\xfe", 9));
    }

    void nonsense_fallsBackToDefaults_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("text") << QVariant(QStringLiteral("abc"));
        QTest::newRow("out of range") << QVariant(999);
        QTest::newRow("negative") << QVariant(-250);
        QTest::newRow("list") << QVariant(QStringList{QStringLiteral("535")});
        QTest::newRow("bytes") << QVariant(QByteArray("\x01\x02", 2));
        QTest::newRow("enhanced code with a leading zero") << QVariant(QStringLiteral("5.07.8"));
        QTest::newRow("reply line") << QVariant(QStringLiteral("550 5.1.1 user unknown"));
    }

    void nonsense_fallsBackToDefaults()
    {
        QFETCH(QVariant, value);
        QSettings raw;
        for (const char *key : {"browse/lastCode", "compare/first", "interface/language"})
            raw.setValue(QLatin1String(key), value);
        raw.setValue(QStringLiteral("compare/second"), 535);
        raw.sync();
        const Settings settings;
        QCOMPARE(settings.lastCode(), CodeId());
        QVERIFY(settings.lastComparison() == std::make_pair(CodeId(), CodeId()));
        QCOMPARE(settings.language(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
