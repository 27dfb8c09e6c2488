// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "replycodeparsing.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SmtpCodes;

// The replies recorded from Postfix, Exim and OpenSMTPD (tests/realreplies/record.sh) against the
// catalog: every reply code they send is in it, and every enhanced code they send with a reply
// code is one the catalog lists for that reply code.
class TestRealReplies : public QObject
{
    Q_OBJECT

private:
    struct ReplyLine
    {
        QString where; // server and situation, for messages
        int code = 0;
        std::optional<EnhancedCode> enhanced;
    };

    static QList<ReplyLine> corpusLines()
    {
        QFile file(QStringLiteral(SMTPCODES_TEST_DATA "/real-replies.jsonl"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<ReplyLine> lines;
        while (!file.atEnd()) {
            const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
            const QString where = row.value(QStringLiteral("server")).toString() +
                                  QStringLiteral(": ") +
                                  row.value(QStringLiteral("situation")).toString();
            const QStringList replyLines = row.value(QStringLiteral("reply"))
                                               .toString()
                                               .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            for (const QString &line : replyLines) {
                const std::optional<int> code = ReplyCodeParsing::leadingCode(line);
                if (!code)
                    continue;
                // An enhanced code stands right after the reply code (RFC 2034 section 4).
                qsizetype position = -1;
                std::optional<EnhancedCode> enhanced =
                    EnhancedCodeParsing::findIn(line, 4, &position);
                if (position != 4)
                    enhanced.reset();
                lines << ReplyLine{where, *code, enhanced};
            }
        }
        return lines;
    }

private slots:
    void corpus_isThere()
    {
        const QList<ReplyLine> lines = corpusLines();
        QVERIFY(lines.size() > 250);
        QSet<QString> servers;
        for (const ReplyLine &line : lines)
            servers.insert(line.where.section(QLatin1Char(':'), 0, 0));
        QCOMPARE(servers, (QSet<QString>{QStringLiteral("postfix"), QStringLiteral("exim"),
                                         QStringLiteral("opensmtpd")}));
    }

    void everyReplyCode_isInTheCatalog()
    {
        const Catalog &catalog = BuiltInCatalog::load().catalog;
        for (const ReplyLine &line : corpusLines()) {
            const ReplyCode *code = catalog.findReply(line.code);
            QVERIFY2(code, qPrintable(QString::number(line.code) + QStringLiteral(" from ") +
                                      line.where));
            // A code no RFC defines is flagged and says where it comes from.
            QVERIFY(code->standard || !code->origin.isEmpty());
        }
    }

    void everyEnhancedCode_isListedForItsReplyCode()
    {
        const Catalog &catalog = BuiltInCatalog::load().catalog;
        for (const ReplyLine &line : corpusLines()) {
            const ReplyCode *code = catalog.findReply(line.code);
            if (!code || !line.enhanced)
                continue;
            QVERIFY2(code->enhancedCodes.contains(*line.enhanced),
                     qPrintable(QStringLiteral("%1 %2 from %3")
                                    .arg(line.code)
                                    .arg(line.enhanced->toString(), line.where)));
        }
    }

    // A code real servers send is registered, and registered for the class they send it in.
    void everyEnhancedCode_isRegisteredInItsClass()
    {
        const Catalog &catalog = BuiltInCatalog::load().catalog;
        for (const ReplyLine &line : corpusLines()) {
            if (!line.enhanced)
                continue;
            const EnhancedEntry *entry = catalog.findEnhanced(*line.enhanced);
            const QString where = line.enhanced->toString() + QStringLiteral(" from ") + line.where;
            QVERIFY2(entry, qPrintable(where));
            QVERIFY2(entry->classes.contains(line.enhanced->codeClass), qPrintable(where));
        }
    }
};

QTEST_GUILESS_MAIN(TestRealReplies)
#include "tst_realreplies.moc"
