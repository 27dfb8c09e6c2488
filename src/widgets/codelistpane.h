// SPDX-License-Identifier: MIT
#pragma once

#include "codeid.h"

#include <QWidget>

#include <memory>

namespace SmtpCodes {

namespace Ui {
class CodeListPane;
}

class CodeFilterProxy;
class CodeListModel;

// The left pane: search field, kind and class filters, the filtered list and its count. Reports
// the code the user moves to; the catalog stays in the models.
class CodeListPane final : public QWidget
{
    Q_OBJECT

public:
    explicit CodeListPane(QWidget *parent = nullptr);
    ~CodeListPane() override;

    // Must be called once before use; the pane does not own the model.
    void setModel(CodeListModel *model);

    // Selects the code's row, clearing filters that hide it. No signal is emitted.
    void selectCode(const CodeId &code);
    void focusSearch();

signals:
    void codeSelected(const SmtpCodes::CodeId &code);
    // "Compare with…" from the context menu, or Ctrl+click on a second code.
    void compareRequested(const SmtpCodes::CodeId &code);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillFilters();
    void updateCount();
    void selectFirstMatch();
    void showContextMenu(const QPoint &position);
    CodeId codeAt(const QModelIndex &proxyIndex) const;

    std::unique_ptr<Ui::CodeListPane> m_ui;
    CodeListModel *m_model = nullptr;
    CodeFilterProxy *m_proxy = nullptr;
    bool m_selectingProgrammatically = false;
};

} // namespace SmtpCodes
