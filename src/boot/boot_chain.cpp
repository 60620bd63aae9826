#include "boot/boot_chain.h"

#include "boot/rom_loader.h"

namespace pyfw::boot {
namespace {

BootResult stopped(BootResult::Kind kind, std::string reason, int resets, chip::ResetReason last) {
    BootResult result;
    result.kind = kind;
    result.reason = std::move(reason);
    result.resets = resets;
    result.lastReset = last;
    return result;
}

}  // namespace

BootResult bootAfterReset(chip::Board& board, BootLog& log, chip::ResetReason reason) {
    for (int resets = 0;; ++resets) {
        log.restartTimestamps();
        board.rtc().nextResetReason = 0;
        auto bootloader = runRom(board, log, reason);
        if (board.powerLost()) return stopped(BootResult::Kind::PowerLost, "power was cut", resets, reason);
        if (!bootloader.ok()) {
            auto result = stopped(BootResult::Kind::Halted, bootloader.error().message, resets, reason);
            result.stage = BootResult::Stage::Rom;
            return result;
        }
        auto outcome = runPycomBootloader(board, *bootloader, log);
        if (board.powerLost()) return stopped(BootResult::Kind::PowerLost, "power was cut", resets, reason);
        switch (outcome.kind) {
        case BootloaderOutcome::Kind::Halt:
            return stopped(BootResult::Kind::Halted, outcome.haltReason, resets, reason);
        case BootloaderOutcome::Kind::Jump: {
            BootResult result;
            result.kind = BootResult::Kind::JumpToApp;
            result.jump = std::move(outcome.jump);
            result.resets = resets;
            result.lastReset = reason;
            return result;
        }
        case BootloaderOutcome::Kind::Reset:
            if (resets + 1 >= kMaxResetsPerBoot)
                return stopped(BootResult::Kind::BootLoop, "the bootloader kept resetting the chip", resets + 1, reason);
            reason = chip::ResetReason::Software;
            break;
        }
    }
}

BootResult powerOn(chip::Board& board, BootLog& log) {
    board.rtc().clearForPowerOn();
    return bootAfterReset(board, log, chip::ResetReason::PowerOn);
}

const char* bootResultName(BootResult::Kind kind) {
    switch (kind) {
    case BootResult::Kind::JumpToApp: return "running the app";
    case BootResult::Kind::Halted: return "halted";
    case BootResult::Kind::BootLoop: return "boot loop";
    case BootResult::Kind::PowerLost: return "power lost";
    }
    return "?";
}

}  // namespace pyfw::boot
