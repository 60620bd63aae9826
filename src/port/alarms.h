// The alarms of Timer.Alarm on the board's clock: one-shot or periodic, each with an id that is
// never reused within a hard boot. A periodic alarm keeps its own beat (each deadline is the last
// one plus the period), however late its callback runs.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>

#include "port/board_time.h"

namespace pyfw::port {

class Alarms {
public:
    Alarms(BoardTime& time, std::function<void(uint64_t id)> fire) : time_(time), fire_(std::move(fire)) {}

    // Starts an alarm `periodUs` from now; returns its id.
    uint64_t start(int64_t periodUs, bool periodic);
    // False when it had already ended (a one-shot that fired, or cancelled).
    bool cancel(uint64_t id);
    bool active(uint64_t id) const;
    // A soft reset: every alarm of the program ends.
    void cancelAll();

private:
    struct Alarm {
        int64_t periodUs;
        bool periodic;
        int64_t dueUs;
        uint64_t timer;
    };
    void schedule(uint64_t id, Alarm& alarm);
    void fired(uint64_t id);

    BoardTime& time_;
    std::function<void(uint64_t)> fire_;
    mutable std::mutex mutex_;
    std::map<uint64_t, Alarm> alarms_;
    uint64_t nextId_ = 1;
};

}  // namespace pyfw::port
