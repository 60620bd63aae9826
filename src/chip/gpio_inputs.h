// What the outside does to the chip's pins (a button, a jumper wire, a test harness), as a function
// of the board's time: each pin is driven low, driven high or left alone (released) from a moment
// on, and an analog pin can carry a voltage. A pin nobody drives reads its pull, or low without one
// (the bootloader enables the pull-down on the safe-boot pin).
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace pyfw::chip {

// GPIO21 (P12 on every Pycom board) is the safe-boot pin, active high.
inline constexpr int kSafeBootGpio = 21;

enum class Drive : uint8_t { Released, Low, High };

class GpioInputs {
public:
    // From `atUs` on (board time in microseconds), the outside drives `gpio` this way.
    void drive(int gpio, uint64_t atUs, Drive how) { insert(digital_[gpio], atUs, how); }
    // Drives `gpio` high from `fromUs` until just before `untilUs`, then releases it.
    void holdHigh(int gpio, uint64_t fromUs, uint64_t untilUs) {
        drive(gpio, fromUs, Drive::High);
        drive(gpio, untilUs, Drive::Released);
    }
    // How the outside drives `gpio` at `nowUs` (Released when nobody does).
    Drive driveAt(int gpio, uint64_t nowUs) const {
        auto it = digital_.find(gpio);
        return it == digital_.end() ? Drive::Released : valueAt(it->second, nowUs, Drive::Released);
    }
    // True when the outside drives `gpio` high at `nowUs`.
    bool level(int gpio, uint64_t nowUs) const { return driveAt(gpio, nowUs) == Drive::High; }
    // The moments at which what the outside does to `gpio` changes.
    std::vector<uint64_t> edges(int gpio) const {
        std::vector<uint64_t> out;
        if (auto it = digital_.find(gpio); it != digital_.end())
            for (const auto& change : it->second) out.push_back(change.atUs);
        return out;
    }
    // Every pin whose drive ever changes, with the moments of the changes.
    std::vector<std::pair<int, uint64_t>> allEdges() const {
        std::vector<std::pair<int, uint64_t>> out;
        for (const auto& [gpio, changes] : digital_)
            for (const auto& change : changes) out.emplace_back(gpio, change.atUs);
        return out;
    }

    // From `atUs` on, `gpio` carries `millivolts` (for the ADC; nothing: 0 V).
    void setVoltage(int gpio, uint64_t atUs, int millivolts) { insert(analog_[gpio], atUs, millivolts); }
    int millivoltsAt(int gpio, uint64_t nowUs) const {
        auto it = analog_.find(gpio);
        return it == analog_.end() ? 0 : valueAt(it->second, nowUs, 0);
    }

    void clear() {
        digital_.clear();
        analog_.clear();
    }

private:
    template <typename T>
    struct Change {
        uint64_t atUs;
        T value;
    };
    // Changes stay sorted by time; a later change at the same moment replaces the earlier one.
    template <typename T>
    static void insert(std::vector<Change<T>>& changes, uint64_t atUs, T value) {
        auto it = std::lower_bound(changes.begin(), changes.end(), atUs,
                                   [](const Change<T>& c, uint64_t at) { return c.atUs < at; });
        if (it != changes.end() && it->atUs == atUs) it->value = value;
        else changes.insert(it, {atUs, value});
    }
    template <typename T>
    static T valueAt(const std::vector<Change<T>>& changes, uint64_t nowUs, T none) {
        auto it = std::upper_bound(changes.begin(), changes.end(), nowUs,
                                   [](uint64_t at, const Change<T>& c) { return at < c.atUs; });
        return it == changes.begin() ? none : std::prev(it)->value;
    }

    std::map<int, std::vector<Change<Drive>>> digital_;
    std::map<int, std::vector<Change<int>>> analog_;
};

}  // namespace pyfw::chip
