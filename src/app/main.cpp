// SPDX-License-Identifier: MIT
#include "application.h"

int main(int argc, char *argv[])
{
    return SmtpCodes::Application::run(argc, argv);
}
