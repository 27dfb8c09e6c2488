// SPDX-License-Identifier: MIT
#include "replycode.h"

#include <QCoreApplication>

namespace SmtpCodes {

QString RfcReference::label() const
{
    if (section.isEmpty())
        return QCoreApplication::translate("RfcReference", "RFC %1").arg(rfc);
    return QCoreApplication::translate("RfcReference", "RFC %1, section %2").arg(rfc).arg(section);
}

QUrl RfcReference::url() const
{
    QUrl url(QStringLiteral("https://www.rfc-editor.org/rfc/rfc%1").arg(rfc));
    if (!section.isEmpty())
        url.setFragment(QStringLiteral("section-") + section);
    return url;
}

QString ReplyCode::title() const
{
    return codeText() + QLatin1Char(' ') + name;
}

QString ReplyCode::whenYouSeeIt() const
{
    if (seenWhen.isEmpty())
        return seenWhen;
    return seenWhen.front().toUpper() + seenWhen.mid(1);
}

} // namespace SmtpCodes
