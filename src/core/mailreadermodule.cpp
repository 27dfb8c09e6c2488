// SPDX-License-Identifier: MIT
// The one entry point of the mail reader module, which the application loads the first time it
// reads mail (src/app/mailreaderloader.cpp): GMime's reader and the libraries it needs.
#include "mailreader.h"

extern "C" Q_DECL_EXPORT void smtpcodes_read_mail(const QByteArray &data,
                                                  QList<SmtpCodes::MailReport> &reports)
{
    reports = SmtpCodes::MailReader::read(data);
}
