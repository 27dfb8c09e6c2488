// SPDX-License-Identifier: MIT
#include "codelistmodel.h"

#include "classcolors.h"

#include <QLocale>

namespace SmtpCodes {

namespace {

// "x.7.8 5.7.8": the forms a search may type, the classes it is used with included.
QString enhancedForms(const EnhancedEntry &entry)
{
    QStringList forms{entry.code.toString().toLower()};
    for (int codeClass : entry.classes)
        forms << entry.code.inClass(codeClass).toString();
    return forms.join(QLatin1Char(' '));
}

int maskOf(const QList<int> &classes)
{
    int mask = 0;
    for (int codeClass : classes)
        mask |= 1 << codeClass;
    return mask;
}

} // namespace

CodeListModel::CodeListModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog)
{
    QHash<int, QIcon> replyMarks;
    for (ReplyClass replyClass : allReplyClasses())
        replyMarks.insert(static_cast<int>(replyClass),
                          ClassColors::replyMark(static_cast<int>(replyClass)));
    QHash<int, QIcon> enhancedMarks;
    m_rows.reserve(catalog.size());
    for (const ReplyCode &code : catalog.replyCodes()) {
        QStringList enhanced;
        for (const EnhancedCode &enhancedCode : code.enhancedCodes)
            enhanced << enhancedCode.toString();
        const QString searchText =
            QStringList{code.name, code.summary, code.commands.join(QLatin1Char(' ')),
                        enhanced.join(QLatin1Char(' '))}
                .join(QLatin1Char('\n'))
                .toLower();
        m_rows << Row{CodeId::reply(code.code), searchText, 1 << (code.code / 100),
                      replyMarks.value(code.code / 100)};
    }
    for (const EnhancedEntry &entry : catalog.enhancedCodes()) {
        const int mask = maskOf(entry.classes);
        if (!enhancedMarks.contains(mask))
            enhancedMarks.insert(mask, ClassColors::enhancedMark(entry.classes));
        const QString searchText = QStringList{enhancedForms(entry), entry.name, entry.summary}
                                       .join(QLatin1Char('\n'))
                                       .toLower();
        m_rows << Row{CodeId::enhanced(entry.code), searchText, mask, enhancedMarks.value(mask)};
    }
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DecorationRole:
        return row.mark;
    case CodeRole:
        return row.id.toString();
    case KindRole:
        return static_cast<int>(row.id.kind());
    case ClassMaskRole:
        return row.classMask;
    case SearchTextRole:
        return row.searchText;
    }
    if (row.id.isReply())
        return replyData(*m_catalog.findReply(row.id.replyCode()), role);
    return enhancedData(*m_catalog.findEnhanced(row.id.enhancedCode()), role);
}

QVariant CodeListModel::replyData(const ReplyCode &code, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (!code.standard)
            return tr("%1  %2 (non-standard)").arg(code.codeText(), code.name);
        return tr("%1  %2").arg(code.codeText(), code.name);
    case Qt::ToolTipRole:
        if (!code.standard)
            return tr("%1. Not defined by any RFC.").arg(replyClassLabel(code.replyClass()));
        return replyClassLabel(code.replyClass());
    case Qt::AccessibleTextRole:
        return tr("%1 %2, %3").arg(code.codeText(), code.name, replyClassLabel(code.replyClass()));
    }
    return {};
}

QString CodeListModel::classLabels(const EnhancedEntry &entry) const
{
    QStringList classes;
    for (int codeClass : entry.classes) {
        if (const EnhancedClassInfo *info = m_catalog.enhancedClass(codeClass))
            classes << info->label();
    }
    return QLocale().createSeparatedList(classes);
}

QVariant CodeListModel::enhancedData(const EnhancedEntry &entry, int role) const
{
    const QString code = entry.code.toString();
    switch (role) {
    case Qt::DisplayRole:
        if (entry.deprecated)
            return tr("%1  %2 (deprecated)").arg(code, entry.name).simplified();
        return tr("%1  %2").arg(code, entry.name);
    case Qt::ToolTipRole:
        return tr("Enhanced status code: %1").arg(classLabels(entry));
    case Qt::AccessibleTextRole:
        return tr("Enhanced status code %1 %2, %3").arg(code, entry.name, classLabels(entry));
    }
    return {};
}

QModelIndex CodeListModel::indexOfCode(const CodeId &code) const
{
    const CodeId rowId = code.isEnhanced() ? CodeId::enhanced(code.enhancedCode().generic()) : code;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == rowId)
            return index(static_cast<int>(row));
    }
    return {};
}

CodeId CodeListModel::codeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row()).id;
}

void CodeListModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

} // namespace SmtpCodes
