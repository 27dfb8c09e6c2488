// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalog.h"

#include <QWidget>

#include <memory>

class QTextBrowser;
class QUrl;

namespace Ui {
class DetailPane;
}

namespace SmtpCodes {

// The entry of one code as rich text. Related codes are in-app links; RFC links open in the
// browser. Rebuilds itself on language and palette changes.
class DetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    void setCatalog(const Catalog *catalog);
    void showCode(int code);
    int code() const { return m_code; }
    QString plainText() const;
    QTextBrowser *browser() const;

signals:
    void codeLinkActivated(int code);
    void compareRequested(int code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void openLink(const QUrl &url);
    void showContextMenu(const QPoint &position);

    std::unique_ptr<Ui::DetailPane> m_ui;
    const Catalog *m_catalog = nullptr;
    int m_code = 0;
};

} // namespace SmtpCodes
