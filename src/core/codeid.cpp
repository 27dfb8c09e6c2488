// SPDX-License-Identifier: MIT
#include "codeid.h"

#include "replycodeparsing.h"

namespace SmtpCodes {

CodeId CodeId::reply(int code)
{
    CodeId id;
    id.m_kind = Kind::Reply;
    id.m_reply = code;
    return id;
}

CodeId CodeId::enhanced(EnhancedCode code)
{
    CodeId id;
    id.m_kind = Kind::Enhanced;
    id.m_enhanced = code;
    return id;
}

std::optional<CodeId> CodeId::parse(QStringView text)
{
    if (const std::optional<int> code = ReplyCodeParsing::wholeCode(text))
        return reply(*code);
    if (const std::optional<EnhancedCode> code = EnhancedCodeParsing::wholeCode(text))
        return enhanced(*code);
    return std::nullopt;
}

QString CodeId::toString() const
{
    switch (m_kind) {
    case Kind::Reply:
        return QString::number(m_reply);
    case Kind::Enhanced:
        return m_enhanced.toString();
    case Kind::None:
        break;
    }
    return {};
}

} // namespace SmtpCodes
