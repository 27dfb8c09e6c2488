// SPDX-License-Identifier: MIT
#include "core/settings.h"

#include <QStandardPaths>
#include <QTest>

#include "testsettings.h"

using namespace SmtpCodes;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useEmptyTestSettings("tst_settings");
    }

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
