// SPDX-License-Identifier: MIT
#pragma once

#include "codeid.h"
#include "enhancedentry.h"
#include "reasonrules.h"
#include "replycode.h"

#include <QHash>
#include <QList>

namespace SmtpCodes {

// The enhanced status codes: the IANA registry's class and subject tables and its enumerated
// codes, each with our text.
struct EnhancedRegistry
{
    QString lastUpdated; // the registry copy's date, YYYY-MM-DD
    QList<EnhancedClassInfo> classes;
    QList<EnhancedSubjectInfo> subjects;
    QList<EnhancedEntry> codes;
};

// An enhanced status code as the app explains it: the code as asked for (5.7.8 or X.7.8), its
// registry entry when it has one, and its class and subject. Pointers into the catalog.
struct EnhancedReading
{
    EnhancedCode code;
    const EnhancedEntry *entry = nullptr;         // nullptr: not in the registry
    const EnhancedClassInfo *classInfo = nullptr; // nullptr for X
    const EnhancedSubjectInfo *subjectInfo = nullptr;

    bool isRegistered() const { return entry != nullptr; }
    // The classes the reading stands for: its own, or for X those the entry is used with.
    QList<int> classes() const;
};

// The immutable catalog: reply codes and enhanced status codes, with lookups.
class Catalog final
{
public:
    Catalog() = default;
    // Takes entries already validated by CatalogLoader; sorts them.
    explicit Catalog(QList<ReplyCode> replyCodes, EnhancedRegistry enhanced = {},
                     ReasonRules reasons = {});

    const QList<ReplyCode> &replyCodes() const { return m_replyCodes; }
    const QList<EnhancedEntry> &enhancedCodes() const { return m_enhanced.codes; }
    const EnhancedRegistry &enhancedRegistry() const { return m_enhanced; }
    // What turns a bounce's codes and words into a reason (explaining).
    const ReasonRules &reasonRules() const { return m_reasons; }
    // Reply codes and registered enhanced codes together.
    qsizetype size() const { return m_replyCodes.size() + m_enhanced.codes.size(); }
    bool isEmpty() const { return m_replyCodes.isEmpty(); }

    // nullptr when the catalog has no such code.
    const ReplyCode *findReply(int code) const;
    // The registry entry of a code in any class: 5.7.8 and X.7.8 both find X.7.8.
    const EnhancedEntry *findEnhanced(EnhancedCode code) const;
    const EnhancedClassInfo *enhancedClass(int codeClass) const;
    const EnhancedSubjectInfo *enhancedSubject(int subject) const;
    EnhancedReading readEnhanced(EnhancedCode code) const;

    // Whether the app can show the code: a reply code in the catalog, a registered enhanced
    // code in any form, or an unregistered one read in a class with a known subject.
    bool contains(const CodeId &id) const;
    // "535 Authentication Failed", "5.7.8 Authentication credentials invalid", "5.7.606".
    QString title(const CodeId &id) const;
    // The first entry, shown when nothing else is asked for.
    CodeId firstCode() const;
    // The first entry of `code`'s kind other than `code`: what a comparison starts its second
    // side at. Invalid when the kind has no other entry.
    CodeId firstCodeOtherThan(const CodeId &code) const;

private:
    QList<ReplyCode> m_replyCodes;
    EnhancedRegistry m_enhanced;
    ReasonRules m_reasons;
    QHash<int, qsizetype> m_replyIndex;
    QHash<EnhancedCode, qsizetype> m_enhancedIndex; // by generic code
};

} // namespace SmtpCodes
