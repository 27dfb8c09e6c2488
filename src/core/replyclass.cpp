// SPDX-License-Identifier: MIT
#include "replyclass.h"

#include <QCoreApplication>

namespace SmtpCodes {

namespace {
struct ClassText
{
    ReplyClass replyClass;
    const char *name;
    const char *meaning;
    const char *nextStep;
};

// Wording follows RFC 5321 section 4.2.1.
constexpr ClassText classTexts[] = {
    {ReplyClass::PositiveCompletion, QT_TRANSLATE_NOOP("ReplyClass", "Positive Completion"),
     QT_TRANSLATE_NOOP("ReplyClass", "has completed the requested action"),
     QT_TRANSLATE_NOOP("ReplyClass", "can go on with its next command")},
    {ReplyClass::PositiveIntermediate, QT_TRANSLATE_NOOP("ReplyClass", "Positive Intermediate"),
     QT_TRANSLATE_NOOP("ReplyClass", "has accepted the command but needs more information first"),
     QT_TRANSLATE_NOOP("ReplyClass", "sends the data or the response that the server asked for")},
    {ReplyClass::TransientNegative,
     QT_TRANSLATE_NOOP("ReplyClass", "Transient Negative Completion"),
     QT_TRANSLATE_NOOP("ReplyClass", "did not perform the action, but the failure is temporary"),
     QT_TRANSLATE_NOOP("ReplyClass", "may try the same request again later")},
    {ReplyClass::PermanentNegative,
     QT_TRANSLATE_NOOP("ReplyClass", "Permanent Negative Completion"),
     QT_TRANSLATE_NOOP("ReplyClass", "did not perform the action, and the failure is permanent"),
     QT_TRANSLATE_NOOP("ReplyClass", "should not repeat the same request unchanged")},
};

const ClassText &textsFor(ReplyClass replyClass)
{
    for (const ClassText &texts : classTexts) {
        if (texts.replyClass == replyClass)
            return texts;
    }
    Q_UNREACHABLE();
}

QString translated(const char *source)
{
    return QCoreApplication::translate("ReplyClass", source);
}
} // namespace

bool isValidReplyCode(int code)
{
    return code >= 200 && code <= 599;
}

ReplyClass replyClassOf(int code)
{
    Q_ASSERT(isValidReplyCode(code));
    return static_cast<ReplyClass>(code / 100);
}

QList<ReplyClass> allReplyClasses()
{
    return {ReplyClass::PositiveCompletion, ReplyClass::PositiveIntermediate,
            ReplyClass::TransientNegative, ReplyClass::PermanentNegative};
}

QString replyClassDigits(ReplyClass replyClass)
{
    return QString::number(static_cast<int>(replyClass)) + QStringLiteral("xx");
}

QString replyClassName(ReplyClass replyClass)
{
    return translated(textsFor(replyClass).name);
}

QString replyClassLabel(ReplyClass replyClass)
{
    return replyClassDigits(replyClass) + QLatin1Char(' ') + replyClassName(replyClass);
}

QString replyClassMeaning(ReplyClass replyClass)
{
    return translated(textsFor(replyClass).meaning);
}

QString replyClassNextStep(ReplyClass replyClass)
{
    return translated(textsFor(replyClass).nextStep);
}

} // namespace SmtpCodes
