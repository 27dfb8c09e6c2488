// SPDX-License-Identifier: MIT
#pragma once

#include "replycode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <optional>

namespace SmtpCodes {

// For the catalog loaders only: reading the fields of one JSON entry, each error naming the
// entry and the field, e.g. `entry 4 (code 250): field "name" is missing`.

// Thrown to unwind from the field that failed to the loader's entry point. The message is
// worded when shown, in the language installed by then.
struct LoadError
{
    std::function<QString()> message;
};

// A JSON number that is a whole reply code, or nothing.
std::optional<int> replyCodeNumber(const QJsonValue &value);

class EntryReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    // `entryName` words the entry for messages, such as "entry 4 (code 250)".
    EntryReader(const QJsonObject &object, std::function<QString()> entryName)
        : m_object(object), m_entryName(std::move(entryName))
    {
    }

    // `problem` is marked with QT_TR_NOOP; `argument`, when given, fills its %1.
    [[noreturn]] void fail(const QString &field, const char *problem,
                           const QString &argument = {}) const;

    QJsonValue required(const QString &field) const;
    // Non-empty text, or with `mayBeEmpty` any text.
    QString text(const QString &field, bool mayBeEmpty = false) const;
    // Text that is whole sentences: it ends with a full stop.
    QString sentences(const QString &field) const;
    // A clause that completes "You see 535 when …": it must not start with a conjunction.
    QString whenClause(const QString &field) const;
    bool boolean(const QString &field, bool fallback) const;
    QJsonArray array(const QString &field, qsizetype minimumSize) const;
    QStringList texts(const QString &field, qsizetype minimumSize) const;
    QList<int> replyCodes(const QString &field, qsizetype minimumSize) const;
    QList<RfcReference> rfcs(const QString &field, qsizetype minimumSize) const;

private:
    QJsonObject m_object;
    std::function<QString()> m_entryName;
};

} // namespace SmtpCodes
