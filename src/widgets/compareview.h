// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalog.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QTextBrowser;
class QUrl;

namespace Ui {
class CompareView;
}

namespace SmtpCodes {

// Two codes side by side. One HTML table holds both columns with one row per section, so a
// section starts at the same height in both columns however long the other side's text is.
// Below it, the core comparison's summary, key differences and when to use which.
class CompareView final : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    void setCatalog(const Catalog *catalog);
    void setCodes(int first, int second);
    int firstCode() const { return m_first; }
    int secondCode() const { return m_second; }
    void swap();
    QString plainText() const;
    QTextBrowser *browser() const;
    // For "Compare with…": the user picks the second code next.
    void focusSecondPicker();

signals:
    void codesChanged(int first, int second);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillPickers();
    void pickerChosen(QComboBox *picker);
    void render();
    QString pageHtml(const ReplyCode &a, const ReplyCode &b) const;
    void openLink(const QUrl &url);
    int codeFromPicker(const QComboBox *picker) const;

    std::unique_ptr<Ui::CompareView> m_ui;
    const Catalog *m_catalog = nullptr;
    int m_first = 0;
    int m_second = 0;
    // Rendering waits until the view is shown: at start-up it is usually a hidden tab.
    bool m_pickersFilled = false;
    bool m_stale = true;
};

} // namespace SmtpCodes
