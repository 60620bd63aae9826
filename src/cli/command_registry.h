// Each command file registers its subcommand with a static CommandRegistration, so adding a command
// means adding one file:
//
//     static pyfw::cli::CommandRegistration secure{"secure", [](CLI::App& app) { ... }};
//
// The setup function adds the subcommand (and its options and callback) to the top-level app.
// A callback reports failure by throwing CommandFailure with one clear sentence.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace pyfw::cli {

using CommandSetup = std::function<void(CLI::App& app)>;

struct CommandRegistration {
    CommandRegistration(std::string name, CommandSetup setup);
};

// A failure the user can act on: main prints "pyfw: <message>" and exits with `exitCode`.
struct CommandFailure : std::runtime_error {
    explicit CommandFailure(const std::string& message, int exitCode = 1)
        : std::runtime_error(message), exitCode(exitCode) {}
    int exitCode;
};

// Commands that want to end with a particular exit status (e.g. a Python program's SystemExit).
struct CommandExit {
    int code;
};

struct RegisteredCommand {
    std::string name;
    CommandSetup setup;
};

// Sorted by name so that `pyfw --help` lists the commands in a stable order.
std::vector<RegisteredCommand> registeredCommands();

}  // namespace pyfw::cli
