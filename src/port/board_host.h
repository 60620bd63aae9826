// The engine's Host on a board: the console is UART 0 (cooked output, input() through the REPL's
// line editor), time is the board's clock (virtual or real), sleeps wait on it while callbacks
// still run, CPU work advances it on virtual time, and entropy is the chip's RNG. The board's
// Python modules reach the running app through it.
#pragma once

#include "engine/repl/console_host.h"
#include "port/running_app.h"

namespace pyfw::port {

class BoardHost final : public engine::repl::ConsoleHost {
public:
    explicit BoardHost(RunningApp& app);

    RunningApp& app() { return app_; }

    uint64_t monotonicMicros() override;
    int64_t epochSeconds() override { return app_.rtcNowUs() / 1'000'000; }
    void sleepMicros(uint64_t micros) override;
    void fillRandom(uint8_t* data, size_t size) override { app_.board().rng().fill({data, size}); }
    void cpuWork(uint64_t events) override { app_.time().cpuWork(events); }
    void threadStarted() override { app_.time().threadRunnable(); }
    void threadEnded() override { app_.time().threadBlocked(); }
    void waitingOutside(bool waiting) override;
    void waitForChange(const std::atomic<uint64_t>& epoch, uint64_t seen, uint64_t deadlineMicros) override;
    void wakeWaiters() override { app_.time().wake(); }

private:
    RunningApp& app_;
};

// The board host of the running interpreter; raises RuntimeError when there is none (a board
// module used outside a board).
BoardHost& boardHost();
RunningApp& runningApp();

}  // namespace pyfw::port
