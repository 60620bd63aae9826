// What `make SECURE=on` of Pycom's application.mk produced, as a list of named files with their
// flash addresses (esp32-security.md §0, pycom-firmware.md §1.6), computed from the three plain
// images and the keys. Unlike the Makefile, every file the flash step names is in the list.
//
// Secure: the bootloader digest image (IV + digest + bootloader) encrypted for 0x0, the signed
// partition table encrypted for 0x8000, the signed app encrypted for 0x10000 (flashed) and for
// 0x1A0000 (the OTA image for ota_0), plus the plaintext intermediates and the derived keys.
// Signed files are padded with 0xFF to 16 bytes before encryption (espsecure pads with random
// bytes), so builds are reproducible; the pad lies after the signature and is never read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"
#include "crypto/ecdsa_p256.h"
#include "security/flash_key_tweak.h"

namespace pyfw::security {

// SecretKey files are written with mode 0600; Key files are public (the verification key).
enum class FileRole { Flash, OtaImage, Intermediate, Key, SecretKey };

struct PackageFile {
    std::string name;
    std::optional<uint32_t> address;  // where it is flashed, or the OTA slot it is for
    FileRole role = FileRole::Intermediate;
    std::string description;
    base::Bytes data;
};

struct EfuseStep {
    std::string espefuseArguments;  // e.g. "burn_key flash_encryption flash_encryption_key.bin"
    std::string description;
};

struct PackageInputs {
    std::string board;  // file names: "<board>.bin"
    base::Bytes bootloaderImage;
    base::Bytes partitionTable;  // 0xC00 bytes
    base::Bytes appImage;
    bool secure = false;
    crypto::EcdsaPrivateKey signingKey{};
    base::Bytes encryptionKeyFile;  // 32 bytes, or 24 for the 3/4 coding scheme
    std::string encryptionKeyPath = "flash_encryption_key.bin";  // as named in the eFuse steps
};

struct FirmwarePackage {
    std::vector<PackageFile> files;
    std::vector<EfuseStep> efuseSteps;
};

base::Result<FirmwarePackage> buildFirmwarePackage(const PackageInputs& inputs);

// The 128-byte IV for the bootloader digest, derived from the key and the image, so that the same
// inputs give the same digest file (any IV is valid; the ROM reads it from flash).
std::array<uint8_t, 128> deterministicDigestIv(base::ByteView secureBootKey, base::ByteView bootloaderImage);

}  // namespace pyfw::security
