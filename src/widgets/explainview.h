// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "explanation.h"

#include <QWidget>

#include <memory>

class QTextBrowser;
class QTimer;

namespace SmtpCodes {

namespace Ui {
class ExplainView;
}

// Paste or type a reply, log lines or a bounce message, or open one, and read what happened to
// each recipient. The input is explained in a worker thread a moment after the last change, so a
// large paste never freezes the window; a result that arrives after newer input is dropped.
class ExplainView final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplainView(QWidget *parent = nullptr);
    ~ExplainView() override;

    void setCatalog(const Catalog *catalog);
    // Shows a file's content and explains its bytes as they are, so a message's own charsets
    // and encodings are read by the mail parser. `name` is shown in the status line.
    void setInput(const QByteArray &data, const QString &name);
    QString plainText() const;
    QTextBrowser *browser() const;
    // The findings of the input explained last; empty while none are shown.
    const Explanation &explanation() const { return m_explanation; }

signals:
    void codeLinkActivated(const SmtpCodes::CodeId &code);
    void openRequested();
    // Emitted when a result is shown.
    void explained();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void inputEdited();
    void explainNow();
    void showResult(quint64 generation, const Explanation &explanation);
    void render();
    void updateStatus();
    bool hasInput() const;

    std::unique_ptr<Ui::ExplainView> m_ui;
    const Catalog *m_catalog = nullptr;
    QTimer *m_delay = nullptr;
    // The bytes of an opened file or a drop, explained as such until the text is edited; empty
    // when the text typed or pasted is what is explained.
    QByteArray m_fileData;
    QString m_fileName;
    quint64 m_generation = 0; // the input's version; results of older versions are dropped
    bool m_busy = false;
    Explanation m_explanation;
};

} // namespace SmtpCodes
