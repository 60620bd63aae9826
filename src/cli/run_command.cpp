// pyfw run FILE [ARGS] | pyfw run -c CODE [ARGS], with --heap SIZE: runs a Python program the way
// MicroPython's unix port does (traceback on stderr and exit status 1 on an uncaught exception;
// SystemExit's code otherwise).
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/file.h"
#include "cli/command_registry.h"
#include "cli/heap_option.h"
#include "lib/host_file_system.h"
#include "lib/standard_library.h"
#include "engine/engine.h"

namespace {

pyfw::engine::Interpreter* interrupted = nullptr;

void onInterrupt(int) {
    if (interrupted) {
        interrupted->pendingSignals.fetch_or(pyfw::engine::kSignalInterrupt);
        interrupted->eventCountdown = 0;
    }
}

struct RunOptions {
    std::string heap = "2.5M";
    std::string code;
    bool hasCode = false;
    bool disassemble = false;
    std::vector<std::string> rest;
};

// sys.path after its first entry (the script's folder, or '' for -c): MICROPYPATH's folders
// separated by ':' when it is set, as MicroPython's unix port reads it (a leading ~/ is the home
// folder), otherwise the frozen modules.
std::vector<std::string> searchPath() {
    const char* variable = std::getenv("MICROPYPATH");
    if (!variable) return {".frozen"};
    std::vector<std::string> path;
    std::string_view rest = variable;
    while (true) {
        size_t colon = rest.find(':');
        std::string entry(rest.substr(0, colon));
        const char* home = std::getenv("HOME");
        if (entry.rfind("~/", 0) == 0 && home) entry = home + entry.substr(1);
        path.push_back(entry);
        if (colon == std::string_view::npos) break;
        rest.remove_prefix(colon + 1);
    }
    return path;
}

void run(RunOptions& options) {
    std::string source, filename;
    pyfw::engine::InterpreterConfig config;
    config.heapBytes = pyfw::cli::heapBytesOrFail(options.heap);
    config.files = &pyfw::lib::hostFileSystem();
    config.libraries = {&pyfw::lib::standardLibrary()};
    if (options.hasCode) {
        source = options.code;
        filename = "<stdin>";
        config.argv.push_back("-c");
        config.path = {""};
        config.argv.insert(config.argv.end(), options.rest.begin(), options.rest.end());
    } else {
        if (options.rest.empty()) throw pyfw::cli::CommandFailure("run: give a FILE to run or -c CODE", 2);
        filename = options.rest.front();
        // Plain read() calls rather than a stream: file streams and their locale would be code and
        // tables a start pages in for nothing else.
        auto text = pyfw::base::readFile(filename);
        if (!text.ok()) throw pyfw::cli::CommandFailure("can't open file '" + filename + "': no such file or it cannot be read", 2);
        source.assign(text->begin(), text->end());
        std::string dir = std::filesystem::path(filename).parent_path().string();
        config.path = {dir};
        config.argv = options.rest;
    }
    for (std::string& entry : searchPath()) config.path.push_back(std::move(entry));
    pyfw::engine::Interpreter interpreter(config);
    if (options.disassemble) {
        pyfw::engine::RunResult result = pyfw::engine::disassembleSource(interpreter, source, filename);
        if (result.exitCode != 0) throw pyfw::cli::CommandExit{result.exitCode};
        return;
    }
    interrupted = &interpreter;
    std::signal(SIGINT, onInterrupt);
    pyfw::engine::RunResult result = pyfw::engine::runMain(interpreter, source, filename);
    interrupted = nullptr;
    if (result.exitCode != 0) throw pyfw::cli::CommandExit{result.exitCode};
}

pyfw::cli::CommandRegistration registration{"run", [](CLI::App& app) {
    auto options = std::make_shared<RunOptions>();
    auto* sub = app.add_subcommand("run", "Run a Python program (FILE [ARGS] or -c CODE) on the pyfw engine");
    sub->add_option("--heap", options->heap, "GC heap size, e.g. 67K (rev-0 boards) or 2.5M (default)");
    sub->add_option_function<std::string>("-c", [options](const std::string& code) {
        options->code = code;
        options->hasCode = true;
    }, "Program passed in as a string");
    sub->add_flag("--dis", options->disassemble, "Print the bytecode instead of running the program");
    sub->add_option("file", options->rest, "Program file followed by its arguments (sys.argv)");
    sub->prefix_command(true);
    sub->callback([options, sub] {
        for (const auto& extra : sub->remaining()) options->rest.push_back(extra);
        run(*options);
    });
}};

}  // namespace
