// Python threads on OS threads, one interpreter lock (see threads.h). A thread's life:
//   startThread (the starter holds the lock): its ThreadState is made and listed, the host counts
//     it as runnable, the OS thread starts;
//   threadEntry: takes the lock, calls the function, reports an uncaught exception, unlists and
//     frees its state, gives the lock back and tells the host it ended.
// While a thread waits without the lock (ReleasedGil) the GC, run by the lock's holder, scans its
// C++ stack from the point where it parked.
#include "engine/runtime/threads.h"

#include <algorithm>
#include <csetjmp>
#include <thread>

#include "engine/objects/dict.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/events.h"
#include "engine/runtime/interpreter_threads.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

// A thread's C++ stack: deep native recursion (repr of nested data, __eq__ chains) is refused
// with RuntimeError before it uses all of it.
constexpr size_t kDefaultStackBytes = 1024 * 1024;
constexpr size_t kMinStackBytes = 64 * 1024;
constexpr size_t kStackReserveBytes = 256 * 1024;  // beyond the checked depth: the check's own use

// Thrown through a thread's code when the threads are stopped; no Python handler sees it.
struct ThreadStopped {};

InterpreterThreads& ensureThreads(Interpreter& in) {
    if (!in.threads) in.threads = std::make_unique<InterpreterThreads>();
    return *in.threads;
}

// Where the GC scans a parked thread from: this frame lies below every caller's, and setjmp
// spills the registers that may hold the callers' values.
__attribute__((noinline)) void park(ThreadState& t) {
    setjmp(t.parkedRegisters);
    char here;
    t.parkedTop = &here;
    asm volatile("" ::: "memory");
}

void reapFinished(InterpreterThreads& threads) {
    std::lock_guard lock(threads.mutex);
    auto& handles = threads.handles;
    for (auto it = handles.begin(); it != handles.end();) {
        if ((*it)->finished.load()) {
            pthread_join((*it)->id, nullptr);
            it = handles.erase(it);
        } else {
            ++it;
        }
    }
}

void reportUncaught(Interpreter& in, Value function, Value exception) {
    std::string text = "Unhandled exception in thread started by ";
    try {
        text += reprString(function) + "\n" + formatTraceback(exception);
    } catch (PythonError&) {
        takePendingException();
        text += std::string(typeName(exception)) + "\n";
    }
    in.host->writeErr(text);
    in.host->flush();
}

void runThread(Interpreter& in, ThreadState& t) {
    Value function = t.startFunction;
    try {
        DictObject* kwargs = t.startKwargs ? t.startKwargs.as<DictObject>() : nullptr;
        callWithTupleDict(function, t.startArgs.as<TupleObject>(), kwargs);
    } catch (PythonError&) {
        Value e = takePendingException();
        if (!isInstance(e, &exc::SystemExit)) reportUncaught(in, function, e);
    } catch (const ThreadStopped&) {
    } catch (const HostExit& request) {
        // A reset or deep sleep asked for by this thread is the whole program's.
        if (!in.threads->stopping.load()) requestExitToHost(in, request);
    }
}

struct StartRecord {
    Interpreter* in;
    ThreadState* state;
    ThreadHandle* handle;
    size_t stackLimit;
    uint64_t ticket;  // its place in the lock's queue, taken by the starter
};

// The ReleasedGil of this thread's current wait, for reserveGilTurn().
thread_local ReleasedGil* activeRelease = nullptr;

void* threadEntry(void* argument) {
    StartRecord start = *static_cast<StartRecord*>(argument);
    delete static_cast<StartRecord*>(argument);
    Interpreter& in = *start.in;
    InterpreterThreads& threads = *in.threads;
    ThreadState* t = start.state;
    currentInterpreter = &in;
    currentThread = t;
    char base;
    t->cStackBase = &base;
    t->cStackLimit = start.stackLimit;
    threads.gil.waitTurn(start.ticket);
    runThread(in, *t);
    {
        std::lock_guard lock(threads.mutex);
        threads.states.erase(std::find(threads.states.begin(), threads.states.end(), t));
        --threads.running;
    }
    freeThreadStacks(*t);
    delete t;
    currentThread = nullptr;
    threads.ended.notify_all();
    threads.gil.release();
    in.host->threadEnded();
    currentInterpreter = nullptr;
    start.handle->finished.store(true);
    return nullptr;
}

}  // namespace

uint64_t Gil::reserve() {
    std::lock_guard lock(mutex);
    waiting.fetch_add(1);
    return nextTicket++;
}

void Gil::waitTurn(uint64_t ticket) {
    std::unique_lock lock(mutex);
    turn.wait(lock, [&] { return serving == ticket; });
    waiting.fetch_sub(1);
}

void Gil::abandon(uint64_t ticket) {
    std::lock_guard lock(mutex);
    abandoned.insert(ticket);
    waiting.fetch_sub(1);
}

void Gil::release() {
    {
        std::lock_guard lock(mutex);
        ++serving;
        while (abandoned.erase(serving)) ++serving;
    }
    turn.notify_all();
}

uint64_t startThread(Value function, TupleObject* args, DictObject* kwargs) {
    Interpreter& in = interp();
    InterpreterThreads& threads = ensureThreads(in);
    if (threads.stopping.load()) raiseError(&exc::RuntimeError, "can't start new thread: the threads are stopping");
    reapFinished(threads);
    auto state = std::make_unique<ThreadState>();
    try {
        allocateThreadStacks(*state);
    } catch (const std::bad_alloc&) {
        raiseError(&exc::RuntimeError, "can't start new thread: no memory for its stacks");
    }
    state->isMain = false;
    state->startFunction = function;
    state->startArgs = Value(args);
    state->startKwargs = kwargs ? Value(kwargs) : Value();
    size_t stackBytes = threads.stackSize ? std::max(threads.stackSize, kMinStackBytes) : kDefaultStackBytes;
    auto handle = std::make_unique<ThreadHandle>();
    auto* record = new StartRecord{&in, state.get(), handle.get(), stackBytes, 0};
    {
        std::lock_guard lock(threads.mutex);
        state->ident = threads.nextIdent++;
        threads.states.push_back(state.get());
        ++threads.running;
    }
    in.host->threadStarted();
    // The new thread is in the queue for the lock from now, so it runs at the starter's next
    // hand-over whatever the OS does with it meanwhile.
    record->ticket = threads.gil.reserve();
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, stackBytes + kStackReserveBytes);
    int failed = pthread_create(&handle->id, &attributes, threadEntry, record);
    pthread_attr_destroy(&attributes);
    if (failed) {
        threads.gil.abandon(record->ticket);
        delete record;
        {
            std::lock_guard lock(threads.mutex);
            threads.states.pop_back();
            --threads.running;
        }
        in.host->threadEnded();
        freeThreadStacks(*state);
        raiseError(&exc::RuntimeError, "can't start new thread");
    }
    uint64_t ident = state->ident;
    state.release();  // the thread frees it when it ends
    std::lock_guard lock(threads.mutex);
    threads.handles.push_back(std::move(handle));
    return ident;
}

uint64_t currentThreadIdent() { return thread().ident; }
bool onMainThread() { return !currentThread || currentThread->isMain; }

size_t setThreadStackSize(size_t bytes) {
    InterpreterThreads& threads = ensureThreads(interp());
    size_t previous = threads.stackSize;
    threads.stackSize = bytes;
    return previous;
}

size_t threadStackSize() {
    Interpreter& in = interp();
    return in.threads ? in.threads->stackSize : 0;
}

void forEachThread(Interpreter& in, const std::function<void(ThreadState&)>& visit) {
    if (!in.threads) return;
    for (ThreadState* t : in.threads->states) visit(*t);
}

void stopThreads(Interpreter& in) {
    if (!in.threads) return;
    InterpreterThreads& threads = *in.threads;
    threads.stopping.store(true);
    requestThreadStop(in);
    {
        ReleasedGil released;
        std::unique_lock lock(threads.mutex);
        // A thread may begin a wait after the wake-up: wake again until all have ended.
        while (threads.running > 0) {
            if (threads.ended.wait_for(lock, std::chrono::milliseconds(1), [&] { return threads.running == 0; })) break;
            lock.unlock();
            requestThreadStop(in);
            in.host->wakeWaiters();
            lock.lock();
        }
    }
    std::vector<std::unique_ptr<ThreadHandle>> handles;
    {
        std::lock_guard lock(threads.mutex);
        handles.swap(threads.handles);
    }
    for (auto& handle : handles) pthread_join(handle->id, nullptr);
}

ReleasedGil::ReleasedGil() : in_(currentInterpreter) {
    if (!in_ || !in_->threads || !currentThread) {
        in_ = nullptr;
        return;
    }
    park(*currentThread);
    previous_ = activeRelease;
    activeRelease = this;
    in_->threads->gil.release();
}

ReleasedGil::~ReleasedGil() {
    if (!in_) return;
    activeRelease = previous_;
    in_->threads->gil.waitTurn(reserved_ ? ticket_ : in_->threads->gil.reserve());
    currentThread->parkedTop = nullptr;
}

void ReleasedGil::reserveTurn() {
    if (!in_ || reserved_) return;
    ticket_ = in_->threads->gil.reserve();
    reserved_ = true;
}

void reserveGilTurn() {
    if (activeRelease) activeRelease->reserveTurn();
}

WaitingOutside::WaitingOutside() {
    if (currentInterpreter) currentInterpreter->host->waitingOutside(true);
}

WaitingOutside::~WaitingOutside() {
    if (currentInterpreter) currentInterpreter->host->waitingOutside(false);
}

void yieldToOtherThreads() {
    Interpreter* in = currentInterpreter;
    if (!in || !in->threads || in->threads->gil.waiting.load() == 0) return;
    ReleasedGil released;
    std::this_thread::yield();
}

uint64_t lockEpoch() {
    Interpreter& in = interp();
    return in.threads ? in.threads->lockEpoch.load() : 0;
}

void waitForLockChange(uint64_t seen, uint64_t deadlineMicros) {
    Interpreter& in = interp();
    InterpreterThreads& threads = ensureThreads(in);
    threads.lockWaiters.fetch_add(1);
    {
        ReleasedGil released;
        in.host->waitForChange(threads.lockEpoch, seen, deadlineMicros);
    }
    threads.lockWaiters.fetch_sub(1);
}

void notifyLockChange() {
    Interpreter& in = interp();
    if (!in.threads) return;
    in.threads->lockEpoch.fetch_add(1);
    if (in.threads->lockWaiters.load() > 0) in.host->wakeWaiters();
}

void endThreadIfStopping(Interpreter& in) {
    if (in.threads && in.threads->stopping.load() && !onMainThread()) throw ThreadStopped{};
}

void threadCheckpoint(Interpreter& in) {
    endThreadIfStopping(in);
    if (in.threads->gil.waiting.load() > 0) {
        ReleasedGil released;
    }
}

}  // namespace pyfw::engine
