// The ESP32 ROM's part of a boot: print the reset cause, check the secure boot digest at flash 0x0
// when ABS_DONE_0 is burnt, read the second-stage bootloader image at 0x1000 (through the flash
// cache, so decrypted when FLASH_CRYPT_CNT is odd), check its checksum and "load" it. The program
// it loads is identified by the pyfw bootloader descriptor and configuration the image carries.
#pragma once

#include <string>

#include "base/result.h"
#include "boot/boot_log.h"
#include "chip/board.h"
#include "chip/reset_reason.h"
#include "formats/app_image.h"
#include "formats/bootloader_config.h"
#include "formats/firmware_descriptor.h"

namespace pyfw::boot {

inline constexpr uint32_t kBootloaderAddress = 0x1000;

struct LoadedBootloader {
    formats::AppImage image;
    formats::FirmwareDescriptor descriptor;
    formats::BootloaderConfig config;
};

// On failure the error says why the ROM stops (it loops on a real chip); the log has the ROM's
// own line for it.
base::Result<LoadedBootloader> runRom(chip::Board& board, BootLog& log, chip::ResetReason reason);

}  // namespace pyfw::boot

namespace pyfw::boot {

// The configuration of the bootloader installed at 0x1000, read as the ROM would read it (the
// firmware needs it to verify an OTA image the way the bootloader will).
base::Result<formats::BootloaderConfig> installedBootloaderConfig(chip::Board& board);

}  // namespace pyfw::boot
