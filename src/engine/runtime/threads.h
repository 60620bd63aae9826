// Python threads (`_thread`) of one interpreter. One interpreter lock (the GIL) lets one thread at a
// time run Python: a thread holds it while it runs, and hands it over
// - at the VM's event checks (every 1024 counted instructions) when another thread waits for it,
// - whenever it waits: a sleep, a console or socket read, a `_thread` lock (ReleasedGil).
// The lock is handed over in the order the threads asked for it, so none starves.
//
// Asynchronous events: Ctrl-C (KeyboardInterrupt) goes to the main thread only; a host exit (a
// reset asked for by any thread) ends the other threads quietly and the main program with it;
// posted tasks (callbacks, micropython.schedule) run on whichever thread looks first. An exception
// that a thread does not catch prints "Unhandled exception in thread started by <function>" and
// its traceback, and ends that thread only.
//
// stopThreads() (a soft reset, the end of `pyfw run`, the interpreter's destructor) ends every
// other thread at its next event check or wait and waits for them. Native code that blocks must do
// so inside a ReleasedGil and through a wait that the interpreter's wake hook or
// Host::wakeWaiters() ends, or that thread cannot be stopped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct Interpreter;
struct ThreadState;
struct TupleObject;
struct DictObject;

// Starts a thread that calls function(*args, **kwargs) (kwargs may be null); returns its ident.
// RuntimeError when the host cannot start one.
uint64_t startThread(Value function, TupleObject* args, DictObject* kwargs);
// The running thread's ident (the main thread's is 1) and whether it is the main thread.
uint64_t currentThreadIdent();
bool onMainThread();
// The C++ stack of threads started from now on (0: the default); returns the previous setting.
size_t setThreadStackSize(size_t bytes);
size_t threadStackSize();

// Ends every thread but the caller's (the main thread) and waits until they have.
void stopThreads(Interpreter& in);
// Every thread `_thread` started that has not ended (not the main thread); for the GC.
void forEachThread(Interpreter& in, const std::function<void(ThreadState&)>& visit);

// While it lives, the calling thread does not hold the interpreter lock and other threads run.
// The code inside must not touch Python values, the heap or RootedValues.
class ReleasedGil {
public:
    ReleasedGil();
    ~ReleasedGil();
    ReleasedGil(const ReleasedGil&) = delete;
    ReleasedGil& operator=(const ReleasedGil&) = delete;
    // Takes this thread's place in the queue for the lock now (the end of the wait takes the turn).
    void reserveTurn();

private:
    Interpreter* in_;
    ReleasedGil* previous_ = nullptr;
    uint64_t ticket_ = 0;
    bool reserved_ = false;
};

// Called by a host when the calling thread's wait is over (a sleeper whose time came, on virtual
// time before the clock moves on): the thread queues for the interpreter lock at once, so the
// thread that moved the clock hands the lock over at its next event check.
void reserveGilTurn();

// A ReleasedGil while the thread waits for the outside (input, the network): on virtual time it
// then does not count as a thread that can run.
class WaitingOutside {
public:
    WaitingOutside();
    ~WaitingOutside();

private:
    ReleasedGil released_;
};

// Lets the threads waiting for the lock run now (utime.sleep(0)).
void yieldToOtherThreads();

// Lock waits: read lockEpoch() before checking the condition, then waitForLockChange() returns once
// notifyLockChange() was called after that read, at `deadlineMicros` on the host's clock
// (UINT64_MAX: none), or early; the caller runs its events (runPendingEvents) and looks again.
uint64_t lockEpoch();
void waitForLockChange(uint64_t seen, uint64_t deadlineMicros);
void notifyLockChange();

// For the VM's event check: hands the lock over when another thread waits for it, and ends this
// thread when the threads are being stopped.
void threadCheckpoint(Interpreter& in);
// Ends the calling thread (not the main one) when the threads are being stopped.
void endThreadIfStopping(Interpreter& in);

}  // namespace pyfw::engine
