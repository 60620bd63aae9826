// The host side of "flash encryption and secure boot with your own keys" (the Pycom README and
// `make SECURE=on flash`): write the pre-encrypted images over the download mode, burn the flash
// encryption and secure boot keys (espefuse burn_key, protected), then the eFuse steps in order
// (FLASH_CRYPT_CNT, FLASH_CRYPT_CONFIG 0x0F, ABS_DONE_0, ...). Everything is checked before
// anything is written or burnt, so a request the chip would refuse changes nothing.
#pragma once

#include <optional>
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
    std::vector<FlashFile> files;                   // written as they are (already encrypted)
};

struct ProvisionReport {
    std::vector<std::string> burnt;  // one line per key or field burnt, e.g. "FLASH_CRYPT_CNT 0x0 -> 0x1"
    std::vector<WrittenFile> written;
};

base::Result<ProvisionReport> provisionBoard(Board& board, const ProvisionRequest& request);

}  // namespace pyfw::chip
