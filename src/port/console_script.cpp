#include "port/console_script.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "base/bytes.h"

namespace pyfw::port {

namespace {

base::Result<std::string> unescape(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        if (++i == text.size()) return base::fail("a lone backslash ends the text");
        switch (text[i]) {
        case 'r': out += '\r'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '\\': out += '\\'; break;
        case 'x': {
            auto byte = base::fromHex(text.substr(i + 1, 2));
            if (!byte.ok() || byte->size() != 1) return base::fail("\\x needs two hex digits");
            out += char((*byte)[0]);
            i += 2;
            break;
        }
        default: return base::fail(std::string("unknown escape \\") + text[i]);
        }
    }
    return out;
}

}  // namespace

base::Result<TimedInput> parseTimedInput(std::string_view spec, int64_t originUs) {
    size_t equals = spec.find('=');
    if (equals == std::string_view::npos) return base::fail("'" + std::string(spec) + "' is not SECONDS=TEXT");
    std::string seconds(spec.substr(0, equals));
    char* end = nullptr;
    double value = std::strtod(seconds.c_str(), &end);
    // A year of board time is far beyond any run, and keeps the microseconds inside int64.
    constexpr double kMaxSeconds = 365.0 * 24 * 3600;
    if (seconds.empty() || *end != '\0' || !std::isfinite(value) || value < 0 || value > kMaxSeconds)
        return base::fail("'" + seconds + "' is not a number of seconds between 0 and a year");
    auto bytes = unescape(spec.substr(equals + 1));
    if (!bytes.ok()) return base::fail("in '" + std::string(spec) + "': " + bytes.error().message);
    return TimedInput{originUs + int64_t(std::llround(value * 1e6)), std::move(bytes).value()};
}

ConsoleScript::ConsoleScript(std::vector<TimedInput> inputs, std::function<void(std::string_view)> type, std::function<void()> end)
    : inputs_(std::move(inputs)), type_(std::move(type)), end_(std::move(end)) {
    std::stable_sort(inputs_.begin(), inputs_.end(), [](const TimedInput& a, const TimedInput& b) { return a.atUs < b.atUs; });
}

std::unique_ptr<ConsoleScript::Session> ConsoleScript::start(BoardTime& time) { return std::make_unique<Session>(*this, time); }

ConsoleScript::Session::Session(ConsoleScript& script, BoardTime& time) : script_(script), time_(time) {
    armNext();
    time_.threadRunnable();
    thread_ = std::thread([this] { sleepThroughTheInputs(); });
}

ConsoleScript::Session::~Session() {
    stopping_ = true;
    time_.wake();
    thread_.join();
    std::lock_guard lock(timerMutex_);
    if (timer_) time_.cancelTimer(timer_);
}

void ConsoleScript::Session::armNext() {
    std::lock_guard lock(timerMutex_);
    timer_ = 0;
    size_t next = script_.typed_;
    if (next == script_.inputs_.size() || stopping_) return;
    timer_ = time_.addTimer(script_.inputs_[next].atUs, [this, next] {
        script_.type_(script_.inputs_[next].bytes);
        script_.typed_ = next + 1;
        armNext();
    });
}

// The timers type; this thread only sleeps until each input's time, so that a board whose every
// other thread waits (a REPL idle at its prompt) lets the clock jump there. It ends the console's
// input after the last one.
void ConsoleScript::Session::sleepThroughTheInputs() {
    while (!stopping_) {
        size_t next = script_.typed_;
        if (next == script_.inputs_.size()) {
            script_.end_();
            break;
        }
        if (time_.sleepUntil(script_.inputs_[next].atUs) && script_.typed_ == next) {
            // Its timer is due: firing on the thread that moved the clock, or (when the clock
            // passed that moment before the timer was set, and every other thread now waits on
            // the console) on none, so it is fired here.
            time_.fireDueTimers();
            std::this_thread::yield();
        }
    }
    time_.threadBlocked();
}

}  // namespace pyfw::port
