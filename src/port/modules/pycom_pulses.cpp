// pycom.pulses_get(pin, timeout): the pulses on an input pin as [(level, duration_us), ...], as
// Pycom's RMT channel 0 receives them (1 µs ticks). Reception starts at the first edge and ends
// when the pin has kept its level for the RMT's idle threshold, or when `timeout` milliseconds
// have passed (1.17.2's code counts the timeout in milliseconds, though its documentation says
// µs); the level it rests at after the last edge is not a pulse. Nothing within the timeout: [].
//
// The pin's level is the pad's (port/gpio_bank.h), so what pins.in does to it is what is read; on
// virtual time the edges it schedules are met exactly, on real time the pad is looked at every
// millisecond as well, for the lines appended while the board runs.
#include <algorithm>
#include <climits>

#include "engine/native.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

constexpr int64_t kIdleThresholdUs = 65'535;   // the RMT's largest idle threshold at 1 µs ticks
constexpr int64_t kRealTimeStepUs = 1'000;
constexpr int64_t kMaxTimeoutMs = 3'600'000;   // an hour; more is surely a mistake

// The first moment after `nowUs` at which what the outside does to `gpio` changes.
int64_t nextEdgeUs(int gpio, int64_t nowUs) {
    int64_t next = INT64_MAX;
    for (auto [pin, atUs] : runningApp().io().inputEdges())
        if (pin == gpio && int64_t(atUs) > nowUs) next = std::min(next, int64_t(atUs));
    return next;
}

Value pulsesGet(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pulses_get", nargs, kw, 2, 2);
    int gpio = gpioOfPinArgument(args[0]);
    int64_t timeoutMs = requireInt64(args[1], "timeout");
    if (timeoutMs < 0 || timeoutMs > kMaxTimeoutMs) raiseValueError("timeout must be 0..3600000 ms");
    GpioBank& pins = runningApp().pins();
    BoardTime& time = runningApp().time();
    pins.configure(gpio, PinMode::In, pins.pull(gpio));
    const int64_t deadlineUs = time.nowUs() + timeoutMs * 1000;
    bool level = pins.read(gpio);
    bool started = false;
    int64_t lastEdgeUs = 0;
    ListObject* pulses = newList(0);   // on the C++ stack: the GC's conservative scan keeps it
    for (;;) {
        int64_t nowUs = time.nowUs();
        int64_t limitUs = started ? std::min(deadlineUs, lastEdgeUs + kIdleThresholdUs) : deadlineUs;
        if (nowUs >= limitUs) break;
        int64_t stepUs = std::min(limitUs, nextEdgeUs(gpio, nowUs));
        if (!time.isVirtual()) stepUs = std::min(stepUs, nowUs + kRealTimeStepUs);
        host().sleepMicros(uint64_t(std::max<int64_t>(stepUs - nowUs, 1)));
        bool now = pins.read(gpio);
        if (now == level) continue;
        int64_t atUs = time.nowUs();
        if (started) listAppend(pulses, newTuple({Value::smallInt(level), makeInt(atUs - lastEdgeUs)}));
        started = true;
        lastEdgeUs = atUs;
        level = now;
    }
    return Value(pulses);
}

const MethodDef functions[] = {{"pulses_get", pulsesGet}, {nullptr, nullptr}};

}  // namespace

void addPycomPulses(ModuleObject* pycom) { moduleAddFunctions(pycom, functions); }

}  // namespace pyfw::port
