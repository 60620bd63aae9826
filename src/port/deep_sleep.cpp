#include "port/deep_sleep.h"

#include <algorithm>
#include <climits>
#include <thread>

#include "base/bytes.h"

namespace pyfw::port {

namespace {

// The firmware's own variables at the end of RTC slow memory (RTC_DATA_ATTR in the original):
// the RTC time at which the last sleep was due to end.
constexpr size_t kExpectedWakeOffset = chip::RtcMemory::kSlowMemorySize - 8;

bool pinHigh(const chip::Board& board, const PinWake& wake, int gpio, uint64_t atUs) {
    // Undriven pins read their pull: up for ALL_LOW with pulls, low otherwise.
    bool driven = board.gpio().level(gpio, atUs);
    if (driven) return true;
    return wake.mode == PinWake::Mode::AllLow && wake.enablePull;
}

bool wakes(const chip::Board& board, const PinWake& wake, uint64_t atUs) {
    if (wake.mode == PinWake::Mode::AnyHigh)
        return std::any_of(wake.gpios.begin(), wake.gpios.end(), [&](int g) { return pinHigh(board, wake, g, atUs); });
    return std::none_of(wake.gpios.begin(), wake.gpios.end(), [&](int g) { return pinHigh(board, wake, g, atUs); });
}

// The first moment in [from, until) at which the pins wake the chip: the levels only change at the
// edges of what the outside drives, so those are the moments to look at.
std::optional<uint64_t> firstPinWake(const chip::Board& board, const PinWake& wake, uint64_t from, uint64_t until) {
    std::vector<uint64_t> moments{from};
    for (int gpio : wake.gpios)
        for (uint64_t edge : board.gpio().edges(gpio))
            if (edge > from && edge < until) moments.push_back(edge);
    std::sort(moments.begin(), moments.end());
    for (uint64_t at : moments)
        if (wakes(board, wake, at)) return at;
    return std::nullopt;
}

void passTime(chip::Board& board, int64_t us) {
    if (auto* virtualClock = dynamic_cast<base::VirtualClock*>(&board.clock())) virtualClock->advanceUs(us);
    else std::this_thread::sleep_for(std::chrono::microseconds(us));
}

}  // namespace

std::optional<WakeUp> sleepDeeply(chip::Board& board, int64_t ms, const std::optional<PinWake>& pinWake) {
    uint64_t now = uint64_t(board.clock().nowUs());
    uint64_t timerAt = ms < 0 ? UINT64_MAX : now + uint64_t(ms) * 1000;
    std::optional<uint64_t> pinAt = pinWake ? firstPinWake(board, *pinWake, now, timerAt) : std::nullopt;
    if (!pinAt && timerAt == UINT64_MAX) return std::nullopt;
    WakeUp wake;
    uint64_t at = pinAt.value_or(timerAt);
    if (pinAt) {
        wake.cause = chip::WakeCause::Pin;
        for (int gpio : pinWake->gpios)
            if (pinWake->mode == PinWake::Mode::AllLow || board.gpio().level(gpio, at)) wake.pins.push_back(gpio);
    }
    wake.sleptUs = int64_t(at - now);
    auto& rtc = board.rtc();
    uint64_t expected = ms < 0 ? 0 : rtc.rtcTimeUs + uint64_t(ms) * 1000;
    base::writeLe64(rtc.slowMemory.data() + kExpectedWakeOffset, expected);
    passTime(board, wake.sleptUs);
    rtc.rtcTimeUs += uint64_t(wake.sleptUs);
    rtc.wakeCause = wake.cause;
    return wake;
}

int64_t remainingSleepMs(const chip::Board& board) {
    const auto& rtc = board.rtc();
    uint64_t expected = base::readLe64(rtc.slowMemory.data() + kExpectedWakeOffset);
    if (expected == 0 || expected <= rtc.rtcTimeUs) return 0;
    return int64_t((expected - rtc.rtcTimeUs) / 1000);
}

}  // namespace pyfw::port
