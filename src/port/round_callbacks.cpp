#include "port/round_callbacks.h"

#include "engine/runtime/interpreter.h"

namespace pyfw::port {

using namespace pyfw::engine;

RoundCallbacks::RoundCallbacks(Interpreter& in) : in_(in) {}

void RoundCallbacks::set(uint64_t key, Value handler, Value arg) {
    if (handler == None()) {
        remove(key);
        return;
    }
    std::lock_guard lock(mutex_);
    size_t slot;
    if (auto it = slots_.find(key); it != slots_.end()) {
        slot = it->second;
    } else if (!freeSlots_.empty()) {
        slot = freeSlots_.back();
        freeSlots_.pop_back();
    } else {
        slot = roots_.values.size();
        roots_.values.resize(slot + 2, None());
    }
    roots_.values[slot] = handler;
    roots_.values[slot + 1] = arg;
    slots_[key] = slot;
}

void RoundCallbacks::remove(uint64_t key) {
    std::lock_guard lock(mutex_);
    auto it = slots_.find(key);
    if (it == slots_.end()) return;
    roots_.values[it->second] = roots_.values[it->second + 1] = None();
    freeSlots_.push_back(it->second);
    slots_.erase(it);
}

bool RoundCallbacks::has(uint64_t key) const {
    std::lock_guard lock(mutex_);
    return slots_.count(key) != 0;
}

void RoundCallbacks::fire(uint64_t key) {
    postTask(in_, [this, key] { run(key); });
}

void RoundCallbacks::run(uint64_t key) {
    Value handler, arg;
    {
        std::lock_guard lock(mutex_);
        auto it = slots_.find(key);
        if (it == slots_.end()) return;
        if (!enabled_) {
            held_.push_back(key);
            return;
        }
        handler = roots_.values[it->second];
        arg = roots_.values[it->second + 1];
    }
    try {
        call(handler, &arg, 1);
    } catch (const PythonError&) {
        // Ctrl-C and SystemExit belong to the program; any other error is the handler's own.
        if (pendingIs(&exc::KeyboardInterrupt) || pendingIs(&exc::SystemExit)) throw;
        Value error = takePendingException();
        host().writeOut("Uncaught exception in callback handler\n" + formatTraceback(error));
    }
}

bool RoundCallbacks::disable() {
    std::lock_guard lock(mutex_);
    bool before = enabled_;
    enabled_ = false;
    return before;
}

void RoundCallbacks::enable(bool enabled) {
    std::vector<uint64_t> held;
    {
        std::lock_guard lock(mutex_);
        enabled_ = enabled;
        if (!enabled) return;
        held.swap(held_);
    }
    for (uint64_t key : held) fire(key);
}

}  // namespace pyfw::port
