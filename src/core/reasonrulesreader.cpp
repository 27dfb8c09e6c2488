// SPDX-License-Identifier: MIT
#include "reasonrulesreader.h"

#include "jsonentryreader.h"

#include <QJsonDocument>
#include <QSet>

namespace SmtpCodes {

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    static ReasonRules read(const QByteArray &json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            throw LoadError{[parseError] {
                return tr("reasons: not valid JSON at offset %1: %2")
                    .arg(parseError.offset)
                    .arg(parseError.errorString());
            }};
        }
        const QJsonObject top = document.object();
        ReasonRules rules;
        QSet<QString> ids;
        const QJsonArray reasons = top.value(QStringLiteral("reasons")).toArray();
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            const EntryReader reader(reasons.at(i).toObject(),
                                     [i] { return tr("reason %1").arg(i + 1); });
            ReasonInfo info;
            info.id = reader.text(QStringLiteral("id"));
            info.title = reader.text(QStringLiteral("title"));
            info.verdict = reader.text(QStringLiteral("verdict"));
            info.whatToDo = reader.sentences(QStringLiteral("whatToDo"));
            if (ids.contains(info.id))
                reader.fail(QStringLiteral("id"), QT_TR_NOOP("must be unique"));
            ids.insert(info.id);
            rules.reasons << info;
        }
        if (!ids.contains(QStringLiteral("other")) || !ids.contains(QStringLiteral("expired")))
            throw LoadError{
                [] { return tr("reasons: \"other\" and \"expired\" must be defined"); }};

        const auto knownReason = [&ids](const EntryReader &reader) {
            const QString reason = reader.text(QStringLiteral("reason"));
            if (!ids.contains(reason))
                reader.fail(QStringLiteral("reason"), QT_TR_NOOP("names no defined reason"));
            return reason;
        };
        const auto codes = [](const EntryReader &reader, const QString &field) {
            QList<EnhancedCode> result;
            for (const QString &text : reader.texts(field, 0)) {
                const std::optional<EnhancedCode> code = EnhancedCodeParsing::wholeCode(text);
                if (!code)
                    reader.fail(field, QT_TR_NOOP("must hold enhanced status codes"));
                result << *code;
            }
            return result;
        };

        const QJsonArray phrases = top.value(QStringLiteral("phrases")).toArray();
        for (qsizetype i = 0; i < phrases.size(); ++i) {
            const EntryReader reader(phrases.at(i).toObject(),
                                     [i] { return tr("phrases %1").arg(i + 1); });
            ReasonPhrases entry;
            entry.reason = knownReason(reader);
            entry.overridesCodes = reader.boolean(QStringLiteral("overridesCodes"), false);
            entry.words = reader.texts(QStringLiteral("words"), 1);
            for (const QString &word : std::as_const(entry.words)) {
                if (word != word.toLower())
                    reader.fail(QStringLiteral("words"), QT_TR_NOOP("must be lower case"));
            }
            rules.phrases << entry;
        }

        const QJsonArray specific = top.value(QStringLiteral("enhancedCodes")).toArray();
        for (qsizetype i = 0; i < specific.size(); ++i) {
            const EntryReader reader(specific.at(i).toObject(),
                                     [i] { return tr("enhanced code rule %1").arg(i + 1); });
            const std::optional<EnhancedCode> code =
                EnhancedCodeParsing::wholeCode(reader.text(QStringLiteral("code")));
            if (!code)
                reader.fail(QStringLiteral("code"), QT_TR_NOOP("must be an enhanced status code"));
            rules.specificCodes.insert(*code, knownReason(reader));
        }

        const QJsonArray fallbacks = top.value(QStringLiteral("fallbacks")).toArray();
        for (qsizetype i = 0; i < fallbacks.size(); ++i) {
            const EntryReader reader(fallbacks.at(i).toObject(),
                                     [i] { return tr("fallback %1").arg(i + 1); });
            const QString reason = knownReason(reader);
            for (int code : reader.replyCodes(QStringLiteral("replyCodes"), 0))
                rules.replyFallbacks.insert(code, reason);
            for (const EnhancedCode &code : codes(reader, QStringLiteral("enhancedCodes")))
                rules.enhancedFallbacks.insert(code.generic(), reason);
        }
        return rules;
    }
};

} // namespace

ReasonRules ReasonRulesReader::read(const QByteArray &json)
{
    return Reader::read(json);
}

} // namespace SmtpCodes
