// The host side of "flash encryption and secure boot with your own keys" (the Pycom README and
// `make SECURE=on flash`): write the pre-encrypted images over the download mode, burn the flash
// encryption and secure boot keys (espefuse burn_key, protected), then the eFuse steps in order
// (FLASH_CRYPT_CNT, FLASH_CRYPT_CONFIG 0x0F, ABS_DONE_0, ...). Everything is checked before
// anything is written or burnt, so a request the chip would refuse changes nothing.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <string>
#include <vector>

#include "base/result.h"
#include "chip/board.h"
#include "chip/download_mode.h"

namespace pyfw::chip {

struct EfuseStep {
    std::string field;
    uint64_t value = 0;  // 0 for flags and for FLASH_CRYPT_CNT (its next bit)
};

struct ProvisionRequest {
    std::optional<base::Bytes> flashEncryptionKey;  // key file, burnt into BLK1
    std::optional<base::Bytes> secureBootKey;       // key file, burnt into BLK2
    std::vector<EfuseStep> efuses;
    std::vector<std::string> writeProtect;          // fields whose WR_DIS bit is burnt last
    std::vector<FlashFile> files;                   // written as they are (already encrypted)
};

struct ProvisionReport {
    std::vector<std::string> burnt;  // one line per key or field burnt, e.g. "FLASH_CRYPT_CNT 0x0 -> 0x1"
    std::vector<WrittenFile> written;
};

base::Result<ProvisionReport> provisionBoard(Board& board, const ProvisionRequest& request);

// ESP-IDF's release mode for secure boot V1 with flash encryption: what the production fuses are
// and what each takes away for good. FLASH_CRYPT_CNT is then write-protected, so flash encryption
// can never be turned off; the keys are read- and write-protected by their burn_key step.
struct ReleaseFuse {
    std::string_view field;
    std::string_view effect;
};
std::span<const ReleaseFuse> releaseModeFuses();
inline constexpr std::string_view kReleaseWriteProtected = "FLASH_CRYPT_CNT";
// Adds the release-mode burns to a request (after the build's own steps).
void addReleaseMode(ProvisionRequest& request);

}  // namespace pyfw::chip
