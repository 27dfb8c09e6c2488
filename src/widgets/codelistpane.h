// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace SmtpCodes {

namespace Ui {
class CodeListPane;
}

class CodeFilterProxy;
class CodeListModel;

// The left pane: search field, class filter, the filtered list and its count. Reports the code
// the user moves to; the catalog stays in the models.
class CodeListPane final : public QWidget
{
    Q_OBJECT

public:
    explicit CodeListPane(QWidget *parent = nullptr);
    ~CodeListPane() override;

    // Must be called once before use; the pane does not own the model.
    void setModel(CodeListModel *model);

    // Selects the code in the list, clearing filters that hide it. No signal is emitted.
    void selectCode(int code);
    int currentCode() const;
    void focusSearch();

signals:
    void codeSelected(int code);
    // "Compare with…" from the context menu, or Ctrl+click on a second code.
    void compareRequested(int code);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillClassFilter();
    void updateCount();
    void selectFirstMatch();
    void showContextMenu(const QPoint &position);
    int codeAt(const QModelIndex &proxyIndex) const;

    std::unique_ptr<Ui::CodeListPane> m_ui;
    CodeListModel *m_model = nullptr;
    CodeFilterProxy *m_proxy = nullptr;
    bool m_selectingProgrammatically = false;
};

} // namespace SmtpCodes
