// SPDX-License-Identifier: MIT
#include "settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

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
            settings.setLastCode(535);
            settings.setLastComparison(211, 535);
            settings.sync();
        }
        const Settings settings;
        QCOMPARE(settings.windowGeometry(), QByteArray("geometry"));
        QCOMPARE(settings.splitterState(), QByteArray("splitter"));
        QCOMPARE(settings.language(), QStringLiteral("en"));
        QCOMPARE(settings.lastCode(), 535);
        QCOMPARE(settings.lastComparison(), std::make_pair(211, 535));
    }

    // Start and exit store the same state again; that must not rewrite the file each time.
    void unchangedValues_doNotRewriteTheFile()
    {
        Settings settings;
        settings.setWindowGeometry(QByteArray("geometry\xff", 9));
        settings.setLanguage(QStringLiteral("de"));
        settings.setLastCode(535);
        settings.setLastComparison(211, 535);
        settings.sync();
        const QString fileName = QSettings().fileName();
        QVERIFY(QFile::remove(fileName));

        settings.setWindowGeometry(QByteArray("geometry\xff", 9));
        settings.setLanguage(QStringLiteral("de"));
        settings.setLastCode(535);
        settings.setLastComparison(211, 535);
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
        QCOMPARE(settings.lastCode(), 0);
        QCOMPARE(settings.lastComparison(), std::make_pair(0, 0));
        QCOMPARE(settings.language(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
