// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace SmtpCodes {

// The four reply classes of RFC 5321 section 4.2.1, named by the first digit of a reply code.
enum class ReplyClass
{
    PositiveCompletion = 2,
    PositiveIntermediate = 3,
    TransientNegative = 4,
    PermanentNegative = 5,
};

// The one range check for reply codes: 200 to 599, the classes RFC 5321 defines.
bool isValidReplyCode(int code);
// The class a code belongs to; the code must be valid.
ReplyClass replyClassOf(int code);
QList<ReplyClass> allReplyClasses();

// "2xx": never translated, it is part of the protocol.
QString replyClassDigits(ReplyClass replyClass);
// "Positive Completion", translated.
QString replyClassName(ReplyClass replyClass);
// "5xx Permanent Negative Completion": digits and name, as badges and lists show a class.
QString replyClassLabel(ReplyClass replyClass);
// A clause that completes "the server …": what a reply of the class tells the client, translated.
QString replyClassMeaning(ReplyClass replyClass);
// A clause that completes "the client …": what a client does next, translated.
QString replyClassNextStep(ReplyClass replyClass);

} // namespace SmtpCodes
