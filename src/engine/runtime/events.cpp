// Asynchronous events seen by the VM between instructions: Ctrl-C, a host exit asked for from
// outside the program, posted tasks (callbacks), and the instruction budget. The VM counts down on
// backward jumps and calls; whoever posts an event sets the countdown to zero so the VM looks at
// once, and credits the events it cut short so the host's CPU model still counts them.
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/threads.h"

namespace pyfw::engine {

namespace {

constexpr int kEventInterval = 1024;
constexpr int kStopSignals = kSignalInterrupt | kSignalHostExit | kSignalThreadStop;

void signal(Interpreter& in, int bit) {
    in.pendingSignals.fetch_or(bit);
    in.countdownCredit.fetch_add(in.eventCountdown, std::memory_order_relaxed);
    in.eventCountdown = 0;
}

void wake(Interpreter& in) {
    std::function<void()> hook;
    {
        std::lock_guard lock(in.asyncMutex);
        hook = in.wakeHook;
    }
    if (hook) hook();
}

void chargeInstructionBudget(Interpreter& in) {
    if (!in.instructionBudget) return;
    if (in.instructionBudget <= uint64_t(kEventInterval)) {
        in.instructionBudget = 1;
        raiseError(&exc::RuntimeError, "instruction budget exhausted");
    }
    in.instructionBudget -= kEventInterval;
}

// Runs the tasks queued so far (not those they queue themselves). One that raises leaves the rest
// queued for the next look.
void runPendingTasks(Interpreter& in) {
    in.pendingSignals.fetch_and(~kSignalTasks);
    std::deque<std::function<void()>> tasks;
    {
        std::lock_guard lock(in.asyncMutex);
        tasks.swap(in.pendingTasks);
    }
    while (!tasks.empty()) {
        std::function<void()> task = std::move(tasks.front());
        tasks.pop_front();
        try {
            task();
        } catch (...) {
            std::lock_guard lock(in.asyncMutex);
            in.pendingTasks.insert(in.pendingTasks.begin(), std::make_move_iterator(tasks.begin()),
                                   std::make_move_iterator(tasks.end()));
            if (!in.pendingTasks.empty()) signal(in, kSignalTasks);
            throw;
        }
    }
}

}  // namespace

void requestInterrupt(Interpreter& in) {
    signal(in, kSignalInterrupt);
    wake(in);
}

void pollInterrupt() {
    Interpreter* in = currentInterpreter;
    if (in && (in->pendingSignals.load(std::memory_order_relaxed) & kStopSignals)) raisePendingInterrupt();
}

void requestThreadStop(Interpreter& in) {
    signal(in, kSignalThreadStop);
    wake(in);
}

void requestExitToHost(Interpreter& in, HostExit request) {
    {
        std::lock_guard lock(in.asyncMutex);
        if (!in.pendingExit) in.pendingExit = request;
    }
    signal(in, kSignalHostExit);
    wake(in);
}

void postTask(Interpreter& in, std::function<void()> task) {
    {
        std::lock_guard lock(in.asyncMutex);
        in.pendingTasks.push_back(std::move(task));
    }
    signal(in, kSignalTasks);
    wake(in);
}

void handlePendingEvents() {
    Interpreter& in = interp();
    int credit = in.countdownCredit.exchange(0, std::memory_order_relaxed);
    int counted = kEventInterval - credit;
    in.eventCountdown = kEventInterval;
    in.host->cpuWork(uint64_t(counted > 0 ? counted : 1));
    chargeInstructionBudget(in);
    int signals = in.pendingSignals.load();
    if (signals & kStopSignals) raisePendingInterrupt();
    if (signals & kSignalTasks) runPendingTasks(in);
    // Other threads get their turn here.
    if (in.threads) threadCheckpoint(in);
}

void runPendingEvents() {
    Interpreter& in = interp();
    int signals = in.pendingSignals.load();
    if (signals & kStopSignals) raisePendingInterrupt();
    if (signals & kSignalTasks) runPendingTasks(in);
}

void raisePendingInterrupt() {
    Interpreter& in = interp();
    if (in.pendingSignals.load() & kSignalHostExit) {
        HostExit request;
        {
            std::lock_guard lock(in.asyncMutex);
            request = in.pendingExit.value_or(HostExit{});
        }
        exitToHost(request);
    }
    // Ctrl-C is the main thread's; another thread only looks whether it must stop.
    if (!onMainThread()) {
        endThreadIfStopping(in);
        return;
    }
    if (!(in.pendingSignals.load() & kSignalInterrupt)) return;
    in.pendingSignals.fetch_and(~kSignalInterrupt);
    raise(newException(&exc::KeyboardInterrupt, nullptr));
}

}  // namespace pyfw::engine
