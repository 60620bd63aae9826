#include "port/board_time.h"

#include <climits>
#include <vector>

namespace pyfw::port {

BoardTime::BoardTime(base::Clock& clock) : clock_(clock), virtualClock_(dynamic_cast<base::VirtualClock*>(&clock)) {
    if (!virtualClock_) timerThread_ = std::thread([this] { timerThreadLoop(); });
}

BoardTime::~BoardTime() { stop(); }

int64_t BoardTime::nowUs() const { return clock_.nowUs(); }

void BoardTime::halt() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        for (auto& [id, sleeper] : sleepers_) sleeper->woken = true;
    }
    changed_.notify_all();
}

void BoardTime::stop() {
    halt();
    if (timerThread_.joinable() && timerThread_.get_id() != std::this_thread::get_id()) timerThread_.join();
    std::lock_guard lock(mutex_);
    timers_.clear();
}

void BoardTime::cpuWork(uint64_t events) {
    if (!virtualClock_) return;
    Lock lock(mutex_);
    if (stopping_) return;
    pendingEvents_ += events;
    // Turning work into time only every millisecond of it keeps the lock off the VM's hot path.
    constexpr uint64_t kBatch = 1000 / kMicrosPerEvent;
    if (pendingEvents_ < kBatch || advancing_) return;
    int64_t elapsed = int64_t(pendingEvents_) * kMicrosPerEvent;
    pendingEvents_ = 0;
    advanceTo(lock, clock_.nowUs() + elapsed);
    awaitDueSleepers(lock);
}

void BoardTime::awaitDueSleepers(Lock& lock) {
    changed_.wait(lock, [&] {
        if (stopping_) return true;
        for (auto& [id, sleeper] : sleepers_)
            if (sleeper->deadlineUs <= clock_.nowUs()) return false;
        return true;
    });
}

void BoardTime::chargeUs(int64_t micros) {
    if (!virtualClock_ || micros <= 0) return;
    Lock lock(mutex_);
    if (advancing_ || stopping_) return;
    advanceTo(lock, clock_.nowUs() + micros);
    awaitDueSleepers(lock);
}

uint64_t BoardTime::addTimer(int64_t atUs, std::function<void()> fire) {
    uint64_t id;
    {
        std::lock_guard lock(mutex_);
        id = nextId_++;
        if (stopping_) return id;
        timers_.emplace(atUs, std::make_pair(id, std::move(fire)));
    }
    changed_.notify_all();
    return id;
}

bool BoardTime::cancelTimer(uint64_t id) {
    std::lock_guard lock(mutex_);
    for (auto it = timers_.begin(); it != timers_.end(); ++it) {
        if (it->second.first == id) {
            timers_.erase(it);
            return true;
        }
    }
    return false;
}

int64_t BoardTime::nextTimerUs() const {
    std::lock_guard lock(mutex_);
    return timers_.empty() ? INT64_MAX : timers_.begin()->first;
}

void BoardTime::fireDueTimers() {
    Lock lock(mutex_);
    if (advancing_ || stopping_) return;
    advancing_ = true;
    fireAll(lock, takeDueTimers());
    advancing_ = false;
    changed_.notify_all();
}

std::vector<std::function<void()>> BoardTime::takeDueTimers() {
    std::vector<std::function<void()>> due;
    int64_t now = clock_.nowUs();
    while (!timers_.empty() && timers_.begin()->first <= now) {
        due.push_back(std::move(timers_.begin()->second.second));
        timers_.erase(timers_.begin());
    }
    return due;
}

void BoardTime::fireAll(Lock& lock, std::vector<std::function<void()>> due) {
    if (due.empty()) return;
    lock.unlock();
    for (auto& fire : due) fire();
    lock.lock();
}

// The clock stops at the first timer due on the way: its callback must run at its own time, so
// the threads get a turn before time moves on.
void BoardTime::advanceTo(Lock& lock, int64_t targetUs) {
    int64_t next = timers_.empty() ? INT64_MAX : timers_.begin()->first;
    if (next <= targetUs) {
        virtualClock_->advanceTo(next);
        advancing_ = true;
        fireAll(lock, takeDueTimers());
        advancing_ = false;
    } else {
        virtualClock_->advanceTo(targetUs);
    }
    changed_.notify_all();
}

void BoardTime::setIdleGate(std::function<int64_t(int64_t)> gate) {
    std::lock_guard lock(mutex_);
    idleGate_ = std::move(gate);
}

// Virtual time: when nobody can run, the clock jumps to the earliest sleeper's deadline (or to
// where the world's gate lets it go, or to a timer due before it). True when it moved or fired.
bool BoardTime::maybeAdvanceIdle(Lock& lock) {
    if (!virtualClock_ || runnable_ > 0 || advancing_ || stopping_ || sleepers_.empty()) return false;
    int64_t earliest = INT64_MAX;
    for (auto& [id, sleeper] : sleepers_) {
        // A sleeper that wake() ended is about to run: the clock must wait for it.
        if (sleeper->woken) return false;
        earliest = std::min(earliest, sleeper->deadlineUs);
    }
    const int64_t before = clock_.nowUs();
    if (earliest <= before) return false;
    if (idleGate_) {
        // Timers already due fire first; the world is asked only when nothing is left to do now.
        if (!timers_.empty() && timers_.begin()->first <= before) {
            advanceTo(lock, before);
            return true;
        }
        if (!timers_.empty()) earliest = std::min(earliest, timers_.begin()->first);
        auto gate = idleGate_;
        advancing_ = true;
        lock.unlock();
        const int64_t reached = gate(earliest);
        lock.lock();
        advancing_ = false;
        advanceTo(lock, std::max(reached, clock_.nowUs()));
        return clock_.nowUs() > before;
    }
    // Threads that wait with no deadline (a _thread lock) and no timer due: a deadlock, which
    // keeps the clock where it is.
    if (earliest == INT64_MAX && timers_.empty()) return false;
    advanceTo(lock, earliest);
    return true;
}

bool BoardTime::sleepUntil(int64_t deadlineUs, const std::function<bool()>& keepWaiting,
                           const std::function<void()>& onWake, const std::function<void()>& onAsleep) {
    Lock lock(mutex_);
    Sleeper self{deadlineUs};
    uint64_t id = nextId_++;
    sleepers_[id] = &self;
    --runnable_;
    if (onAsleep) onAsleep();
    bool reached = false;
    for (;;) {
        if (clock_.nowUs() >= deadlineUs) {
            reached = true;
            break;
        }
        if (self.woken || stopping_ || (keepWaiting && !keepWaiting())) break;
        // A timer that fired on the way wakes nobody when its work was the board's own (the
        // heartbeat): the sleep then goes on moving the clock rather than waiting for a wake.
        if (maybeAdvanceIdle(lock)) continue;
        if (clock_.nowUs() >= deadlineUs || self.woken) continue;
        if (virtualClock_ || deadlineUs == INT64_MAX) {
            changed_.wait(lock);
        } else {
            int64_t waitUs = deadlineUs - clock_.nowUs();
            changed_.wait_for(lock, std::chrono::microseconds(waitUs));
        }
    }
    if (onWake) onWake();
    sleepers_.erase(id);
    ++runnable_;
    changed_.notify_all();
    return reached;
}

void BoardTime::wake() {
    {
        std::lock_guard lock(mutex_);
        for (auto& [id, sleeper] : sleepers_) sleeper->woken = true;
    }
    changed_.notify_all();
}

void BoardTime::threadRunnable() {
    std::lock_guard lock(mutex_);
    ++runnable_;
}

void BoardTime::threadBlocked() {
    Lock lock(mutex_);
    --runnable_;
    maybeAdvanceIdle(lock);
}

void BoardTime::timerThreadLoop() {
    Lock lock(mutex_);
    while (!stopping_) {
        fireAll(lock, takeDueTimers());
        if (stopping_) break;
        if (timers_.empty()) {
            changed_.wait(lock);
        } else {
            int64_t waitUs = timers_.begin()->first - clock_.nowUs();
            if (waitUs > 0) changed_.wait_for(lock, std::chrono::microseconds(waitUs));
        }
    }
}

}  // namespace pyfw::port
