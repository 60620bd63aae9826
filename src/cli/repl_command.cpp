// pyfw repl [--heap SIZE]: the friendly REPL on stdin/stdout.
#include <csignal>

#include "cli/command_registry.h"
#include "engine/engine.h"
#include "engine/repl.h"

namespace {

pyfw::engine::Interpreter* active = nullptr;

void onInterrupt(int) {
    if (active) {
        active->pendingSignals = 1;
        active->eventCountdown = 0;
    }
}

pyfw::cli::CommandRegistration registration{"repl", [](CLI::App& app) {
    auto heap = std::make_shared<std::string>("2.5M");
    auto* sub = app.add_subcommand("repl", "Interactive Python prompt (>>>) on the pyfw engine");
    sub->add_option("--heap", *heap, "GC heap size, e.g. 67K (rev-0 boards) or 2.5M (default)");
    sub->callback([heap] {
        auto bytes = pyfw::engine::parseHeapSize(*heap);
        if (!bytes) throw pyfw::cli::CommandFailure("--heap " + *heap + ": expected a size such as 67K, 2.5M or 65536 (at least 4K)", 2);
        pyfw::engine::InterpreterConfig config;
        config.heapBytes = *bytes;
        config.path = {"", ".frozen"};
        pyfw::engine::Interpreter interpreter(config);
        active = &interpreter;
        std::signal(SIGINT, onInterrupt);
        int code = pyfw::engine::runRepl(interpreter);
        active = nullptr;
        if (code) throw pyfw::cli::CommandExit{code};
    });
}};

}  // namespace
