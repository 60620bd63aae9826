#include "formats/bootloader_config.h"

#include <algorithm>
#include <cstring>

namespace pyfw::formats {
namespace {
constexpr uint32_t kFlagSecureBoot = 1u << 0;
constexpr uint32_t kFlagFlashEncryption = 1u << 1;
constexpr uint32_t kFlagAntiRollback = 1u << 2;
constexpr size_t kBoardOffset = 80;
constexpr size_t kBoardSize = 12;
constexpr uint32_t kFormatVersion = 1;
constexpr size_t kKeyOffset = 16;
constexpr size_t kReservedOffset = 92;
}  // namespace

base::Result<base::Bytes> BootloaderConfig::serialize() const {
    if (board.size() >= kBoardSize) return base::fail("the bootloader's board name \"" + board + "\" is longer than 11 characters");
    base::Bytes out(kSize, 0);
    std::memcpy(out.data(), kMagic, 8);
    uint32_t flags = (secureBoot ? kFlagSecureBoot : 0) | (flashEncryption ? kFlagFlashEncryption : 0) |
                     (antiRollback ? kFlagAntiRollback : 0);
    std::copy(board.begin(), board.end(), out.begin() + kBoardOffset);
    base::writeLe32(&out[8], flags);
    base::writeLe32(&out[12], kFormatVersion);
    std::copy(verificationKey.begin(), verificationKey.end(), out.begin() + kKeyOffset);
    return out;
}

base::Result<BootloaderConfig> BootloaderConfig::parse(base::ByteView bytes) {
    if (bytes.size() < kSize) return base::fail("too short for a bootloader configuration block");
    if (std::memcmp(bytes.data(), kMagic, 8) != 0) return base::fail("no bootloader configuration magic");
    uint32_t flags = base::readLe32(&bytes[8]);
    if (flags & ~(kFlagSecureBoot | kFlagFlashEncryption | kFlagAntiRollback))
        return base::fail("the bootloader configuration sets unknown flag bits");
    if (base::readLe32(&bytes[12]) != kFormatVersion)
        return base::fail("unknown bootloader configuration format version " + std::to_string(base::readLe32(&bytes[12])));
    if (std::any_of(bytes.begin() + kReservedOffset, bytes.begin() + kSize, [](uint8_t b) { return b != 0; }))
        return base::fail("the bootloader configuration's reserved bytes are not zero");
    BootloaderConfig config;
    config.secureBoot = flags & kFlagSecureBoot;
    config.flashEncryption = flags & kFlagFlashEncryption;
    config.antiRollback = flags & kFlagAntiRollback;
    auto boardBegin = bytes.begin() + kBoardOffset, boardEnd = boardBegin + kBoardSize;
    auto nul = std::find(boardBegin, boardEnd, 0);
    if (nul == boardEnd || std::any_of(nul, boardEnd, [](uint8_t b) { return b != 0; }))
        return base::fail("the bootloader configuration's board name is not NUL-terminated");
    config.board.assign(boardBegin, nul);
    std::copy_n(bytes.begin() + kKeyOffset, 64, config.verificationKey.begin());
    return config;
}

base::Result<std::optional<BootloaderConfig>> findBootloaderConfig(base::ByteView segmentData) {
    for (size_t offset = 0; offset + BootloaderConfig::kSize <= segmentData.size(); offset += 4) {
        if (std::memcmp(segmentData.data() + offset, BootloaderConfig::kMagic, 8) != 0) continue;
        PYFW_ASSIGN(auto config, BootloaderConfig::parse(segmentData.subspan(offset)));
        return std::optional<BootloaderConfig>(config);
    }
    return std::optional<BootloaderConfig>();
}

}  // namespace pyfw::formats
