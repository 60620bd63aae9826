#include "cli/power_cut_options.h"

#include <cstdio>

#include "cli/command_registry.h"

namespace pyfw::cli {

void PowerCutOptions::add(CLI::App* command) {
    command->add_option("--power-cut-at", at, "Cut the power during the N-th flash write, erase or eFuse burn");
    command->add_option("--pending", pending, "What happens to that write: kept, dropped or torn")
        ->check(CLI::IsMember({"kept", "dropped", "torn"}));
    command->add_option("--seed", seed, "Seed of a torn write's random part");
}

void PowerCutOptions::arm(chip::Board& board) const {
    if (at == 0) return;
    auto fate = pending == "kept" ? chip::PendingWrite::Kept
                : pending == "torn" ? chip::PendingWrite::Torn : chip::PendingWrite::Dropped;
    board.powerCut().armAt(at, fate, seed);
}

void PowerCutOptions::reportUnreached(chip::Board& board, std::optional<uint64_t> beforeApp) const {
    if (at == 0 || board.powerLost()) return;
    std::fflush(stdout);
    std::string split = beforeApp ? " (" + std::to_string(*beforeApp) + " of them before the firmware started)" : "";
    std::fprintf(stderr, "pyfw: the power cut at write %llu was not reached: %llu persistent writes were made%s\n",
                 (unsigned long long)at, (unsigned long long)board.powerCut().writesSeen(), split.c_str());
}

void PowerCutOptions::reportCut() const {
    std::fflush(stdout);
    throw CommandFailure("power was cut during write " + std::to_string(at) + " (the pending write " + pending +
                         "); the board folder holds what reached it", kExitPowerCut);
}

}  // namespace pyfw::cli
