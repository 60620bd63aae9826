#include "port/watchdog.h"

namespace pyfw::port {

void Watchdog::armLocked() {
    if (timer_) time_.cancelTimer(timer_);
    uint64_t generation = ++generation_;
    timer_ = time_.addTimer(time_.nowUs() + timeoutMs_ * 1000, [this, generation] {
        {
            std::lock_guard lock(mutex_);
            if (generation != generation_ || !running_) return;
            timer_ = 0;
        }
        expire_();
    });
}

void Watchdog::start(int64_t timeoutMs) {
    std::lock_guard lock(mutex_);
    running_ = true;
    timeoutMs_ = timeoutMs;
    armLocked();
}

void Watchdog::feed() {
    std::lock_guard lock(mutex_);
    if (running_) armLocked();
}

bool Watchdog::running() const {
    std::lock_guard lock(mutex_);
    return running_;
}

int64_t Watchdog::timeoutMs() const {
    std::lock_guard lock(mutex_);
    return timeoutMs_;
}

void Watchdog::stop() {
    std::lock_guard lock(mutex_);
    running_ = false;
    ++generation_;
    if (timer_) time_.cancelTimer(timer_);
    timer_ = 0;
}

}  // namespace pyfw::port
