// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "languages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace SmtpCodes {

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    Parser()
        : m_print({QStringLiteral("p"), QStringLiteral("print")},
                  tr("Write the details of one code, or the comparison of two, to standard "
                     "output instead of opening a window.")),
          m_list({QStringLiteral("l"), QStringLiteral("list")},
                 tr("Print every code, one per line: code, name and class separated by tabs.")),
          m_json(QStringLiteral("json"),
                 tr("With --print or --list, write JSON for scripts instead of text.")),
          m_lang(QStringLiteral("lang"),
                 tr("Use the interface language <language>, e.g. de or zh_CN. Available: %1.")
                     .arg(Languages::available().join(QStringLiteral(", "))),
                 tr("language")),
          m_explain(QStringLiteral("explain"),
                    tr("Explain a reply, a log excerpt or a bounce message (.eml, mbox) read from "
                       "<file>, or from standard input for -. With --print the explanation goes to "
                       "standard output, with --json as JSON."),
                    tr("file")),
          m_screenshot(QStringLiteral("screenshot"),
                       tr("Save the window as a PNG image in <file> and exit."), tr("file"))
    {
        m_parser.setApplicationDescription(
            tr("A reference for SMTP reply codes and enhanced status codes: what a code means, "
               "when you see it and how to fix it."));
        m_parser.addHelpOption();
        m_parser.addVersionOption();
        m_parser.addOptions({m_print, m_list, m_json, m_lang, m_explain, m_screenshot});
        m_parser.addPositionalArgument(
            tr("codes"),
            tr("One code to show, or two of one kind to compare: reply "
               "codes such as 535, enhanced status codes such as 5.7.8."),
            tr("[code [code]]"));
    }

    CommandLineRequest parse(const QStringList &arguments, const Catalog &catalog)
    {
        const bool parsed = m_parser.parse(arguments);
        // Read even after an error, so that the error comes out in the requested language.
        const QString requestedLanguage = m_parser.value(m_lang);
        const QString language = Languages::match(requestedLanguage);
        CommandLineRequest request = checked(parsed, arguments, catalog);
        request.language = language;
        if (request.action != CommandLineRequest::Action::Fail && m_parser.isSet(m_lang) &&
            language.isEmpty()) {
            request = fail([requestedLanguage] {
                return tr("Unknown language \"%1\". Available: %2.")
                    .arg(requestedLanguage, Languages::available().join(QStringLiteral(", ")));
            });
        }
        return request;
    }

    QString helpText() const { return m_parser.helpText(); }

private:
    CommandLineRequest checked(bool parsed, const QStringList &arguments, const Catalog &catalog)
    {
        CommandLineRequest request;
        if (!parsed)
            return parserError(arguments);
        if (m_parser.isSet(QStringLiteral("help"))) {
            request.action = CommandLineRequest::Action::ShowHelp;
            request.text = [] { return Parser().helpText(); };
            return request;
        }
        if (m_parser.isSet(QStringLiteral("version"))) {
            request.action = CommandLineRequest::Action::ShowVersion;
            request.text = []() -> QString {
                return QCoreApplication::applicationName() + QLatin1Char(' ') +
                       QCoreApplication::applicationVersion() + QLatin1Char('\n');
            };
            return request;
        }

        const QStringList positional = m_parser.positionalArguments();
        if (positional.size() > 2) {
            const qsizetype count = positional.size();
            return fail([count] {
                return tr("Give one code to show or two codes to compare, not %1.").arg(count);
            });
        }
        for (const QString &argument : positional) {
            const std::optional<CodeId> id = CodeId::parse(argument);
            if (!id)
                return notACode(argument);
            if (!catalog.contains(*id))
                return notInCatalog(*id);
            request.codes << *id;
        }
        if (request.codes.size() == 2 && !request.codes.at(0).sameKind(request.codes.at(1))) {
            return fail([] {
                return tr("A reply code and an enhanced status code cannot be compared. Give two "
                          "reply codes or two enhanced status codes.");
            });
        }

        const bool print = m_parser.isSet(m_print);
        const bool list = m_parser.isSet(m_list);
        request.explainPath = m_parser.value(m_explain);
        const bool explain = m_parser.isSet(m_explain);
        if (print && list)
            return fail([] { return tr("Use either --print or --list, not both."); });
        if (explain && (list || !request.codes.isEmpty())) {
            return fail([] {
                return tr(
                    "--explain takes a file, or - for standard input, and no codes or --list.");
            });
        }
        if (explain && request.explainPath != QLatin1String("-")) {
            const QFileInfo file(request.explainPath);
            if (!file.isFile() || !file.isReadable()) {
                const QString path = request.explainPath;
                return fail(
                    [path] { return tr("Cannot read \"%1\": no such readable file.").arg(path); });
            }
        }
        if (list && !request.codes.isEmpty())
            return fail([] { return tr("--list prints every code and takes no codes."); });
        if ((print || list) && m_parser.isSet(m_screenshot)) {
            return fail([] {
                return tr("--screenshot saves the window, so it cannot be combined with "
                          "--print or --list.");
            });
        }
        if (print && request.codes.isEmpty() && !explain)
            return fail(
                [] { return tr("--print needs one code to show or two codes to compare."); });
        request.json = m_parser.isSet(m_json);
        if (request.json && !print && !list)
            return fail([] { return tr("--json goes with --print or --list."); });

        if (list)
            request.action = CommandLineRequest::Action::PrintList;
        else if (print && explain)
            request.action = CommandLineRequest::Action::PrintExplanation;
        else if (print)
            request.action = request.codes.size() == 1
                                 ? CommandLineRequest::Action::PrintEntry
                                 : CommandLineRequest::Action::PrintComparison;
        request.screenshotPath = m_parser.value(m_screenshot);
        return request;
    }

    // What was wrong with an argument that is not a code: said for the kind it looks like.
    static CommandLineRequest notACode(const QString &argument)
    {
        if (argument.contains(QLatin1Char('.'))) {
            return fail([argument] {
                return tr("\"%1\" is not an enhanced status code. One has three numbers without "
                          "leading zeros, such as 5.7.8: the class 2, 4 or 5, a subject from 0 "
                          "to 7, and a detail.")
                    .arg(argument);
            });
        }
        return fail([argument] {
            return tr("\"%1\" is not a reply code. A reply code has three digits, such as 535.")
                .arg(argument);
        });
    }

    static CommandLineRequest notInCatalog(const CodeId &id)
    {
        const QString code = id.toString();
        if (id.isEnhanced()) {
            return fail([code] {
                return tr("No enhanced status code %1 in the registry. Give it with its class, "
                          "such as 5%2, to read it by its class and subject.")
                    .arg(code, code.mid(1));
            });
        }
        return fail([code] {
            return tr("No reply code %1 in the catalog. Run with --list to see every code.")
                .arg(code);
        });
    }

    // QCommandLineParser words its errors when it parses, before any translation is installed,
    // so they are worded again here when shown: Qt's own catalogs translate these sentences.
    CommandLineRequest parserError(const QStringList &arguments) const
    {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (unknown.size() == 1) {
            const QString name = unknown.constFirst();
            return fail([name] {
                return QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'.")
                    .arg(name);
            });
        }
        if (unknown.size() > 1) {
            const QString names = unknown.join(QStringLiteral(", "));
            return fail([names] {
                return QCoreApplication::translate("QCommandLineParser", "Unknown options: %1.")
                    .arg(names);
            });
        }
        // Otherwise a value is missing after the last option, or given to one that takes none.
        const QString last = arguments.value(arguments.size() - 1);
        if (takesValue(last)) {
            return fail([last] {
                return QCoreApplication::translate("QCommandLineParser",
                                                   "Missing value after '%1'.")
                    .arg(last);
            });
        }
        for (const QString &argument : arguments) {
            const qsizetype assignment = argument.indexOf(QLatin1Char('='));
            const QString option = argument.left(assignment);
            if (argument.startsWith(QLatin1Char('-')) && assignment > 0 && !takesValue(option)) {
                return fail([option] {
                    return QCoreApplication::translate("QCommandLineParser",
                                                       "Unexpected value after '%1'.")
                        .arg(option);
                });
            }
        }
        const QString untranslated = m_parser.errorText();
        return fail([untranslated] { return untranslated; });
    }

    // "--lang", "-lang", "--screenshot": an option written as one that takes a value.
    bool takesValue(const QString &written) const
    {
        for (const QCommandLineOption *option : {&m_lang, &m_explain, &m_screenshot}) {
            for (const QString &name : option->names()) {
                if (written == QStringLiteral("--") + name || written == QStringLiteral("-") + name)
                    return true;
            }
        }
        return false;
    }

    static CommandLineRequest fail(std::function<QString()> message)
    {
        CommandLineRequest request;
        request.action = CommandLineRequest::Action::Fail;
        request.text = std::move(message);
        return request;
    }

    QCommandLineParser m_parser;
    QCommandLineOption m_print;
    QCommandLineOption m_list;
    QCommandLineOption m_json;
    QCommandLineOption m_lang;
    QCommandLineOption m_explain;
    QCommandLineOption m_screenshot;
};

} // namespace

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
    // One line on stderr, whatever the message.
    err << QStringLiteral("smtp-codes: ") << message.simplified() << '\n';
}

CommandLineRequest CommandLine::parse(const QStringList &arguments, const Catalog &catalog)
{
    return Parser().parse(arguments, catalog);
}

} // namespace SmtpCodes
