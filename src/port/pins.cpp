#include "port/pins.h"

#include <algorithm>
#include <array>

namespace pyfw::port {

namespace {

// Pycom's pins.csv; P2 carries the RGB LED, P12 the safe-boot button.
constexpr std::array<PinInfo, 24> kPins = {{
    {"P0", 3, false, false},   {"P1", 1, false, false},   {"P2", 0, true, false},    {"P3", 4, true, false},
    {"P4", 15, true, false},   {"P5", 5, false, false},   {"P6", 27, true, false},   {"P7", 19, false, false},
    {"P8", 2, true, false},    {"P9", 12, true, false},   {"P10", 13, true, false},  {"P11", 22, false, false},
    {"P12", 21, false, false}, {"P13", 36, true, true},   {"P14", 37, true, true},   {"P15", 38, true, true},
    {"P16", 39, true, true},   {"P17", 35, true, true},   {"P18", 34, true, true},   {"P19", 32, true, false},
    {"P20", 33, true, false},  {"P21", 26, true, false},  {"P22", 25, true, false},  {"P23", 14, true, false},
}};

}  // namespace

std::span<const PinInfo> modulePins() { return kPins; }

std::optional<PinInfo> pinByName(std::string_view name) {
    auto it = std::find_if(kPins.begin(), kPins.end(), [&](const PinInfo& p) { return p.name == name; });
    if (it == kPins.end()) return std::nullopt;
    return *it;
}

std::optional<PinInfo> pinByGpio(int gpio) {
    auto it = std::find_if(kPins.begin(), kPins.end(), [&](const PinInfo& p) { return p.gpio == gpio; });
    if (it == kPins.end()) return std::nullopt;
    return *it;
}

}  // namespace pyfw::port
