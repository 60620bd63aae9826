// The REPL's first line on a board, as Pycom's firmware prints it:
// "Pycom MicroPython 1.17.2.b1 [pyfw 0.1.0] on 2026-12-05; LoPy4 with ESP32".
#pragma once

#include <string>

#include "chip/board_model.h"
#include "formats/pyfw_images.h"

namespace pyfw::port {

class RunningApp;

// `version`: the running image's (runningVersion), so a board shows what an OTA update brought.
std::string boardBanner(const chip::BoardModel& model, const std::string& version = formats::kFirmwareVersion);
// The version in the running image's firmware descriptor (the build's own when it carries none).
std::string runningVersion(const RunningApp& app);
// The firmware's build date as the banner writes it ("2026-12-05").
std::string buildDate();

}  // namespace pyfw::port
