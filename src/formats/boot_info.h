// Pycom's boot_info_t, the first 40 bytes of the otadata partition (esp32/bootloader/bootloader.h):
// which image is active, whether it still has to be checked, the previous image, the image size,
// the safe-boot request, 16 signature bytes and a CRC-32 over the first 36 bytes.
#pragma once

#include <array>
#include <cstdint>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::formats {

enum class ActiveImage : uint32_t { Factory = 0, Update1 = 1, Update2 = 2 };  // Update1 = ota_0
enum class ImageStatus : uint32_t { Check = 0, Ready = 1 };
enum class SafeBoot : uint32_t { None = 0, Hardware = 1, Software = 2 };

struct BootInfo {
    static constexpr size_t kSize = 40;

    uint32_t activeImage = uint32_t(ActiveImage::Factory);
    uint32_t status = uint32_t(ImageStatus::Ready);
    uint32_t previousImage = uint32_t(ActiveImage::Factory);
    uint32_t size = 0;
    uint32_t safeBoot = uint32_t(SafeBoot::None);
    std::array<uint8_t, 16> signature{};
    uint32_t crc = 0;  // as stored; serialize() recomputes it

    // crc32_le(UINT32_MAX, first 36 bytes), i.e. binascii.crc32(bytes[0:36], 0xFFFFFFFF).
    uint32_t computeCrc() const;
    // The bootloader's test: Status is not erased flash and the CRC matches.
    bool isValid() const { return status != 0xFFFFFFFF && crc == computeCrc(); }

    std::array<uint8_t, kSize> serialize() const;  // with a freshly computed CRC
    // Any 40 bytes decode (validity is isValid()); fewer is an error.
    static base::Result<BootInfo> parse(base::ByteView bytes);
};

}  // namespace pyfw::formats
