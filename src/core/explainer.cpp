// SPDX-License-Identifier: MIT
#include "explainer.h"

#include "mailreader.h"
#include "textscanner.h"

#include <QSet>
#include <QStringDecoder>

namespace SmtpCodes {

namespace {

// "rfc822; bob@example.org", "dns; mx.example.org" → the value after the type.
QString typedValue(const QString &field)
{
    const qsizetype semicolon = field.indexOf(QLatin1Char(';'));
    QString value = (semicolon >= 0 ? field.mid(semicolon + 1) : field).trimmed();
    if (value.startsWith(QLatin1Char('<')) && value.endsWith(QLatin1Char('>')))
        value = value.mid(1, value.size() - 2);
    return value;
}

Finding fromDeliveryStatus(const DeliveryStatusFields &fields, const MailReport &report)
{
    Finding finding;
    finding.recipient = typedValue(fields.value(QStringLiteral("final-recipient")));
    if (finding.recipient.isEmpty())
        finding.recipient = typedValue(fields.value(QStringLiteral("original-recipient")));
    finding.action =
        fields.value(QStringLiteral("action")).section(QLatin1Char(' '), 0, 0).toLower();
    if (const QString diagnostic = fields.value(QStringLiteral("diagnostic-code"));
        !diagnostic.isEmpty())
        TextScanner::readDiagnostic(finding, diagnostic);
    // The remote server's own enhanced code wins; without one, the report's Status.
    if (!finding.enhancedCode) {
        finding.enhancedCode = EnhancedCodeParsing::wholeCode(
            fields.value(QStringLiteral("status")).section(QLatin1Char(' '), 0, 0));
    }
    finding.remoteMta = TextScanner::hostOf(fields.value(QStringLiteral("remote-mta")));
    finding.reportingMta = typedValue(report.messageFields.value(QStringLiteral("reporting-mta")))
                               .section(QLatin1Char(' '), 0, 0);
    return finding;
}

// A delivery status without a diagnostic borrows the reply the bounce's text gives for the same
// recipient: the remote server's own codes and words win over the report's Status. Without such a
// reply, the lines the text gives about the recipient say why.
void completeFromText(Finding &finding, const QList<Finding> &textFindings,
                      const QStringList &texts)
{
    for (const Finding &text : textFindings) {
        const bool sameRecipient =
            text.recipient.compare(finding.recipient, Qt::CaseInsensitive) == 0;
        const bool only = textFindings.size() == 1 && text.recipient.isEmpty();
        if (!sameRecipient && !only)
            continue;
        if (finding.text.isEmpty()) {
            if (text.replyCode)
                finding.replyCode = text.replyCode;
            if (text.enhancedCode)
                finding.enhancedCode = text.enhancedCode;
            finding.text = text.text;
        }
        if (finding.remoteMta.isEmpty())
            finding.remoteMta = text.remoteMta;
        break;
    }
    for (const QString &text : texts) {
        if (!finding.text.isEmpty())
            break;
        finding.text = TextScanner::aboutRecipient(text, finding.recipient);
    }
    if (finding.remoteMta.isEmpty())
        finding.remoteMta = TextScanner::hostNamedIn(finding.text);
    // "Action: delivered" from a relay to a server that gives no reports of its own.
    if (finding.action == QLatin1String("delivered")) {
        for (const QString &text : texts) {
            if (text.contains(QLatin1String("relayed to non-DSN-aware"), Qt::CaseInsensitive))
                finding.action = QStringLiteral("relayed");
        }
    }
}

// The text a finding came with, and what the bounce's human-readable text says about its
// recipient: read when the diagnostic alone gives no reason.
struct Context
{
    QStringList texts;
};

QList<Finding> fromMail(const QByteArray &input, QList<Context> &contexts)
{
    QList<Finding> findings;
    for (const MailReport &report : MailReader::read(input)) {
        QList<Finding> textFindings;
        for (const QString &text : report.texts)
            textFindings << TextScanner::scan(text, TextScanner::Context::Bounce);
        if (!report.recipients.isEmpty()) {
            for (const DeliveryStatusFields &fields : report.recipients) {
                Finding finding = fromDeliveryStatus(fields, report);
                completeFromText(finding, textFindings, report.texts);
                // A recipient block of unreadable fields, with nothing in the text about it.
                if (!finding.saysSomething())
                    continue;
                findings << finding;
                contexts << Context{report.texts};
            }
            continue;
        }
        // Exim names the failed recipients in a header of its own.
        for (Finding &finding : textFindings) {
            if (finding.recipient.isEmpty() && report.failedRecipients.size() == 1)
                finding.recipient = report.failedRecipients.constFirst();
        }
        findings << textFindings;
        for (qsizetype i = 0; i < textFindings.size(); ++i)
            contexts << Context{report.texts};
    }
    return findings;
}

QString decoded(const QByteArray &input)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(input);
    return utf8.hasError() ? QString::fromLatin1(input) : text;
}

// Findings alike in this are one: the same event logged twice, a reply quoted twice, or one
// recipient's reply given in two places of a bounce.
QString sameness(const Finding &finding)
{
    return QStringList{
        finding.recipient.toLower(), finding.action, QString::number(finding.replyCode.value_or(0)),
        finding.enhancedCode ? finding.enhancedCode->toString() : QString(),
        finding.recipient.isEmpty() ? finding.text.simplified().toLower() : QString()}
        .join(QLatin1Char('\n'));
}

// When the diagnostic gives no reason, what the bounce's text says about the recipient may.
void classifyWithContext(Finding &finding, const Context &context, const ReasonRules &rules)
{
    rules.classify(finding);
    if (finding.reason != QLatin1String("other") || finding.severity == Severity::Success)
        return;
    for (const QString &text : context.texts) {
        Finding widened = finding;
        widened.text += QLatin1Char(' ') + TextScanner::aboutRecipient(text, finding.recipient);
        rules.classify(widened);
        if (widened.reason != QLatin1String("other")) {
            finding.reason = widened.reason;
            finding.reasonSource = widened.reasonSource;
            return;
        }
    }
}

} // namespace

Explanation Explainer::explain(const QByteArray &input, const Catalog &catalog)
{
    QList<Finding> findings;
    QList<Context> contexts;
    if (MailReader::looksLikeMail(input))
        findings = fromMail(input, contexts);
    if (findings.isEmpty()) {
        findings = TextScanner::scan(decoded(input), TextScanner::Context::Pasted);
        contexts = QList<Context>(findings.size());
    }

    Explanation explanation;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        Finding &finding = findings[i];
        classifyWithContext(finding, contexts.value(i), catalog.reasonRules());
        const QString key = sameness(finding);
        if (const auto known = seen.constFind(key); known != seen.constEnd()) {
            // Of one recipient's reply given twice, the fuller wording stays.
            Finding &kept = explanation.findings[*known];
            if (finding.text.size() > kept.text.size())
                kept = finding;
            continue;
        }
        seen.insert(key, explanation.findings.size());
        explanation.findings << finding;
    }
    return explanation;
}

} // namespace SmtpCodes
