// One round of the firmware's interpreter, from a hard boot or a soft reset to the next soft reset
// (Pycom's mptask.c from `soft_reset:` to `soft_reset_exit:`): a fresh interpreter and heap, the
// frozen _boot.py, then unless safe boot boot.py, the frozen _main.py and main.py (or the script
// machine.main() chose; only while the REPL is friendly, as MicroPython does, so a host tool in the
// raw REPL is not held up by a main.py that loops), then the REPL until something ends the round.
#pragma once

#include "engine/repl/repl.h"
#include "engine/runtime/host.h"
#include "port/board_host.h"
#include "port/running_app.h"

namespace pyfw::port {

struct RoundEnd {
    enum class Kind {
        SoftReset,   // Ctrl-D, or SystemExit from boot.py/main.py
        HostExit,    // a reset, a deep sleep or a power-off asked for (see ExitKind)
        PowerOff,    // the console's input ended
    } kind = Kind::SoftReset;
    engine::HostExit exit;
};

// `host` and `repl` live as long as the hard boot: the REPL's mode (friendly or raw) and the line
// editor carry over a soft reset, as on the board.
RoundEnd runRound(RunningApp& app, BoardHost& host, engine::repl::Repl& repl);

}  // namespace pyfw::port
