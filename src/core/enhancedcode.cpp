// SPDX-License-Identifier: MIT
#include "enhancedcode.h"

namespace SmtpCodes {

namespace {

constexpr int lastDefinedSubject = 7;

bool isAsciiDigit(QChar character)
{
    return character >= QLatin1Char('0') && character <= QLatin1Char('9');
}

// A part of 1 to 3 digits without a leading zero, starting at `at`; its value, and `at` moved
// past it. Nothing when there is no such part.
std::optional<int> numberPart(QStringView text, qsizetype &at)
{
    qsizetype end = at;
    while (end < text.size() && isAsciiDigit(text[end]) && end - at < 4)
        ++end;
    const qsizetype digits = end - at;
    if (digits < 1 || digits > 3 || (digits > 1 && text[at] == QLatin1Char('0')))
        return std::nullopt;
    const int value = text.mid(at, digits).toInt();
    at = end;
    return value;
}

// An enhanced code starting exactly at `at`, ending at `end`; no look at what surrounds it.
std::optional<EnhancedCode> codeAt(QStringView text, qsizetype at, qsizetype *end)
{
    if (at >= text.size())
        return std::nullopt;
    EnhancedCode code;
    const QChar first = text[at];
    if (first == QLatin1Char('X') || first == QLatin1Char('x'))
        code.codeClass = 0;
    else if (isAsciiDigit(first) && isEnhancedCodeClass(first.digitValue()))
        code.codeClass = first.digitValue();
    else
        return std::nullopt;
    qsizetype position = at + 1;
    if (position >= text.size() || text[position] != QLatin1Char('.'))
        return std::nullopt;
    ++position;
    const std::optional<int> subject = numberPart(text, position);
    if (!subject || *subject > lastDefinedSubject || position >= text.size() ||
        text[position] != QLatin1Char('.'))
        return std::nullopt;
    ++position;
    const std::optional<int> detail = numberPart(text, position);
    if (!detail)
        return std::nullopt;
    code.subject = *subject;
    code.detail = *detail;
    *end = position;
    return code;
}

bool isCodeCharacter(QChar character)
{
    return isAsciiDigit(character) || character == QLatin1Char('.');
}

// Whether the code ending at `end` runs on into more of a number: "5.7.8.1", "5.7.80". A full
// stop that ends a sentence does not count.
bool runsOn(QStringView text, qsizetype end)
{
    if (end >= text.size())
        return false;
    if (isAsciiDigit(text[end]))
        return true;
    return text[end] == QLatin1Char('.') && end + 1 < text.size() && isAsciiDigit(text[end + 1]);
}

} // namespace

QString EnhancedCode::toString() const
{
    const QString classText = isGeneric() ? QStringLiteral("X") : QString::number(codeClass);
    return classText + QLatin1Char('.') + QString::number(subject) + QLatin1Char('.') +
           QString::number(detail);
}

bool isEnhancedCodeClass(int codeClass)
{
    return codeClass == 2 || codeClass == 4 || codeClass == 5;
}

std::optional<EnhancedCode> EnhancedCodeParsing::wholeCode(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    qsizetype end = 0;
    const std::optional<EnhancedCode> code = codeAt(trimmed, 0, &end);
    return code && end == trimmed.size() ? code : std::nullopt;
}

std::optional<EnhancedCode> EnhancedCodeParsing::findIn(QStringView text, qsizetype from,
                                                        qsizetype *position, qsizetype *length)
{
    for (qsizetype at = qMax<qsizetype>(0, from); at + 5 <= text.size(); ++at) {
        const QChar character = text[at];
        if (!isAsciiDigit(character) || (at > 0 && isCodeCharacter(text[at - 1])))
            continue;
        qsizetype end = 0;
        const std::optional<EnhancedCode> code = codeAt(text, at, &end);
        if (!code || code->isGeneric() || runsOn(text, end))
            continue;
        if (position)
            *position = at;
        if (length)
            *length = end - at;
        return code;
    }
    return std::nullopt;
}

} // namespace SmtpCodes
