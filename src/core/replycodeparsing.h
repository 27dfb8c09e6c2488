// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace SmtpCodes {

// The one reading of reply codes from text, shared by the command line, the compare pickers, the
// search filter, in-app links and the settings. Both functions accept only codes that
// isValidReplyCode() accepts.
namespace ReplyCodeParsing {

// Text that is exactly a reply code, give or take surrounding white space: "535", " 250 ".
// "5350", "535abc", "550-5.1.1", "099" and "" are not.
std::optional<int> wholeCode(QStringView text);

// The reply code that opens a pasted reply line, as RFC 5321 section 4.2 writes it: three digits,
// then the end, white space or the hyphen of a continuation line. "550-5.1.1 …", "535 5.7.8 …" and
// "  250" give a code; "535.7.8" and "535abc" do not.
std::optional<int> leadingCode(QStringView line);

// The digits typed so far of a reply code: "5", "53" and "535" (trimmed) give themselves, so a
// list can narrow to codes starting with them; anything else gives an empty string.
QString typedPrefix(QStringView text);

} // namespace ReplyCodeParsing

} // namespace SmtpCodes
