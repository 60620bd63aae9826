// esp_secure_boot_permanently_enable (IDF v3.0), run by a bootloader built for secure boot: on
// the first boot, make sure BLK2 holds a key (the one burnt for the reflashable scheme, or one
// generated now), write IV and digest of this bootloader at flash 0x0, then burn ABS_DONE_0
// together with JTAG_DISABLE, CONSOLE_DEBUG_DISABLE and the key's protection in one eFuse burn.
// The digest is in place before ABS_DONE_0, so a power cut at any point is simply redone.
#pragma once

#include "base/result.h"
#include "boot/boot_log.h"
#include "boot/rom_loader.h"
#include "chip/board.h"

namespace pyfw::boot {

base::Status enableSecureBoot(chip::Board& board, const LoadedBootloader& bootloader, BootLog& log);

}  // namespace pyfw::boot
