// The pyfw command: parses the command line with CLI11 and hands over to the registered commands.
#include <csignal>
#include <cstdio>
#include <cstring>

#include "cli/command_registry.h"
#include "engine/runtime/interpreter.h"

int main(int argc, char** argv) {
    // Over a file-size limit (ulimit -f) a write then fails with EFBIG like on a full disk, and the
    // command removes its partial output instead of being killed in the middle of it.
    std::signal(SIGXFSZ, SIG_IGN);
    CLI::App app{"pyfw: Pycom-compatible ESP32 firmware, virtual board and host toolchain", "pyfw"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "pyfw " PYFW_VERSION);
    // Only the invoked command's options are built when argv[1] names one: building every
    // command's options costs a `pyfw run` about as much time and memory as the program it runs.
    // Help, version and mistakes see them all.
    const auto commands = pyfw::cli::registeredCommands();
    bool invokedOne = false;
    for (const auto& command : commands) {
        if (argc > 1 && std::strcmp(argv[1], command.name.c_str()) == 0) {
            command.setup(app);
            invokedOne = true;
        }
    }
    if (!invokedOne) {
        for (const auto& command : commands) command.setup(app);
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error);
    } catch (const pyfw::cli::CommandFailure& failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "pyfw: %s\n", failure.what());
        return failure.exitCode;
    } catch (const pyfw::cli::CommandExit& exit) {
        std::fflush(stdout);
        return exit.code;
    } catch (const pyfw::engine::HeapTooSmall& failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "pyfw: %s (use a larger --heap)\n", failure.what());
        return 1;
    }
    return 0;
}
