// SPDX-License-Identifier: MIT
#pragma once

#include "codeid.h"

#include <QTest>

// Short names for codes in tests, and how QCOMPARE prints them.
inline SmtpCodes::CodeId reply(int code)
{
    return SmtpCodes::CodeId::reply(code);
}

// `text` must be a well-formed enhanced code, such as "5.7.8" or "X.7.8".
inline SmtpCodes::CodeId enhanced(const char *text)
{
    return SmtpCodes::CodeId::parse(QString::fromLatin1(text)).value_or(SmtpCodes::CodeId());
}

namespace SmtpCodes {
inline char *toString(const CodeId &code)
{
    return QTest::toString(code.isValid() ? code.toString() : QStringLiteral("(none)"));
}
} // namespace SmtpCodes
