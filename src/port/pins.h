// The pins of a Pycom module: the names users write ('P0'..'P23') and the ESP32 GPIOs behind them
// (the same on every board of 1.17.2), with what each GPIO can do. One table (pins.cpp), shared by
// machine.Pin, deep-sleep wake-up and the peripherals.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace pyfw::port {

struct PinInfo {
    std::string_view name;   // "P10"
    int gpio;                // 13
    bool rtcDomain;          // can hold its level in deep sleep and wake the chip (EXT1)
    bool inputOnly;          // GPIO34..39 have no output driver
};

std::span<const PinInfo> modulePins();
std::optional<PinInfo> pinByName(std::string_view name);
std::optional<PinInfo> pinByGpio(int gpio);

}  // namespace pyfw::port
