// Keys the bootloader generates on the chip when none was burnt (IDF v3.0 flash_encrypt.c and
// secure_boot.c): a random key from the hardware RNG into BLK1 or BLK2, read- and write-protected.
//
// Unlike the IDF, a generation is two eFuse burns: RD_DIS first, then the key words together with
// WR_DIS. A power cut between them leaves "read-protected but writable", which can only come from
// an interrupted generation, so the next boot finishes it instead of refusing the key.
#pragma once

#include <string_view>

#include "base/result.h"
#include "boot/boot_log.h"
#include "chip/board.h"

namespace pyfw::boot {

enum class KeySource { Generated, Preloaded };

struct KeyPolicy {
    int block;                       // 1 flash encryption, 2 secure boot
    std::string_view tag;            // log tag: "flash_encrypt" or "secure_boot"
    std::string_view what;           // "flash encryption" or "secure boot"
    bool acceptUnprotectedPreloaded; // secure boot protects a readable pre-loaded key later; FE refuses it
};

base::Result<KeySource> ensureDeviceKey(chip::Board& board, const KeyPolicy& policy, BootLog& log);

}  // namespace pyfw::boot
