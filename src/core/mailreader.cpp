// SPDX-License-Identifier: MIT
#include "mailreader.h"

#include <QRegularExpression>

namespace SmtpCodes {

bool MailReader::looksLikeMail(const QByteArray &data)
{
    // A header field name is printable ASCII without spaces or colons, then a colon.
    static const QRegularExpression headerField(QStringLiteral("^[!-9;-~]+:"));
    const QByteArray firstLine = data.left(1000).split('\n').constFirst();
    if (firstLine.startsWith("From "))
        return true;
    return headerField.match(QString::fromLatin1(firstLine)).hasMatch();
}

} // namespace SmtpCodes
