// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

// Points QSettings at a throw-away test location, per test executable, and starts it empty,
// so tests never read or write the user's real settings.
inline void useEmptyTestSettings(const char *testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Codes Tests"));
    QCoreApplication::setApplicationName(QLatin1String(testName));
    QSettings().clear();
}
