// SPDX-License-Identifier: MIT
#include "sections.h"

#include <QCoreApplication>

namespace SmtpCodes {

QString sectionTitle(Section section)
{
    const char *title = nullptr;
    switch (section) {
    case Section::NotInRegistry:
        title = QT_TRANSLATE_NOOP("Section", "Not in the registry");
        break;
    case Section::ClassAndSubject:
        title = QT_TRANSLATE_NOOP("Section", "Class and subject");
        break;
    case Section::Description:
        title = QT_TRANSLATE_NOOP("Section", "Description");
        break;
    case Section::WhenYouSeeIt:
        title = QT_TRANSLATE_NOOP("Section", "When you see it");
        break;
    case Section::HowToFix:
        title = QT_TRANSLATE_NOOP("Section", "How to fix");
        break;
    case Section::EnhancedCodes:
        title = QT_TRANSLATE_NOOP("Section", "Typical enhanced status codes");
        break;
    case Section::ReplyCodes:
        title = QT_TRANSLATE_NOOP("Section", "Associated reply codes");
        break;
    case Section::RfcReferences:
        title = QT_TRANSLATE_NOOP("Section", "RFC references");
        break;
    case Section::Commands:
        title = QT_TRANSLATE_NOOP("Section", "Sent in reply to");
        break;
    case Section::RelatedCodes:
        title = QT_TRANSLATE_NOOP("Section", "Related codes");
        break;
    case Section::Example:
        title = QT_TRANSLATE_NOOP("Section", "Example exchange");
        break;
    case Section::ExampleReply:
        title = QT_TRANSLATE_NOOP("Section", "Example reply");
        break;
    case Section::Notes:
        title = QT_TRANSLATE_NOOP("Section", "Other meanings and extensions");
        break;
    case Section::NonStandard:
        title = QT_TRANSLATE_NOOP("Section", "Non-standard code");
        break;
    case Section::KeyDifferences:
        title = QT_TRANSLATE_NOOP("Section", "Key differences");
        break;
    case Section::WhenToUseWhich:
        title = QT_TRANSLATE_NOOP("Section", "When to use which");
        break;
    }
    return QCoreApplication::translate("Section", title);
}

} // namespace SmtpCodes
