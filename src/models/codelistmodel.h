// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>

namespace SmtpCodes {

// A read-only list model over the catalog: one row per code, in code order. The catalog is not
// copied; it must outlive the model.
class CodeListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        ClassRole,      // int value of ReplyClass
        SearchTextRole, // lower-case text the search field matches against
    };
    Q_ENUM(Role)

    explicit CodeListModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The row of a code, or an invalid index.
    QModelIndex indexOfCode(int code) const;
    const ReplyCode *codeAt(const QModelIndex &index) const;

    // Models get no LanguageChange event: the window calls this so translated texts refresh.
    void retranslate();

private:
    const Catalog &m_catalog;
    QStringList m_searchTexts;
    QHash<int, QIcon> m_classMarks; // painted once, not per row and repaint
};

} // namespace SmtpCodes
