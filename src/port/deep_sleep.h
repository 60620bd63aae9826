// Deep sleep (machine.deepsleep): everything but the RTC domain is off until the RTC timer or an
// EXT1 pin wakes the chip, which then starts from the boot chain with DEEPSLEEP_RESET. The RTC
// domain keeps its slow memory and its time; the firmware keeps in it when it expected to wake, so
// that machine.remaining_sleep_time() can tell how much of a sleep a pin cut short.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "chip/board.h"

namespace pyfw::port {

// machine.pin_deepsleep_wakeup(): EXT1 on RTC-domain GPIOs.
struct PinWake {
    enum class Mode : int { AllLow = 0, AnyHigh = 1 };
    std::vector<int> gpios;
    Mode mode = Mode::AnyHigh;
    bool enablePull = false;   // pull-ups for ALL_LOW, pull-downs for ANY_HIGH
};

struct WakeUp {
    chip::WakeCause cause = chip::WakeCause::Rtc;
    std::vector<int> pins;        // the pins that were high (ANY_HIGH) or all the pins (ALL_LOW)
    int64_t sleptUs = 0;
};

// Sleeps for `ms` (-1: until a pin) on the board's clock, waking early when the pins levels that
// the outside drives (chip::GpioInputs) meet `pinWake`. Returns nothing when nothing can ever wake
// the board (no time and no pin that will change). Records the wake-up in the RTC domain.
std::optional<WakeUp> sleepDeeply(chip::Board& board, int64_t ms, const std::optional<PinWake>& pinWake);

// What the firmware kept in RTC memory about the last sleep: the ms it had left when a pin woke
// the board, and the pins that did.
int64_t remainingSleepMs(const chip::Board& board);

}  // namespace pyfw::port
