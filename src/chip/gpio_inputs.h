// Levels driven onto the chip's input pins from outside (a button, a jumper wire), as a function of
// the board's time. A pin nobody drives reads low (the bootloader enables the pull-down on the
// safe-boot pin).
#pragma once

#include <cstdint>
#include <vector>

namespace pyfw::chip {

// GPIO21 (P12 on every Pycom board) is the safe-boot pin, active high.
inline constexpr int kSafeBootGpio = 21;

class GpioInputs {
public:
    // Drives `gpio` high from `fromUs` until just before `untilUs` (board time in microseconds).
    void holdHigh(int gpio, uint64_t fromUs, uint64_t untilUs) { spans_.push_back({gpio, fromUs, untilUs}); }
    bool level(int gpio, uint64_t nowUs) const {
        for (const auto& span : spans_)
            if (span.gpio == gpio && nowUs >= span.fromUs && nowUs < span.untilUs) return true;
        return false;
    }
    void clear() { spans_.clear(); }
    // The moments at which the level of `gpio` changes.
    std::vector<uint64_t> edges(int gpio) const {
        std::vector<uint64_t> out;
        for (const auto& span : spans_) {
            if (span.gpio != gpio) continue;
            out.push_back(span.fromUs);
            out.push_back(span.untilUs);
        }
        return out;
    }

private:
    struct HighSpan {
        int gpio;
        uint64_t fromUs;
        uint64_t untilUs;
    };
    std::vector<HighSpan> spans_;
};

}  // namespace pyfw::chip
