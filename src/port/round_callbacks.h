// The Python callbacks of one round of the interpreter — Pin IRQ handlers, Timer.Alarm handlers —
// kept as GC roots and run on the interpreter's thread between bytecodes (the engine's scheduler),
// as MicroPython runs them. The hardware (a timer thread, an input edge) fires them by key from
// any thread. A handler that raises prints its traceback and the program goes on. At a soft reset
// the round ends and its callbacks with it.
//
// machine.disable_irq() holds the callbacks that fire back until enable_irq().
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <vector>

#include "engine/native.h"

namespace pyfw::port {

class RoundCallbacks {
public:
    // Made on the interpreter's thread, for the interpreter `in`.
    explicit RoundCallbacks(engine::Interpreter& in);

    // On the interpreter's thread: `key` calls handler(arg) when it fires; a None handler removes it.
    void set(uint64_t key, engine::Value handler, engine::Value arg);
    void remove(uint64_t key);
    bool has(uint64_t key) const;

    // From any thread: runs the handler of `key` between bytecodes (nothing when it has none).
    void fire(uint64_t key);

    // machine.disable_irq()/enable_irq(state): the state before.
    bool disable();
    void enable(bool enabled);

private:
    void run(uint64_t key);

    engine::Interpreter& in_;
    mutable std::mutex mutex_;
    engine::RootedValues roots_;                 // handler, arg pairs; freed slots are reused
    std::map<uint64_t, size_t> slots_;           // key -> index of its handler in roots_
    std::vector<size_t> freeSlots_;
    bool enabled_ = true;
    std::vector<uint64_t> held_;                 // fired while disabled
};

// Keys of the callbacks, by kind.
inline uint64_t pinCallbackKey(int gpio) { return uint64_t(1) << 32 | uint32_t(gpio); }
inline uint64_t alarmCallbackKey(uint64_t id) { return uint64_t(2) << 32 | uint32_t(id); }
inline uint64_t canCallbackKey() { return uint64_t(3) << 32; }

}  // namespace pyfw::port
