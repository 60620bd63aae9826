#include "engine/runtime/host.h"

#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <mutex>

#include "engine/runtime/events.h"
#include "engine/runtime/threads.h"

namespace pyfw::engine {

namespace {

class ProcessHost : public Host {
public:
    void writeOut(std::string_view text) override { std::fwrite(text.data(), 1, text.size(), stdout); }
    void writeErr(std::string_view text) override {
        std::fflush(stdout);
        std::fwrite(text.data(), 1, text.size(), stderr);
    }
    void flush() override { std::fflush(stdout); }
    std::optional<std::string> readLine() override {
        std::fflush(stdout);
        WaitingOutside waiting;
        std::string line;
        int c;
        bool any = false;
        while ((c = std::getchar()) != EOF) {
            any = true;
            if (c == '\n') return line;
            line.push_back(char(c));
        }
        if (!any) return std::nullopt;
        return line;
    }
    uint64_t monotonicMicros() override {
        timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return uint64_t(ts.tv_sec) * 1000000u + uint64_t(ts.tv_nsec) / 1000u;
    }
    int64_t epochSeconds() override { return int64_t(::time(nullptr)); }
    // In slices, so Ctrl-C ends a long sleep within one; other threads run meanwhile.
    void sleepMicros(uint64_t micros) override {
        constexpr uint64_t kSliceMicros = 20000;
        while (micros) {
            uint64_t slice = micros < kSliceMicros ? micros : kSliceMicros;
            {
                ReleasedGil released;
                timespec ts{time_t(slice / 1000000u), long(slice % 1000000u) * 1000};
                while (nanosleep(&ts, &ts) != 0) {
                }
            }
            micros -= slice;
            runPendingEvents();
        }
    }
    void fillRandom(uint8_t* data, size_t size) override {
        while (size) {
            ssize_t got = getrandom(data, size, 0);
            if (got <= 0) break;
            data += got;
            size -= size_t(got);
        }
    }
};

// Waiters of every interpreter that uses the default: one condition, woken by any change.
std::mutex waitMutex;
std::condition_variable waitChanged;

}  // namespace

void Host::waitForChange(const std::atomic<uint64_t>& epoch, uint64_t seen, uint64_t deadlineMicros) {
    constexpr uint64_t kSliceMicros = 10000;
    uint64_t now = monotonicMicros();
    if (now >= deadlineMicros) return;
    uint64_t wait = std::min(deadlineMicros - now, kSliceMicros);
    std::unique_lock lock(waitMutex);
    waitChanged.wait_for(lock, std::chrono::microseconds(wait), [&] { return epoch.load() != seen; });
}

void Host::wakeWaiters() {
    std::lock_guard lock(waitMutex);
    waitChanged.notify_all();
}

void exitToHost(HostExit request) { throw request; }

Host& processHost() {
    static ProcessHost host;
    return host;
}

}  // namespace pyfw::engine
