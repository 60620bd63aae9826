#include "chip/rtc_memory.h"

#include <algorithm>
#include <cstring>

#include "base/file.h"

namespace pyfw::chip {
namespace {
constexpr char kMagic[8] = {'P', 'Y', 'F', 'W', 'R', 'T', 'C', '1'};
}

base::Result<RtcMemory> RtcMemory::fromBytes(base::ByteView raw) {
    if (raw.size() != kSerialisedSize)
        return base::fail("RTC memory image is " + std::to_string(raw.size()) + " bytes; it must be " +
                          std::to_string(kSerialisedSize));
    if (std::memcmp(raw.data(), kMagic, sizeof kMagic) != 0)
        return base::fail("RTC memory image does not start with the PYFWRTC1 magic");
    RtcMemory rtc;
    rtc.nextResetReason = raw[8];
    if (rtc.nextResetReason != 0 && !isKnownResetReason(rtc.nextResetReason))
        return base::fail("RTC memory names an unknown reset reason " + std::to_string(raw[8]));
    if (raw[9] > uint8_t(WakeCause::Ulp)) return base::fail("RTC memory names an unknown wake cause");
    rtc.wakeCause = WakeCause(raw[9]);
    rtc.rtcTimeUs = base::readLe64(&raw[16]);
    rtc.slowMemory.assign(raw.begin() + kHeaderSize, raw.end());
    return rtc;
}

base::Bytes RtcMemory::toBytes() const {
    base::Bytes out(kSerialisedSize, 0);
    std::copy(std::begin(kMagic), std::end(kMagic), out.begin());
    out[8] = nextResetReason;
    out[9] = uint8_t(wakeCause);
    base::writeLe64(&out[16], rtcTimeUs);
    std::copy_n(slowMemory.begin(), std::min(slowMemory.size(), kSlowMemorySize), out.begin() + kHeaderSize);
    return out;
}

base::Result<RtcMemory> RtcMemory::load(const std::filesystem::path& path) {
    if (!std::filesystem::exists(path)) return RtcMemory();
    PYFW_ASSIGN(auto raw, base::readFile(path));
    auto rtc = fromBytes(raw);
    if (!rtc.ok()) return base::fail(path.string() + ": " + rtc.error().message);
    return rtc;
}

base::Status RtcMemory::save(const std::filesystem::path& path) const {
    return base::writeFileAtomically(path, toBytes());
}

}  // namespace pyfw::chip
