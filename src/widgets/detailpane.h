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

// The entry of one code, reply or enhanced, as rich text. Related codes are in-app links; RFC
// links open in the browser. Rebuilds itself when the language changes.
class DetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    void setCatalog(const Catalog *catalog);
    void showCode(const CodeId &code);
    QString plainText() const;
    QTextBrowser *browser() const;

signals:
    void codeLinkActivated(const SmtpCodes::CodeId &code);
    void compareRequested(const SmtpCodes::CodeId &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void showContextMenu(const QPoint &position);

    std::unique_ptr<Ui::DetailPane> m_ui;
    const Catalog *m_catalog = nullptr;
    CodeId m_code;
};

} // namespace SmtpCodes
