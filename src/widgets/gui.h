// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalog.h"
#include "core/commandline.h"

#include <QString>

namespace SmtpCodes::Gui {

// The language to start in when --lang is absent: the remembered choice, else the system's.
QString preferredLanguage();

// Opens the window the request asks for, in `language`, and runs the event loop (or, with
// --screenshot, saves the window and returns). Needs a QApplication.
int run(const CommandLineRequest &request, const Catalog &catalog, const QString &language);

} // namespace SmtpCodes::Gui
