// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QTextBrowser;

namespace SmtpCodes {

namespace Ui {
class CompareView;
}

// Two codes side by side, picked with two editable combo boxes. The page is the core comparison
// rendered by PageHtml, whose one table keeps each section at the same height in both columns.
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
