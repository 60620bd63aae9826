#include "port/board_host.h"

#include <optional>

#include "engine/native.h"

namespace pyfw::port {

BoardHost::BoardHost(RunningApp& app)
    : ConsoleHost(*app.console().in, *app.console().out, engine::processHost()), app_(app) {}

// Reading the clock takes time on the chip too: on virtual time each read costs one modelled
// instruction, so a loop that only polls the clock still sees it move between reads.
uint64_t BoardHost::monotonicMicros() {
    app_.time().chargeUs(BoardTime::kMicrosPerEvent);
    return uint64_t(app_.time().nowUs());
}

// A sleep waits on the board's clock without the interpreter lock; callbacks that fall due
// meanwhile run at their time, and Ctrl-C or a reset from outside end it.
void BoardHost::sleepMicros(uint64_t micros) {
    int64_t deadline = app_.time().nowUs() + int64_t(std::min<uint64_t>(micros, INT64_MAX / 2));
    for (;;) {
        // The interpreter lock is given up once the sleep is counted, and taken again after it.
        std::optional<engine::ReleasedGil> released;
        bool reached = app_.time().sleepUntil(deadline, nullptr, engine::reserveGilTurn, [&] { released.emplace(); });
        released.reset();
        engine::runPendingEvents();
        if (reached) return;
    }
}

void BoardHost::waitingOutside(bool waiting) {
    if (waiting) app_.time().threadBlocked();
    else app_.time().threadRunnable();
}

// A _thread lock wait is a sleep until the deadline that a release ends early.
void BoardHost::waitForChange(const std::atomic<uint64_t>& epoch, uint64_t seen, uint64_t deadlineMicros) {
    int64_t deadline = deadlineMicros > uint64_t(INT64_MAX) ? INT64_MAX : int64_t(deadlineMicros);
    app_.time().sleepUntil(deadline, [&] { return epoch.load() == seen; }, engine::reserveGilTurn);
}

BoardHost& boardHost() {
    auto* board = dynamic_cast<BoardHost*>(&engine::host());
    if (!board) engine::raiseError(&engine::exc::RuntimeError, "this module needs a board");
    return *board;
}

RunningApp& runningApp() { return boardHost().app(); }

}  // namespace pyfw::port
