// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "detailpane.h"
#include "languages.h"
#include "mainwindow.h"
#include "sections.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "testcodes.h"

#include "testsettings.h"
#include "testwindow.h"
#include <QTextBrowser>
#include <QTranslator>

using namespace SmtpCodes;

class TestLanguages : public QObject
{
    Q_OBJECT

private:
    const Catalog &m_catalog = BuiltInCatalog::load().catalog;

    // Every label a user reads around the data, in a fixed order.
    static QStringList visibleLabels(const MainWindow &window)
    {
        QStringList labels;
        for (const QMenu *menu : window.findChildren<QMenu *>())
            labels << menu->title();
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (!action->text().isEmpty() && !action->isSeparator() && !action->data().isValid())
                labels << action->text();
        }
        for (const char *name : {"classFilterLabel", "countLabel", "firstLabel", "secondLabel"})
            labels << window.findChild<QLabel *>(QLatin1String(name))->text();
        labels << window.findChild<QLineEdit *>(QStringLiteral("searchField"))->placeholderText();
        labels << window.findChild<QPushButton *>(QStringLiteral("swapButton"))->text();
        const auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
        for (int i = 0; i < tabs->count(); ++i)
            labels << tabs->tabText(i);
        const auto *classFilter = window.findChild<QComboBox *>(QStringLiteral("classFilter"));
        for (int i = 0; i < classFilter->count(); ++i)
            labels << classFilter->itemText(i);
        return labels;
    }

    static QString detailText(const MainWindow &window)
    {
        return window.findChild<DetailPane *>(QStringLiteral("detailPane"))
            ->browser()
            ->toPlainText();
    }

    // QApplication posts LanguageChange to the windows; let the event loop deliver it.
    static void switchTo(LanguageSwitcher &language, const QString &code)
    {
        QVERIFY(language.apply(code));
        QCoreApplication::processEvents();
    }

    static QProcessEnvironment cleanEnvironment(const QString &configHome)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"})
            environment.remove(QLatin1String(name));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        return environment;
    }

private slots:
    void initTestCase() { useEmptyTestSettings("tst_languages"); }

    void available_listsElevenLanguagesInTheirOwnNames()
    {
        const QStringList languages = Languages::available();
        QCOMPARE(languages.size(), 11);
        QCOMPARE(languages.first(), QStringLiteral("en"));
        QCOMPARE(Languages::nativeName(QStringLiteral("zh_CN")), QStringLiteral(u"中文（简体）"));
        QCOMPARE(Languages::nativeName(QStringLiteral("ru")), QStringLiteral(u"Русский"));
        QCOMPARE(Languages::nativeName(QStringLiteral("ar")), QStringLiteral(u"العربية"));
        QCOMPARE(Languages::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Languages::match(QStringLiteral("pt-br")), QStringLiteral("pt_BR"));
        QCOMPARE(Languages::match(QStringLiteral("tlh")), QString());
    }

    void switching_retranslatesTheWholeWindowLive()
    {
        EnglishWindow fixture(m_catalog);
        LanguageSwitcher &language = fixture.language;
        MainWindow &window = fixture.window;
        QCOMPARE(language.current(), QStringLiteral("en"));
        window.restoreSession();
        // The Compare view is made when first opened; its labels are among those checked.
        window.showComparison(reply(211), reply(535));
        window.showCode(reply(535));
        window.show();
        const QStringList english = visibleLabels(window);
        const QString englishDetail = detailText(window);
        const QString englishTooltip = window.findChild<QListView *>(QStringLiteral("codeList"))
                                           ->model()
                                           ->index(0, 0)
                                           .data(Qt::ToolTipRole)
                                           .toString();

        for (const QString &code : Languages::available().mid(1)) {
            switchTo(language, code);
            const QStringList translated = visibleLabels(window);
            QCOMPARE(translated.size(), english.size());
            int unchanged = 0;
            for (qsizetype i = 0; i < english.size(); ++i) {
                if (translated.at(i) == english.at(i))
                    ++unchanged;
            }
            // A few labels may legitimately read the same (German "Details"); most must change.
            QVERIFY2(unchanged <= 3,
                     qPrintable(code + QStringLiteral(": %1 labels unchanged").arg(unchanged)));
            QVERIFY2(!detailText(window).contains(QStringLiteral("When you see it")),
                     qPrintable(code));
            QVERIFY(detailText(window).contains(sectionTitle(Section::WhenYouSeeIt)));
            // The data stays English.
            QVERIFY(detailText(window).contains(m_catalog.findReply(535)->description));
            QVERIFY(window.findChild<QListView *>(QStringLiteral("codeList"))
                        ->model()
                        ->index(0, 0)
                        .data(Qt::ToolTipRole)
                        .toString() != englishTooltip);
        }
        switchTo(language, QStringLiteral("en"));
        QCOMPARE(visibleLabels(window), english);
        QCOMPARE(detailText(window), englishDetail);
    }

    void arabic_turnsTheLayoutRightToLeftAndBack()
    {
        EnglishWindow fixture(m_catalog);
        LanguageSwitcher &language = fixture.language;
        MainWindow &window = fixture.window;
        window.show();
        QVERIFY(!window.isRightToLeft());
        switchTo(language, QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(window.isRightToLeft());
        switchTo(language, QStringLiteral("de"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(!window.isRightToLeft());
    }

    // Back points where reading came from: left, or right in a right-to-left layout. The icons
    // are made when the Go menu opens.
    void backIcon_followsTheLayoutDirection()
    {
        EnglishWindow fixture(m_catalog);
        LanguageSwitcher &language = fixture.language;
        MainWindow &window = fixture.window;
        window.show();
        auto *goMenu = window.findChild<QMenu *>(QStringLiteral("goMenu"));
        auto *back = window.findChild<QAction *>(QStringLiteral("backAction"));
        const auto image = [&window](const QIcon &icon) {
            return icon.pixmap(16, window.devicePixelRatio()).toImage();
        };
        const QImage left = image(window.style()->standardIcon(QStyle::SP_ArrowLeft));
        const QImage right = image(window.style()->standardIcon(QStyle::SP_ArrowRight));
        QVERIFY(left != right);
        emit goMenu->aboutToShow();
        QCOMPARE(image(back->icon()), left);
        switchTo(language, QStringLiteral("ar"));
        emit goMenu->aboutToShow();
        QCOMPARE(image(back->icon()), right);
        switchTo(language, QStringLiteral("en"));
        emit goMenu->aboutToShow();
        QCOMPARE(image(back->icon()), left);
    }

    void languageMenu_choiceIsRemembered()
    {
        {
            EnglishWindow fixture(m_catalog);
            LanguageSwitcher &language = fixture.language;
            MainWindow &window = fixture.window;
            QAction *russian = nullptr;
            for (QAction *action :
                 window.findChild<QMenu *>(QStringLiteral("languageMenu"))->actions()) {
                if (action->data().toString() == QLatin1String("ru"))
                    russian = action;
            }
            QVERIFY(russian);
            QCOMPARE(russian->text(), QStringLiteral(u"Русский"));
            russian->trigger();
            QCOMPARE(language.current(), QStringLiteral("ru"));
            QVERIFY(russian->isChecked());
        }
        QCOMPARE(Settings().language(), QStringLiteral("ru"));
        QCOMPARE(Languages::startLanguage({}, Settings()), QStringLiteral("ru"));
        QCOMPARE(Languages::startLanguage(QStringLiteral("de"), Settings()), QStringLiteral("de"));
        LanguageSwitcher english;
        english.apply(QStringLiteral("en"));
    }

    void commandLine_printsTranslatedHeadingsAroundEnglishData()
    {
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral("smtp-codes_ru"), QStringLiteral(":/i18n")));
        const QString keyDifferences = russian.translate("Section", "Key differences");
        QVERIFY(!keyDifferences.isEmpty());

        QTemporaryDir home;
        QProcess process;
        process.setProcessEnvironment(cleanEnvironment(home.path()));
        process.start(QStringLiteral(SMTPCODES_EXECUTABLE),
                      {QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--print"),
                       QStringLiteral("211"), QStringLiteral("535")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(output.contains(keyDifferences));
        QVERIFY(!output.contains(QStringLiteral("Key differences")));
        QVERIFY(output.contains(m_catalog.findReply(535)->howToFix));
    }

    void firstStart_followsTheSystemLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("german") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
        QTest::newRow("brazilian") << QStringLiteral("pt_BR.UTF-8") << QStringLiteral("pt_BR");
        QTest::newRow("unsupported falls back")
            << QStringLiteral("sw_KE.UTF-8") << QStringLiteral("en");
    }

    void firstStart_followsTheSystemLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QTranslator translator;
        QString heading = QStringLiteral("How to fix");
        if (expected != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral("smtp-codes_") + expected,
                                    QStringLiteral(":/i18n")));
            heading = translator.translate("Section", "How to fix");
            QVERIFY(!heading.isEmpty() && heading != QLatin1String("How to fix"));
        }
        QTemporaryDir home;
        QProcessEnvironment environment = cleanEnvironment(home.path());
        environment.insert(QStringLiteral("LANG"), lang);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SMTPCODES_EXECUTABLE),
                      {QStringLiteral("--print"), QStringLiteral("535")});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(QString::fromUtf8(process.readAllStandardOutput())
                     .contains(QLatin1Char('\n') + heading + QLatin1Char('\n')),
                 qPrintable(heading));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
