// SPDX-License-Identifier: MIT
#pragma once

#include "codeid.h"

#include <QList>

namespace SmtpCodes {

// Back/forward history of viewed codes, as in a browser: visiting a code after going back
// drops the forward entries.
class NavigationHistory final
{
public:
    // Records a visit; visiting the current code again changes nothing.
    void visit(const CodeId &code);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_codes.size(); }
    // The code moved to, or an invalid id when there is nowhere to go.
    CodeId back();
    CodeId forward();
    CodeId current() const { return m_index >= 0 ? m_codes.at(m_index) : CodeId(); }

private:
    static constexpr qsizetype maximumSize = 200;
    QList<CodeId> m_codes;
    qsizetype m_index = -1;
};

} // namespace SmtpCodes
