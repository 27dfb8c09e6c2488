// SPDX-License-Identifier: MIT
// Checks the .ts catalogs themselves: complete, nothing stale, placeholders and accelerators kept,
// and every string of the code present (found by running lupdate on the sources).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per numerus form
};

QList<Message> readCatalog(const QString &path, QString *language = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") && language)
            *language = xml.attributes().value(QStringLiteral("language")).toString();
        else if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            message = Message{context, {}, {}, {}, {}};
        else if (name == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            message.comment = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            // Either text, or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations << xml.readElementText();
            }
            if (message.translations.isEmpty())
                message.translations << text;
            messages << message;
        }
    }
    return xml.hasError() ? QList<Message>{} : messages;
}

QSet<QString> placeholders(const QString &text)
{
    // %1, %L1 (number in the locale's digits), %n and %Ln.
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[1-9]|n)"));
    QSet<QString> found;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

int accelerators(const QString &text)
{
    QString withoutEscapes = text;
    withoutEscapes.remove(QStringLiteral("&&"));
    static const QRegularExpression accelerator(QStringLiteral("&(?![a-z]+;|#)"));
    return static_cast<int>(withoutEscapes.count(accelerator));
}

QString key(const Message &message)
{
    return message.context + QLatin1Char('|') + message.source + QLatin1Char('|') + message.comment;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    const QDir m_directory{QStringLiteral(SMTPCODES_SOURCE_DIR "/translations")};

    QStringList catalogs() const
    {
        return m_directory.entryList({QStringLiteral("smtp-codes_*.ts")}, QDir::Files, QDir::Name);
    }

private slots:
    void everyPromisedLanguageHasACatalog()
    {
        QStringList languages;
        for (const QString &file : catalogs())
            languages << file.mid(11).chopped(3);
        QCOMPARE(languages,
                 (QStringList{QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("es"),
                              QStringLiteral("fr"), QStringLiteral("ja"), QStringLiteral("ko"),
                              QStringLiteral("pt_BR"), QStringLiteral("ru"), QStringLiteral("vi"),
                              QStringLiteral("zh_CN")}));
    }

    void catalogs_areCompleteAndKeepPlaceholders_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : catalogs())
            QTest::newRow(qPrintable(file)) << m_directory.filePath(file);
    }

    void catalogs_areCompleteAndKeepPlaceholders()
    {
        QFETCH(QString, file);
        QString language;
        const QList<Message> messages = readCatalog(file, &language);
        QVERIFY2(!messages.isEmpty(), "unreadable or empty catalog");
        for (const Message &message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            QVERIFY2(message.type.isEmpty(),
                     qPrintable(message.type + QStringLiteral(" — ") + where));
            for (const QString &translation : message.translations) {
                QVERIFY2(!translation.trimmed().isEmpty(),
                         qPrintable(QStringLiteral("empty — ") + where));
                QVERIFY2(placeholders(translation) == placeholders(message.source),
                         qPrintable(QStringLiteral("placeholders differ — ") + where +
                                    QStringLiteral(" → ") + translation));
                QVERIFY2(accelerators(translation) == qMin(1, accelerators(message.source)),
                         qPrintable(QStringLiteral("accelerator — ") + where +
                                    QStringLiteral(" → ") + translation));
            }
            if (message.source == QLatin1String("QT_LAYOUT_DIRECTION"))
                QCOMPARE(message.translations.first(), language == QLatin1String("ar")
                                                           ? QStringLiteral("RTL")
                                                           : QStringLiteral("LTR"));
        }
    }

    void everyStringOfTheCode_isInEveryCatalog()
    {
        QTemporaryDir directory;
        const QString extracted = directory.filePath(QStringLiteral("extracted.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(SMTPCODES_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral(SMTPCODES_SOURCE_DIR "/src"),
                       QStringLiteral(SMTPCODES_SOURCE_DIR "/ui"), QStringLiteral("-ts"),
                       extracted});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> inCode;
        for (const Message &message : readCatalog(extracted))
            inCode.insert(key(message));
        QVERIFY(inCode.size() > 100);

        for (const QString &file : catalogs()) {
            QSet<QString> inCatalog;
            for (const Message &message : readCatalog(m_directory.filePath(file)))
                inCatalog.insert(key(message));
            const QSet<QString> missing = inCode - inCatalog;
            QVERIFY2(missing.isEmpty(),
                     qPrintable(file + QStringLiteral(" lacks: ") +
                                QStringList(missing.values()).join(QStringLiteral("; "))));
            const QSet<QString> stale = inCatalog - inCode;
            QVERIFY2(stale.isEmpty(),
                     qPrintable(file + QStringLiteral(" has strings the code no longer uses: ") +
                                QStringList(stale.values()).join(QStringLiteral("; "))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
