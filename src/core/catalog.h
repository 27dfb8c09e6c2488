// SPDX-License-Identifier: MIT
#pragma once

#include "replycode.h"

#include <QHash>
#include <QList>

namespace SmtpCodes {

// The immutable, ordered set of reply codes, with lookup by code.
class Catalog final
{
public:
    Catalog() = default;
    // Takes entries already validated by CatalogLoader; sorts them by code.
    explicit Catalog(QList<ReplyCode> codes);

    const QList<ReplyCode> &codes() const { return m_codes; }
    qsizetype size() const { return m_codes.size(); }
    bool isEmpty() const { return m_codes.isEmpty(); }
    // nullptr when the catalog has no such code.
    const ReplyCode *find(int code) const;

private:
    QList<ReplyCode> m_codes;
    QHash<int, qsizetype> m_indexByCode;
};

} // namespace SmtpCodes
