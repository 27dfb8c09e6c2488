// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace SmtpCodes {

// What the command line asks for. One code means its details, two codes a comparison; with
// --print the same goes to stdout instead of a window.
struct CommandLineRequest
{
    enum class Action
    {
        ShowWindow,
        PrintEntry,
        PrintComparison,
        PrintExplanation,
        PrintList,
        ShowHelp,
        ShowVersion,
        Fail
    };

    Action action = Action::ShowWindow;
    QList<CodeId> codes;    // one or two, of one kind
    bool json = false;      // --json: print JSON instead of text
    QString language;       // matched --lang, empty when absent
    QString screenshotPath; // --screenshot FILE
    QString explainPath;    // --explain FILE, "-" for standard input
    // Help, version, or the one-line error of Fail. Made when called, so that it comes out in the
    // interface language, which is installed only after the arguments are parsed.
    std::function<QString()> text;

    // Only showing the window needs a display and a QApplication.
    bool needsWindow() const { return action == Action::ShowWindow; }
};

class CommandLine final
{
public:
    // Exit status for bad usage.
    static constexpr int usageError = 2;

    // Needs no application object: the parse decides which kind of application to create.
    static CommandLineRequest parse(const QStringList &arguments, const Catalog &catalog);

    // Text to stdout, and "smtp-codes: message" as one line to stderr, both UTF-8.
    static void print(const QString &text);
    static void printError(const QString &message);
};

} // namespace SmtpCodes
