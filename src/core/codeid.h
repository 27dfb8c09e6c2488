// SPDX-License-Identifier: MIT
#pragma once

#include "enhancedcode.h"

#include <QHashFunctions>
#include <QString>

#include <optional>

namespace SmtpCodes {

// Names one entry of the catalog wherever the app refers to one: history, links, settings,
// the list and the command line. Either a reply code ("535") or an enhanced status code, read in
// a class ("5.7.8") or as the registry writes it ("X.7.8").
class CodeId
{
public:
    enum class Kind
    {
        None,
        Reply,
        Enhanced
    };

    CodeId() = default;
    static CodeId reply(int code);
    static CodeId enhanced(EnhancedCode code);
    // A whole reply code or a whole enhanced code, as ReplyCodeParsing::wholeCode() and
    // EnhancedCodeParsing::wholeCode() read them.
    static std::optional<CodeId> parse(QStringView text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::None; }
    bool isReply() const { return m_kind == Kind::Reply; }
    bool isEnhanced() const { return m_kind == Kind::Enhanced; }
    int replyCode() const { return m_reply; }
    EnhancedCode enhancedCode() const { return m_enhanced; }
    bool sameKind(const CodeId &other) const { return m_kind == other.m_kind; }

    // "535", "5.7.8", "X.7.8"; empty for an invalid id.
    QString toString() const;

    friend bool operator==(const CodeId &a, const CodeId &b)
    {
        return a.m_kind == b.m_kind && a.m_reply == b.m_reply && a.m_enhanced == b.m_enhanced;
    }
    friend bool operator!=(const CodeId &a, const CodeId &b) { return !(a == b); }
    friend size_t qHash(const CodeId &id, size_t seed = 0)
    {
        return qHashMulti(seed, static_cast<int>(id.m_kind), id.m_reply, id.m_enhanced);
    }

private:
    Kind m_kind = Kind::None;
    int m_reply = 0;
    EnhancedCode m_enhanced;
};

} // namespace SmtpCodes
