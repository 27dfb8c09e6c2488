// SPDX-License-Identifier: MIT
// `make bench`: prints a table of measured costs. Benchmarks, not tests: nothing here fails on
// a time. Start-up and memory are ratios against a bare Qt window measured in the same run,
// interleaved, median of several runs.

#include "builtincatalog.h"
#include "catalogloader.h"
#include "catalogstream.h"
#include "codefilterproxy.h"
#include "codelistmodel.h"
#include "comparison.h"
#include "entrypage.h"
#include "explainer.h"
#include "languages.h"
#include "mainwindow.h"
#include "pagehtml.h"
#include "settings.h"

#include "../testwindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace SmtpCodes;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Median milliseconds of `runs` calls.
double timeMs(int runs, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples << timer.nsecsElapsed() / 1e6;
    }
    return median(samples);
}

void row(const char *what, const QString &value, const QString &target = {})
{
    std::printf("| %-46s | %27s | %-20s |\n", what, qPrintable(value), qPrintable(target));
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 1 ? 4 : 2) + QStringLiteral(" ms");
}

// A catalog of `size` entries made by repeating the real ones; codes repeat, which filtering
// does not mind.
Catalog syntheticCatalog(const Catalog &real, int size)
{
    QList<ReplyCode> codes;
    codes.reserve(size);
    for (int i = 0; i < size; ++i) {
        ReplyCode code = real.replyCodes().at(i % real.replyCodes().size());
        code.name += QLatin1Char(' ') + QString::number(i);
        codes << code;
    }
    return Catalog(std::move(codes));
}

// Milliseconds per keystroke while typing `word` and deleting it again.
double keystrokeMs(const Catalog &catalog, const QString &word)
{
    CodeListModel model(catalog);
    CodeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QList<double> samples;
    for (int round = 0; round < 5; ++round) {
        for (qsizetype length = 1; length <= word.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            proxy.setSearchText(word.left(length));
            // The proxy filters lazily; a view asks for the rows right away, so do we.
            proxy.rowCount();
            samples << timer.nsecsElapsed() / 1e6;
        }
        proxy.setSearchText({});
    }
    return median(samples);
}

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

struct ProcessCost
{
    double milliseconds = 0;
    double peakKilobytes = 0;
};

// Wall time from start to exit and peak resident memory of one run, measured by the launcher.
ProcessCost runOnce(const QString &program, const QStringList &arguments)
{
    QProcess launcher;
    launcher.start(QStringLiteral(SMTPCODES_LAUNCHER), QStringList{program} + arguments);
    if (!launcher.waitForFinished(60000) || launcher.exitCode() != 0)
        return {};
    const QList<QByteArray> fields = launcher.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 2)
        return {};
    return {fields.at(0).toDouble(), fields.at(1).toDouble()};
}

// About `size` bytes made of the corpus files whose names end in `suffix`, repeated: the real log
// lines of Postfix, Exim, OpenSMTPD and sendmail, or their real bounces as one mbox file.
QByteArray corpusRepeated(const QString &suffix, qsizetype size)
{
    QList<QByteArray> files;
    QDirIterator it(QStringLiteral(SMTPCODES_BOUNCES "/generated"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.fileName().endsWith(suffix) && file.open(QIODevice::ReadOnly))
            files << file.readAll();
    }
    std::sort(files.begin(), files.end());
    QByteArray data;
    for (qsizetype i = 0; !files.isEmpty() && data.size() < size; ++i) {
        if (suffix == QLatin1String(".eml"))
            data += "From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n";
        // Each copy names other addresses, or the explainer would merge the repeated findings.
        data += QByteArray(files.at(i % files.size()))
                    .replace(QByteArray("@"), QByteArray("+" + QByteArray::number(i) + "@"));
        if (!data.endsWith('\n'))
            data += '\n';
    }
    return data;
}

// "Intel(R) Xeon(R) ..." from /proc/cpuinfo, so the README table names the machine it ran on.
QString cpuModel()
{
    QFile cpuInfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuInfo.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("unknown CPU");
    // readAll(), not atEnd(): /proc files report a size of 0.
    const QList<QByteArray> lines = cpuInfo.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QStringLiteral("unknown CPU");
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Codes Bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench"));

    const auto readResource = [](const char *path) {
        QFile resource{QString::fromLatin1(path)};
        return resource.open(QIODevice::ReadOnly) ? resource.readAll() : QByteArray();
    };
    const QByteArray replyJson = readResource(SMTPCODES_SOURCE_DIR "/resources/data/codes.json");
    const QByteArray enhancedJson =
        readResource(SMTPCODES_SOURCE_DIR "/resources/data/enhanced.json");
    const QByteArray reasonsJson =
        readResource(SMTPCODES_SOURCE_DIR "/resources/data/reasons.json");
    const QByteArray compiled = readResource(":/data/catalog.bin");
    const Catalog &catalog = BuiltInCatalog::load().catalog;

    std::printf("Machine: %s, %s, %s, %d cores; Qt %s\n\n",
                qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::currentCpuArchitecture()), qPrintable(cpuModel()),
                QThread::idealThreadCount(), qVersion());
    std::printf("| %-46s | %27s | %-20s |\n|%s|%s|%s|\n", "measure", "result", "target",
                QByteArray(48, '-').constData(), QByteArray(28, '-').append(':').constData(),
                QByteArray(22, '-').constData());

    row(qPrintable(QStringLiteral("catalog check from JSON, at build (%1)").arg(catalog.size())),
        ms(timeMs(51, [&] { CatalogLoader::fromJson(replyJson, enhancedJson, reasonsJson); })));
    row(qPrintable(QStringLiteral("catalog read, compiled, at start (%1)").arg(catalog.size())),
        ms(timeMs(51, [&] { CatalogStream::read(compiled); })));

    const QString word = QStringLiteral("authentication");
    row(qPrintable(QStringLiteral("filter per keystroke, real catalog (%1)").arg(catalog.size())),
        ms(keystrokeMs(catalog, word)), QStringLiteral("<= 1 ms"));
    row("filter per keystroke, pasting a reply line",
        ms(keystrokeMs(catalog, QStringLiteral("550 5.7.1 Relaying denied"))),
        QStringLiteral("<= 1 ms"));
    for (int size : {1000, 10000, 100000}) {
        const Catalog synthetic = syntheticCatalog(catalog, size);
        const double perKeystroke = keystrokeMs(synthetic, word);
        const QByteArray label = "filter per keystroke, " + QByteArray::number(size) + " entries";
        row(label.constData(),
            ms(perKeystroke) +
                QStringLiteral(" (%1 ns/entry)").arg(perKeystroke * 1e6 / size, 0, 'f', 1),
            size == 100000 ? QStringLiteral("<= 50 ms, linear") : QStringLiteral("linear"));
    }

    const qsizetype replyCount = catalog.replyCodes().size();
    row(qPrintable(QStringLiteral("comparison text, all %1 reply-code pairs")
                       .arg(replyCount * (replyCount - 1))),
        ms(timeMs(5, [&] {
            for (const ReplyCode &a : catalog.replyCodes())
                for (const ReplyCode &b : catalog.replyCodes())
                    if (a.code != b.code)
                        compareCodes(CodeId::reply(a.code), CodeId::reply(b.code), catalog);
        })));

    for (const auto &[suffix, what] :
         {std::pair{".log", "log lines"}, {".eml", "bounces (mbox)"}}) {
        const QByteArray input = corpusRepeated(QLatin1String(suffix), 1024 * 1024);
        qsizetype findings = 0;
        const double explainMs =
            timeMs(11, [&] { findings = Explainer::explain(input, catalog).findings.size(); });
        // The floor: the least any explainer does, decoding the bytes and splitting the lines.
        qsizetype lines = 0;
        const double floorMs =
            timeMs(11, [&] { lines = QString::fromUtf8(input).split(QLatin1Char('\n')).size(); });
        row(qPrintable(QStringLiteral("explain 1 MiB of %1: %2 lines, %3 findings")
                           .arg(QLatin1String(what))
                           .arg(lines)
                           .arg(findings)),
            ms(explainMs) + QStringLiteral(" (%1x floor)").arg(explainMs / floorMs, 0, 'f', 0),
            QStringLiteral("<= 200 ms"));
    }

    {
        EnglishWindow fixture(catalog);
        LanguageSwitcher &language = fixture.language;
        MainWindow &window = fixture.window;
        window.setPersistent(false);
        window.showCode(CodeId::reply(535));
        window.showComparison(CodeId::reply(211), CodeId::reply(535));
        window.showCode(CodeId::reply(535));
        window.resize(MainWindow::defaultSize);
        window.show();
        QCoreApplication::processEvents();
        bool german = false;
        const double switchMs = timeMs(21, [&] {
            language.apply(german ? QStringLiteral("en") : QStringLiteral("de"));
            german = !german;
            QCoreApplication::processEvents();
        });
        row("full-window language switch (en <-> de)", ms(switchMs), QStringLiteral("<= 50 ms"));
    }

    QTemporaryDir configHome; // a first start: no remembered window state
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
    // The code smtp-codes opens on; the second floor window shows its page too.
    const CodeId firstCode = CodeId::reply(535);
    const QStringList pageFiles{configHome.filePath(QStringLiteral("page.css")),
                                configHome.filePath(QStringLiteral("page.html"))};
    writeFile(pageFiles.at(0), PageHtml::styleSheet(QApplication::palette()));
    writeFile(pageFiles.at(1), PageHtml::entry(EntryPages::entry(firstCode, catalog)));
    QList<double> appMs, baseMs, pageMs, appKb, baseKb;
    QList<double> timeRatios, pageRatios, overPageRatios, memoryRatios;
    for (int run = 0; run < 41; ++run) {
        // Interleaved, so drift in the machine's load hits all three alike.
        const ProcessCost base = runOnce(QStringLiteral(SMTPCODES_BASELINE), {});
        const ProcessCost page = runOnce(QStringLiteral(SMTPCODES_BASELINE), pageFiles);
        const ProcessCost real =
            runOnce(QStringLiteral(SMTPCODES_STARTUP_PROBE),
                    {QStringLiteral("--lang"), QStringLiteral("en"), firstCode.toString()});
        if (run == 0)
            continue; // warm-up: page cache and font cache
        baseMs << base.milliseconds;
        pageMs << page.milliseconds;
        appMs << real.milliseconds;
        baseKb << base.peakKilobytes;
        appKb << real.peakKilobytes;
        // Ratios run by run: a run and the floor's next to it saw the same machine load.
        timeRatios << real.milliseconds / base.milliseconds;
        pageRatios << page.milliseconds / base.milliseconds;
        overPageRatios << real.milliseconds / page.milliseconds;
        memoryRatios << real.peakKilobytes / base.peakKilobytes;
    }
    row("start-up to painted window, bare Qt window", ms(median(baseMs)));
    row(qPrintable(
            QStringLiteral("start-up, bare window showing %1's page").arg(firstCode.toString())),
        ms(median(pageMs)), QStringLiteral("ratio %1").arg(median(pageRatios), 0, 'f', 2));
    row("start-up to painted window, smtp-codes", ms(median(appMs)),
        QStringLiteral("ratio %1 (<= 1.25)").arg(median(timeRatios), 0, 'f', 2));
    row("start-up, smtp-codes over the window with page", {},
        QStringLiteral("ratio %1").arg(median(overPageRatios), 0, 'f', 2));
    row("peak memory, bare Qt window",
        QStringLiteral("%1 MiB").arg(median(baseKb) / 1024, 0, 'f', 1));
    row("peak memory, smtp-codes", QStringLiteral("%1 MiB").arg(median(appKb) / 1024, 0, 'f', 1),
        QStringLiteral("ratio %1 (<= 1.25)").arg(median(memoryRatios), 0, 'f', 2));
    return 0;
}
