// The Pycom second-stage bootloader (esp32/bootloader/bootloader.c, bootmgr.c, "V0.2") over the
// virtual chip: partition table (signature checked under secure boot), boot_info (initialised
// when blank, two copies), verification of a freshly updated image with rollback, the safe-boot
// button and flag, loading the selected app, and on a first boot of a secure build: enabling
// secure boot and encrypting the flash. It ends by asking to jump to an app, to reset, or by
// stopping with the reason in the log.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "boot/app_verifier.h"
#include "boot/boot_log.h"
#include "boot/rom_loader.h"
#include "chip/board.h"
#include "formats/boot_info.h"

namespace pyfw::boot {

struct AppJump {
    VerifiedApp app;
    uint32_t partitionOffset = 0;
    std::string partitionLabel;
    formats::BootInfo bootInfo;  // as stored after this boot's decisions
    bool safeBoot = false;       // boot_info.safeboot != 0: skip boot.py and main.py
};

struct BootloaderOutcome {
    enum class Kind { Jump, Reset, Halt } kind = Kind::Halt;
    std::optional<AppJump> jump;
    std::string haltReason;
};

BootloaderOutcome runPycomBootloader(chip::Board& board, const LoadedBootloader& bootloader, BootLog& log);

}  // namespace pyfw::boot
