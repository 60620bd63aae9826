// Time on a running board: its clock, the threads that sleep on it and the timers due on it.
//
// Real time: the clock is the host's; sleeps are real waits and a timer thread fires timers.
// Virtual time: the clock moves only when the board waits or works —
// - a sleep jumps the clock forward, but only when no other thread of the board can run: then the
//   clock moves to the earliest deadline of the sleeping threads, firing every timer due on the way;
// - CPU work moves it too: the engine reports the instructions it executes and each batch costs its
//   modelled time (`kMicrosPerEvent`), so a busy loop that polls the clock ends, and timers fire
//   while it runs;
// - waiting for the outside (console input, a socket) does not move it: an idle board keeps still.
// Everything that fires runs on the thread that moved the clock, without the lock held.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

#include "base/clock.h"

namespace pyfw::port {

class BoardTime {
public:
    // The modelled cost of one event the VM counts (a backward jump or a call): an ESP32 running
    // MicroPython does some 100,000 simple loop steps a second.
    static constexpr int64_t kMicrosPerEvent = 10;

    // Virtual time when `clock` is a base::VirtualClock, real time otherwise.
    explicit BoardTime(base::Clock& clock);
    ~BoardTime();
    BoardTime(const BoardTime&) = delete;
    BoardTime& operator=(const BoardTime&) = delete;

    // The board goes down: as halt(), and the timers are dropped once the timer thread has
    // ended (the owners of timers call it before they go).
    void stop();

    bool isVirtual() const { return virtualClock_ != nullptr; }
    int64_t nowUs() const;
    base::Clock& clock() { return clock_; }

    // The VM executed `events` counted instructions (virtual time: the clock moves by their cost).
    void cpuWork(uint64_t events);
    // Virtual time: the clock moves by `micros` of work at once (firing timers due on the way).
    void chargeUs(int64_t micros);

    // Calls `fire` once the clock reaches `atUs` (at once if it has). Returns an id for cancel.
    uint64_t addTimer(int64_t atUs, std::function<void()> fire);
    // Returns false when the timer had already fired or was cancelled.
    bool cancelTimer(uint64_t id);
    // The deadline of the earliest pending timer, or INT64_MAX.
    int64_t nextTimerUs() const;
    // Fires the timers already due, unless another thread is firing them now. On virtual time a
    // timer added for a moment the clock has passed fires only when something moves the clock;
    // a thread waiting for such a timer calls this rather than wait for a move that may not come.
    void fireDueTimers();

    // Blocks the calling thread until the clock reaches `deadlineUs` (INT64_MAX: no deadline) or
    // wake() is called, or (when given) `keepWaiting` says false, checked under the lock that
    // wake() takes; the caller must not hold the interpreter lock. True when the deadline was reached.
    // `onAsleep` runs under that lock once the sleeper is counted (a thread gives the interpreter
    // lock up there, so no other thread moves the clock before it sleeps); `onWake` runs under it as
    // the sleep ends: on virtual time, a thread that moves the clock past sleepers' deadlines goes
    // on only once they have left (and queued for the interpreter).
    bool sleepUntil(int64_t deadlineUs, const std::function<bool()>& keepWaiting = nullptr,
                    const std::function<void()>& onWake = nullptr, const std::function<void()>& onAsleep = nullptr);
    // Ends every sleep at once (callbacks are waiting to run, or the board is stopping).
    void wake();
    // The app is ending (a reset was asked for from outside its code): the clock no longer moves
    // for it, no timer fires, and every sleep ends, so nothing of it runs on after the reset.
    void halt();

    // Virtual time shared with a world process: when the board has nothing to do before some time,
    // the gate is asked instead of the clock jumping there; it returns the time the clock may move
    // to (earlier when an event for the board comes first, which it adds as a timer). The gate
    // blocks while the world runs; it is called without the lock held. Null: the board's own time.
    void setIdleGate(std::function<int64_t(int64_t targetUs)> gate);

    // Threads of the board that can run (hold or wait for the interpreter lock). A thread that
    // starts counts itself in, and out when it ends or waits for the outside.
    void threadRunnable();
    void threadBlocked();

private:
    struct Sleeper {
        int64_t deadlineUs;
        bool woken = false;
    };
    using Lock = std::unique_lock<std::mutex>;

    // Virtual time: moves the clock towards `targetUs`, firing due timers (unlocks to fire).
    void advanceTo(Lock& lock, int64_t targetUs);
    // Pops the timers due at the clock's time; called with the lock held.
    std::vector<std::function<void()>> takeDueTimers();
    void fireAll(Lock& lock, std::vector<std::function<void()>> due);
    bool maybeAdvanceIdle(Lock& lock);
    // Virtual time, after the working thread moved the clock: waits until every sleeper whose
    // deadline passed has woken.
    void awaitDueSleepers(Lock& lock);
    void timerThreadLoop();

    base::Clock& clock_;
    base::VirtualClock* const virtualClock_;  // null on real time
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::multimap<int64_t, std::pair<uint64_t, std::function<void()>>> timers_;
    std::map<uint64_t, Sleeper*> sleepers_;
    uint64_t nextId_ = 1;
    int runnable_ = 1;           // the thread that boots the board
    bool advancing_ = false;     // a thread is firing timers for a clock move
    uint64_t pendingEvents_ = 0; // CPU work not yet turned into clock time
    bool stopping_ = false;
    std::thread timerThread_;    // real time only
    std::function<int64_t(int64_t)> idleGate_;
};

}  // namespace pyfw::port
