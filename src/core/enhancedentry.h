// SPDX-License-Identifier: MIT
#pragma once

#include "enhancedcode.h"
#include "replycode.h"

#include <QList>
#include <QString>

namespace SmtpCodes {

// A row of the registry's class table: 2, 4 or 5 (RFC 3463 section 3.1).
struct EnhancedClassInfo
{
    int codeClass = 0;
    QString name; // the registry's title, "Permanent Failure"
    QString description;
    QList<RfcReference> rfcs;

    // "5.x.x Permanent Failure"
    QString label() const;
};

// A row of the registry's subject table: 0 to 7 (RFC 3463 section 3.2 to 3.8).
struct EnhancedSubjectInfo
{
    int subject = 0;
    QString name; // "Security or Policy Status"
    QString description;
    QList<RfcReference> rfcs;
};

// One enumerated code of the IANA registry, X.subject.detail, with our text about it.
struct EnhancedEntry
{
    EnhancedCode code; // generic: X.7.8
    QString name;      // the registry's title; empty where the registry gives none
    bool deprecated = false;
    QList<int> replyCodes; // the registry's associated reply codes
    QList<int> classes;    // the classes it is used with: 2, 4, 5
    QString summary;
    QString description;
    QString seenWhen; // a clause completing "You see X.7.8 when …"
    QString howToFix;
    QList<RfcReference> rfcs;
    QList<EnhancedCode> related; // generic codes
    QString example;             // one reply line

    // The reply codes associated with the code when read in `codeClass`; all for X.
    QList<int> replyCodesInClass(int codeClass) const;
    QString whenYouSeeIt() const;
};

} // namespace SmtpCodes
