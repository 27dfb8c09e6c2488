// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QWidget>

#include <memory>

class QTextBrowser;

namespace SmtpCodes {

namespace Ui {
class DetailPane;
}

// The entry of one code as rich text. Related codes are in-app links; RFC links open in the
// browser. Rebuilds itself when the language changes.
class DetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    void setCatalog(const Catalog *catalog);
    void showCode(int code);
    QString plainText() const;
    QTextBrowser *browser() const;

signals:
    void codeLinkActivated(int code);
    void compareRequested(int code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void showContextMenu(const QPoint &position);

    std::unique_ptr<Ui::DetailPane> m_ui;
    const Catalog *m_catalog = nullptr;
    int m_code = 0;
};

} // namespace SmtpCodes
