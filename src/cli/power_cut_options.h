// --power-cut-at N --pending kept|dropped|torn --seed S: the options with which a board command
// cuts the power during its N-th persistent write, and how the command reports the cut.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "chip/board.h"

namespace pyfw::cli {

// Exit status of a command whose power was cut, so scripts can tell it from other failures.
inline constexpr int kExitPowerCut = 4;

struct PowerCutOptions {
    uint64_t at = 0;
    std::string pending = "dropped";
    uint32_t seed = 1;

    void add(CLI::App* command);
    void arm(chip::Board& board) const;
    // A cut armed past the last write never happens: says on stderr how many writes there were,
    // so the user can pick the N of the write they want to cut.
    // `beforeApp`: how many of them the boot chain made before the firmware started, when known.
    void reportUnreached(chip::Board& board, std::optional<uint64_t> beforeApp = std::nullopt) const;
    [[noreturn]] void reportCut() const;
};

}  // namespace pyfw::cli
