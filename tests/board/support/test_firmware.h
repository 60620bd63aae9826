// Firmware images for board scenarios, built with the same formats and security code as the
// toolchain: a bootloader carrying its descriptor and configuration, the Pycom partition table and
// app images carrying a firmware descriptor and frozen modules, signed and encrypted as
// `make SECURE=on` does.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/bytes.h"
#include "boot/boot_chain.h"
#include "chip/board.h"
#include "crypto/ecdsa_p256.h"
#include "formats/bootloader_config.h"

namespace pyfw::testing {

struct SecureKeys {
    crypto::EcdsaPrivateKey signingKey{};
    crypto::EcdsaPublicKey verificationKey{};
    base::Bytes secureBootKey;    // digest_private_key of the signing key (reflashable scheme)
    base::Bytes flashEncryptionKey;
};
// Deterministic keys from a seed byte.
SecureKeys makeKeys(uint8_t seed);

struct AppSpec {
    std::string version = "1.17.2.b1";
    std::string board = "LoPy";
    std::string marker = "PYFW-TEST-APP";  // a string to search for in flash
    size_t codeSize = 20000;                // bytes of the IRAM segment
    uint32_t secureVersion = 0;             // anti-rollback
};

struct FirmwareBuild {
    base::Bytes bootloader;  // for 0x1000
    base::Bytes table;       // for 0x8000 (signed when secure)
    base::Bytes app;         // for a slot (signed when secure)
    const SecureKeys* keys = nullptr;
};

base::Bytes buildBootloader(const formats::BootloaderConfig& config);
base::Bytes buildApp(const AppSpec& spec, const SecureKeys* keys);  // signed when keys are given
// The Pycom table of the flash size, or a compact table (small partitions, same roles and entry
// order) that keeps exhaustive power-cut sweeps short.
enum class TableLayout { Pycom, Compact };
base::Bytes buildPartitionTable(uint32_t flashSize, const SecureKeys* keys, TableLayout layout = TableLayout::Pycom);
FirmwareBuild buildFirmware(uint32_t flashSize, const SecureKeys* keys, const AppSpec& spec = {},
                            TableLayout layout = TableLayout::Pycom);

// An in-memory board of the model with its factory identity. Its random number generator is
// seeded, so keys generated on the chip are the same on every run and a failure can be replayed.
inline constexpr uint64_t kBoardRngSeed = 0x5eed;
chip::Board newBoard(const char* model = "lopy");
// A copy of an in-memory board's flash, eFuses and RTC memory, freshly powered, its generator
// seeded as newBoard seeds it.
chip::Board copyBoard(const chip::Board& board);
// esptool write_flash of the plain images: bootloader, partition table, app in the factory slot.
void flashPlain(chip::Board& board, const FirmwareBuild& build);
// The Pycom "own keys" flow: images encrypted on the host (the bootloader as the reflashable
// digest image at 0x0), keys burnt and protected, FLASH_CRYPT_CNT, FLASH_CRYPT_CONFIG 0xF and
// ABS_DONE_0 burnt. The burnt keys can be replaced to rehearse a wrong key.
struct BurntKeys {
    std::optional<base::Bytes> flashEncryptionKey;
    std::optional<base::Bytes> secureBootKey;
};
void provisionSecure(chip::Board& board, const FirmwareBuild& build, const BurntKeys& burnt = {});
// espsecure encrypt_flash_data with 0xFF padding to 16 bytes.
base::Bytes encryptFor(const base::Bytes& key, uint32_t address, base::ByteView data);

bool contains(base::ByteView haystack, const std::string& needle);

// Powers the board on (RTC cleared, safe-boot pin released unless held again) and keeps the log.
struct Booted {
    boot::BootResult result;
    std::string log;
};
Booted bootBoard(chip::Board& board);

// Erases the sectors under [address, address + data) and programs data there, as a reflash does.
void rewriteFlash(chip::Board& board, uint32_t address, const base::Bytes& data);

}  // namespace pyfw::testing
