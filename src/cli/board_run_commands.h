// pyfw board boot|ota|safeboot: power a board on and run its boot chain, update it as the firmware
// would, request a software safe boot. Added to the `board` command by board_command.cpp.
#pragma once

#include <CLI/CLI.hpp>

namespace pyfw::cli {

void addBoardRunCommands(CLI::App* board);

}  // namespace pyfw::cli
