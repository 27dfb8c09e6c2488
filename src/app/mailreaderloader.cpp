// SPDX-License-Identifier: MIT
// MailReader::read for the application. GMime and the dozen libraries it brings cost start-up a
// few milliseconds to load, and most runs read no mail: they come with the mail reader module,
// loaded the first time mail is read.
#include "mailreader.h"

#include <QCoreApplication>
#include <QDebug>
#include <QLibrary>

namespace SmtpCodes {

namespace {

using ReadMail = void (*)(const QByteArray &, QList<MailReport> &);

ReadMail loadMailReader()
{
    const QString programDir = QCoreApplication::applicationDirPath();
    // Installed, the module is in the package's library folder; in the build tree, beside the
    // executable.
    const QStringList dirs{programDir + QStringLiteral("/" SMTPCODES_MAIL_MODULE_DIR), programDir};
    QString error;
    for (const QString &dir : dirs) {
        QLibrary module(dir + QStringLiteral("/" SMTPCODES_MAIL_MODULE));
        if (const auto read = reinterpret_cast<ReadMail>(module.resolve("smtpcodes_read_mail")))
            return read;
        if (error.isEmpty())
            error = module.errorString();
    }
    qWarning().noquote() << QStringLiteral("The mail reader module cannot be loaded, so mail is "
                                           "read as plain text: %1")
                                .arg(error);
    return nullptr;
}

} // namespace

QList<MailReport> MailReader::read(const QByteArray &data)
{
    static const ReadMail readMail = loadMailReader();
    QList<MailReport> reports;
    if (readMail)
        readMail(data, reports);
    return reports;
}

} // namespace SmtpCodes
