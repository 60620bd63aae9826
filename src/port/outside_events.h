// One line of the board's outside control file (`pins.in`, see board_io.h): what the outside does
// to the board from a moment of its time on. Parsed here, applied by BoardIo.
//
//   TIME  P10 1 | P10 0 | P10 z    drive a pin high, low, or release it
//   TIME  P16 1.35V                the voltage at an analog pin
//   TIME  battery 4.1V             the Pysense battery, seen on P16 through its divider
//   TIME  si7006 21.5C 40%         the Pysense temperature/humidity sensor's readings (attaches it)
//
// TIME is board time: `2500ms`, `1.5s`, `300us`, a bare number of milliseconds, or `now`.
// Blank lines and lines starting with `#` are no events.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "base/result.h"
#include "chip/gpio_inputs.h"

namespace pyfw::port {

struct OutsideEvent {
    enum class Kind { Drive, Voltage, Battery, Climate };
    Kind kind = Kind::Drive;
    std::optional<uint64_t> atUs;     // nothing: now
    int gpio = -1;                    // Drive, Voltage
    chip::Drive drive = chip::Drive::Released;
    int millivolts = 0;               // Voltage, Battery
    double celsius = 0, humidity = 0; // Climate
};

// The event of one line; nothing for a blank or comment line; an error naming what is wrong.
base::Result<std::optional<OutsideEvent>> parseOutsideLine(std::string_view line);

// The Pysense battery's voltage divider (115 kΩ over 56 kΩ): the millivolts P16 sees.
inline int batteryPinMillivolts(int batteryMillivolts) { return int(int64_t(batteryMillivolts) * 56 / 171); }

}  // namespace pyfw::port
