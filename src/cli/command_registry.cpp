#include "cli/command_registry.h"

#include <algorithm>

namespace pyfw::cli {

namespace {
// A function-local static, so registrations from other files' static initialisers are safe.
std::vector<RegisteredCommand>& registry() {
    static std::vector<RegisteredCommand> commands;
    return commands;
}
}  // namespace

CommandRegistration::CommandRegistration(std::string name, CommandSetup setup) {
    registry().push_back({std::move(name), std::move(setup)});
}

std::vector<RegisteredCommand> registeredCommands() {
    auto commands = registry();
    std::sort(commands.begin(), commands.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    return commands;
}

}  // namespace pyfw::cli
