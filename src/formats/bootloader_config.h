// The security configuration compiled into the Pycom bootloader. `make SECURE=on` builds it with
// CONFIG_SECURE_BOOT_ENABLED and CONFIG_FLASH_ENCRYPTION_ENABLED and links the signing key's public
// half (signature_verification_key.bin) into it; pyfw's synthesised bootloader image carries the
// same facts as this block, in the segment that holds its bootloader descriptor (conventionally
// right after the descriptor). The boot chain reads it to know what "its" bootloader checks.
//
// Layout (96 bytes, little-endian):
//   0  char[8]  magic "pyfwbcfg"
//   8  u32      flags: bit 0 secure boot (apps and the partition table must be signed),
//               bit 1 flash encryption (encrypt on first boot), bit 2 anti-rollback (apps older
//               than the eFuse SECURE_VERSION are refused, and a newer one started raises it)
//   12 u32      format version (1)
//   16 u8[64]   signature verification key X||Y, big-endian (all zero without secure boot)
//   80 char[12] board the bootloader was built for ("LoPy4"; empty: any), NUL padded; apps built
//               for another board are refused
//   92 u8[4]    reserved (0)
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::formats {

struct BootloaderConfig {
    static constexpr size_t kSize = 96;
    static constexpr char kMagic[9] = "pyfwbcfg";

    bool secureBoot = false;
    bool flashEncryption = false;
    std::array<uint8_t, 64> verificationKey{};
    bool antiRollback = false;
    std::string board;  // at most 11 characters

    bool operator==(const BootloaderConfig&) const = default;

    base::Result<base::Bytes> serialize() const;
    // Exactly the layout above; unknown flag bits or a non-zero reserved area are errors.
    static base::Result<BootloaderConfig> parse(base::ByteView bytes);
};

// Looks for the block at every 4-byte-aligned offset of a segment's data. A block whose magic is
// found but whose content is malformed is an error; no magic at all is std::nullopt.
base::Result<std::optional<BootloaderConfig>> findBootloaderConfig(base::ByteView segmentData);

}  // namespace pyfw::formats
