// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QTextBrowser;

namespace SmtpCodes {

namespace Ui {
class CompareView;
}

// Two codes of one kind side by side, picked with two editable combo boxes; the second offers
// only the first one's kind. The page is the core comparison rendered by PageHtml, whose one
// table keeps each section at the same height in both columns.
class CompareView final : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    void setCatalog(const Catalog *catalog);
    // Two codes of one kind that the catalog contains; anything else changes nothing.
    void setCodes(CodeId first, CodeId second);
    CodeId firstCode() const { return m_first; }
    CodeId secondCode() const { return m_second; }
    void swap();
    QString plainText() const;
    QTextBrowser *browser() const;
    // For "Compare with…": the user picks the second code next.
    void focusSecondPicker();

signals:
    void codesChanged(const SmtpCodes::CodeId &first, const SmtpCodes::CodeId &second);
    void codeLinkActivated(const SmtpCodes::CodeId &code);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillPicker(QComboBox *picker, CodeId::Kind kind);
    void pickerChosen(QComboBox *picker);
    void render();
    CodeId codeFromPicker(const QComboBox *picker) const;

    std::unique_ptr<Ui::CompareView> m_ui;
    const Catalog *m_catalog = nullptr;
    CodeId m_first;
    CodeId m_second;
    // The kind each picker lists (None for both kinds); empty until filled. Filling waits
    // until the view is shown: at start-up it is usually a hidden tab.
    std::optional<CodeId::Kind> m_firstPickerKind;
    std::optional<CodeId::Kind> m_secondPickerKind;
    bool m_stale = true;
};

} // namespace SmtpCodes
