// The Pycom safe-boot button (bootmgr.c): GPIO21 (P12), active high, sampled by the bootloader.
// Held for 100 ms: safe boot of the active image. Still held when 3 s have passed (the LED blinks
// orange every 500 ms): the previous image. Still held 3 s later (blinking every 250 ms): the
// factory image. Only the safe-boot flag is remembered in boot_info, never the image choice.
#pragma once

#include <cstdint>

#include "boot/boot_log.h"
#include "base/clock.h"
#include "chip/gpio_inputs.h"

namespace pyfw::boot {

enum class SafeBootImage { Active, Previous, Factory };

struct SafeBootPin {
    bool requested = false;
    SafeBootImage image = SafeBootImage::Active;
};

inline constexpr uint64_t kSafeBootConfirmMs = 100;
inline constexpr uint64_t kSafeBootStepMs = 3000;

SafeBootPin readSafeBootPin(const chip::GpioInputs& gpio, base::Clock& clock, BootLog& log);

}  // namespace pyfw::boot
