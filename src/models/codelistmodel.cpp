// SPDX-License-Identifier: MIT
#include "codelistmodel.h"

#include "classcolors.h"

#include <QCoreApplication>
#include <QFont>

namespace SmtpCodes {

CodeListModel::CodeListModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog)
{
    // Built once: filtering then touches one string per row per keystroke.
    for (ReplyClass replyClass : allReplyClasses())
        m_classMarks.insert(static_cast<int>(replyClass), ClassColors::markIcon(replyClass));
    m_searchTexts.reserve(catalog.size());
    for (const ReplyCode &code : catalog.codes()) {
        m_searchTexts << QStringList{code.name, code.summary, code.commands.join(QLatin1Char(' ')),
                                     code.enhancedCodes.join(QLatin1Char(' '))}
                             .join(QLatin1Char('\n'))
                             .toLower();
    }
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalog.size());
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    const ReplyCode *code = codeAt(index);
    if (!code)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (!code->standard)
            return tr("%1  %2 (non-standard)").arg(code->codeText(), code->name);
        return tr("%1  %2").arg(code->codeText(), code->name);
    case Qt::ToolTipRole:
        if (!code->standard)
            return tr("%1. Not defined by any RFC.").arg(replyClassLabel(code->replyClass()));
        return replyClassLabel(code->replyClass());
    case Qt::AccessibleTextRole:
        return tr("%1 %2, %3")
            .arg(code->codeText(), code->name, replyClassLabel(code->replyClass()));
    case Qt::DecorationRole:
        return m_classMarks.value(static_cast<int>(code->replyClass()));
    case Qt::FontRole:
        if (!code->standard) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case CodeRole:
        return code->code;
    case ClassRole:
        return static_cast<int>(code->replyClass());
    case SearchTextRole:
        return m_searchTexts.at(index.row());
    }
    return {};
}

QModelIndex CodeListModel::indexOfCode(int code) const
{
    const ReplyCode *entry = m_catalog.find(code);
    return entry ? index(static_cast<int>(entry - m_catalog.codes().constData())) : QModelIndex();
}

const ReplyCode *CodeListModel::codeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_catalog.size())
        return nullptr;
    return &m_catalog.codes().at(index.row());
}

void CodeListModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

} // namespace SmtpCodes
