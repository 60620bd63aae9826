#include "cli/board_run_commands.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#include "boot/boot_chain.h"
#include "boot/ota_updater.h"
#include "boot/rom_loader.h"
#include "cli/board_access.h"
#include "cli/board_lte.h"
#include "cli/board_sigfox.h"
#include "cli/command_registry.h"
#include "cli/power_cut_options.h"
#include "cli/toolchain_files.h"
#include "cli/heap_option.h"
#include "port/firmware.h"
#include "port/lora/world_air.h"
#include "port/serial_console.h"
#include "port/serial_line.h"
#include "port/can_bus.h"

namespace pyfw::cli {
namespace {

// Exit status beyond the usual 1/2 (and kExitPowerCut), so scripts can tell the outcomes apart.
constexpr int kExitBoardDidNotStart = 3;

struct BootOptions {
    std::string dir;
    uint64_t safeBootPinMs = 0;
    bool realTime = false;
    bool virtualTime = false;
    bool pty = false;
    uint64_t cycles = 0;
    std::string heap;
    std::vector<std::string> inputAt;
    std::string world;
    std::string position = "100,0";
    std::string lteNetwork, lteLog;
    std::string uartLines[3];   // index 1 and 2: --uart1, --uart2
    std::string canBus;
    std::string sigfoxBackend;
    PowerCutOptions cut;
};

// --position X,Y in metres.
std::pair<double, double> positionOrFail(const std::string& text) {
    double x = 0, y = 0;
    char comma = 0;
    std::istringstream in(text);
    if (!(in >> x >> comma >> y) || comma != ',' || !in.eof() || !std::isfinite(x) || !std::isfinite(y) ||
        std::fabs(x) > 1e7 || std::fabs(y) > 1e7)
        throw CommandFailure("--position must be X,Y in metres (e.g. 120,-40), not '" + text + "'", 2);
    return {x, y};
}

// The board's console: this process's stdin/stdout, or a new pseudo-terminal named on stderr.
std::unique_ptr<port::SerialConsole> openConsole(const BootOptions& options) {
    if (!options.inputAt.empty()) return port::SerialConsole::openOutputOnly();
    std::string device;
    auto console = options.pty ? port::SerialConsole::openPty(device) : port::SerialConsole::openStdio();
    if (!console.ok()) throw CommandFailure(console.error().message);
    if (options.pty) {
        std::fprintf(stderr, "pyfw board boot: console on %s\n", device.c_str());
        std::fflush(stderr);
    }
    return std::move(console).value();
}

// What --uart1/--uart2 wire to UART 1 and 2; a pty is named on stderr, as the console's is.
std::vector<std::unique_ptr<port::SerialLine>> openUartLines(const BootOptions& options, port::FirmwareOptions& firmware) {
    std::vector<std::unique_ptr<port::SerialLine>> lines;
    for (int id = 1; id <= 2; ++id) {
        if (options.uartLines[id].empty()) continue;
        std::string described;
        auto line = port::SerialLine::open(options.uartLines[id], described);
        if (!line.ok()) throw CommandFailure("--uart" + std::to_string(id) + ": " + line.error().message, 2);
        std::fprintf(stderr, "pyfw board boot: UART%d on %s\n", id, described.c_str());
        std::fflush(stderr);
        firmware.uartLines[id] = line->get();
        lines.push_back(std::move(line).value());
    }
    return lines;
}

// Real time when a person is at the console (a terminal, or a pty for their tools), virtual time
// when it is a pipe or a file, unless an option says otherwise.
bool runsOnRealTime(const BootOptions& options) {
    if (options.realTime || options.virtualTime) return options.realTime;
    return options.pty || isatty(STDIN_FILENO);
}

std::vector<port::TimedInput> timedInputsOrFail(const std::vector<std::string>& specs, int64_t originUs) {
    std::vector<port::TimedInput> inputs;
    for (const auto& spec : specs) {
        auto input = port::parseTimedInput(spec, originUs);
        if (!input.ok()) throw CommandFailure("--input-at: " + input.error().message, 2);
        inputs.push_back(std::move(input).value());
    }
    return inputs;
}

void bootCommand(const BootOptions& options) {
    if (options.realTime && options.virtualTime) throw CommandFailure("--real-time and --virtual-time exclude each other", 2);
    auto board = openBoardOrFail(options.dir);
    // A world is the clock of the boards in it: its time, virtual or real, is theirs.
    std::unique_ptr<port::lora::WorldAir> world;
    if (!options.world.empty()) {
        auto [x, y] = positionOrFail(options.position);
        auto connected = port::lora::WorldAir::connect(options.world, std::filesystem::path(options.dir).filename().string(), x, y);
        if (!connected) throw CommandFailure(connected.error().message);
        world = std::move(*connected);
        if (world->virtualTime() && options.realTime)
            throw CommandFailure("the world runs on virtual time, which is then the board's; drop --real-time", 2);
        if (!world->virtualTime() && options.virtualTime)
            throw CommandFailure("the world runs on real time, which is then the board's; drop --virtual-time", 2);
    }
    if (world ? !world->virtualTime() : runsOnRealTime(options)) board.setClock(std::make_unique<base::RealClock>());
    if (options.safeBootPinMs) board.gpio().holdHigh(chip::kSafeBootGpio, 0, options.safeBootPinMs * 1000);
    options.cut.arm(board);
    std::unique_ptr<BoardLte> lte;
    if (board.model().lte) {
        lte = std::make_unique<BoardLte>(board, options.lteNetwork, options.lteLog);
    } else if (!options.lteNetwork.empty() || !options.lteLog.empty()) {
        throw CommandFailure("--lte-network and --lte-log need a GPy or FiPy; this board is a " +
                             std::string(board.model().name), 2);
    }
    std::unique_ptr<BoardSigfox> sigfox;
    if (board.model().sigfox) sigfox = std::make_unique<BoardSigfox>(board, options.sigfoxBackend);
    else if (!options.sigfoxBackend.empty())
        throw CommandFailure("--sigfox-backend needs a SiPy, LoPy4 or FiPy; this board is a " + std::string(board.model().name), 2);
    auto console = openConsole(options);
    std::optional<port::ConsoleScript> script;
    if (!options.inputAt.empty()) script.emplace(timedInputsOrFail(options.inputAt, board.clock().nowUs()),
                                                 [&console](std::string_view bytes) { console->type(bytes); },
                                                 [&console] { console->endInput(); });
    port::FirmwareOptions firmware;
    auto uartLines = openUartLines(options, firmware);
    std::unique_ptr<port::CanBus> canBus;
    if (!options.canBus.empty()) {
        std::filesystem::path folder(options.dir);
        std::string board = (folder.has_filename() ? folder : folder.parent_path()).filename().string();
        std::string member = (board.empty() ? "board" : board) + "-" + std::to_string(getpid());
        auto joined = port::CanBus::join(options.canBus, member);
        if (!joined.ok()) throw CommandFailure("--can-bus: " + joined.error().message, 2);
        canBus = std::move(joined).value();
        firmware.canBus = canBus.get();
    }
    if (script) firmware.consoleScript = &*script;
    firmware.consoleIn = &console->input();
    firmware.consoleOut = console.get();
    firmware.bootLog = [&console](const std::string& line) { console->write(line + "\r\n"); };
    firmware.maxBoots = options.cycles;
    if (!options.heap.empty()) firmware.heapBytes = heapBytesOrFail(options.heap);
    firmware.world = world.get();
    firmware.installByteHook = [&console](std::function<bool(uint8_t)> hook) { console->setByteHook(std::move(hook)); };
    if (lte) {
        firmware.lteModem = &lte->modem();
        firmware.lteTrace = [&lte](const std::string& line) { lte->trace(line); };
    }
    firmware.sigfoxAir = sigfox.get();
    port::FirmwareExit exit = port::runFirmware(board, firmware);
    console.reset();
    std::fflush(stdout);
    if (exit.kind == port::FirmwareExit::Kind::PowerLost) options.cut.reportCut();
    options.cut.reportUnreached(board, exit.writesBeforeFirstApp);
    if (exit.kind == port::FirmwareExit::Kind::BootFailed)
        throw CommandFailure("the board did not start (" + exit.reason + ")", kExitBoardDidNotStart);
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
    auto* bootCmd = board->add_subcommand(
        "boot", "Power the board on: the boot chain, then the firmware (boot.py, main.py, the REPL on the console) "
                "until the console's input ends");
    bootCmd->add_option("dir", boot->dir, "Board folder")->required();
    bootCmd->add_option("--safe-boot-pin", boot->safeBootPinMs,
                        "Hold the safe-boot pin (P12) high for MS milliseconds from power-on");
    bootCmd->add_flag("--real-time", boot->realTime,
                      "Run on the host's clock (the default when the console is a terminal or a pty)");
    bootCmd->add_flag("--virtual-time", boot->virtualTime,
                      "Run on virtual time: sleeps and deep sleeps take no wall time (the default for pipes)");
    bootCmd->add_flag("--pty", boot->pty, "Serve the console on a new pseudo-terminal; its name goes to stderr");
    bootCmd->add_option("--cycles", boot->cycles,
                        "Stop after N starts of the boot chain (power-on, resets, deep-sleep wake-ups)");
    bootCmd->add_option("--input-at", boot->inputAt,
                        "Type TEXT on the console SECONDS after power-on, board time (SECONDS=TEXT, escapes \\xNN \\r "
                        "\\n \\\\; repeatable); the console then takes no other input and ends after the last one")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    bootCmd->add_option("--heap", boot->heap, "GC heap size, e.g. 67K or 2.5M (default: the board's)");
    bootCmd->add_option("--world", boot->world,
                        "Connect the board's LoRa radio to the world of `pyfw world serve` at this socket (the board then runs on the world's virtual or real time)");
    bootCmd->add_option("--position", boot->position, "Where the board stands in the world: X,Y metres from the first gateway (default 100,0)");
    bootCmd->add_option("--lte-network", boot->lteNetwork,
                        "GPy/FiPy: the simulated LTE operator and modem faults, as JSON (default: a home network on "
                        "Pycom's six bands)");
    bootCmd->add_option("--lte-log", boot->lteLog, "GPy/FiPy: write the LTE UART's trace (AT commands, answers, recovery) to FILE");
    for (int id = 1; id <= 2; ++id)
        bootCmd->add_option("--uart" + std::to_string(id), boot->uartLines[id],
                            "Wire UART " + std::to_string(id) + " to: pty (a new pseudo-terminal, named on stderr), loop "
                            "(TX back to RX), or a FIFO, serial device or file (a regular file takes the output only)");
    bootCmd->add_option("--can-bus", boot->canBus,
                        "Put the board's CAN pins on the simulated bus in folder DIR, shared with other boards and "
                        "test programs (one Unix datagram socket per member; see src/port/can_bus.h)");
    bootCmd->add_option("--sigfox-backend", boot->sigfoxBackend,
                        "SiPy/LoPy4/FiPy: the simulated Sigfox backend's SQLite database (devices, messages, refused "
                        "frames, downlinks; `pyfw sigfox show DB`); default: one in memory");
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
