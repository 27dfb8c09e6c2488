// SPDX-License-Identifier: MIT
#include "textscanner.h"

#include "replyclass.h"
#include "replycodeparsing.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace SmtpCodes {

namespace {

// Lines longer than this are scanned only this far: no real log line or reply is longer, and
// patterns stay fast on pasted junk.
constexpr qsizetype maximumLineLength = 20000;

const QString failedAction = QStringLiteral("failed");
const QString delayedAction = QStringLiteral("delayed");
const QString deliveredAction = QStringLiteral("delivered");
const QString relayedAction = QStringLiteral("relayed");

QRegularExpression pattern(const QByteArray &text)
{
    return QRegularExpression(QString::fromLatin1(text), QRegularExpression::CaseInsensitiveOption);
}

QString hostOfText(QString text)
{
    text = text.trimmed();
    // "[192.0.2.1]": an address literal, which is the host.
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype end = text.indexOf(QLatin1Char(']'));
        text = text.mid(1, end > 0 ? end - 1 : -1);
    }
    static const QRegularExpression cut(QStringLiteral("[\\[\\s(,]"));
    const qsizetype position = text.indexOf(cut);
    if (position >= 0)
        text.truncate(position);
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(':')))
        text.chop(1);
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return {};
    return text;
}

} // namespace

QString TextScanner::hostNamedIn(const QString &text)
{
    static const QRegularExpression named =
        pattern("\\b(?:host|connect to|server)\\s+([a-z0-9.-]+)\\s*\\[");
    return named.match(text).captured(1);
}

namespace {

// The enhanced code that follows a reply code directly, as RFC 2034 section 4 places it.
std::optional<EnhancedCode> enhancedAfterReply(const QString &text, int replyCode)
{
    static const QRegularExpression after(QStringLiteral("^\\d{3}[ -]+[\"']?"));
    const QRegularExpressionMatch match = after.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    qsizetype position = -1;
    std::optional<EnhancedCode> code =
        EnhancedCodeParsing::findIn(text, match.capturedEnd(), &position);
    if (!code || position != match.capturedEnd() || code->codeClass != replyCode / 100)
        return std::nullopt;
    return code;
}

// Exim writes the lines of a multi-line reply into one log line, separated by "\n".
QString joinContinuationLines(QString text)
{
    text.replace(QLatin1String("\\n"), QLatin1String("\n"));
    static const QRegularExpression continuation(
        QStringLiteral("\\n\\s*(\\d{3})[ -]([245]\\.\\d{1,3}\\.\\d{1,3} )?"));
    text.replace(continuation, QStringLiteral(" "));
    return text.simplified();
}

Finding logFinding(const QString &recipient, const QString &action, const QString &text,
                   const QString &remote)
{
    Finding finding;
    finding.recipient = recipient;
    finding.action = action;
    finding.remoteMta = remote;
    TextScanner::readDiagnostic(finding, text);
    return finding;
}

// Postfix: "… to=<bob@example.org>, relay=…, dsn=5.1.1, status=bounced (host mx[…] said: 550 …
// (in reply to RCPT TO command))", and "status=expired, returned to sender".
bool readPostfix(const QString &line, QList<Finding> &findings)
{
    static const QRegularExpression expired = pattern("\\bstatus=expired, returned to sender");
    if (expired.match(line).hasMatch()) {
        Finding finding;
        finding.action = failedAction;
        finding.text = QStringLiteral("status=expired, returned to sender");
        findings << finding;
        return true;
    }
    static const QRegularExpression entry =
        pattern("\\bto=<([^>]*)>,(?:.*?\\brelay=([^,\\s]+),)?.*?\\bdsn=(\\S+?), status=(\\w+) "
                "\\((.*)\\)\\s*$");
    const QRegularExpressionMatch match = entry.match(line);
    if (!match.hasMatch())
        return false;
    const QString relay = match.captured(2);
    const QString status = match.captured(4).toLower();
    QString text = match.captured(5);
    static const QRegularExpression inReplyTo = pattern("\\s*\\(in reply to [^)]*\\)\\s*$");
    text.remove(inReplyTo);
    QString remote = hostOfText(relay);
    static const QRegularExpression said = pattern("^host (\\S+?)\\[[^\\]]*\\] said: (.*)$");
    static const QRegularExpression connect = pattern("^connect to (\\S+?)\\[");
    if (const QRegularExpressionMatch host = said.match(text); host.hasMatch()) {
        remote = host.captured(1);
        text = host.captured(2);
    } else if (const QRegularExpressionMatch host = connect.match(text); host.hasMatch()) {
        remote = host.captured(1);
    }
    QString action = failedAction;
    if (status == QLatin1String("deferred"))
        action = delayedAction;
    else if (status == QLatin1String("sent")) {
        static const QRegularExpression local =
            pattern("^(local|virtual|lmtp|dovecot|maildrop|procmail)");
        action = local.match(relay).hasMatch() ? deliveredAction : relayedAction;
    }
    Finding finding = logFinding(match.captured(1), action, text, remote);
    if (!finding.enhancedCode)
        finding.enhancedCode = EnhancedCodeParsing::wholeCode(match.captured(3));
    findings << finding;
    return true;
}

// Exim: "2024-01-01 00:00:00 1abcDE-… ** bob@example.org R=… T=… H=mx [ip]: SMTP error from
// remote mail server after RCPT TO:<bob@example.org>: 550 …", "==" for a deferral, "=>" and "->"
// for deliveries. The marker follows a timestamp or a message ID, or starts the line.
bool readExim(const QString &line, QList<Finding> &findings)
{
    static const QRegularExpression entry = pattern(
        "^(?:\\s*|.*?\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?\\s+(?:[+-]\\d{4}\\s+)?(?:\\[\\d+\\]\\s+)?\\S+"
        "\\s+|"
        ".*?\\b[0-9a-z]{6}-[0-9a-z]{6,11}-[0-9a-z]{2,4}\\s+)(\\*\\*|==|=>|->)\\s+([^\\s:]+)(.*)$");
    const QRegularExpressionMatch match = entry.match(line);
    if (!match.hasMatch())
        return false;
    const QString marker = match.captured(1);
    QString recipient = match.captured(2);
    if (recipient.startsWith(QLatin1Char('<')) && recipient.endsWith(QLatin1Char('>')))
        recipient = recipient.mid(1, recipient.size() - 2);
    const QString rest = match.captured(3);
    // Delivery lines name an address and a router or transport, or give the error right away.
    static const QRegularExpression attributes = pattern("(^|\\s)(R|T)=|^:\\s");
    if (!recipient.contains(QLatin1Char('@')) || !attributes.match(rest).hasMatch())
        return false;
    static const QRegularExpression hostAttribute = pattern("\\sH=(\\S+)");
    const QString remote = hostOfText(hostAttribute.match(rest).captured(1));

    if (marker == QLatin1String("=>") || marker == QLatin1String("->")) {
        static const QRegularExpression confirmation = pattern("\\sC=\"([^\"]*)\"");
        const QString reply = confirmation.match(rest).captured(1);
        static const QRegularExpression remoteTransport = pattern("\\sH=");
        findings << logFinding(
            recipient, remoteTransport.match(rest).hasMatch() ? relayedAction : deliveredAction,
            reply, remote);
        return true;
    }
    QString text;
    const qsizetype colon = rest.indexOf(QLatin1String(": "));
    if (colon >= 0)
        text = rest.mid(colon + 2);
    static const QRegularExpression smtpError =
        pattern("^.*?SMTP error from remote mail server after (?:[A-Z ]+:<[^>]*>|[^:]*): ");
    text.remove(smtpError);
    findings << logFinding(recipient, marker == QLatin1String("**") ? failedAction : delayedAction,
                           joinContinuationLines(text), remote);
    return true;
}

// sendmail: "… to=<bob@example.org>, … relay=mx.example.org. [192.0.2.1], dsn=5.1.1,
// reply=550 …, stat=User unknown", and the expiry notice "Cannot send message for 5 days".
bool readSendmail(const QString &line, QList<Finding> &findings)
{
    static const QRegularExpression expiry =
        pattern("\\b(?:sender notify|DSN): (Cannot send message for .*)$");
    if (const QRegularExpressionMatch match = expiry.match(line); match.hasMatch()) {
        Finding finding;
        finding.action = failedAction;
        finding.text = match.captured(1);
        findings << finding;
        return true;
    }
    static const QRegularExpression entry =
        pattern("\\bto=<?([^,>\\s]+)>?,.*?\\bdsn=(\\d\\.\\d{1,3}\\.\\d{1,3}),.*?\\bstat=(.*)$");
    const QRegularExpressionMatch match = entry.match(line);
    if (!match.hasMatch())
        return false;
    static const QRegularExpression relayField = pattern("\\brelay=([^,]*),");
    static const QRegularExpression replyField = pattern("\\breply=(.*?), (?:stat|[a-z]+)=");
    const QString remote = hostOfText(relayField.match(line).captured(1));
    QString status = match.captured(3).trimmed();
    const std::optional<EnhancedCode> dsn = EnhancedCodeParsing::wholeCode(match.captured(2));
    QString action = dsn && dsn->codeClass == 4 ? delayedAction : failedAction;
    static const QRegularExpression deferred = pattern("^Deferred:?\\s*");
    static const QRegularExpression sent = pattern("^Sent\\b\\s*\\(?");
    if (deferred.match(status).hasMatch()) {
        action = delayedAction;
        status.remove(deferred);
    } else if (sent.match(status).hasMatch()) {
        action = relayedAction;
        status.remove(sent);
        if (status.endsWith(QLatin1Char(')')))
            status.chop(1);
    }
    // The server's reply when sendmail logs it; its status words otherwise.
    const QString reply = replyField.match(line).captured(1);
    Finding finding =
        logFinding(match.captured(1), action, reply.isEmpty() ? status : reply, remote);
    if (!finding.enhancedCode)
        finding.enhancedCode = dsn;
    findings << finding;
    return true;
}

// OpenSMTPD: "mta delivery evpid=… to=<bob@example.org> … relay="mx (name)" … result="PermFail"
// stat="550 …"", and "Expire for …: … to=<bob@example.org>, … stat=Envelope expired".
bool readOpenSmtpd(const QString &line, QList<Finding> &findings)
{
    static const QRegularExpression expire =
        pattern("\\bExpire for \\S+: .*?\\bto=<([^>]*)>.*?\\bstat=(.*)$");
    if (const QRegularExpressionMatch match = expire.match(line); match.hasMatch()) {
        findings << logFinding(match.captured(1), failedAction, match.captured(2).trimmed(), {});
        return true;
    }
    static const QRegularExpression delivery = pattern(
        "\\bdelivery evpid=\\S+ .*?\\bto=<([^>]*)>.*?\\bresult=\"(\\w+)\" stat=\"(.*)\"\\s*$");
    const QRegularExpressionMatch match = delivery.match(line);
    if (!match.hasMatch())
        return false;
    static const QRegularExpression relayField = pattern("\\brelay=\"([^\"]*)\"");
    const QString result = match.captured(2).toLower();
    const QString action = result == QLatin1String("ok")         ? relayedAction
                           : result == QLatin1String("tempfail") ? delayedAction
                                                                 : failedAction;
    findings << logFinding(match.captured(1), action, match.captured(3),
                           hostOfText(relayField.match(line).captured(1)));
    return true;
}

// Where a reply starts in a line: at its start, after words that introduce one ("said:",
// "returned '", "smtp;", "Reason:"), or anywhere when an enhanced code of the same class follows
// it. A code glued to letters, digits or "=" (LEN=550) is not a reply.
struct ReplyStart
{
    qsizetype position = -1;
    int code = 0;
    bool continues = false; // "550-…": more lines of the same reply follow
};

std::optional<ReplyStart> findReply(const QString &line)
{
    static const QRegularExpression candidate(
        QStringLiteral("(?<![\\w=.\\-/%+])([2-5]\\d\\d)([ ,\\-]|$)"));
    static const QRegularExpression lineStart(QStringLiteral("^[\\s>\"'(\\[#<*|]*$"));
    static const QRegularExpression introduction = pattern(
        "(said:?|returned|reply:?|replied:?|response:?|responded:?|was:|error:|answer:|smtp;|"
        "stat=\"?|message:|with:|reason:|diagnostic-code:|<<<|<--|\\bserver:|failed:|code\\s*:)"
        "\\s*['\"<(]?\\s*#?$");
    for (auto it = candidate.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype position = match.capturedStart(1);
        const int code = match.captured(1).toInt();
        const QString separator = match.captured(2);
        const QString after = line.mid(match.capturedEnd(2), 30);
        const QString reply = line.mid(position);
        const bool strong =
            separator != QLatin1String(",") && enhancedAfterReply(reply, code).has_value();
        const QString before = line.left(position);
        const bool atStart = lineStart.match(before).hasMatch();
        const bool introduced = introduction.match(before.right(40)).hasMatch();
        // A reply has words after its code, or at least its enhanced code.
        const bool hasText =
            strong || after.isEmpty() ||
            (after.size() > 1 &&
             (after.at(0).isLetter() || after.at(0) == QLatin1Char('<') ||
              after.startsWith(QLatin1String("- ")) || after.at(0) == QLatin1Char('[') ||
              after.at(0) == QLatin1Char('"') || after.at(0) == QLatin1Char(' ')));
        if (separator == QLatin1String(",") && !introduced)
            continue;
        if ((strong || ((atStart || introduced) && hasText)) && isValidReplyCode(code))
            return ReplyStart{position, code, separator == QLatin1String("-")};
    }
    return std::nullopt;
}

// An address as found in text: local part, @, a domain that ends with a letter or digit.
const QString addressPattern =
    QStringLiteral("([^\\s<>\"'@,;:()\\[\\]]+@[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)");

// An address on a line that names a recipient: the address alone ("<bob@example.org>:"), after
// "RCPT TO:", or after words such as "delivered to" or "Email:".
QString recipientNamedIn(const QString &line)
{
    static const QRegularExpression alone = pattern("^\\s*[\"']?<?" + addressPattern.toLatin1() +
                                                    ">?[\"']?:?\\s*(?:\\([^)]*\\))?\\s*$");
    static const QRegularExpression introduced =
        pattern("(?:RCPT TO:|recipient:|recipients?:|delivered to|deliver to|delivery to|addressed "
                "to|message to|"
                "failed recipient|following recipient|following "
                "address(?:es)?:?|final-recipient:\\s*rfc822;|"
                "original-recipient:\\s*rfc822;|the "
                "recipient|email:|e-mail:|address:|to:|zugestellt werden:)\\s*[\"']?<?" +
                addressPattern.toLatin1());
    static const QRegularExpression excluded = pattern("^(mailer-daemon|postmaster|no-?reply)@");
    QString address = alone.match(line).captured(1);
    if (address.isEmpty())
        address = introduced.match(line).captured(1);
    if (address.isEmpty() || excluded.match(address).hasMatch())
        return {};
    return address;
}

// The address that starts a line before a reply on it: "bob@example.org Invalid Address, 550 …".
QString addressBefore(const QString &line, qsizetype position)
{
    static const QRegularExpression address = pattern("^\\s*[\"']?<?" + addressPattern.toLatin1());
    return address.match(line.left(position)).captured(1);
}

// The remote server a line names: "MX: …", "Remote-MTA: dns; …", "host: …".
QString remoteNamedIn(const QString &line)
{
    static const QRegularExpression labelled =
        pattern("^\\s*(?:mx|remote-mta|remote server|remote host|host|generating server|server|"
                "message rejected by):\\s*(?:dns;\\s*)?\\[?([a-z0-9][a-z0-9.-]*[a-z0-9])");
    static const QRegularExpression connecting =
        pattern("(?:connection to|connecting to|while talking to|on the host|host)\\s+\\[?"
                "([a-z0-9][a-z0-9.-]*[a-z0-9])\\.?\\]?\\s*(?:\\[|:|$)");
    static const QRegularExpression by =
        pattern("\\bby\\s+([a-z0-9][a-z0-9.-]*[a-z0-9])\\.?\\s*\\[\\d");
    for (const QRegularExpression *expression : {&labelled, &connecting, &by}) {
        if (const QString host = expression->match(line).captured(1); !host.isEmpty())
            return host;
    }
    return {};
}

// An enhanced code given without a reply code: at the start of a line ("5.7.1 Message
// rejected"), after an address ("bob@example.org: 5.2.2 …"), after words such as "Status:",
// after "#" as Exchange writes it ("<mx.example.org #5.1.1>"), or in parentheses as qmail does
// ("Sorry, no mailbox here by that name. (#5.1.1)"). Its position and the code.
std::optional<std::pair<qsizetype, EnhancedCode>> bareEnhancedCode(const QString &line)
{
    static const QRegularExpression code = pattern(
        "(?:^[\\s>\"'(\\[<*|]*#?|(?:status|said|returned|reason|error|smtp;)\\s*:?\\s*"
        "['\"<(]?\\s*#?|@[a-z0-9.-]+>?:\\s*|\\s#|\\(#)([245]\\.\\d{1,3}\\.\\d{1,3})(?!\\w|\\.\\d)");
    const QRegularExpressionMatch match = code.match(line);
    const std::optional<EnhancedCode> parsed = EnhancedCodeParsing::wholeCode(match.captured(1));
    if (!parsed)
        return std::nullopt;
    return std::pair{match.capturedStart(1), *parsed};
}

// An enhanced code given alone repeats a reply given in full for the same recipient when the
// reply has the same enhanced code or none. As keys of a set, so that a long log is not read
// once for each finding: a reply stands for its recipient and its enhanced code, or for its
// recipient alone when it has none.
QString repeatKey(const QString &recipient, const std::optional<EnhancedCode> &code)
{
    const QString folded = recipient.toCaseFolded();
    return code ? folded + QLatin1Char('\n') + code->toString() : folded;
}

QSet<QString> repliesGivenInFull(const QList<Finding> &findings)
{
    QSet<QString> keys;
    for (const Finding &reply : findings) {
        if (reply.replyCode)
            keys.insert(repeatKey(reply.recipient, reply.enhancedCode));
    }
    return keys;
}

bool repeatsReply(const Finding &bare, const QSet<QString> &repliesGivenInFull)
{
    return !bare.replyCode &&
           (repliesGivenInFull.contains(repeatKey(bare.recipient, {})) ||
            (bare.enhancedCode &&
             repliesGivenInFull.contains(repeatKey(bare.recipient, bare.enhancedCode))));
}

// Text that says the sending server stopped trying.
bool saysGaveUp(const QString &text)
{
    static const QRegularExpression gaveUp = pattern(
        "gave up|giving up|given up|permanent error|not going to try again|retry timeout exceeded|"
        "delivery time expired|could not be delivered for|too long in the queue|has expired");
    return gaveUp.match(text).hasMatch();
}

// Where the copy of the original message starts in a bounce's text; what follows is not read.
qsizetype originalMessageStart(const QString &text)
{
    // A line of its own: "--- Below this line is a copy of the message.", "----- Original Message
    // -----". Either set off by dashes, or the phrase alone on its line.
    static const QRegularExpression marker(
        QStringLiteral("^[ \\t>]*(?:[-=]{2,}\\s*(?:%1)[^\\n]{0,60}|(?:%1)[.:]?\\s*[-=]*)\\s*$")
            .arg(QStringLiteral(
                "Below this line is a copy of the message|This is a copy of the message|"
                "Original message follows|Original Message|Undelivered message headers|"
                "Returned message|Headers of the original message|Original message headers|"
                "The header of the original message|Returned Message")),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = marker.match(text);
    return match.hasMatch() ? match.capturedStart() : text.size();
}

} // namespace

QString TextScanner::hostOf(QString text)
{
    static const QRegularExpression type = pattern("^[a-z][\\w-]*;\\s*");
    text.remove(type);
    return hostOfText(text);
}

QString TextScanner::aboutRecipient(const QString &input, const QString &recipient)
{
    const QString text = input.left(originalMessageStart(input));
    QStringList about;
    bool found = false;
    qsizetype blockStart = 0;
    QString previous; // the line above, when it is not blank: a reason may stand there
    // Every place that names the recipient adds the lines after it: a bounce may name it in a
    // summary for people and again in a part for administrators.
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        const QString named = recipientNamedIn(line);
        const bool naming = !recipient.isEmpty() &&
                            (named.compare(recipient, Qt::CaseInsensitive) == 0 ||
                             (named.isEmpty() && line.contains(recipient, Qt::CaseInsensitive)));
        if (found && naming && about.size() - blockStart > 0)
            found = false;
        if (!found) {
            found = naming;
            blockStart = about.size();
            if (found) {
                if (!previous.isEmpty() && recipientNamedIn(previous).isEmpty())
                    about << previous;
                // What follows the address on its own line, as in "bob@example.org: user unknown".
                const qsizetype after =
                    line.indexOf(recipient, 0, Qt::CaseInsensitive) + recipient.size();
                if (after < line.size())
                    about << line.mid(after);
            }
            previous = line;
            continue;
        }
        // The lines that follow, past a short heading ("because:"), to the next recipient.
        if ((!named.isEmpty() && !naming) || about.size() - blockStart > 8) {
            found = false;
            continue;
        }
        if (line.isEmpty()) {
            if (about.size() - blockStart >= 2)
                found = false;
            continue;
        }
        about << line;
    }
    return about.join(QLatin1Char(' ')).remove(QLatin1Char('>')).simplified();
}

// The lines of a multi-line reply, unfolded into one: "550-5.1.1 The account …
// 550-5.1.1 double-checking … 550 5.1.1 https://…" reads without the codes repeated inside.
static void removeRepeatedCodes(Finding &finding)
{
    const QString enhanced = finding.enhancedCode ? finding.enhancedCode->toString() : QString();
    for (const QChar separator : {QLatin1Char('-'), QLatin1Char(' ')}) {
        const QString repeated = QString::number(*finding.replyCode) + separator + enhanced;
        QString &text = finding.text;
        for (qsizetype at = text.indexOf(repeated, 1); at > 0; at = text.indexOf(repeated, at)) {
            const qsizetype end = at + repeated.size();
            if (text.at(at - 1).isSpace() && end < text.size() && text.at(end).isSpace())
                text.remove(at, end - at + 1);
            else
                at = end;
        }
    }
}

void TextScanner::readDiagnostic(Finding &finding, const QString &diagnostic)
{
    QString text = diagnostic.trimmed();
    // RFC 3464 diagnostic types: "smtp; 550 …", "X-Postfix; …".
    static const QRegularExpression type = pattern("^[a-z][\\w-]*;\\s*");
    text.remove(type);
    finding.text = text;
    static const QRegularExpression hashCode = pattern("^#\\s*");
    QString codes = text;
    codes.remove(hashCode);
    if (const std::optional<int> code = ReplyCodeParsing::leadingCode(codes)) {
        finding.replyCode = code;
        if (const std::optional<EnhancedCode> enhanced = enhancedAfterReply(codes.trimmed(), *code))
            finding.enhancedCode = enhanced;
        removeRepeatedCodes(finding);
        return;
    }
    // A relay's words around the remote server's reply: "5.1.0 - Unknown address error 550-…".
    // The remote server's own codes win.
    if (const std::optional<ReplyStart> start = findReply(codes)) {
        finding.replyCode = start->code;
        finding.enhancedCode = enhancedAfterReply(codes.mid(start->position), start->code);
    }
    if (!finding.enhancedCode)
        finding.enhancedCode =
            EnhancedCodeParsing::wholeCode(codes.section(QLatin1Char(' '), 0, 0));
}

QList<Finding> TextScanner::scan(const QString &input, Context context)
{
    const bool bounce = context == Context::Bounce;
    const QString text = bounce ? input.left(originalMessageStart(input)) : input;
    QList<Finding> findings;
    QString recipient; // the recipient named last
    QString remote;    // the remote server named last
    // Recipients a bounce names without any code, each with the lines about it.
    QList<Finding> namedOnly;
    // A multi-line reply being gathered: "550-…" lines until "550 …".
    std::optional<Finding> pending;
    const auto finish = [&] {
        if (pending)
            findings << *pending;
        pending.reset();
    };

    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        line.truncate(maximumLineLength);
        if (readPostfix(line, findings) || readSendmail(line, findings) ||
            readOpenSmtpd(line, findings) || readExim(line, findings)) {
            finish();
            continue;
        }
        if (const QString named = recipientNamedIn(line); !named.isEmpty()) {
            recipient = named;
            if (bounce) {
                Finding finding;
                finding.recipient = named;
                if (std::none_of(namedOnly.cbegin(), namedOnly.cend(),
                                 [&](const Finding &known) { return known.recipient == named; }))
                    namedOnly << finding;
            }
        }
        // A host name once named is not replaced by a bare address ("connection to
        // [192.0.2.1:25]").
        static const QRegularExpression addressLiteral(QStringLiteral("^[0-9.:]+$"));
        if (const QString named = remoteNamedIn(line);
            !named.isEmpty() && (remote.isEmpty() || !addressLiteral.match(named).hasMatch())) {
            remote = named;
            // A server named right after a reply is the one that gave it ("Reason: 550 …",
            // then "MX: …").
            if (!findings.isEmpty() && findings.last().remoteMta.isEmpty() && !pending)
                findings.last().remoteMta = named;
        }

        const std::optional<ReplyStart> start = findReply(line);
        if (!start) {
            finish();
            if (const auto bare = bareEnhancedCode(line)) {
                Finding finding;
                finding.enhancedCode = bare->second;
                finding.text = line.trimmed();
                const QString sameLine = addressBefore(line, bare->first);
                finding.recipient = sameLine.isEmpty() ? recipient : sameLine;
                // Right after the reply it repeats, it would take the server named next.
                if (findings.isEmpty() ||
                    !repeatsReply(finding, repliesGivenInFull({findings.last()})))
                    findings << finding;
            }
            continue;
        }
        QString reply = line.mid(start->position).trimmed();
        // "Remote Server returned '550 5.1.1 …'": the quotes are not the server's.
        static const QRegularExpression closing(QStringLiteral("['\">)]+\\s*$"));
        const QChar opener = start->position > 0 ? line.at(start->position - 1) : QChar();
        if (opener == QLatin1Char('\'') || opener == QLatin1Char('"') ||
            opener == QLatin1Char('<') || opener == QLatin1Char('('))
            reply.remove(closing);
        if (pending && pending->replyCode == start->code) {
            // Another line of the same reply: only its words are added.
            static const QRegularExpression codes(
                QStringLiteral("^\\d{3}[ -]([245]\\.\\d{1,3}\\.\\d{1,3}\\s)?"));
            QString words = reply;
            words.remove(codes);
            pending->text += QLatin1Char(' ') + words.trimmed();
        } else {
            finish();
            Finding finding;
            readDiagnostic(finding, reply);
            if (!finding.replyCode)
                finding.replyCode = start->code;
            const QString sameLine = addressBefore(line, start->position);
            finding.recipient = sameLine.isEmpty() ? recipient : sameLine;
            // "host mx.example.org [192.0.2.1]: 550 …": the server named before the reply.
            const QString before = remoteNamedIn(line.left(start->position));
            finding.remoteMta = before.isEmpty() ? remote : before;
            pending = finding;
        }
        if (!start->continues)
            finish();
    }
    finish();

    // A reply names where it went when a recipient or a server is named; a bare reply does not.
    const bool gaveUp = saysGaveUp(text);
    QList<Finding> result;
    for (Finding &finding : findings) {
        if (!finding.action.isEmpty()) {
            result << finding;
            continue;
        }
        const int classDigit = finding.enhancedCode ? finding.enhancedCode->codeClass
                               : finding.replyCode  ? *finding.replyCode / 100
                                                    : 0;
        if (finding.remoteMta.isEmpty())
            finding.remoteMta = TextScanner::hostNamedIn(finding.text);
        if (bounce || !finding.recipient.isEmpty()) {
            // In a bounce's text only failures and delays count: a transcript's 250s do not.
            if (classDigit != 4 && classDigit != 5)
                continue;
            finding.action = classDigit == 5 || gaveUp ? failedAction : delayedAction;
        } else {
            finding.remoteMta.clear();
        }
        result << finding;
    }
    // An enhanced code given alone often repeats a reply given in full for the same recipient
    // ("Status: 5.1.1" beside "550 5.1.1 …", qmail's "(#5.1.1)" after the remote reply): the
    // reply stays.
    const QSet<QString> replies = repliesGivenInFull(result);
    result.removeIf([&replies](const Finding &bare) { return repeatsReply(bare, replies); });
    // A bounce that gives no code at all still names its recipients and says why.
    if (bounce && result.isEmpty()) {
        for (Finding &finding : namedOnly) {
            finding.text = aboutRecipient(text, finding.recipient);
            finding.action = failedAction;
            result << finding;
        }
    }
    return result;
}

} // namespace SmtpCodes
