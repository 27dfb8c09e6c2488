// SPDX-License-Identifier: MIT
#pragma once

#include "explanation.h"

#include <QList>
#include <QString>

namespace SmtpCodes {

// Finds what failed, was delayed or was delivered in plain text: the log lines of Postfix, Exim,
// sendmail and OpenSMTPD, SMTP replies (continuation lines joined into one reply), and the
// human-readable text of bounce messages, where each reply goes with the recipient named before
// it. The findings it returns are not classified yet.
namespace TextScanner {

enum class Context
{
    // Pasted text: replies stand alone, without recipients or actions.
    Pasted,
    // The text of a bounce message: recipients are named near the replies, and a reply says
    // whether delivery failed or was delayed.
    Bounce,
};

QList<Finding> scan(const QString &text, Context context);

// The lines a bounce's text gives about one recipient: those after the line that names it, up
// to the next recipient or the end of the paragraph that follows. Empty when it is not named.
QString aboutRecipient(const QString &text, const QString &recipient);

// "mx.example.org[192.0.2.1]:25", "dns; mx.example.org.", "[192.0.2.1]" → the host.
QString hostOf(QString text);
// The host a diagnostic names: "host mx.example.org[192.0.2.1] said", "connect to mx[…]".
QString hostNamedIn(const QString &text);

// The reply code and the enhanced code a diagnostic starts with: "550 5.1.1 …", "550-5.7.26 …",
// "#5.1.1", and its text without a leading "smtp;" type.
void readDiagnostic(Finding &finding, const QString &diagnostic);

} // namespace TextScanner

} // namespace SmtpCodes
