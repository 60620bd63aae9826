#include "formats/boot_info.h"

#include <algorithm>

#include "base/crc32.h"

namespace pyfw::formats {

namespace {
std::array<uint8_t, BootInfo::kSize> encode(const BootInfo& info, uint32_t crc) {
    std::array<uint8_t, BootInfo::kSize> out{};
    base::writeLe32(out.data() + 0, info.activeImage);
    base::writeLe32(out.data() + 4, info.status);
    base::writeLe32(out.data() + 8, info.previousImage);
    base::writeLe32(out.data() + 12, info.size);
    base::writeLe32(out.data() + 16, info.safeBoot);
    std::copy(info.signature.begin(), info.signature.end(), out.begin() + 20);
    base::writeLe32(out.data() + 36, crc);
    return out;
}
}  // namespace

uint32_t BootInfo::computeCrc() const {
    auto bytes = encode(*this, 0);
    return base::crc32(base::ByteView(bytes.data(), 36), 0xFFFFFFFF);
}

std::array<uint8_t, BootInfo::kSize> BootInfo::serialize() const { return encode(*this, computeCrc()); }

base::Result<BootInfo> BootInfo::parse(base::ByteView bytes) {
    if (bytes.size() < kSize) return base::fail("boot_info needs 40 bytes, got " + std::to_string(bytes.size()));
    BootInfo info;
    info.activeImage = base::readLe32(bytes.data() + 0);
    info.status = base::readLe32(bytes.data() + 4);
    info.previousImage = base::readLe32(bytes.data() + 8);
    info.size = base::readLe32(bytes.data() + 12);
    info.safeBoot = base::readLe32(bytes.data() + 16);
    std::copy(bytes.begin() + 20, bytes.begin() + 36, info.signature.begin());
    info.crc = base::readLe32(bytes.data() + 36);
    return info;
}

}  // namespace pyfw::formats
