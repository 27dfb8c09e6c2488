// SPDX-License-Identifier: MIT
#include "codefilterproxy.h"

#include "codelistmodel.h"
#include "replycodeparsing.h"

namespace SmtpCodes {

namespace {

CodeId rowCode(const QModelIndex &sourceIndex)
{
    return CodeId::parse(sourceIndex.data(CodeListModel::CodeRole).toString()).value_or(CodeId());
}

} // namespace

CodeFilterProxy::CodeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void CodeFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;

    // Decided once per keystroke, not once per row.
    const QString trimmed = text.simplified();
    m_needle.clear();
    m_replyCode.reset();
    m_enhancedCode.reset();
    if (trimmed.isEmpty()) {
        m_mode = Mode::All;
    } else if (const QString prefix = ReplyCodeParsing::typedPrefix(trimmed); !prefix.isEmpty()) {
        m_mode = Mode::CodePrefix;
        m_needle = prefix;
    } else if (const std::optional<int> code = ReplyCodeParsing::leadingCode(trimmed)) {
        m_mode = Mode::ExactCodes;
        m_replyCode = code;
        m_enhancedCode = EnhancedCodeParsing::findIn(trimmed, 3);
    } else if (const std::optional<EnhancedCode> enhanced =
                   EnhancedCodeParsing::wholeCode(trimmed)) {
        m_mode = Mode::ExactCodes;
        m_enhancedCode = enhanced;
    } else {
        m_mode = Mode::Text;
        m_needle = trimmed.toLower();
    }
    m_exactCodes.clear();
    if (m_replyCode)
        m_exactCodes << QString::number(*m_replyCode);
    if (m_enhancedCode)
        m_exactCodes << m_enhancedCode->generic().toString();
    // Only codes named exactly change the order; otherwise the list keeps the catalog's.
    if (m_mode == Mode::ExactCodes) {
        invalidate();
        sort(0);
    } else {
        sort(-1);
        invalidateRowsFilter();
    }
}

void CodeFilterProxy::setKindFilter(KindFilter kind)
{
    if (kind == m_kindFilter)
        return;
    m_kindFilter = kind;
    invalidateRowsFilter();
}

void CodeFilterProxy::setClassFilter(std::optional<int> codeClass)
{
    if (codeClass == m_classFilter)
        return;
    m_classFilter = codeClass;
    invalidateRowsFilter();
}

CodeId CodeFilterProxy::codeAt(const QModelIndex &proxyIndex) const
{
    const CodeId id = rowCode(mapToSource(proxyIndex));
    if (id.isEnhanced() && m_enhancedCode && !m_enhancedCode->isGeneric() &&
        id.enhancedCode() == m_enhancedCode->generic())
        return CodeId::enhanced(*m_enhancedCode);
    return id;
}

bool CodeFilterProxy::isExactMatch(const QModelIndex &sourceIndex) const
{
    return m_exactCodes.contains(sourceIndex.data(CodeListModel::CodeRole).toString());
}

bool CodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = static_cast<CodeId::Kind>(index.data(CodeListModel::KindRole).toInt());
    if ((m_kindFilter == KindFilter::ReplyCodes && kind != CodeId::Kind::Reply) ||
        (m_kindFilter == KindFilter::EnhancedCodes && kind != CodeId::Kind::Enhanced))
        return false;
    if (m_classFilter &&
        !(index.data(CodeListModel::ClassMaskRole).toInt() & (1 << *m_classFilter)))
        return false;

    switch (m_mode) {
    case Mode::All:
        return true;
    case Mode::CodePrefix:
        return kind == CodeId::Kind::Reply &&
               index.data(CodeListModel::CodeRole).toString().startsWith(m_needle);
    case Mode::ExactCodes:
        if (isExactMatch(index))
            return true;
        // A whole enhanced code also finds the reply codes that usually carry it.
        return !m_replyCode && kind == CodeId::Kind::Reply &&
               index.data(CodeListModel::SearchTextRole)
                   .toString()
                   .contains(m_enhancedCode->toString());
    case Mode::Text:
        return index.data(CodeListModel::SearchTextRole).toString().contains(m_needle);
    }
    return false;
}

// The enhanced code a search names comes first, as the more specific; then its reply code.
int CodeFilterProxy::rank(const QModelIndex &sourceIndex) const
{
    if (!isExactMatch(sourceIndex))
        return 2;
    return sourceIndex.data(CodeListModel::KindRole).toInt() ==
                   static_cast<int>(CodeId::Kind::Enhanced)
               ? 0
               : 1;
}

bool CodeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_mode == Mode::ExactCodes) {
        const int leftRank = rank(left);
        const int rightRank = rank(right);
        if (leftRank != rightRank)
            return leftRank < rightRank;
    }
    return left.row() < right.row();
}

} // namespace SmtpCodes
