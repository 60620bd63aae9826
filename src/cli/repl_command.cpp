// pyfw repl [--board MODEL] [--heap SIZE] [--pty]: the board's REPL on this machine. Over stdin/
// stdout (a terminal in raw mode, or pipes) or, with --pty, over a new pseudo-terminal whose name is
// printed on stderr (the way MicroPython's test runner starts an `execpty:` target). Ctrl-D at the
// friendly prompt leaves; in the raw REPL it soft-resets (a fresh interpreter), as pyboard.py
// expects. Ends with status 0 when the input ends.
#include <cstdio>
#include <memory>
#include <string>

#include "chip/board_model.h"
#include "cli/command_registry.h"
#include "cli/heap_option.h"
#include "engine/engine.h"
#include "engine/repl/repl.h"
#include "formats/pyfw_images.h"
#include "lib/host_file_system.h"
#include "lib/standard_library.h"
#include "port/banner.h"
#include "port/serial_console.h"

namespace pyfw::cli {

namespace {

struct ReplOptions {
    std::string board = "lopy4";
    std::string heap;  // the board's heap when empty
    bool pty = false;
};

void serve(const ReplOptions& options) {
    const chip::BoardModel* model = chip::findBoardModel(options.board);
    if (!model)
        throw CommandFailure("--board " + options.board + ": expected one of " + std::string(chip::boardModelList()), 2);
    engine::InterpreterConfig config;
    config.heapBytes = options.heap.empty() ? model->heapSize : heapBytesOrFail(options.heap);
    config.path = {"", ".frozen"};
    config.files = &lib::hostFileSystem();
    config.libraries = {&lib::standardLibrary()};

    std::string device;
    auto opened = options.pty ? port::SerialConsole::openPty(device) : port::SerialConsole::openStdio();
    if (!opened.ok()) throw CommandFailure(opened.error().message);
    std::unique_ptr<port::SerialConsole> console = std::move(opened).value();
    if (options.pty) {
        std::fprintf(stderr, "pyfw repl: console on %s\n", device.c_str());
        std::fflush(stderr);
    }
    engine::repl::ConsoleHost host(console->input(), *console, engine::processHost());
    config.host = &host;
    engine::repl::Repl repl(host, port::boardBanner(*model));
    for (;;) {
        engine::Interpreter interpreter(config);
        engine::repl::ReplExit exit = repl.run(interpreter);
        if (exit == engine::repl::ReplExit::EndOfInput || repl.mode() == engine::repl::ReplMode::Friendly) break;
        host.writeCooked("PYB: soft reboot\n");
    }
}

CommandRegistration registration{"repl", [](CLI::App& app) {
    auto options = std::make_shared<ReplOptions>();
    auto* sub = app.add_subcommand("repl", "The board's Python REPL (friendly, paste mode, raw REPL for pyboard.py)");
    sub->add_option("--board", options->board, "Board model for the banner and the default heap: " +
                                                   std::string(chip::boardModelList()) + " (default lopy4)");
    sub->add_option("--heap", options->heap, "GC heap size, e.g. 67K or 2.5M (default: the board's)");
    sub->add_flag("--pty", options->pty, "Serve the console on a new pseudo-terminal; its name goes to stderr");
    sub->callback([options] { serve(*options); });
}};

}  // namespace

}  // namespace pyfw::cli
