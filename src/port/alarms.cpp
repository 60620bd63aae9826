#include "port/alarms.h"

namespace pyfw::port {

void Alarms::schedule(uint64_t id, Alarm& alarm) {
    alarm.timer = time_.addTimer(alarm.dueUs, [this, id] { fired(id); });
}

uint64_t Alarms::start(int64_t periodUs, bool periodic) {
    std::lock_guard lock(mutex_);
    uint64_t id = nextId_++;
    Alarm& alarm = alarms_[id] = Alarm{periodUs, periodic, time_.nowUs() + periodUs, 0};
    schedule(id, alarm);
    return id;
}

void Alarms::fired(uint64_t id) {
    {
        std::lock_guard lock(mutex_);
        auto it = alarms_.find(id);
        if (it == alarms_.end()) return;
        if (it->second.periodic) {
            it->second.dueUs += it->second.periodUs;
            schedule(id, it->second);
        } else {
            alarms_.erase(it);
        }
    }
    fire_(id);
}

bool Alarms::cancel(uint64_t id) {
    std::lock_guard lock(mutex_);
    auto it = alarms_.find(id);
    if (it == alarms_.end()) return false;
    time_.cancelTimer(it->second.timer);
    alarms_.erase(it);
    return true;
}

bool Alarms::active(uint64_t id) const {
    std::lock_guard lock(mutex_);
    return alarms_.count(id) != 0;
}

void Alarms::cancelAll() {
    std::lock_guard lock(mutex_);
    for (auto& [id, alarm] : alarms_) time_.cancelTimer(alarm.timer);
    alarms_.clear();
}

}  // namespace pyfw::port
