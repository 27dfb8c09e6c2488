// SPDX-License-Identifier: MIT
#include "catalog.h"

#include <algorithm>

namespace SmtpCodes {

Catalog::Catalog(QList<ReplyCode> codes) : m_codes(std::move(codes))
{
    std::sort(m_codes.begin(), m_codes.end(),
              [](const ReplyCode &a, const ReplyCode &b) { return a.code < b.code; });
    m_indexByCode.reserve(m_codes.size());
    for (qsizetype i = 0; i < m_codes.size(); ++i)
        m_indexByCode.insert(m_codes.at(i).code, i);
}

const ReplyCode *Catalog::find(int code) const
{
    const auto it = m_indexByCode.constFind(code);
    return it == m_indexByCode.constEnd() ? nullptr : &m_codes.at(*it);
}

} // namespace SmtpCodes
