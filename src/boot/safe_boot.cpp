#include "boot/safe_boot.h"

namespace pyfw::boot {
namespace {

constexpr uint64_t kPollMs = 10;
constexpr const char* kTag = "boot";

bool pinHigh(const chip::GpioInputs& gpio, const base::Clock& clock) {
    return gpio.level(chip::kSafeBootGpio, clock.nowUs());
}

// Waits up to `durationMs` while the pin stays high; true when it was held all the way.
bool heldFor(const chip::GpioInputs& gpio, base::Clock& clock, uint64_t durationMs) {
    for (uint64_t waited = 0; waited < durationMs; waited += kPollMs) {
        clock.sleepMs(kPollMs);
        if (!pinHigh(gpio, clock)) return false;
    }
    return true;
}

}  // namespace

SafeBootPin readSafeBootPin(const chip::GpioInputs& gpio, base::Clock& clock, BootLog& log) {
    SafeBootPin result;
    if (!pinHigh(gpio, clock)) return result;
    if (!heldFor(gpio, clock, kSafeBootConfirmMs)) {
        log.info(kTag, "Safe boot pin released within 100 ms: ignored");
        return result;
    }
    result.requested = true;
    log.info(kTag, "Safe boot pin held: safe boot requested (LED blinks 0x2C1200 every 500 ms)");
    if (!heldFor(gpio, clock, kSafeBootStepMs)) return result;
    result.image = SafeBootImage::Previous;
    log.info(kTag, "Safe boot pin still held after 3 s: previous image selected (LED blinks every 250 ms)");
    if (!heldFor(gpio, clock, kSafeBootStepMs)) return result;
    result.image = SafeBootImage::Factory;
    log.info(kTag, "Safe boot pin still held after 6 s: factory image selected");
    clock.sleepMs(1500);  // the fast blink that confirms the factory choice
    return result;
}

}  // namespace pyfw::boot
