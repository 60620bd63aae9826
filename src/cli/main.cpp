// The pyfw command: parses the command line with CLI11 and hands over to the registered commands.
#include <cstdio>

#include "cli/command_registry.h"

int main(int argc, char** argv) {
    CLI::App app{"pyfw: Pycom-compatible ESP32 firmware, virtual board and host toolchain", "pyfw"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "pyfw " PYFW_VERSION);
    for (const auto& command : pyfw::cli::registeredCommands()) command.setup(app);
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
    }
    return 0;
}
