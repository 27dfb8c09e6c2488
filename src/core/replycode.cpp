// SPDX-License-Identifier: MIT
#include "replycode.h"

#include <QCoreApplication>
#include <QLocale>

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

namespace {
// Display names for the pseudo-commands of the catalog.
class CommandNames
{
    Q_DECLARE_TR_FUNCTIONS(ReplyCode)

public:
    static QString displayName(const QString &command)
    {
        if (command == QLatin1String("connection"))
            return tr("the opening of a connection");
        if (command == QLatin1String("any"))
            return tr("any command");
        return command;
    }
};
} // namespace

QString commandList(const QStringList &commands)
{
    QStringList names;
    names.reserve(commands.size());
    for (const QString &command : commands)
        names << CommandNames::displayName(command);
    return QLocale().createSeparatedList(names);
}

} // namespace SmtpCodes
