#include "port/banner.h"

#include <cstdio>
#include <string_view>

#include "formats/pyfw_images.h"
#include "port/running_app.h"

namespace pyfw::port {

// __DATE__ ("Mar  9 2018") as MicroPython's banner writes a build date ("2018-03-09").
std::string buildDate() {
    static constexpr std::string_view kMonths = "JanFebMarAprMayJunJulAugSepOctNovDec";
    std::string date = __DATE__;
    int month = int(kMonths.find(date.substr(0, 3)) / 3) + 1;
    char text[16];
    std::snprintf(text, sizeof text, "%s-%02d-%02d", date.substr(7, 4).c_str(), month, std::stoi(date.substr(4, 2)));
    return text;
}

std::string boardBanner(const chip::BoardModel& model, const std::string& version) {
    return std::string(formats::kFirmwareName) + " " + version + " [pyfw " + PYFW_VERSION + "] on " + buildDate() + "; " +
           std::string(model.name) + " with ESP32";
}

std::string runningVersion(const RunningApp& app) {
    const auto& descriptor = app.jump().app.descriptor;
    return descriptor ? descriptor->version : std::string(formats::kFirmwareVersion);
}

}  // namespace pyfw::port
