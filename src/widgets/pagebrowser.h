// SPDX-License-Identifier: MIT
#pragma once

#include "codeid.h"

#include <QTextBrowser>

namespace SmtpCodes {

// A QTextBrowser for the app's pages. It styles every page with the one style sheet in its own
// palette, and styles it again when the palette changes. Links are never followed inside it:
// web pages open in the system's browser, in-app links are reported.
class PageBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PageBrowser(QWidget *parent = nullptr);

    void showPage(const QString &html);

signals:
    void codeLinkActivated(const SmtpCodes::CodeId &code);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void openLink(const QUrl &url);

    QString m_html;
    bool m_stale = false; // m_html is not rendered yet: the page was hidden
};

} // namespace SmtpCodes
