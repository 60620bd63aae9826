// The RGB LED on GPIO0 (a WS2812 driven by RMT channel 1) and Pycom's heartbeat: with the
// heartbeat on, the firmware blinks it blue (0x000050) for 80 ms every 4 s; pycom.rgbled() sets a
// colour of the program's own. Every change of colour goes to the board's log (`LED 0x0000ff`).
#pragma once

#include <cstdint>
#include <mutex>

#include "port/board_io.h"
#include "port/board_time.h"

namespace pyfw::port {

class RgbLed {
public:
    static constexpr uint32_t kHeartbeatColor = 0x000050;
    static constexpr int64_t kHeartbeatOnUs = 80'000;
    static constexpr int64_t kHeartbeatPeriodUs = 4'000'000;

    RgbLed(BoardIo& io, BoardTime& time) : io_(io), time_(time) {}

    void setColor(uint32_t color);
    uint32_t color() const;

    // On: the blinking starts (first blink one period from now). Off: the LED is off when it
    // returns, so a colour set right after it stays (the 1.17.2 fix).
    void setHeartbeat(bool on);
    bool heartbeat() const;

    // The chip resets or sleeps: heartbeat stopped, LED dark.
    void powerDown();

private:
    void setColorLocked(uint32_t color);
    // Schedules the next change of the blink cycle of `generation`.
    void scheduleBlink(uint64_t generation, bool lightUp, int64_t atUs);

    BoardIo& io_;
    BoardTime& time_;
    mutable std::mutex mutex_;
    uint32_t color_ = 0;
    bool heartbeat_ = false;
    uint64_t generation_ = 0;   // a new one on every switch: older blink timers do nothing
};

}  // namespace pyfw::port
