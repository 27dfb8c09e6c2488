// SPDX-License-Identifier: MIT
#include "codefilterproxy.h"

#include "codelistmodel.h"
#include "replycodeparsing.h"

namespace SmtpCodes {

CodeFilterProxy::CodeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void CodeFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;

    // Decided once per keystroke, not once per row.
    const QString trimmed = text.simplified().toLower();
    if (trimmed.isEmpty()) {
        m_mode = Mode::All;
        m_needle.clear();
    } else if (const QString prefix = ReplyCodeParsing::typedPrefix(trimmed); !prefix.isEmpty()) {
        m_mode = Mode::CodePrefix;
        m_needle = prefix;
    } else if (const std::optional<int> code = ReplyCodeParsing::leadingCode(trimmed)) {
        m_mode = Mode::CodePrefix;
        m_needle = QString::number(*code);
    } else {
        m_mode = Mode::Text;
        m_needle = trimmed;
    }
    invalidateRowsFilter();
}

void CodeFilterProxy::setClassFilter(std::optional<ReplyClass> replyClass)
{
    if (replyClass == m_classFilter)
        return;
    m_classFilter = replyClass;
    invalidateRowsFilter();
}

bool CodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_classFilter &&
        index.data(CodeListModel::ClassRole).toInt() != static_cast<int>(*m_classFilter))
        return false;

    switch (m_mode) {
    case Mode::All:
        return true;
    case Mode::CodePrefix:
        return index.data(CodeListModel::CodeRole).toString().startsWith(m_needle);
    case Mode::Text:
        return index.data(CodeListModel::SearchTextRole).toString().contains(m_needle);
    }
    return false;
}

} // namespace SmtpCodes
