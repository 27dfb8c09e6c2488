// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// One recipient block of an RFC 3464 delivery status notification (message/delivery-status),
// field names in lower case: "final-recipient", "action", "status", "diagnostic-code",
// "remote-mta" …, values as written, unfolded and decoded.
using DeliveryStatusFields = QMap<QString, QString>;

// What a mail message says that matters for explaining a bounce: its delivery status report, if
// it has one, and its human-readable text. The original message a bounce returns is left out,
// except where a message holds nothing else: then the messages inside it are read too.
struct MailReport
{
    QString subject;
    QStringList failedRecipients;       // X-Failed-Recipients, which Exim adds to its bounces
    DeliveryStatusFields messageFields; // the per-message block: "reporting-mta" …
    QList<DeliveryStatusFields> recipients;
    QStringList texts; // text/plain parts, or text/html as text, decoded to Unicode
};

// Reads mail with GMime: one message, or every message of an mbox file. Transfer encodings,
// charsets and RFC 2047 encoded words are GMime's work.
namespace MailReader {

// Whether `data` starts like a message (a header field) or an mbox file ("From ").
bool looksLikeMail(const QByteArray &data);
// Defined by the executable's choice of reader: gmimemailreader.cpp linked in (the
// smtpcodes-mailreader objects), or the application's loader of the mail reader module.
QList<MailReport> read(const QByteArray &data);

} // namespace MailReader

} // namespace SmtpCodes
