// SPDX-License-Identifier: MIT
#pragma once

#include "enhancedcode.h"
#include "replyclass.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace SmtpCodes {

// A pointer into an RFC: "RFC 5321, section 4.2.3".
struct RfcReference
{
    int rfc = 0;
    QString section;
    // The RFC defines or assigns the code, rather than only mentioning it.
    bool defines = false;

    QString label() const;
    QUrl url() const;
};

// One line of an example SMTP exchange.
struct ExchangeLine
{
    enum class Sender
    {
        Client,
        Server
    };
    Sender sender = Sender::Server;
    QString text;
};

// One entry of the catalog. Immutable once loaded; the class is derived from the code.
struct ReplyCode
{
    int code = 0;
    QString name;
    bool standard = true;
    QString origin; // where a non-standard code comes from
    QString summary;
    QString description;
    QString seenWhen; // an independent clause completing "You see 535 when …"
    QString howToFix;
    QList<RfcReference> rfcs;
    QStringList commands;
    QList<EnhancedCode> enhancedCodes; // typical ones, in the reply's class
    QList<int> related;
    QList<ExchangeLine> example;
    QStringList notes;

    ReplyClass replyClass() const { return replyClassOf(code); }
    QString codeText() const { return QString::number(code); }
    // "535 Authentication Failed"
    QString title() const;
    // seenWhen as a sentence of its own.
    QString whenYouSeeIt() const;
};

// Commands as a readable, locale-joined list: "MAIL, RCPT and DATA". The catalog's pseudo-commands
// "connection" and "any" are spelled out.
QString commandList(const QStringList &commands);

} // namespace SmtpCodes
