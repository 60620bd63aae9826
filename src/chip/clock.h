// The board's one clock, counting microseconds since power-on. Real time follows the host's
// monotonic clock (interactive use); virtual time only moves when someone sleeps or advances it, so
// tests and simulations are deterministic and never wait.
#pragma once

#include <chrono>
#include <cstdint>

namespace pyfw::chip {

class Clock {
public:
    virtual ~Clock() = default;
    virtual uint64_t nowUs() const = 0;
    virtual void sleepUs(uint64_t duration) = 0;
    uint64_t nowMs() const { return nowUs() / 1000; }
    void sleepMs(uint64_t duration) { sleepUs(duration * 1000); }
};

class VirtualClock final : public Clock {
public:
    explicit VirtualClock(uint64_t startUs = 0) : nowUs_(startUs) {}
    uint64_t nowUs() const override { return nowUs_; }
    void sleepUs(uint64_t duration) override { nowUs_ += duration; }
    void advanceUs(uint64_t duration) { nowUs_ += duration; }

private:
    uint64_t nowUs_;
};

class RealClock final : public Clock {
public:
    RealClock() : start_(std::chrono::steady_clock::now()) {}
    uint64_t nowUs() const override;
    void sleepUs(uint64_t duration) override;

private:
    std::chrono::steady_clock::time_point start_;
};

}  // namespace pyfw::chip
