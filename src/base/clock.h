// One clock per board, counting microseconds since it started. Real time follows the host's
// monotonic clock (interactive use); virtual time moves only when someone sleeps on it or advances
// it, so tests and simulations are deterministic and never wait. Everything on a board (engine time,
// LoRaWAN timers, the radio, the boot log) reads the same clock; the simulated world keeps its own.
#pragma once

#include <chrono>
#include <cstdint>

namespace pyfw::base {

class Clock {
public:
    virtual ~Clock() = default;
    virtual int64_t nowUs() const = 0;
    // Returns once `duration` has passed on this clock (at once on virtual time).
    virtual void sleepUs(int64_t duration) = 0;
    int64_t nowMs() const { return nowUs() / 1000; }
    void sleepMs(int64_t duration) { sleepUs(duration * 1000); }
};

class VirtualClock final : public Clock {
public:
    explicit VirtualClock(int64_t startUs = 0) : nowUs_(startUs) {}
    int64_t nowUs() const override { return nowUs_; }
    void sleepUs(int64_t duration) override { advanceUs(duration); }
    void advanceUs(int64_t duration) {
        if (duration > 0) nowUs_ += duration;
    }
    // Moves to `us` unless the clock is already past it (time never runs backwards).
    void advanceTo(int64_t us) {
        if (us > nowUs_) nowUs_ = us;
    }

private:
    int64_t nowUs_;
};

class RealClock final : public Clock {
public:
    RealClock() : start_(std::chrono::steady_clock::now()) {}
    int64_t nowUs() const override;
    void sleepUs(int64_t duration) override;

private:
    std::chrono::steady_clock::time_point start_;
};

}  // namespace pyfw::base
