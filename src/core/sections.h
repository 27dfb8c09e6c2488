// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace SmtpCodes {

// The headed sections of an entry and of a comparison, shared by the window and text output so
// both use the same translated headings.
enum class Section
{
    NotInRegistry,
    ClassAndSubject,
    Description,
    WhenYouSeeIt,
    HowToFix,
    EnhancedCodes,
    ReplyCodes,
    RfcReferences,
    Commands,
    RelatedCodes,
    Example,
    ExampleReply,
    Notes,
    NonStandard,
    KeyDifferences,
    WhenToUseWhich,
};

QString sectionTitle(Section section);

} // namespace SmtpCodes
