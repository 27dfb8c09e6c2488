// SPDX-License-Identifier: MIT
#include "replycodeparsing.h"

#include "replyclass.h"

namespace SmtpCodes {

namespace {

bool isAsciiDigit(QChar character)
{
    return character >= QLatin1Char('0') && character <= QLatin1Char('9');
}

// Three ASCII digits at the start of `text` that make a valid reply code.
std::optional<int> threeDigitCode(QStringView text)
{
    if (text.size() < 3 || !isAsciiDigit(text[0]) || !isAsciiDigit(text[1]) ||
        !isAsciiDigit(text[2]))
        return std::nullopt;
    const int code = text.left(3).toInt();
    return isValidReplyCode(code) ? std::optional(code) : std::nullopt;
}

} // namespace

std::optional<int> ReplyCodeParsing::wholeCode(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    return trimmed.size() == 3 ? threeDigitCode(trimmed) : std::nullopt;
}

std::optional<int> ReplyCodeParsing::leadingCode(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    const std::optional<int> code = threeDigitCode(trimmed);
    if (!code || trimmed.size() == 3)
        return code;
    const QChar next = trimmed[3];
    return next.isSpace() || next == QLatin1Char('-') ? code : std::nullopt;
}

QString ReplyCodeParsing::typedPrefix(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 3)
        return {};
    for (const QChar character : trimmed) {
        if (!isAsciiDigit(character))
            return {};
    }
    return trimmed.toString();
}

} // namespace SmtpCodes
