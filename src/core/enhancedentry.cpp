// SPDX-License-Identifier: MIT
#include "enhancedentry.h"

namespace SmtpCodes {

QString EnhancedClassInfo::label() const
{
    return QString::number(codeClass) + QStringLiteral(".x.x ") + name;
}

QList<int> EnhancedEntry::replyCodesInClass(int codeClass) const
{
    if (codeClass == 0)
        return replyCodes;
    QList<int> inClass;
    for (int replyCode : replyCodes) {
        if (replyCode / 100 == codeClass)
            inClass << replyCode;
    }
    return inClass;
}

QString EnhancedEntry::whenYouSeeIt() const
{
    if (seenWhen.isEmpty())
        return seenWhen;
    return seenWhen.front().toUpper() + seenWhen.mid(1);
}

} // namespace SmtpCodes
