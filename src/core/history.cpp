// SPDX-License-Identifier: MIT
#include "history.h"

namespace SmtpCodes {

void NavigationHistory::visit(const CodeId &code)
{
    if (current() == code)
        return;
    m_codes.resize(m_index + 1);
    m_codes.append(code);
    if (m_codes.size() > maximumSize)
        m_codes.removeFirst();
    m_index = m_codes.size() - 1;
}

CodeId NavigationHistory::back()
{
    if (!canGoBack())
        return {};
    return m_codes.at(--m_index);
}

CodeId NavigationHistory::forward()
{
    if (!canGoForward())
        return {};
    return m_codes.at(++m_index);
}

} // namespace SmtpCodes
