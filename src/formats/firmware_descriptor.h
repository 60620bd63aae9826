// pyfw's descriptor inside the images it builds (there is no Xtensa code to describe itself):
// the app image's DROM segment starts with a firmware descriptor (version, board, build id), and
// the bootloader image's DRAM segment with a bootloader descriptor. The boot chain finds it by
// its magic to learn what it is "running".
//
// Layout (128 bytes, little-endian):
//   0  char[8]  magic "pyfwdesc"        8  u8 kind (1 firmware, 2 bootloader)
//   9  u8 format version (1)            10 u16 reserved (0)
//   12 char[16] version ("1.17.2.b1", "V0.2"), NUL padded
//   28 char[16] board ("LoPy4"; empty for a bootloader)
//   44 char[32] name ("Pycom MicroPython", "pyfw bootloader")
//   76 u8[32]   build id: SHA-256 of what the image carries (see pyfw build)
//   108 u32     offset of the frozen-module archive from the descriptor's start (0 = none)
//   112 u32     its length
//   116 u32     secure version (anti-rollback, ESP-IDF's esp_app_desc_t.secure_version; 0 = none)
//   120 u8[8]   reserved (0)
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::formats {

enum class DescriptorKind : uint8_t { Firmware = 1, Bootloader = 2 };

struct FirmwareDescriptor {
    static constexpr size_t kSize = 128;
    static constexpr char kMagic[9] = "pyfwdesc";

    DescriptorKind kind = DescriptorKind::Firmware;
    std::string version;
    std::string board;
    std::string name;
    std::array<uint8_t, 32> buildId{};
    uint32_t frozenOffset = 0;
    uint32_t frozenLength = 0;
    uint32_t secureVersion = 0;

    // Fails if a text field does not fit.
    base::Result<base::Bytes> serialize() const;
    static base::Result<FirmwareDescriptor> parse(base::ByteView bytes);
};

// The descriptor at the start of `segmentData`, if it carries one.
std::optional<FirmwareDescriptor> findFirmwareDescriptor(base::ByteView segmentData);

// Lines for image_info: "Kind: ...", "Version: ...", ...
std::string describeFirmwareDescriptor(const FirmwareDescriptor& descriptor);

}  // namespace pyfw::formats
