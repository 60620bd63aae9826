// The threads of one interpreter as the runtime keeps them (see threads.h for what they do): the
// interpreter lock, the threads `_thread` started and their OS handles. Only interpreter.cpp and
// threads.cpp see this.
#pragma once

#include <pthread.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

#include "engine/runtime/interpreter.h"

namespace pyfw::engine {

// The interpreter lock, handed over in ticket order. The thread that makes it holds ticket 0.
struct Gil {
    std::mutex mutex;
    std::condition_variable turn;
    uint64_t nextTicket = 1;
    uint64_t serving = 0;
    std::atomic<int> waiting{0};
    std::set<uint64_t> abandoned;  // reserved tickets nobody will use (a thread that did not start)

    // A place in the queue now (the thread counts as waiting), the turn later: a thread that wakes
    // on virtual time takes its place before the clock moves on, so the order is deterministic.
    uint64_t reserve();
    void waitTurn(uint64_t ticket);
    void abandon(uint64_t ticket);
    void acquire() { waitTurn(reserve()); }
    void release();
};

struct ThreadHandle {
    pthread_t id{};
    std::atomic<bool> finished{false};  // its last step is done: joining it returns at once
};

struct InterpreterThreads {
    Gil gil;
    std::mutex mutex;                    // guards the members below it
    std::condition_variable ended;       // a thread ended (stopThreads waits for none to run)
    std::vector<ThreadState*> states;    // the running threads, for the GC (read under the GIL)
    std::vector<std::unique_ptr<ThreadHandle>> handles;
    size_t running = 0;
    uint64_t nextIdent = 2;
    size_t stackSize = 0;                // _thread.stack_size(); 0: the default
    std::atomic<bool> stopping{false};
    std::atomic<uint64_t> lockEpoch{0};  // changes when a _thread lock is released
    std::atomic<int> lockWaiters{0};
};

}  // namespace pyfw::engine
