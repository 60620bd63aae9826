// The bootloader's esp_image_load(VERIFY/LOAD) over flash: walk the image at a partition's start
// through the flash cache, then check its checksum, its appended SHA-256 and, when the bootloader
// was built for secure boot, the ECDSA signature block right after the image. Finds the pyfw
// descriptor and frozen modules the image carries. A bootloader built for a board refuses an image
// built for another one, and with anti-rollback an image whose secure version is below the minimum
// kept in eFuse (SECURE_VERSION, a count of burnt bits, as ESP-IDF keeps it). Every failure names
// its reason in one sentence (the boot log prints it).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "base/result.h"
#include "chip/flash_access.h"
#include "formats/app_image.h"
#include "formats/bootloader_config.h"
#include "formats/firmware_descriptor.h"
#include "formats/frozen_archive.h"

namespace pyfw::boot {

struct VerifiedApp {
    uint32_t offset = 0;
    formats::AppImage image;
    std::optional<formats::FirmwareDescriptor> descriptor;
    std::vector<formats::FrozenModule> frozenModules;
    bool signatureChecked = false;
};

// The number of bytes the image at `offset` occupies (header, segments, checksum, appended hash),
// found by reading only its headers; fails when it does not fit in `maxLength`.
base::Result<uint32_t> imageLengthAt(const chip::FlashAccess& flash, uint32_t offset, uint32_t maxLength);

base::Result<VerifiedApp> verifyAppAt(const chip::FlashAccess& flash, uint32_t offset, uint32_t maxLength,
                                      const formats::BootloaderConfig& config);

// The same checks on an image's bytes as they will lie at `offset` (plaintext), followed by its
// signature block under secure boot; trailing bytes after that are ignored.
base::Result<VerifiedApp> verifyAppBytes(base::ByteView bytes, uint32_t offset, const formats::BootloaderConfig& config,
                                         uint32_t minimumSecureVersion);

// The lowest secure version an app may have: the number of SECURE_VERSION bits burnt.
uint32_t minimumSecureVersion(const chip::Efuses& fuses);
// The largest secure version the eFuse field can record.
inline constexpr uint32_t kMaxSecureVersion = 16;

}  // namespace pyfw::boot
