// Shared by the board, efuse, flash and provision commands: opening a board folder and reading
// esptool-style numbers, each failing with one clear sentence.
#pragma once

#include <cstdint>
#include <string>

#include "chip/board.h"

namespace pyfw::cli {

chip::Board openBoardOrFail(const std::string& dir);
// "0x1000", "4096", "0X1A0000" (esptool's arg_auto_int); fails naming `what`.
uint64_t parseNumberOrFail(const std::string& text, const std::string& what);
// Turns a library error into the command's failure (exit status 2, as esptool's fatal errors).
[[noreturn]] void failWith(const base::Error& error);

}  // namespace pyfw::cli
