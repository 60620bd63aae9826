#include "cli/board_run_commands.h"

#include <cstdio>

#include "boot/boot_chain.h"
#include "boot/ota_updater.h"
#include "boot/rom_loader.h"
#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "cli/power_cut_options.h"
#include "cli/toolchain_files.h"
#include "crypto/random.h"
#include "engine/engine.h"
#include "engine/runtime/host.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/module.h"
#include "lib/standard_library.h"

namespace pyfw::cli {
namespace {

// Exit status beyond the usual 1/2 (and kExitPowerCut), so scripts can tell the outcomes apart.
constexpr int kExitBoardDidNotStart = 3;

struct BootOptions {
    std::string dir;
    uint64_t safeBootPinMs = 0;
    bool realTime = false;
    PowerCutOptions cut;
};

// The board as the engine sees it while the app's frozen code runs: its UART is this process's
// stdout, its clock the board's (virtual) clock, its entropy the host's.
class BoardHost final : public engine::Host {
public:
    explicit BoardHost(base::Clock& clock) : clock_(clock) {}
    void writeOut(std::string_view text) override { std::fwrite(text.data(), 1, text.size(), stdout); }
    void writeErr(std::string_view text) override { std::fwrite(text.data(), 1, text.size(), stdout); }
    void flush() override { std::fflush(stdout); }
    std::optional<std::string> readLine() override { return std::nullopt; }
    uint64_t monotonicMicros() override { return uint64_t(clock_.nowUs()); }
    int64_t epochSeconds() override { return clock_.nowUs() / 1000000; }
    void sleepMicros(uint64_t micros) override { clock_.sleepUs(int64_t(micros)); }
    void fillRandom(uint8_t* data, size_t size) override { crypto::fillRandom({data, size}); }

private:
    base::Clock& clock_;
};

// Runs the image's frozen _boot.py with the engine, its other frozen modules importable.
void runFrozenBoot(chip::Board& board, const boot::AppJump& jump) {
    std::vector<engine::FrozenModule> frozen;
    const formats::FrozenModule* bootModule = nullptr;
    for (const auto& module : jump.app.frozenModules) {
        if (module.name == "_boot.py") bootModule = &module;
        std::string name = module.name.size() > 3 && module.name.ends_with(".py")
                               ? module.name.substr(0, module.name.size() - 3) : module.name;
        frozen.push_back({name, module.source});
    }
    if (!bootModule) return;
    std::printf("--- running the frozen _boot.py (heap %u KiB) ---\n", board.model().heapSize / 1024);
    std::fflush(stdout);
    BoardHost host(board.clock());
    engine::InterpreterConfig config;
    config.heapBytes = board.model().heapSize;
    config.path = {".frozen"};
    config.host = &host;
    config.frozen = &frozen;
    config.libraries = {&lib::standardLibrary()};
    engine::Interpreter interpreter(config);
    auto result = engine::runMain(interpreter, bootModule->source, "_boot.py");
    host.flush();
    std::printf("--- _boot.py ended (status %d) ---\n", result.exitCode);
}

void printAppStage(const boot::AppJump& jump) {
    const auto& app = jump.app;
    if (app.descriptor) {
        std::printf("Firmware: %s %s [%s], build %s\n", app.descriptor->name.c_str(), app.descriptor->version.c_str(),
                    app.descriptor->board.c_str(), base::toHex(app.descriptor->buildId).substr(0, 16).c_str());
    } else {
        std::printf("Firmware: the image carries no pyfw firmware descriptor\n");
    }
    std::printf("Image: %s at 0x%x, %zu bytes%s\n", jump.partitionLabel.c_str(), jump.partitionOffset,
                app.image.imageLength, app.signatureChecked ? ", signature verified" : "");
    std::printf("Safe boot: %s\n", jump.safeBoot ? "yes (boot.py and main.py skipped)" : "no");
    std::string names;
    for (const auto& module : app.frozenModules) names += (names.empty() ? "" : ", ") + module.name;
    std::printf("Frozen modules: %s\n", names.empty() ? "none" : names.c_str());
}

void bootCommand(const BootOptions& options) {
    auto board = openBoardOrFail(options.dir);
    if (options.realTime) board.setClock(std::make_unique<base::RealClock>());
    if (options.safeBootPinMs) board.gpio().holdHigh(chip::kSafeBootGpio, 0, options.safeBootPinMs * 1000);
    options.cut.arm(board);
    boot::BootLog log(board.clock());
    log.setSink([](const std::string& line) { std::printf("%s\n", line.c_str()); });
    auto result = boot::powerOn(board, log);
    if (result.kind == boot::BootResult::Kind::PowerLost) options.cut.reportCut();
    options.cut.reportUnreached(board);
    auto saved = board.saveRtc();
    if (!saved.ok()) failWith(saved.error());
    if (result.kind != boot::BootResult::Kind::JumpToApp) {
        std::fflush(stdout);
        throw CommandFailure("the board did not start (" + std::string(boot::bootResultName(result.kind)) + "): " +
                             result.reason, kExitBoardDidNotStart);
    }
    printAppStage(*result.jump);
    runFrozenBoot(board, *result.jump);
}

struct OtaOptions {
    std::string dir, image;
    size_t chunk = 4096;
    PowerCutOptions cut;
};

void otaCommand(const OtaOptions& options) {
    if (options.chunk == 0) throw CommandFailure("--chunk must be at least 1 byte", 2);
    auto board = openBoardOrFail(options.dir);
    auto image = readFileOrFail(options.image);
    auto config = boot::installedBootloaderConfig(board);
    if (!config.ok()) failWith(config.error());
    options.cut.arm(board);
    boot::OtaUpdater updater(board, *config);
    auto acceptable = updater.checkImage(image);
    if (!acceptable.ok())
        throw CommandFailure("refused " + options.image + " before touching the flash: " + acceptable.error().message, 2);
    auto check = [&](const base::Status& status, const char* step) {
        if (board.powerLost()) options.cut.reportCut();
        if (!status.ok()) throw CommandFailure(std::string(step) + ": " + status.error().message, 2);
    };
    check(updater.start(), "ota_start");
    std::printf("ota_start: writing to the slot at 0x%x\n", *updater.slotAddress());
    for (size_t at = 0; at < image.size(); at += options.chunk)
        check(updater.write(base::ByteView(image).subspan(at, std::min(options.chunk, image.size() - at))), "ota_write");
    auto verified = updater.verify();
    if (board.powerLost()) options.cut.reportCut();
    std::printf("ota_verify: %s\n", verified.ok() ? "True" : ("False (" + verified.error().message + ")").c_str());
    if (!verified.ok())
        throw CommandFailure("the written image does not verify, so ota_finish was not called: the board keeps its current image", 2);
    check(updater.finish(), "ota_finish");
    std::printf("ota_finish: %u bytes; the bootloader checks the new image on the next boot\n", updater.bytesWritten());
    options.cut.reportUnreached(board);
}

void safeBootCommand(const std::string& dir) {
    auto board = openBoardOrFail(dir);
    boot::OtaUpdater updater(board, {});
    auto status = updater.requestSafeBoot();
    if (!status.ok()) failWith(status.error());
    std::printf("Safe boot requested for the next boot (boot_info.safeboot = SW)\n");
}

}  // namespace

void addBoardRunCommands(CLI::App* board) {
    auto boot = std::make_shared<BootOptions>();
    auto* bootCmd = board->add_subcommand("boot", "Power the board on and run its boot chain, printing the boot log");
    bootCmd->add_option("dir", boot->dir, "Board folder")->required();
    bootCmd->add_option("--safe-boot-pin", boot->safeBootPinMs,
                        "Hold the safe-boot pin (P12) high for MS milliseconds from power-on");
    bootCmd->add_flag("--real-time", boot->realTime,
                      "Run on the host's clock (waits take real time) instead of virtual time");
    boot->cut.add(bootCmd);
    bootCmd->callback([boot] { bootCommand(*boot); });

    auto ota = std::make_shared<OtaOptions>();
    auto* otaCmd = board->add_subcommand("ota", "Update the firmware as pycom.ota_start/ota_write/ota_finish do");
    otaCmd->add_option("dir", ota->dir, "Board folder")->required();
    otaCmd->add_option("image", ota->image, "App image (already encrypted for its slot on an encrypted board)")->required();
    otaCmd->add_option("--chunk", ota->chunk, "Bytes per ota_write call (default 4096)");
    ota->cut.add(otaCmd);
    otaCmd->callback([ota] { otaCommand(*ota); });

    auto safeDir = std::make_shared<std::string>();
    auto* safeCmd = board->add_subcommand("safeboot", "Request a safe boot for the next boot only (as Ctrl-F does)");
    safeCmd->add_option("dir", *safeDir, "Board folder")->required();
    safeCmd->callback([safeDir] { safeBootCommand(*safeDir); });
}

}  // namespace pyfw::cli
