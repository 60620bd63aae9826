#include "formats/config_block.h"

#include <algorithm>

namespace pyfw::formats {

namespace {

// Field offsets, checked against the layout's total at compile time.
constexpr size_t kLpwanMac = 0, kSigfoxId = 8, kSigfoxPac = 12, kSigfoxPrivate = 20, kSigfoxPublic = 36;
constexpr size_t kLoraRegion = 52, kWifiBits = 53, kWifiSsid = 54, kWifiPassword = 87;
constexpr size_t kRgbledBits = 152, kErrorColor = 153, kSafebootColor = 156, kHeartbeatColor = 159;
constexpr size_t kHwVersion = 497, kSwVersion = 498, kWdtOnBoot = 512, kWdtTimeout = 516, kDummy = 520;
static_assert(kWifiPassword + 65 == kRgbledBits && kHeartbeatColor + 3 + 335 == kHwVersion);
static_assert(kSwVersion + 12 + 2 == kWdtOnBoot && kDummy + 248 == ConfigBlock::kSize);

template <size_t N>
void get(std::array<uint8_t, N>& field, base::ByteView in, size_t offset) {
    std::copy(in.begin() + offset, in.begin() + offset + N, field.begin());
}
template <size_t N>
void put(const std::array<uint8_t, N>& field, base::Bytes& out, size_t offset) {
    std::copy(field.begin(), field.end(), out.begin() + offset);
}

}  // namespace

ConfigBlock ConfigBlock::erased() { return *parse(base::Bytes(kSize, 0xFF)); }

base::Result<ConfigBlock> ConfigBlock::parse(base::ByteView bytes) {
    if (bytes.size() < kSize) return base::fail("the config block needs 768 bytes, got " + std::to_string(bytes.size()));
    ConfigBlock c;
    c.raw.assign(bytes.begin(), bytes.begin() + kSize);
    get(c.lpwanMac, bytes, kLpwanMac);
    get(c.sigfoxId, bytes, kSigfoxId);
    get(c.sigfoxPac, bytes, kSigfoxPac);
    get(c.sigfoxPrivateKey, bytes, kSigfoxPrivate);
    get(c.sigfoxPublicKey, bytes, kSigfoxPublic);
    c.loraRegion = bytes[kLoraRegion];
    uint8_t wifi = bytes[kWifiBits];
    c.wifiOnBoot = wifi & 1;
    c.wifiMode = (wifi >> 1) & 7;
    c.wifiAuth = (wifi >> 4) & 7;
    c.wifiAntenna = wifi >> 7;
    get(c.wifiSsid, bytes, kWifiSsid);
    get(c.wifiPassword, bytes, kWifiPassword);
    c.rgbledBits = bytes[kRgbledBits];
    get(c.errorColor, bytes, kErrorColor);
    get(c.safebootColor, bytes, kSafebootColor);
    get(c.heartbeatColor, bytes, kHeartbeatColor);
    c.hwVersion = bytes[kHwVersion];
    get(c.swVersion, bytes, kSwVersion);
    c.wdtOnBoot = bytes[kWdtOnBoot];
    c.wdtOnBootTimeout = base::readLe32(bytes.data() + kWdtTimeout);
    return c;
}

base::Bytes ConfigBlock::serialize() const {
    base::Bytes out = raw;
    out.resize(kSize, 0xFF);
    put(lpwanMac, out, kLpwanMac);
    put(sigfoxId, out, kSigfoxId);
    put(sigfoxPac, out, kSigfoxPac);
    put(sigfoxPrivateKey, out, kSigfoxPrivate);
    put(sigfoxPublicKey, out, kSigfoxPublic);
    out[kLoraRegion] = loraRegion;
    out[kWifiBits] = uint8_t((wifiOnBoot ? 1 : 0) | (wifiMode & 7) << 1 | (wifiAuth & 7) << 4 | (wifiAntenna ? 0x80 : 0));
    put(wifiSsid, out, kWifiSsid);
    put(wifiPassword, out, kWifiPassword);
    out[kRgbledBits] = rgbledBits;
    put(errorColor, out, kErrorColor);
    put(safebootColor, out, kSafebootColor);
    put(heartbeatColor, out, kHeartbeatColor);
    out[kHwVersion] = hwVersion;
    put(swVersion, out, kSwVersion);
    out[kWdtOnBoot] = wdtOnBoot;
    base::writeLe32(out.data() + kWdtTimeout, wdtOnBootTimeout);
    return out;
}

}  // namespace pyfw::formats
