// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// What the command line asks for. One code means its details, two codes a comparison; with
// --print the same goes to stdout instead of a window.
struct CommandLineRequest
{
    enum class Action { ShowWindow, PrintEntry, PrintComparison, PrintList, ShowHelp, ShowVersion, Fail };

    Action action = Action::ShowWindow;
    QList<int> codes;
    QString language;       // matched language, empty when --lang was not given
    QString screenshotPath; // --screenshot FILE
    QString text;           // help or version text, or the one-line error for Fail
};

class CommandLine final
{
public:
    // Exit status for bad usage.
    static constexpr int usageError = 2;

    // The --lang value as given, before the full parse, so that help and messages can be
    // produced in that language. Empty when absent.
    static QString requestedLanguage(const QStringList &arguments);
    static CommandLineRequest parse(const QStringList &arguments, const Catalog &catalog);

    // Text to stdout, and "smtp-codes: message" as one line to stderr, both UTF-8.
    static void print(const QString &text);
    static void printError(const QString &message);
};

} // namespace SmtpCodes
