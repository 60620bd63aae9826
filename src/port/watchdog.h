// The watchdog of timer group 0 (machine.WDT, and Pycom's "WDT on boot"): once started it cannot
// be stopped; a program that does not feed it within its timeout gets the chip reset, which the
// next boot reports as WDT_RESET. It keeps running across soft resets, as the hardware does.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>

#include "port/board_time.h"

namespace pyfw::port {

class Watchdog {
public:
    Watchdog(BoardTime& time, std::function<void()> expire) : time_(time), expire_(std::move(expire)) {}
    ~Watchdog() { stop(); }

    // Starts it, or changes the timeout of a running one (and feeds it).
    void start(int64_t timeoutMs);
    void feed();
    bool running() const;
    int64_t timeoutMs() const;
    // The chip goes down (reset, deep sleep): nothing fires any more.
    void stop();

private:
    void armLocked();

    BoardTime& time_;
    std::function<void()> expire_;
    mutable std::mutex mutex_;
    bool running_ = false;
    int64_t timeoutMs_ = 0;
    uint64_t timer_ = 0;
    uint64_t generation_ = 0;
};

}  // namespace pyfw::port
