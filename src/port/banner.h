// The REPL's first line on a board, as Pycom's firmware prints it:
// "Pycom MicroPython 1.17.2.b1 [pyfw 0.1.0] on 2026-12-05; LoPy4 with ESP32".
#pragma once

#include <string>

#include "chip/board_model.h"

namespace pyfw::port {

std::string boardBanner(const chip::BoardModel& model);
// The firmware's build date as the banner writes it ("2026-12-05").
std::string buildDate();

}  // namespace pyfw::port
