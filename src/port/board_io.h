// The board's outside control channel: two text files in the board folder, so that a test, a
// script or a person can drive the board's inputs and see its outputs from outside its process.
//
//   pins.in   what the outside does (outside_events.h): pins driven high/low/released, voltages,
//             the battery, the temperature/humidity sensor; one change a line, `TIME WHAT VALUE`.
//             Read when the app starts; on real time, lines appended while the board runs apply
//             as they arrive (`now` meaning the moment they are read).
//   pins.log  what the board does: `TIME_US P10 1` when an output pin's level changes, and
//             `TIME_US LED 0x000050` when the RGB LED changes colour. Appended and flushed line by
//             line, so `tail -f pins.log` follows a running board; times are the board's clock.
//
// A board that lives only in memory (unit tests) keeps the log lines in memory instead.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "chip/gpio_inputs.h"
#include "port/outside_events.h"

namespace pyfw::port {

struct ClimateReading {
    double celsius = 0;
    double humidity = 0;
};

class BoardIo {
public:
    // `dir` empty: nothing is read and the log stays in memory. `inputs` are the board's.
    BoardIo(const std::filesystem::path& dir, chip::GpioInputs& inputs);
    ~BoardIo();
    BoardIo(const BoardIo&) = delete;
    BoardIo& operator=(const BoardIo&) = delete;

    // Reads pins.in; a `now` line applies at `nowUs`. Returns one message per line it refused.
    std::vector<std::string> load(uint64_t nowUs);
    // Real time: polls pins.in for appended lines; `changed(gpio)` is told of each pin they drive
    // (gpio -1 for the others). Ends with the object.
    void watch(std::function<uint64_t()> now, std::function<void(int gpio)> changed);
    void stopWatching();

    chip::Drive driveAt(int gpio, uint64_t nowUs) const;
    int millivoltsAt(int gpio, uint64_t nowUs) const;
    std::optional<ClimateReading> climateAt(uint64_t nowUs) const;
    // Every (gpio, moment) at which what the outside does to a pin changes.
    std::vector<std::pair<int, uint64_t>> inputEdges() const;

    // Appends `TIME_US WHAT VALUE` to the log.
    void record(int64_t nowUs, std::string_view what, std::string_view value);
    // The lines recorded, when the log is in memory (a board without a folder).
    std::vector<std::string> recorded() const;

private:
    void apply(const OutsideEvent& event, uint64_t nowUs);
    void watchLoop();

    std::filesystem::path dir_;
    chip::GpioInputs& inputs_;
    mutable std::mutex mutex_;
    std::vector<std::pair<uint64_t, ClimateReading>> climate_;   // sorted by time
    FILE* log_ = nullptr;
    std::vector<std::string> recorded_;
    uintmax_t readUpTo_ = 0;   // bytes of pins.in already applied
    std::function<uint64_t()> now_;
    std::function<void(int)> changed_;
    std::atomic<bool> stopping_{false};
    std::thread watcher_;
};

}  // namespace pyfw::port
