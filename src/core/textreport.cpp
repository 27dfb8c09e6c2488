// SPDX-License-Identifier: MIT
#include "textreport.h"

#include "sections.h"

#include <QCoreApplication>

namespace SmtpCodes {

namespace {

const QString indentStep = QStringLiteral("  ");

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    void line(const QString &text = {}, int depth = 0)
    {
        m_text += text.isEmpty() ? text : indentStep.repeated(depth) + text;
        m_text += QLatin1Char('\n');
    }

    void section(Section section, const QStringList &lines, int depth = 0)
    {
        if (lines.isEmpty())
            return;
        line();
        line(sectionTitle(section), depth);
        for (const QString &text : lines)
            line(text, depth + 1);
    }

    // The sections that the detail pane and each compare column show.
    void entrySections(const ReplyCode &code, int depth)
    {
        section(Section::Description, {code.description}, depth);
        section(Section::WhenYouSeeIt, {code.whenYouSeeIt()}, depth);
        section(Section::HowToFix, {code.howToFix}, depth);
        section(Section::EnhancedCodes, code.enhancedCodes, depth);
        QStringList references;
        for (const RfcReference &reference : code.rfcs)
            references << tr("%1: %2").arg(reference.label(), reference.url().toString());
        section(Section::RfcReferences, references, depth);
    }

    void heading(const ReplyCode &code, int depth)
    {
        line(code.title(), depth);
        line(replyClassLabel(code.replyClass()), depth + 1);
        if (!code.standard)
            section(Section::NonStandard, {code.origin}, depth);
    }

    QString text() const { return m_text; }

private:
    QString m_text;
};

class Reports
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    static QString entry(const ReplyCode &code, const Catalog &catalog)
    {
        Writer out;
        out.heading(code, 0);
        out.entrySections(code, 0);
        out.section(Section::Commands, {commandList(code.commands)});
        QStringList related;
        for (int other : code.related) {
            const ReplyCode *relatedCode = catalog.find(other);
            related << (relatedCode ? relatedCode->title() : QString::number(other));
        }
        out.section(Section::RelatedCodes, related);
        QStringList example;
        for (const ExchangeLine &exchangeLine : code.example) {
            example << (exchangeLine.sender == ExchangeLine::Sender::Client ? tr("C: %1")
                                                                            : tr("S: %1"))
                           .arg(exchangeLine.text);
        }
        out.section(Section::Example, example);
        out.section(Section::Notes, code.notes);
        return out.text();
    }

    static QString comparison(const ReplyCode &a, const ReplyCode &b)
    {
        const Comparison comparison = compareCodes(a, b);
        Writer out;
        out.line(comparison.title);
        out.line();
        out.line(comparison.summary);
        if (comparison.sameCode)
            return out.text();
        for (const ReplyCode *code : {&a, &b}) {
            out.line();
            out.heading(*code, 0);
            out.entrySections(*code, 1);
        }
        QStringList numbered;
        for (qsizetype i = 0; i < comparison.differences.size(); ++i)
            numbered << tr("%1. %2").arg(QString::number(i + 1), comparison.differences.at(i));
        out.section(Section::KeyDifferences, numbered);
        out.section(Section::WhenToUseWhich, comparison.whenToUse);
        return out.text();
    }
};

} // namespace

QString TextReport::list(const Catalog &catalog)
{
    QString text;
    for (const ReplyCode &code : catalog.codes()) {
        text += code.codeText() + QLatin1Char('\t') + code.name + QLatin1Char('\t')
                + replyClassLabel(code.replyClass()) + QLatin1Char('\n');
    }
    return text;
}

QString TextReport::entry(const ReplyCode &code, const Catalog &catalog)
{
    return Reports::entry(code, catalog);
}

QString TextReport::comparison(const ReplyCode &first, const ReplyCode &second)
{
    return Reports::comparison(first, second);
}

} // namespace SmtpCodes
