// The GPIO matrix of the chip as the firmware drives it: each module pin's mode, pull, output
// latch, hold and interrupt trigger, and the level on its pad, which mixes what the firmware
// drives with what the outside does (BoardIo). Output pads that change are written to the board's
// log; an edge or level that matches a pin's trigger is handed to `irqSink`.
//
// Holding (Pin.hold) is the RTC domain's: a held pad keeps its level whatever the latch says,
// through resets and deep sleep (RTC memory remembers it), and only RTC-domain pins can hold.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <mutex>

#include "chip/rtc_memory.h"
#include "port/board_io.h"
#include "port/board_time.h"
#include "port/pins.h"

namespace pyfw::port {

enum class PinMode : int { In = 1, Out = 2, OpenDrain = 7 };   // Pycom's GPIO_MODE_* values
enum class PinPull : int { None = 0, Up = 1, Down = 2 };
// Pin.IRQ_* (ESP-IDF's gpio_int_type_t): RISING|FALLING is both edges.
enum PinTrigger : int { kIrqNone = 0, kIrqRising = 1, kIrqFalling = 2, kIrqBothEdges = 3, kIrqLowLevel = 4, kIrqHighLevel = 5 };

class GpioBank {
public:
    GpioBank(BoardIo& io, BoardTime& time);

    // The held pads the RTC domain kept (after a reset or a deep sleep); `rtc` is the board's.
    void restoreHolds(const chip::RtcMemory& rtc);
    // Before a reset or deep sleep: held pads are written to RTC memory, the others let go.
    void powerDown(chip::RtcMemory& rtc);

    void configure(int gpio, PinMode mode, PinPull pull);
    PinMode mode(int gpio) const;
    PinPull pull(int gpio) const;
    void write(int gpio, bool level);
    bool latch(int gpio) const;
    bool read(int gpio);
    // False when `gpio` cannot hold (not in the RTC domain).
    bool setHold(int gpio, bool hold);
    bool held(int gpio) const;

    void setTrigger(int gpio, int trigger);
    int trigger(int gpio) const;
    // Drops every trigger (a soft reset: the handlers belonged to the old interpreter).
    void clearTriggers();
    // Called with (gpio, what happened: kIrqRising/Falling/LowLevel/HighLevel) without the lock.
    std::function<void(int gpio, int event)> irqSink;

    // The outside changed what it does to `gpio` (a scheduled change fell due, or a live one).
    void inputChanged(int gpio);
    // Schedules inputChanged at every future change of the outside's pins.
    void scheduleInputChanges();

private:
    struct PinState {
        PinMode mode = PinMode::In;
        PinPull pull = PinPull::None;
        bool latch = false;
        bool held = false;
        bool heldLevel = false;
        bool configured = false;   // set up by the program (or held): its pad is logged
        int trigger = kIrqNone;
        bool pad = false;          // the level last seen on the pad
    };
    using Lock = std::unique_lock<std::mutex>;

    static size_t indexOf(int gpio);
    bool padLevel(const PinState& pin, int gpio) const;
    // Re-reads the pad of `gpio`; logs and reports what changed (unlocks to report).
    void update(Lock& lock, int gpio);

    BoardIo& io_;
    BoardTime& time_;
    mutable std::mutex mutex_;
    std::array<PinState, 24> pins_{};
};

}  // namespace pyfw::port
