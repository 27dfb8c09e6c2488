// SPDX-License-Identifier: MIT
#pragma once

#include "replyclass.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace SmtpCodes {

// Filters CodeListModel by the search text and by reply class; both filters combine.
// Search text: up to three digits filter by code prefix ("53" → 530–538); a pasted reply line such
// as "535 5.7.8 Authentication credentials invalid" finds the code it opens with; anything else,
// an enhanced status code ("5.7.8") included, matches name, summary, commands and usual enhanced
// codes, case-insensitively.
class CodeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CodeFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // nullopt shows every class.
    void setClassFilter(std::optional<ReplyClass> replyClass);
    std::optional<ReplyClass> classFilter() const { return m_classFilter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    enum class Mode
    {
        All,
        CodePrefix,
        Text
    };

    QString m_searchText;
    Mode m_mode = Mode::All;
    QString m_needle;
    std::optional<ReplyClass> m_classFilter;
};

} // namespace SmtpCodes
