#include "port/board_io.h"

#include <algorithm>
#include <chrono>
#include <fstream>

namespace pyfw::port {

namespace {

constexpr const char* kInputFile = "pins.in";
constexpr const char* kLogFile = "pins.log";
// Lines longer than this are not a person's or a harness's: refused without being kept.
constexpr size_t kMaxLine = 256;
// How often a real-time board looks for appended lines.
constexpr auto kWatchPeriod = std::chrono::milliseconds(20);

}  // namespace

BoardIo::BoardIo(const std::filesystem::path& dir, chip::GpioInputs& inputs) : dir_(dir), inputs_(inputs) {
    if (!dir_.empty()) log_ = std::fopen((dir_ / kLogFile).c_str(), "a");
}

BoardIo::~BoardIo() {
    stopWatching();
    if (log_) std::fclose(log_);
}

void BoardIo::stopWatching() {
    stopping_ = true;
    if (watcher_.joinable()) watcher_.join();
}

std::vector<std::string> BoardIo::load(uint64_t nowUs) {
    std::vector<std::string> refused;
    if (dir_.empty()) return refused;
    std::ifstream in(dir_ / kInputFile, std::ios::binary);
    std::string line;
    std::lock_guard lock(mutex_);
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.size() > kMaxLine) {
            refused.push_back("pins.in:" + std::to_string(number) + ": line longer than 256 characters");
            continue;
        }
        auto event = parseOutsideLine(line);
        if (!event.ok()) refused.push_back("pins.in:" + std::to_string(number) + ": " + event.error().message);
        else if (*event) apply(**event, nowUs);
    }
    std::error_code error;
    auto size = std::filesystem::file_size(dir_ / kInputFile, error);
    readUpTo_ = error ? 0 : size;
    return refused;
}

void BoardIo::apply(const OutsideEvent& event, uint64_t nowUs) {
    uint64_t at = event.atUs.value_or(nowUs);
    switch (event.kind) {
    case OutsideEvent::Kind::Drive:
        inputs_.drive(event.gpio, at, event.drive);
        break;
    case OutsideEvent::Kind::Voltage:
        inputs_.setVoltage(event.gpio, at, event.millivolts);
        break;
    case OutsideEvent::Kind::Battery: {
        constexpr int kBatteryGpio = 39;   // P16 on the Pysense
        inputs_.setVoltage(kBatteryGpio, at, batteryPinMillivolts(event.millivolts));
        break;
    }
    case OutsideEvent::Kind::Climate: {
        auto it = std::upper_bound(climate_.begin(), climate_.end(), at,
                                   [](uint64_t t, const auto& entry) { return t < entry.first; });
        climate_.insert(it, {at, ClimateReading{event.celsius, event.humidity}});
        break;
    }
    }
}

void BoardIo::watch(std::function<uint64_t()> now, std::function<void(int gpio)> changed) {
    if (dir_.empty() || watcher_.joinable()) return;
    now_ = std::move(now);
    changed_ = std::move(changed);
    watcher_ = std::thread([this] { watchLoop(); });
}

// Only whole lines count: a line still being written is read on a later look.
void BoardIo::watchLoop() {
    std::string pending;
    while (!stopping_) {
        std::this_thread::sleep_for(kWatchPeriod);
        std::ifstream in(dir_ / kInputFile, std::ios::binary);
        if (!in) continue;
        in.seekg(std::streamoff(readUpTo_));
        std::string chunk((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (chunk.empty()) continue;
        size_t end = chunk.rfind('\n');
        if (end == std::string::npos) continue;
        readUpTo_ += end + 1;
        std::vector<int> touched;
        size_t start = 0;
        while (start <= end) {
            size_t stop = chunk.find('\n', start);
            std::string_view line(chunk.data() + start, stop - start);
            start = stop + 1;
            if (line.size() > kMaxLine) continue;
            auto event = parseOutsideLine(line);
            if (!event.ok() || !*event) continue;
            {
                std::lock_guard lock(mutex_);
                apply(**event, now_());
            }
            touched.push_back((*event)->gpio);
        }
        for (int gpio : touched) changed_(gpio);
    }
}

chip::Drive BoardIo::driveAt(int gpio, uint64_t nowUs) const {
    std::lock_guard lock(mutex_);
    return inputs_.driveAt(gpio, nowUs);
}

int BoardIo::millivoltsAt(int gpio, uint64_t nowUs) const {
    std::lock_guard lock(mutex_);
    return inputs_.millivoltsAt(gpio, nowUs);
}

std::optional<ClimateReading> BoardIo::climateAt(uint64_t nowUs) const {
    std::lock_guard lock(mutex_);
    auto it = std::upper_bound(climate_.begin(), climate_.end(), nowUs,
                               [](uint64_t t, const auto& entry) { return t < entry.first; });
    if (it == climate_.begin()) return std::nullopt;
    return std::prev(it)->second;
}

std::vector<std::pair<int, uint64_t>> BoardIo::inputEdges() const {
    std::lock_guard lock(mutex_);
    return inputs_.allEdges();
}

void BoardIo::record(int64_t nowUs, std::string_view what, std::string_view value) {
    std::string line = std::to_string(nowUs) + " " + std::string(what) + " " + std::string(value);
    std::lock_guard lock(mutex_);
    if (log_) {
        std::fputs((line + "\n").c_str(), log_);
        std::fflush(log_);
    } else {
        recorded_.push_back(std::move(line));
    }
}

std::vector<std::string> BoardIo::recorded() const {
    std::lock_guard lock(mutex_);
    return recorded_;
}

}  // namespace pyfw::port
