// What the RTC domain keeps while the rest of the chip restarts (reset, deep sleep) and loses on a
// power cut: the 8 KiB of RTC slow memory, the RTC time, and why the next boot happens.
//
// Serialised form (rtc.bin, 8224 bytes): "PYFWRTC1", u8 reset reason of the next boot (0 = none,
// i.e. power-on), u8 wake cause, 2 reserved bytes, u32 reserved, u64 RTC time in microseconds,
// u64 reserved, then the slow memory. All little-endian.
#pragma once

#include <cstdint>
#include <filesystem>

#include "base/bytes.h"
#include "base/result.h"
#include "chip/reset_reason.h"

namespace pyfw::chip {

// machine.wake_reason() values.
enum class WakeCause : uint8_t { PowerOn = 0, Pin = 1, Rtc = 2, Ulp = 3 };

struct RtcMemory {
    static constexpr size_t kSlowMemorySize = 8192;
    static constexpr size_t kHeaderSize = 32;
    static constexpr size_t kSerialisedSize = kHeaderSize + kSlowMemorySize;

    uint8_t nextResetReason = 0;   // a ResetReason code, 0 when the next start is a power-on
    WakeCause wakeCause = WakeCause::PowerOn;
    uint64_t rtcTimeUs = 0;
    base::Bytes slowMemory = base::Bytes(kSlowMemorySize, 0);

    // A missing file is a board that has never been powered: the power-on state.
    static base::Result<RtcMemory> load(const std::filesystem::path& path);
    base::Status save(const std::filesystem::path& path) const;
    static base::Result<RtcMemory> fromBytes(base::ByteView raw);
    base::Bytes toBytes() const;

    // A power cut clears the RTC domain.
    void clearForPowerOn() { *this = RtcMemory(); }
    ResetReason resetReasonForBoot() const {
        return nextResetReason == 0 ? ResetReason::PowerOn : ResetReason(nextResetReason);
    }
};

}  // namespace pyfw::chip
