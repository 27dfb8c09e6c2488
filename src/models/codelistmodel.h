// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>

namespace SmtpCodes {

// A read-only list model over the catalog: one row per reply code, in code order, then one per
// registered enhanced status code, in registry order. The catalog is not copied; it must
// outlive the model.
class CodeListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1, // QString: CodeId::toString(), "535" or "X.7.8"
        KindRole,                    // int value of CodeId::Kind
        ClassMaskRole,               // int: bit n set when the code is used in class n
        SearchTextRole,              // lower-case text the search field matches against
    };
    Q_ENUM(Role)

    explicit CodeListModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The row of a code, or an invalid index; 5.7.8 has the row of X.7.8.
    QModelIndex indexOfCode(const CodeId &code) const;
    CodeId codeAt(const QModelIndex &index) const;

    // Models get no LanguageChange event: the window calls this so translated texts refresh.
    void retranslate();

private:
    struct Row
    {
        CodeId id;
        QString searchText;
        int classMask = 0;
        QIcon mark;
    };

    QVariant replyData(const ReplyCode &code, int role) const;
    QVariant enhancedData(const EnhancedEntry &entry, int role) const;
    // The labels of the classes an enhanced code is used in, as one list; only tool tips and
    // screen readers ask, so it is not built for every paint.
    QString classLabels(const EnhancedEntry &entry) const;

    const Catalog &m_catalog;
    QList<Row> m_rows; // built once: filtering then touches one string per row per keystroke
};

} // namespace SmtpCodes
