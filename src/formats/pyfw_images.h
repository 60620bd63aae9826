// The bootloader and app images `pyfw build` synthesises (there is no Xtensa compiler here): real
// ESP32 images laid out as elf2image would lay out the ELF of Pycom's build, whose segments carry
// what the host-built firmware needs instead of machine code:
//   bootloader: DRAM 0x3FFF0000 = bootloader descriptor + bootloader configuration block, then
//               IRAM_LOADER 0x40078000 and IRAM 0x40080400 stand-in code;
//   app:        DROM 0x3F400020 = firmware descriptor + frozen-module archive + rodata,
//               DRAM 0x3FFB0000, IRAM 0x40080000 and IROM 0x400D0018 stand-in code.
// Stand-in code is a deterministic byte stream, so the same inputs give the same image.
#pragma once

#include <string>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"
#include "formats/app_image.h"
#include "formats/bootloader_config.h"
#include "formats/firmware_descriptor.h"
#include "formats/frozen_archive.h"
#include "formats/image_layout.h"

namespace pyfw::formats {

inline constexpr char kFirmwareVersion[] = "1.17.2.b1";
inline constexpr char kBootloaderVersion[] = "V0.2";
inline constexpr char kFirmwareName[] = "Pycom MicroPython";
inline constexpr char kBootloaderName[] = "pyfw bootloader";

// Header fields of Pycom's build: elf2image --flash_mode dio --flash_freq 80m with esptool 2.1's
// default --flash_size 1MB (bytes 2..3 = 02 0F) and a 2018-style all-zero extended header.
ImageLayoutOptions pycomImageOptions();

struct BootloaderSpec {
    std::string version = kBootloaderVersion;
    BootloaderConfig config;
};
base::Result<base::Bytes> synthesizeBootloaderImage(const BootloaderSpec& spec);

struct FirmwareSpec {
    std::string version = kFirmwareVersion;
    std::string board;  // "LoPy4"
    std::vector<FrozenModule> frozenModules;
    uint32_t secureVersion = 0;  // anti-rollback
};
base::Result<base::Bytes> synthesizeAppImage(const FirmwareSpec& spec);

// What the boot chain reads back from a parsed image.
struct FirmwareContents {
    FirmwareDescriptor descriptor;
    std::vector<FrozenModule> frozenModules;
    std::optional<BootloaderConfig> bootloaderConfig;  // bootloader images only
};
// Fails when no segment starts with a pyfw descriptor, or what it points to is malformed.
base::Result<FirmwareContents> readFirmwareContents(const AppImage& image);

}  // namespace pyfw::formats
