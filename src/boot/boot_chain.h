// A whole start of the board: the ROM, then the Pycom bootloader, again after every reset the
// bootloader asks for (first-boot encryption), until it jumps to an app or stops. The caller runs
// the app it jumps to (the port layer, or `pyfw board boot` for now).
#pragma once

#include <optional>
#include <string>

#include "boot/boot_log.h"
#include "boot/pycom_bootloader.h"
#include "chip/board.h"
#include "chip/reset_reason.h"

namespace pyfw::boot {

struct BootResult {
    enum class Kind { JumpToApp, Halted, BootLoop, PowerLost } kind = Kind::Halted;
    std::optional<AppJump> jump;
    std::string reason;            // why the chain stopped, for Halted/BootLoop/PowerLost
    // Which program stopped a Halted chain: the ROM (no bootloader it could load) or the
    // bootloader (a decision of its own, with its log line).
    enum class Stage { Rom, Bootloader } stage = Stage::Bootloader;
    int resets = 0;                // resets the bootloader asked for on the way
    chip::ResetReason lastReset = chip::ResetReason::PowerOn;
};

inline constexpr int kMaxResetsPerBoot = 4;

// Powers the board on: the RTC domain is cleared and the chain starts with POWERON_RESET.
BootResult powerOn(chip::Board& board, BootLog& log);
// Starts the chain after a reset of the given kind (RTC memory is kept).
BootResult bootAfterReset(chip::Board& board, BootLog& log, chip::ResetReason reason);

const char* bootResultName(BootResult::Kind kind);

}  // namespace pyfw::boot
