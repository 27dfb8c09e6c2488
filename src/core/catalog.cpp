// SPDX-License-Identifier: MIT
#include "catalog.h"

#include <algorithm>

namespace SmtpCodes {

Catalog::Catalog(QList<ReplyCode> replyCodes, EnhancedRegistry enhanced, ReasonRules reasons)
    : m_replyCodes(std::move(replyCodes)), m_enhanced(std::move(enhanced)),
      m_reasons(std::move(reasons))
{
    std::sort(m_replyCodes.begin(), m_replyCodes.end(),
              [](const ReplyCode &a, const ReplyCode &b) { return a.code < b.code; });
    std::sort(m_enhanced.codes.begin(), m_enhanced.codes.end(),
              [](const EnhancedEntry &a, const EnhancedEntry &b) { return a.code < b.code; });
    m_replyIndex.reserve(m_replyCodes.size());
    for (qsizetype i = 0; i < m_replyCodes.size(); ++i)
        m_replyIndex.insert(m_replyCodes.at(i).code, i);
    m_enhancedIndex.reserve(m_enhanced.codes.size());
    for (qsizetype i = 0; i < m_enhanced.codes.size(); ++i)
        m_enhancedIndex.insert(m_enhanced.codes.at(i).code.generic(), i);
}

const ReplyCode *Catalog::findReply(int code) const
{
    const auto it = m_replyIndex.constFind(code);
    return it == m_replyIndex.constEnd() ? nullptr : &m_replyCodes.at(*it);
}

const EnhancedEntry *Catalog::findEnhanced(EnhancedCode code) const
{
    const auto it = m_enhancedIndex.constFind(code.generic());
    return it == m_enhancedIndex.constEnd() ? nullptr : &m_enhanced.codes.at(*it);
}

const EnhancedClassInfo *Catalog::enhancedClass(int codeClass) const
{
    for (const EnhancedClassInfo &info : m_enhanced.classes) {
        if (info.codeClass == codeClass)
            return &info;
    }
    return nullptr;
}

const EnhancedSubjectInfo *Catalog::enhancedSubject(int subject) const
{
    for (const EnhancedSubjectInfo &info : m_enhanced.subjects) {
        if (info.subject == subject)
            return &info;
    }
    return nullptr;
}

EnhancedReading Catalog::readEnhanced(EnhancedCode code) const
{
    return {code, findEnhanced(code), code.isGeneric() ? nullptr : enhancedClass(code.codeClass),
            enhancedSubject(code.subject)};
}

QList<int> EnhancedReading::classes() const
{
    if (!code.isGeneric())
        return {code.codeClass};
    return entry ? entry->classes : QList<int>{};
}

bool Catalog::contains(const CodeId &id) const
{
    switch (id.kind()) {
    case CodeId::Kind::Reply:
        return findReply(id.replyCode()) != nullptr;
    case CodeId::Kind::Enhanced: {
        const EnhancedCode code = id.enhancedCode();
        if (findEnhanced(code))
            return true;
        return !code.isGeneric() && enhancedClass(code.codeClass) && enhancedSubject(code.subject);
    }
    case CodeId::Kind::None:
        break;
    }
    return false;
}

QString Catalog::title(const CodeId &id) const
{
    if (id.isReply()) {
        const ReplyCode *code = findReply(id.replyCode());
        return code ? code->title() : id.toString();
    }
    const EnhancedEntry *entry = id.isEnhanced() ? findEnhanced(id.enhancedCode()) : nullptr;
    if (!entry || entry->name.isEmpty())
        return id.toString();
    return id.toString() + QLatin1Char(' ') + entry->name;
}

CodeId Catalog::firstCode() const
{
    return m_replyCodes.isEmpty() ? CodeId() : CodeId::reply(m_replyCodes.constFirst().code);
}

CodeId Catalog::firstCodeOtherThan(const CodeId &code) const
{
    QList<CodeId> candidates;
    if (code.isReply()) {
        for (const ReplyCode &reply : m_replyCodes.mid(0, 2))
            candidates << CodeId::reply(reply.code);
    } else if (code.isEnhanced()) {
        for (const EnhancedEntry &entry : m_enhanced.codes.mid(0, 2))
            candidates << CodeId::enhanced(entry.code);
    }
    return candidates.value(candidates.value(0) == code ? 1 : 0);
}

} // namespace SmtpCodes
