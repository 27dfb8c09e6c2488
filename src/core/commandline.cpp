// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "languages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace SmtpCodes {

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    Parser()
        : m_print({QStringLiteral("p"), QStringLiteral("print")},
                  tr("Write the details of one code, or the comparison of two, to standard "
                     "output instead of opening a window."))
        , m_list({QStringLiteral("l"), QStringLiteral("list")},
                 tr("Print every code, one per line: code, name and class separated by tabs."))
        , m_lang(QStringLiteral("lang"),
                 tr("Use the interface language <language>, e.g. de or zh_CN. Available: %1.")
                     .arg(Languages::available().join(QStringLiteral(", "))),
                 tr("language"))
        , m_screenshot(QStringLiteral("screenshot"),
                       tr("Save the window as a PNG image in <file> and exit."), tr("file"))
    {
        m_parser.setApplicationDescription(
            tr("A reference for SMTP reply codes: what a code means, when you see it and how to "
               "fix it."));
        m_parser.addHelpOption();
        m_parser.addVersionOption();
        m_parser.addOptions({m_print, m_list, m_lang, m_screenshot});
        m_parser.addPositionalArgument(
            tr("codes"), tr("One reply code to show, or two to compare."), tr("[code [code]]"));
    }

    CommandLineRequest parse(const QStringList &arguments, const Catalog &catalog)
    {
        CommandLineRequest request;
        if (!m_parser.parse(arguments))
            return fail(m_parser.errorText());
        if (m_parser.isSet(QStringLiteral("help"))) {
            request.action = CommandLineRequest::Action::ShowHelp;
            request.text = m_parser.helpText();
            return request;
        }
        if (m_parser.isSet(QStringLiteral("version"))) {
            request.action = CommandLineRequest::Action::ShowVersion;
            request.text = QCoreApplication::applicationName() + QLatin1Char(' ')
                           + QCoreApplication::applicationVersion() + QLatin1Char('\n');
            return request;
        }

        if (m_parser.isSet(m_lang)) {
            request.language = Languages::match(m_parser.value(m_lang));
            if (request.language.isEmpty())
                return fail(tr("Unknown language \"%1\". Available: %2.")
                                .arg(m_parser.value(m_lang),
                                     Languages::available().join(QStringLiteral(", "))));
        }

        const QStringList positional = m_parser.positionalArguments();
        if (positional.size() > 2)
            return fail(tr("Give one code to show or two codes to compare, not %1.")
                            .arg(positional.size()));
        for (const QString &argument : positional) {
            const int code = parseCode(argument);
            if (code == 0)
                return fail(tr("\"%1\" is not a reply code. A reply code has three digits, such "
                               "as 535.")
                                .arg(argument));
            if (!catalog.find(code))
                return fail(tr("No reply code %1 in the catalog. Run with --list to see every "
                               "code.")
                                .arg(code));
            request.codes << code;
        }

        const bool print = m_parser.isSet(m_print);
        const bool list = m_parser.isSet(m_list);
        if (print && list)
            return fail(tr("Use either --print or --list, not both."));
        if (list && !request.codes.isEmpty())
            return fail(tr("--list prints every code and takes no codes."));
        if ((print || list) && m_parser.isSet(m_screenshot))
            return fail(tr("--screenshot saves the window, so it cannot be combined with "
                           "--print or --list."));
        if (print && request.codes.isEmpty())
            return fail(tr("--print needs one code to show or two codes to compare."));

        if (list)
            request.action = CommandLineRequest::Action::PrintList;
        else if (print)
            request.action = request.codes.size() == 1
                                 ? CommandLineRequest::Action::PrintEntry
                                 : CommandLineRequest::Action::PrintComparison;
        request.screenshotPath = m_parser.value(m_screenshot);
        return request;
    }

private:
    static CommandLineRequest fail(const QString &message)
    {
        CommandLineRequest request;
        request.action = CommandLineRequest::Action::Fail;
        // One line on stderr, whatever the message.
        request.text = message.simplified();
        return request;
    }

    // "535" → 535; anything else → 0. Accepts only what could be an SMTP reply code.
    static int parseCode(const QString &argument)
    {
        static const QRegularExpression threeDigits(QStringLiteral("^[2-5][0-9][0-9]$"));
        return threeDigits.match(argument.trimmed()).hasMatch() ? argument.trimmed().toInt() : 0;
    }

    QCommandLineParser m_parser;
    QCommandLineOption m_print;
    QCommandLineOption m_list;
    QCommandLineOption m_lang;
    QCommandLineOption m_screenshot;
};

} // namespace

QString CommandLine::requestedLanguage(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    parser.addOption(lang);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // Unknown options are reported by the full parse; here only --lang matters.
    parser.parse(arguments);
    return parser.value(lang);
}

void CommandLine::print(const QString &text)
{
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    out << text;
}

void CommandLine::printError(const QString &message)
{
    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);
    err << QStringLiteral("smtp-codes: ") << message.simplified() << '\n';
}

CommandLineRequest CommandLine::parse(const QStringList &arguments, const Catalog &catalog)
{
    return Parser().parse(arguments, catalog);
}

} // namespace SmtpCodes
