// SPDX-License-Identifier: MIT
// Strings that Qt itself translates, listed here so that lupdate puts them in our catalogs too.
// Qt's shipped translations do not cover every language we offer (Debian has no qtbase_vi.qm),
// and QT_LAYOUT_DIRECTION is how a translation turns the whole interface right-to-left.
// Qt searches the most recently installed translator first, so Qt's own catalog still wins
// where it exists.

#include <QtGlobal>

namespace SmtpCodes {

[[maybe_unused]] static const char *const qtStrings[] = {
    //: "LTR" for left-to-right languages, "RTL" for right-to-left ones such as Arabic.
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

} // namespace SmtpCodes
