// SPDX-License-Identifier: MIT
#pragma once

#include "codeid.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace SmtpCodes {

// Filters CodeListModel by the search text, by kind and by class; the three combine.
// Search text:
// - up to three digits filter reply codes by prefix ("53" → 530–538);
// - a pasted reply line such as "550 5.7.1 Relaying denied" finds the reply code it opens with
//   and the enhanced code in it;
// - a whole enhanced code ("5.7.8", "X.7.8") finds its registry entry and the reply codes that
//   usually carry it;
// - anything else matches names, summaries, commands and the written forms of enhanced codes
//   ("7.8", "x.7.8"), case-insensitively.
// Codes that the text names exactly come first, the enhanced code before the reply code.
class CodeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class KindFilter
    {
        All,
        ReplyCodes,
        EnhancedCodes
    };

    explicit CodeFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setKindFilter(KindFilter kind);
    KindFilter kindFilter() const { return m_kindFilter; }
    // The class's first digit (2 to 5), or nullopt for every class.
    void setClassFilter(std::optional<int> codeClass);
    std::optional<int> classFilter() const { return m_classFilter; }

    // The code a row stands for under the current search: the row's own, except that a
    // registry entry found by a code read in a class stands for that code (X.7.8 → 5.7.8).
    CodeId codeAt(const QModelIndex &proxyIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    enum class Mode
    {
        All,
        CodePrefix,
        ExactCodes,
        Text
    };

    bool isExactMatch(const QModelIndex &sourceIndex) const;
    int rank(const QModelIndex &sourceIndex) const;

    QString m_searchText;
    Mode m_mode = Mode::All;
    QString m_needle;
    std::optional<int> m_replyCode;             // named by the search, for ExactCodes
    std::optional<EnhancedCode> m_enhancedCode; // named by the search
    QStringList m_exactCodes;                   // the rows' codes that the search names
    KindFilter m_kindFilter = KindFilter::All;
    std::optional<int> m_classFilter;
};

} // namespace SmtpCodes
