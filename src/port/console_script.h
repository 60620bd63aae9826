// Input typed on the board's console at chosen times of the board's clock, instead of a person at
// a keyboard: what a test or a simulation on virtual time needs to say "Ctrl-C after one hour".
// Each input is typed by a timer at its time, so on virtual time it lands at the same modelled
// instant on every run; a REPL waiting idle for input lets the clock jump to the next one. After
// the last input the console's input ends (the board powers off when its REPL reads the end).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/result.h"
#include "port/board_time.h"

namespace pyfw::port {

struct TimedInput {
    int64_t atUs = 0;   // on the board's clock
    std::string bytes;
};

// "SECONDS=TEXT": TEXT with the escapes \xNN, \r, \n, \t and \\ (e.g. "3600=\x03" is Ctrl-C
// after an hour). `originUs` is the board clock's reading that SECONDS counts from.
base::Result<TimedInput> parseTimedInput(std::string_view spec, int64_t originUs);

class ConsoleScript {
public:
    // `type` delivers bytes as the console's UART receives them; `end` ends the console's input.
    ConsoleScript(std::vector<TimedInput> inputs, std::function<void(std::string_view)> type, std::function<void()> end);

    // Types the inputs due while one app runs on `time` (one hard boot); the returned object stops
    // that when destroyed, before `time` goes. Inputs typed stay typed across resets.
    class Session;
    std::unique_ptr<Session> start(BoardTime& time);

private:
    std::vector<TimedInput> inputs_;
    std::function<void(std::string_view)> type_;
    std::function<void()> end_;
    std::atomic<size_t> typed_{0};
};

class ConsoleScript::Session {
public:
    Session(ConsoleScript& script, BoardTime& time);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

private:
    // Sets the timer that types the next input (from the constructor, then from each input's own
    // timer, so that every input's instant is fixed before the board can run past it).
    void armNext();
    void sleepThroughTheInputs();

    ConsoleScript& script_;
    BoardTime& time_;
    std::atomic<bool> stopping_{false};
    std::mutex timerMutex_;
    uint64_t timer_ = 0;   // the pending input's timer, 0 when none
    std::thread thread_;
};

}  // namespace pyfw::port
