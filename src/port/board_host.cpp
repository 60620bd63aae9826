#include "port/board_host.h"

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

// A sleep waits on the board's clock; callbacks that fall due meanwhile run at their time, and
// Ctrl-C or a reset from outside end it.
void BoardHost::sleepMicros(uint64_t micros) {
    int64_t deadline = app_.time().nowUs() + int64_t(std::min<uint64_t>(micros, INT64_MAX / 2));
    while (!app_.time().sleepUntil(deadline)) engine::runPendingEvents();
    engine::runPendingEvents();
}

BoardHost& boardHost() {
    auto* board = dynamic_cast<BoardHost*>(&engine::host());
    if (!board) engine::raiseError(&engine::exc::RuntimeError, "this module needs a board");
    return *board;
}

RunningApp& runningApp() { return boardHost().app(); }

}  // namespace pyfw::port
