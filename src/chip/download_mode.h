// The ROM's serial download mode as esptool drives it: write_flash and read_flash, with what the
// chip refuses once DISABLE_DL_ENCRYPT, DISABLE_DL_DECRYPT or DISABLE_DL_CACHE are burnt.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"
#include "chip/board.h"

namespace pyfw::chip {

struct FlashFile {
    uint32_t address;
    base::Bytes data;
    std::string name;  // for messages
};

// esptool's --flash_mode/--flash_freq/--flash_size: "keep" leaves header bytes 2..3 of a
// bootloader image written at 0x1000 alone; "detect" (size only) uses the board's flash size.
struct FlashHeaderParams {
    std::string mode = "keep";   // keep, qio, qout, dio, dout
    std::string freq = "keep";   // keep, 40m, 26m, 20m, 80m
    std::string size = "detect"; // keep, detect, 1MB, 2MB, 4MB, 8MB, 16MB
};

struct WriteFlashOptions {
    bool encrypt = false;
    // esptool's --ignore-flash-encryption-efuse-setting: encrypt even though FLASH_CRYPT_CNT is even.
    bool ignoreEncryptionEfuse = false;
    FlashHeaderParams header;
};

struct WrittenFile {
    uint32_t address;
    uint32_t length;          // after padding
    bool headerPatched;
};

// Checks every file first (fits in flash, no overlaps, alignment, fuses), then for each: pads to 4
// bytes (32 when encrypting) with 0xFF, patches the bootloader header if asked, erases the sectors
// it touches (the whole sector, as the ROM does) and programs it, encrypted with the eFuse key when
// `encrypt` is set.
base::Result<std::vector<WrittenFile>> writeFlash(Board& board, const std::vector<FlashFile>& files,
                                                  const WriteFlashOptions& options);

// read_flash returns what is stored (ciphertext on an encrypted board). With `decrypt` the read goes
// through the flash cache, which decrypts, unless DISABLE_DL_DECRYPT or DISABLE_DL_CACHE are burnt.
base::Result<base::Bytes> readFlash(Board& board, uint32_t address, uint32_t length, bool decrypt);

// Erases whole sectors; erase_flash when length covers the chip.
base::Status eraseFlash(Board& board, uint32_t address, uint32_t length);

}  // namespace pyfw::chip
