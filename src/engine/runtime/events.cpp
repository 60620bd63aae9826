// Asynchronous events seen by the VM between instructions: Ctrl-C and the instruction budget.
// The VM counts down on backward jumps and calls; a signal handler sets the countdown to zero.
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/vm/vm.h"

namespace pyfw::engine {

constexpr int kEventInterval = 1024;

void handlePendingEvents() {
    Interpreter& in = interp();
    in.eventCountdown = kEventInterval;
    if (in.instructionBudget) {
        if (in.instructionBudget <= uint64_t(kEventInterval)) {
            in.instructionBudget = 1;
            raiseError(&exc::RuntimeError, "instruction budget exhausted");
        }
        in.instructionBudget -= kEventInterval;
    }
    if (in.pendingSignals) raisePendingInterrupt();
}

void raisePendingInterrupt() {
    interp().pendingSignals = 0;
    raise(newException(&exc::KeyboardInterrupt, nullptr));
}

}  // namespace pyfw::engine
