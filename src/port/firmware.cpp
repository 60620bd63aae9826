#include "port/firmware.h"

#include "port/console_mirror.h"
#include "port/lora/world_air.h"

#include "base/bytes.h"
#include "boot/boot_chain.h"
#include "boot/ota_updater.h"
#include "port/banner.h"
#include "port/board_host.h"
#include "port/deep_sleep.h"
#include "port/running_app.h"
#include "port/soft_boot.h"

namespace pyfw::port {

namespace {

// What the boot chain found, in the boot log, before the app's first output.
void logAppStage(boot::BootLog& log, const boot::AppJump& jump) {
    const auto& app = jump.app;
    if (app.descriptor) {
        log.rom("Firmware: " + app.descriptor->name + " " + app.descriptor->version + " [" + app.descriptor->board +
                "], build " + base::toHex(app.descriptor->buildId).substr(0, 16));
    } else {
        log.rom("Firmware: the image carries no pyfw firmware descriptor");
    }
    log.rom(boot::format("Image: %s at 0x%x, %zu bytes%s", jump.partitionLabel.c_str(), jump.partitionOffset,
                         size_t(app.image.imageLength), app.signatureChecked ? ", signature verified" : ""));
    log.rom(std::string("Safe boot: ") + (jump.safeBoot ? "yes (boot.py and main.py skipped)" : "no"));
    std::string names;
    for (const auto& module : app.frozenModules) names += (names.empty() ? "" : ", ") + module.name;
    log.rom("Frozen modules: " + (names.empty() ? std::string("none") : names));
}

struct AppExit {
    engine::HostExit request;
    std::optional<PinWake> pinWake;
};

// The app's life, from the jump to the next reset, deep sleep or power-off.
AppExit runApp(chip::Board& board, const boot::AppJump& jump, StartFacts facts, const FirmwareOptions& options) {
    ConsoleMirror mirror(*options.consoleOut);
    RunningApp app(board, jump, std::move(facts), Console{options.consoleIn, &mirror, &mirror}, options.heapBytes);
    if (options.world) {
        options.world->attach(app.time());
        app.setWorld(options.world);
    }
    struct Detach {
        lora::WorldAir* world;
        ~Detach() {
            if (world) world->detach();
        }
    } detach{options.world};
    // Ctrl-F, whenever it arrives, resets into safe boot (Pycom's UART interrupt handler).
    constexpr uint8_t kCtrlF = 0x06;
    if (options.installByteHook) options.installByteHook([&app](uint8_t byte) {
        if (byte != kCtrlF) return false;
        app.requestSafeBootReset();
        return true;
    });
    struct Unhook {
        const FirmwareOptions& options;
        ~Unhook() {
            if (options.installByteHook) options.installByteHook(nullptr);
        }
    } unhook{options};
    app.lteModem = options.lteModem;
    app.uartLines = options.uartLines;
    app.canBus = options.canBus;
    app.lteTrace = options.lteTrace;
    app.sigfoxAir = options.sigfoxAir;
    app.start();
    auto scripted = options.consoleScript ? options.consoleScript->start(app.time()) : nullptr;
    BoardHost host(app);
    engine::repl::Repl repl(host, boardBanner(board.model(), runningVersion(app)));
    for (;;) {
        RoundEnd end = runRound(app, host, repl);
        if (end.kind == RoundEnd::Kind::HostExit && ExitKind(end.exit.kind) != ExitKind::SoftReset)
            return {end.exit, app.pinWake};
        if (end.kind == RoundEnd::Kind::PowerOff) return {{int(ExitKind::PowerOff), 0}, {}};
        // A soft reset: a fresh interpreter on the same hard boot.
        app.softResetDone = true;
        host.writeCooked("PYB: soft reboot\n");
    }
}

// Why the app starts this time, from the boot chain and the RTC domain.
StartFacts factsOf(const chip::Board& board, const boot::BootResult& result, const std::vector<int>& wakePins) {
    StartFacts facts;
    facts.resetReason = result.lastReset;
    if (result.lastReset == chip::ResetReason::DeepSleep) {
        facts.wakeCause = board.rtc().wakeCause;
        facts.wakePins = wakePins;
        facts.remainingSleepMs = remainingSleepMs(board);
    }
    facts.safeBoot = result.jump && result.jump->safeBoot;
    return facts;
}

}  // namespace

FirmwareExit runFirmware(chip::Board& board, const FirmwareOptions& options) {
    FirmwareExit exit;
    // rtc.bin must follow the RTC domain: a board folder that cannot keep it cannot go on.
    auto rtcLost = [&](const base::Status& saved) {
        if (saved.ok()) return false;
        exit.kind = FirmwareExit::Kind::BootFailed;
        exit.reason = saved.error().message;
        return true;
    };
    std::vector<int> wakePins;
    // A board that was put to deep sleep by an earlier run never lost power: it wakes.
    chip::ResetReason next = board.rtc().resetReasonForBoot() == chip::ResetReason::DeepSleep
                                 ? chip::ResetReason::DeepSleep : chip::ResetReason::PowerOn;
    for (;;) {
        boot::BootLog log(board.clock());
        log.setSink(options.bootLog);
        auto result = next == chip::ResetReason::PowerOn ? boot::powerOn(board, log) : boot::bootAfterReset(board, log, next);
        ++exit.boots;
        if (rtcLost(board.saveRtc())) return exit;
        if (result.kind == boot::BootResult::Kind::PowerLost) {
            exit.kind = FirmwareExit::Kind::PowerLost;
            exit.reason = result.reason;
            return exit;
        }
        if (result.kind != boot::BootResult::Kind::JumpToApp) {
            exit.kind = FirmwareExit::Kind::BootFailed;
            exit.reason = std::string(boot::bootResultName(result.kind)) + ": " + result.reason;
            return exit;
        }
        logAppStage(log, *result.jump);
        if (exit.boots == 1) exit.writesBeforeFirstApp = board.powerCut().writesSeen();
        AppExit appExit = runApp(board, *result.jump, factsOf(board, result, wakePins), options);
        const engine::HostExit& request = appExit.request;
        switch (ExitKind(request.kind)) {
        case ExitKind::PowerLost:
            exit.kind = FirmwareExit::Kind::PowerLost;
            exit.reason = "the power was cut during a flash write of the firmware";
            return exit;
        case ExitKind::PowerOff:
            if (rtcLost(board.saveRtc())) return exit;
            exit.kind = FirmwareExit::Kind::PowerOff;
            return exit;
        case ExitKind::DeepSleep: {
            // The world moves on while the board sleeps; its radio is off.
            if (options.world && request.argument > 0)
                options.world->sleepUntil(board.clock().nowUs() + int64_t(request.argument) * 1000);
            auto woke = sleepDeeply(board, request.argument, appExit.pinWake);
            if (!woke) {
                // Nothing can wake it: the board sleeps until its power goes.
                board.rtc().nextResetReason = uint8_t(chip::ResetReason::DeepSleep);
                if (rtcLost(board.saveRtc())) return exit;
                exit.kind = FirmwareExit::Kind::PowerOff;
                exit.reason = "deep sleep with no wake-up source";
                return exit;
            }
            wakePins = woke->pins;
            next = chip::ResetReason::DeepSleep;
            break;
        }
        case ExitKind::SafeBootReset:
            if (auto flagged = boot::OtaUpdater(board, {}).requestSafeBoot(); !flagged.ok())
                options.bootLog("safe boot could not be requested: " + flagged.error().message);
            next = chip::ResetReason::Timer0Watchdog;
            break;
        case ExitKind::Reset:
        case ExitKind::SoftReset:
            next = chip::ResetReason::Timer0Watchdog;
            break;
        }
        board.rtc().nextResetReason = uint8_t(next);
        if (rtcLost(board.saveRtc())) return exit;
        if (options.maxBoots && exit.boots >= options.maxBoots) {
            exit.kind = FirmwareExit::Kind::BootsDone;
            return exit;
        }
    }
}

}  // namespace pyfw::port
