// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <optional>

namespace SmtpCodes {

// An enhanced status code, class.subject.detail (RFC 3463 section 2): "5.7.8". The registry
// writes its entries with X for the class, "X.7.8", meaning the code read in any class; such a
// code has codeClass 0.
struct EnhancedCode
{
    int codeClass = 0; // 2, 4 or 5; 0 for X
    int subject = 0;   // 0 to 7, the subjects RFC 3463 defines
    int detail = 0;    // 0 to 999

    bool isGeneric() const { return codeClass == 0; }
    // The registry's form of this code: "X.7.8".
    EnhancedCode generic() const { return {0, subject, detail}; }
    // The code read in `codeClass`: "5.7.8".
    EnhancedCode inClass(int readClass) const { return {readClass, subject, detail}; }
    // "5.7.8", or "X.7.8" for a generic code.
    QString toString() const;

    friend bool operator==(const EnhancedCode &a, const EnhancedCode &b)
    {
        return a.codeClass == b.codeClass && a.subject == b.subject && a.detail == b.detail;
    }
    friend bool operator!=(const EnhancedCode &a, const EnhancedCode &b) { return !(a == b); }
    // Registry order: subject, then detail, then class.
    friend bool operator<(const EnhancedCode &a, const EnhancedCode &b)
    {
        if (a.subject != b.subject)
            return a.subject < b.subject;
        if (a.detail != b.detail)
            return a.detail < b.detail;
        return a.codeClass < b.codeClass;
    }
};

inline size_t qHash(const EnhancedCode &code, size_t seed = 0)
{
    return qHashMulti(seed, code.codeClass, code.subject, code.detail);
}

// The classes an enhanced status code can have (RFC 3463 section 3.1).
bool isEnhancedCodeClass(int codeClass);

// The one reading of enhanced status codes from text. RFC 3463 section 2: each part is written
// in decimal without leading zeros, the class is 2, 4 or 5, subject and detail have 1 to 3
// digits; of the subjects only 0 to 7 are defined.
namespace EnhancedCodeParsing {

// Text that is exactly one enhanced code, give or take surrounding white space: "5.7.8", "X.7.8"
// and "x.7.8". "5.07.8", "9.9.9", "5.7.8.1", "5.8.1" and "550" are not.
std::optional<EnhancedCode> wholeCode(QStringView text);

// The first enhanced code standing alone in `text`, with the class as written: "5.1.1" in
// "550 5.1.1 <bob@…>: …", "550-5.7.26 …", "(#5.1.1)" or "dsn=5.1.1,". A code must not run into
// other digits or dots, so "192.0.2.1" and "3.7.11" hold none.
std::optional<EnhancedCode> findIn(QStringView text, qsizetype from = 0,
                                   qsizetype *position = nullptr, qsizetype *length = nullptr);

} // namespace EnhancedCodeParsing

} // namespace SmtpCodes
