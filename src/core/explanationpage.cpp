// SPDX-License-Identifier: MIT
#include "explanationpage.h"

#include "replycodeparsing.h"

#include <QCoreApplication>

namespace SmtpCodes {

namespace {

class Describer
{
    Q_DECLARE_TR_FUNCTIONS(ExplanationPage)

public:
    static QString severityVerdict(Severity severity, const QString &verdict)
    {
        switch (severity) {
        case Severity::Permanent:
            return tr("Permanent: %1").arg(verdict);
        case Severity::Temporary:
            return tr("Temporary: %1").arg(verdict);
        case Severity::Success:
            return tr("Success: the message was accepted");
        }
        return verdict;
    }

    static QString reasonFrom(const QString &title, ReasonSource source)
    {
        switch (source) {
        case ReasonSource::EnhancedCode:
            return tr("%1, from the enhanced status code").arg(title);
        case ReasonSource::ReplyCode:
            return tr("%1, from the reply code").arg(title);
        case ReasonSource::Text:
            return tr("%1, from the words of the reply").arg(title);
        }
        return title;
    }

    static QString action(const QString &action)
    {
        if (action == QLatin1String("failed"))
            return tr("Failed");
        if (action == QLatin1String("delayed"))
            return tr("Delayed");
        if (action == QLatin1String("delivered"))
            return tr("Delivered");
        if (action == QLatin1String("relayed"))
            return tr("Relayed");
        if (action == QLatin1String("expanded"))
            return tr("Expanded");
        return action;
    }

    static QString heading(const Finding &finding, qsizetype index)
    {
        return finding.recipient.isEmpty() ? tr("Reply %1").arg(index + 1) : finding.recipient;
    }

    static QString servers(const Finding &finding)
    {
        QStringList parts;
        if (!finding.remoteMta.isEmpty())
            parts << tr("Remote server: %1").arg(finding.remoteMta);
        if (!finding.reportingMta.isEmpty())
            parts << tr("Reported by: %1").arg(finding.reportingMta);
        return parts.join(QStringLiteral("; "));
    }

    static QString whatToDo() { return tr("What to do"); }

    static QString nothingFound()
    {
        return tr("No SMTP reply code or enhanced status code was found in the input.");
    }

    static QString notAllShown(qsizetype shown, qsizetype total)
    {
        return tr("The first %L1 of %L2 findings are shown. Copy takes all of them.")
            .arg(shown)
            .arg(total);
    }
};

// Where the finding's codes stand in its text.
QList<std::pair<qsizetype, qsizetype>> codeSpans(const Finding &finding)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    const QString &text = finding.text;
    if (finding.replyCode) {
        const QString code = QString::number(*finding.replyCode);
        const qsizetype start = text.indexOf(code);
        if (start >= 0)
            spans << std::make_pair(start, code.size());
    }
    if (finding.enhancedCode) {
        qsizetype position = -1;
        qsizetype length = 0;
        if (EnhancedCodeParsing::findIn(text, 0, &position, &length) &&
            text.mid(position, length) == finding.enhancedCode->toString())
            spans << std::make_pair(position, length);
    }
    std::sort(spans.begin(), spans.end());
    return spans;
}

} // namespace

QList<FindingCard> ExplanationPages::cards(const Explanation &explanation, const Catalog &catalog)
{
    QList<FindingCard> cards;
    const ReasonRules &rules = catalog.reasonRules();
    for (qsizetype i = 0; i < explanation.findings.size(); ++i) {
        const Finding &finding = explanation.findings.at(i);
        const ReasonInfo *reason = rules.find(finding.reason);
        FindingCard card;
        card.heading = Describer::heading(finding, i);
        card.severity = finding.severity;
        card.verdict =
            Describer::severityVerdict(finding.severity, reason ? reason->verdict : finding.reason);
        if (finding.severity != Severity::Success)
            card.reason = Describer::reasonFrom(reason ? reason->title : finding.reason,
                                                finding.reasonSource);
        card.action = Describer::action(finding.action);
        QStringList codes;
        if (finding.replyCode)
            codes << QString::number(*finding.replyCode);
        if (finding.enhancedCode)
            codes << finding.enhancedCode->toString();
        card.codesText = codes.join(QLatin1Char(' '));
        if (finding.replyCode && catalog.contains(CodeId::reply(*finding.replyCode)))
            card.codes << CodeId::reply(*finding.replyCode);
        if (finding.enhancedCode && catalog.contains(CodeId::enhanced(*finding.enhancedCode)))
            card.codes << CodeId::enhanced(*finding.enhancedCode);
        card.text = finding.text;
        card.codeSpans = codeSpans(finding);
        card.servers = Describer::servers(finding);
        if (finding.severity != Severity::Success && reason)
            card.whatToDo = reason->whatToDo;
        cards << card;
    }
    return cards;
}

QString ExplanationPages::nothingFound()
{
    return Describer::nothingFound();
}

QString ExplanationPages::notAllShown(qsizetype shown, qsizetype total)
{
    return Describer::notAllShown(shown, total);
}

QString ExplanationPages::whatToDoHeading()
{
    return Describer::whatToDo();
}

} // namespace SmtpCodes
