// SPDX-License-Identifier: MIT
// 5,000 random clicks, keys, pastes, filter changes and resizes on the main window, from a fixed
// seed so any failure replays. Run in the sanitizer build as well (make sanitize).

#include "builtincatalog.h"
#include "detailpane.h"
#include "languages.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include "testcodes.h"

#include "testsettings.h"
#include "testwindow.h"

using namespace SmtpCodes;

// Receives link clicks so the test never launches a browser.
class UrlSink : public QObject
{
    Q_OBJECT

public:
    int opened = 0;

public slots:
    void open(const QUrl &) { ++opened; }
};

class TestMonkey : public QObject
{
    Q_OBJECT

private:
    static QString randomPaste(QRandomGenerator &random)
    {
        static const QStringList samples{
            QStringLiteral("535 5.7.8 Authentication credentials invalid"),
            QStringLiteral(
                "550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1"),
            QStringLiteral("<script>alert('x')</script>&amp;<b>"),
            QStringLiteral(u"بريد 421 ✉️ 中文 \u200F\u202E reversed"),
            QStringLiteral("%1 %n %% \\0 \t\n"),
            QStringLiteral("5.7.1"),
            QString(4000, QLatin1Char('9')),
            QString(),
        };
        if (random.bounded(4) == 0) {
            QString noise;
            for (int i = 0, n = random.bounded(60); i < n; ++i)
                noise += QChar(static_cast<char16_t>(random.bounded(0x20, 0x3000)));
            return noise;
        }
        return samples.at(random.bounded(samples.size()));
    }

    static int randomKey(QRandomGenerator &random, Qt::KeyboardModifiers *modifiers)
    {
        // No Alt+letter (menus that open modal dialogs) and no Ctrl+Q (quit).
        static const int plain[] = {
            Qt::Key_A,        Qt::Key_U,       Qt::Key_T,     Qt::Key_H,         Qt::Key_5,
            Qt::Key_3,        Qt::Key_4,       Qt::Key_Space, Qt::Key_Backspace, Qt::Key_Delete,
            Qt::Key_Tab,      Qt::Key_Backtab, Qt::Key_Up,    Qt::Key_Down,      Qt::Key_PageUp,
            Qt::Key_PageDown, Qt::Key_Home,    Qt::Key_End,   Qt::Key_Return,    Qt::Key_Escape,
            Qt::Key_Slash,    Qt::Key_Left,    Qt::Key_Right};
        static const std::pair<int, Qt::KeyboardModifiers> chords[] = {
            {Qt::Key_Left, Qt::AltModifier},  {Qt::Key_Right, Qt::AltModifier},
            {Qt::Key_D, Qt::ControlModifier}, {Qt::Key_C, Qt::ControlModifier},
            {Qt::Key_F, Qt::ControlModifier}, {Qt::Key_V, Qt::ControlModifier},
            {Qt::Key_1, Qt::ControlModifier}, {Qt::Key_2, Qt::ControlModifier},
            {Qt::Key_A, Qt::ControlModifier}};
        if (random.bounded(3) == 0) {
            const auto &chord = chords[random.bounded(int(std::size(chords)))];
            *modifiers = chord.second;
            return chord.first;
        }
        *modifiers = Qt::NoModifier;
        return plain[random.bounded(int(std::size(plain)))];
    }

private slots:
    void initTestCase() { useEmptyTestSettings("tst_monkey"); }

    void fiveThousandRandomActions_leaveTheWindowConsistent()
    {
        const Catalog &catalog = BuiltInCatalog::load().catalog;
        UrlSink sink;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &sink, "open");
        EnglishWindow fixture(catalog);
        LanguageSwitcher &language = fixture.language;
        MainWindow &window = fixture.window;
        window.restoreSession();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // A click may open a modal dialog (Open…, About); it runs its own event loop, so only a
        // timer can close it and let the clicks go on.
        int dialogsClosed = 0;
        QTimer modalCloser;
        connect(&modalCloser, &QTimer::timeout, [&dialogsClosed] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                modal->close();
                ++dialogsClosed;
            }
        });
        modalCloser.start(20);

        QRandomGenerator random(20261123);
        auto *countLabel = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        auto *list = window.findChild<QListView *>(QStringLiteral("codeList"));
        auto *detailPane = window.findChild<DetailPane *>(QStringLiteral("detailPane"));
        QVERIFY(countLabel && list && detailPane);
        const QStringList languages = Languages::available();

        for (int step = 0; step < 5000; ++step) {
            // A popup left open by a click would swallow every later event.
            while (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
            QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
            switch (random.bounded(7)) {
            case 0:
            case 1: {
                const QPoint point(random.bounded(window.width()), random.bounded(window.height()));
                QWidget *target = window.childAt(point);
                if (target && !qobject_cast<QMenuBar *>(target))
                    QTest::mouseClick(target, Qt::LeftButton,
                                      random.bounded(5) == 0 ? Qt::ControlModifier : Qt::NoModifier,
                                      target->mapFrom(&window, point));
                break;
            }
            case 2:
            case 3: {
                Qt::KeyboardModifiers modifiers;
                const int key = randomKey(random, &modifiers);
                QTest::keyClick(focus, static_cast<Qt::Key>(key), modifiers);
                break;
            }
            case 4:
                QApplication::clipboard()->setText(randomPaste(random));
                if (auto *edit = qobject_cast<QLineEdit *>(focus))
                    edit->paste();
                else
                    window.findChild<QLineEdit *>(QStringLiteral("searchField"))
                        ->setText(randomPaste(random));
                break;
            case 5: {
                auto *classFilter = window.findChild<QComboBox *>(QStringLiteral("classFilter"));
                classFilter->setCurrentIndex(random.bounded(classFilter->count()));
                break;
            }
            case 6:
                if (random.bounded(20) == 0)
                    language.apply(languages.at(random.bounded(languages.size())));
                else
                    window.resize(200 + random.bounded(1400), 150 + random.bounded(900));
                break;
            }
            QCoreApplication::processEvents();

            // What the pane shows is the code history stands at.
            const CodeId current = window.currentCode();
            QVERIFY2(catalog.contains(current), qPrintable(QString::number(step)));
            QVERIFY2(
                shownText(detailPane->browser()).startsWith(catalog.title(current)),
                qPrintable(QStringLiteral("step %1: %2").arg(step).arg(catalog.title(current))));
            QVERIFY2(window.isVisible(), qPrintable(QString::number(step)));
            const QString expectedCount =
                QCoreApplication::translate("SmtpCodes::CodeListPane", "%1 of %n codes",
                                            "shown of total", static_cast<int>(catalog.size()))
                    .arg(list->model()->rowCount());
            QVERIFY2(countLabel->text() == expectedCount,
                     qPrintable(QStringLiteral("step %1: %2").arg(step).arg(countLabel->text())));
        }
        qInfo("modal dialogs closed: %d", dialogsClosed);
        language.apply(QStringLiteral("en"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }
};

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
