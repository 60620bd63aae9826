// What the engine needs from the world around it: a console, a clock and entropy. `pyfw run` uses
// the process defaults (stdout/stdin, the monotonic clock, the OS random source); the board port
// supplies its own (UART, the board's virtual clock).
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pyfw::engine {

class Host {
public:
    virtual ~Host() = default;
    virtual void writeOut(std::string_view text) = 0;
    virtual void writeErr(std::string_view text) = 0;
    virtual void flush() = 0;
    // One line without its newline; nullopt at end of input.
    virtual std::optional<std::string> readLine() = 0;
    virtual uint64_t monotonicMicros() = 0;
    virtual int64_t epochSeconds() = 0;
    // Returns once `micros` have passed on the host's clock. A long sleep handles the events that
    // arrive meanwhile (runPendingEvents: Ctrl-C raises, posted callbacks run) as it goes.
    virtual void sleepMicros(uint64_t micros) = 0;
    virtual void fillRandom(uint8_t* data, size_t size) = 0;
    // The VM executed `events` counted instructions (backward jumps and calls) since it last said
    // so; a board on virtual time advances its clock by their modelled cost.
    virtual void cpuWork(uint64_t events) {}

    // Threads (runtime/threads.h). A board on virtual time counts the threads that can run: the
    // clock jumps ahead only when none can. A Python thread starts (counted by its starter before
    // it runs) or ends; a thread waits for the outside (console input, a socket) or stops waiting.
    virtual void threadStarted() {}
    virtual void threadEnded() {}
    virtual void waitingOutside(bool waiting) { (void)waiting; }
    // Blocks the calling thread, which holds no interpreter lock, while `epoch` still reads `seen`
    // and the host's clock is before `deadlineMicros` (UINT64_MAX: none); wakeWaiters() makes it
    // look again. It may return early (the caller checks its events and waits again): the process
    // host waits in slices so that Ctrl-C is seen.
    virtual void waitForChange(const std::atomic<uint64_t>& epoch, uint64_t seen, uint64_t deadlineMicros);
    virtual void wakeWaiters();
};

// A request of the program to its host that ends the run at once — a soft reset, a reset, a deep
// sleep; what `kind` and `argument` mean is the host's. It is thrown through the VM as a C++
// exception, not a Python one: no except or finally clause sees it, as a chip that resets just
// stops. The interpreter it unwinds is finished: its host discards it.
struct HostExit {
    int kind = 0;
    int64_t argument = 0;
};

// Throws the request (from native code that the program called, e.g. machine.reset()).
[[noreturn]] void exitToHost(HostExit request);

// stdout/stderr (buffered), stdin, CLOCK_MONOTONIC, the system time and getrandom().
Host& processHost();

}  // namespace pyfw::engine
