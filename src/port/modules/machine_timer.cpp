// machine.Timer (Pycom's machtimer.c): Timer.Alarm calls a handler after a time or periodically,
// on the scheduler between bytecodes; Timer.Chrono measures time; Timer.sleep_us waits. All on the
// board's clock, so on virtual time an alarm of an hour takes no host time.
#include <cmath>

#include "engine/native.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

// Microseconds of a duration argument: an int, or a float of seconds for `s`.
int64_t micros(Value v, double scale, const char* what) {
    double value;
    if (isInt(v)) {
        int64_t n = requireInt64(v, what);
        value = double(n);
    } else if (!toDouble(v, value)) {
        raiseTypeError("%s must be a number, not %s", what, typeName(v));
    }
    double us = value * scale;
    if (!std::isfinite(us) || us < 0 || us > 9.2e18) raiseValueError("%s out of range", what);
    return int64_t(std::llround(us));
}

// --- Timer.Alarm -------------------------------------------------------------------------------

struct AlarmObject : Object {
    uint64_t id;
};

extern Type alarmType;

AlarmObject* alarmOf(Value self) {
    if (!isInstance(self, &alarmType)) raiseTypeError("expected a Timer.Alarm");
    return self.as<AlarmObject>();
}

RoundCallbacks& callbacks() {
    RoundCallbacks* callbacks = runningApp().callbacks();
    if (!callbacks) raiseError(&exc::RuntimeError, "no program is running");
    return *callbacks;
}

void checkHandler(Value handler) {
    if (handler != None() && !typeOf(handler)->call) raiseTypeError("handler must be callable");
}

// Alarm(handler, s=None, *, ms=0, us=0, arg=None, periodic=False); arg None passes the alarm.
Value alarmMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[6];
    parseArgs("Alarm", args, nargs, kw, {"handler", "s", "ms", "us", "arg", "periodic"}, 1, a);
    checkHandler(a[0]);
    int64_t period = 0;
    if (a[1] && a[1] != None()) period += micros(a[1], 1e6, "s");
    if (a[2] && a[2] != None()) period += micros(a[2], 1e3, "ms");
    if (a[3] && a[3] != None()) period += micros(a[3], 1, "us");
    if (period <= 0) raiseValueError("the alarm needs a time: s, ms or us");
    if (period > int64_t(1) << 52) raiseValueError("alarm time out of range");
    auto* alarm = allocateObject<AlarmObject>(type);
    Value self(alarm);
    bool periodic = a[5] && truthy(a[5]);
    alarm->id = runningApp().alarms().start(period, periodic);
    callbacks().set(alarmCallbackKey(alarm->id), a[0], a[4] && a[4] != None() ? a[4] : self);
    return self;
}

// callback(handler, *, arg=None): a new handler; None stops the calls (the alarm runs on).
Value alarmCallback(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("callback", args, nargs, kw, {"self", "handler", "arg"}, 2, a);
    AlarmObject* alarm = alarmOf(a[0]);
    checkHandler(a[1]);
    callbacks().set(alarmCallbackKey(alarm->id), a[1], a[2] && a[2] != None() ? a[2] : a[0]);
    return None();
}

Value alarmCancel(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("cancel", nargs, kw, 1, 1);
    AlarmObject* alarm = alarmOf(args[0]);
    runningApp().alarms().cancel(alarm->id);
    callbacks().remove(alarmCallbackKey(alarm->id));
    return None();
}

void alarmPrint(std::string& out, Value self, PrintKind) {
    out += "<Alarm " + std::to_string(self.as<AlarmObject>()->id) + ">";
}

void traceNothing(Object*, Tracer&) {}

const MethodDef alarmMethods[] = {{"callback", alarmCallback}, {"cancel", alarmCancel}, {nullptr, nullptr}};

Type alarmType{TypeSpec{
    .name = "Alarm",
    .instanceSize = sizeof(AlarmObject),
    .trace = traceNothing,
    .print = alarmPrint,
    .make = alarmMake,
    .methods = alarmMethods,
    .module = "machine",
}};

// --- Timer.Chrono ------------------------------------------------------------------------------

struct ChronoObject : Object {
    int64_t accumulatedUs;
    int64_t startedUs;   // -1 while stopped
};

extern Type chronoType;

ChronoObject* chronoOf(Value self) {
    if (!isInstance(self, &chronoType)) raiseTypeError("expected a Timer.Chrono");
    return self.as<ChronoObject>();
}

int64_t nowUs() { return runningApp().time().nowUs(); }

int64_t elapsedUs(const ChronoObject* chrono) {
    return chrono->accumulatedUs + (chrono->startedUs >= 0 ? nowUs() - chrono->startedUs : 0);
}

Value chronoMake(Type* type, const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("Chrono", nargs, kw, 0, 0);
    auto* chrono = allocateObject<ChronoObject>(type);
    chrono->accumulatedUs = 0;
    chrono->startedUs = -1;
    return Value(chrono);
}

Value chronoStart(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("start", nargs, kw, 1, 1);
    ChronoObject* chrono = chronoOf(args[0]);
    if (chrono->startedUs < 0) chrono->startedUs = nowUs();
    return None();
}

Value chronoStop(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("stop", nargs, kw, 1, 1);
    ChronoObject* chrono = chronoOf(args[0]);
    chrono->accumulatedUs = elapsedUs(chrono);
    chrono->startedUs = -1;
    return None();
}

Value chronoReset(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("reset", nargs, kw, 1, 1);
    ChronoObject* chrono = chronoOf(args[0]);
    chrono->accumulatedUs = 0;
    if (chrono->startedUs >= 0) chrono->startedUs = nowUs();
    return None();
}

Value chronoRead(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("read", nargs, kw, 1, 1);
    return newFloat(double(elapsedUs(chronoOf(args[0]))) / 1e6);
}

Value chronoReadMs(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("read_ms", nargs, kw, 1, 1);
    return newFloat(double(elapsedUs(chronoOf(args[0]))) / 1e3);
}

Value chronoReadUs(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("read_us", nargs, kw, 1, 1);
    return newFloat(double(elapsedUs(chronoOf(args[0]))));
}

const MethodDef chronoMethods[] = {
    {"start", chronoStart}, {"stop", chronoStop},       {"reset", chronoReset},
    {"read", chronoRead},   {"read_ms", chronoReadMs},  {"read_us", chronoReadUs},
    {nullptr, nullptr},
};

Type chronoType{TypeSpec{
    .name = "Chrono",
    .instanceSize = sizeof(ChronoObject),
    .trace = traceNothing,
    .make = chronoMake,
    .methods = chronoMethods,
    .module = "machine",
}};

// --- Timer -------------------------------------------------------------------------------------

// sleep_us(us): a busy wait on the chip; here a wait on the board's clock.
Value timerSleepUs(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("sleep_us", nargs, kw, 1, 1);
    int64_t us = requireInt64(args[0], "us");
    if (us > 0) host().sleepMicros(uint64_t(us));
    return None();
}

Value timerMake(Type*, const Value*, size_t, TupleObject*) {
    raiseError(&exc::NotImplementedError, "machine.Timer(): the hardware timers are used through Timer.Alarm and Timer.Chrono");
}

const MethodDef timerMethods[] = {{"sleep_us", timerSleepUs, MethodKind::StaticMethod}, {nullptr, nullptr}};

Type timerType{TypeSpec{.name = "Timer", .make = timerMake, .methods = timerMethods, .module = "machine"}};

const ConstantDef timerClasses[] = {{"Alarm", 0, &alarmType}, {"Chrono", 0, &chronoType}, {nullptr, 0}};
const TypeConstants timerClassesOf{&timerType, timerClasses};

}  // namespace

void addMachineTimer(ModuleObject* machine) {
    moduleSet(machine, "Timer", Value(&timerType));
}

}  // namespace pyfw::port
