// utime (also `time`) with Pycom 1.17.2's semantics:
// - ticks_ms/ticks_us/ticks_cpu are unsigned 32-bit counters that wrap at 2**32 (ticks_cpu counts
//   the 40 MHz timer the firmware reads); ticks_add(t, delta) wraps the same way;
// - ticks_diff(old, new) = new - old as a signed 32-bit value: Pycom's argument order, the
//   opposite of upstream MicroPython's ticks_diff(new, old);
// - time() counts seconds since 1970-01-01; localtime/gmtime return
//   (year, month, mday, hour, minute, second, weekday 0=Monday, yearday 1..366) and take the
//   seconds as a 32-bit int; mktime accepts 8 or 9 fields and returns an unsigned 32-bit count;
// - timezone([secs]) reads or sets the offset localtime adds; mktime adds it too, as the firmware
//   does (so mktime(localtime(t)) == t + 2 * offset when an offset is set).
// Time comes from the interpreter's Host clock, so on a board it is the board's (virtual) clock.
#include <algorithm>
#include <cmath>

#include "engine/native.h"
#include "engine/objects/function.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/module.h"
#include "engine/runtime/runtime.h"
#include "lib/bound_functions.h"
#include "lib/calendar_time.h"
#include "lib/int_bits.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

constexpr uint64_t kCpuTicksPerMicro = 40;

// The host sleeps and handles what arrives meanwhile (Ctrl-C, callbacks), on its own clock; other
// threads run meanwhile. A sleep of 0 lets the threads waiting to run go first.
void sleepFor(uint64_t micros) {
    if (micros == 0) yieldToOtherThreads();
    else host().sleepMicros(micros);
    runPendingEvents();
}

// A 32-bit firmware int (mp_obj_get_int on the ESP32).
int64_t requireInt32(Value v) {
    int64_t n = requireInt64(v);
    if (n < INT32_MIN || n > INT32_MAX) raiseError(&exc::OverflowError, "overflow converting long int to machine word");
    return n;
}

Value sleep(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("sleep", nargs, kw, 1, 1);
    double seconds = requireDouble(args[0]);
    if (std::isnan(seconds)) raiseValueError("sleep length must not be NaN");
    sleepFor(seconds > 0 ? uint64_t(std::min(seconds, 4.0e9) * 1e6) : 0);
    return None();
}

Value sleepMs(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("sleep_ms", nargs, kw, 1, 1);
    int64_t ms = requireInt32(args[0]);
    sleepFor(ms > 0 ? uint64_t(ms) * 1000 : 0);
    return None();
}

Value sleepUs(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("sleep_us", nargs, kw, 1, 1);
    int64_t us = requireInt32(args[0]);
    sleepFor(us > 0 ? uint64_t(us) : 0);
    return None();
}

// Small ints: a ticks loop allocates nothing.
Value ticks32(uint64_t count) { return Value::smallInt(int64_t(count & 0xFFFFFFFFu)); }

Value ticksMs(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("ticks_ms", nargs, kw, 0, 0);
    return ticks32(host().monotonicMicros() / 1000);
}

Value ticksUs(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("ticks_us", nargs, kw, 0, 0);
    return ticks32(host().monotonicMicros());
}

Value ticksCpu(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("ticks_cpu", nargs, kw, 0, 0);
    return ticks32(host().monotonicMicros() * kCpuTicksPerMicro);
}

Value ticksAdd(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("ticks_add", nargs, kw, 2, 2);
    return ticks32(intLowBits(args[0], "ticks_add") + intLowBits(args[1], "ticks_add"));
}

Value ticksDiff(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("ticks_diff", nargs, kw, 2, 2);
    uint32_t older = intLow32(args[0], "ticks_diff"), newer = intLow32(args[1], "ticks_diff");
    return Value::smallInt(int32_t(newer - older));
}

Value timeFn(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("time", nargs, kw, 0, 0);
    return makeInt(host().epochSeconds());
}

// The timezone offset lives in a one-item list bound as `self` to the functions that use it, so
// each interpreter has its own.
int64_t offsetOf(Value state) { return asList(state)->items[0].smallInt(); }

Value calendarTuple(int64_t seconds) {
    CalendarTime t = calendarFromSeconds(seconds);
    return Value(newTuple({makeInt(t.year), Value::smallInt(t.month), Value::smallInt(t.mday),
                           Value::smallInt(t.hour), Value::smallInt(t.minute), Value::smallInt(t.second),
                           Value::smallInt(t.weekday), Value::smallInt(t.yearday)}));
}

Value secondsToTuple(const char* name, const Value* args, size_t nargs, TupleObject* kw, int64_t offset) {
    checkArgs(name, nargs, kw, 0, 1);
    int64_t seconds = nargs && args[0] != None() ? requireInt32(args[0]) : host().epochSeconds();
    return calendarTuple(seconds + offset);
}

Value localtime(const Value* args, size_t nargs, TupleObject* kw) {
    return secondsToTuple("localtime", args + 1, nargs - 1, kw, offsetOf(args[0]));
}

Value gmtime(const Value* args, size_t nargs, TupleObject* kw) {
    return secondsToTuple("gmtime", args, nargs, kw, 0);
}

Value mktime(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("mktime", nargs - 1, kw, 1, 1);
    Value fields = args[1];
    if (!isInstance(fields, &tupleType) && !isInstance(fields, &listType))
        raiseTypeError("mktime expects a tuple, not %s", typeName(fields));
    TupleObject* t = toTuple(fields);
    if (t->size < 8 || t->size > 9)
        raiseTypeError("mktime needs a tuple of length 8 or 9 (%d given)", int(t->size));
    int64_t f[6];
    for (int i = 0; i < 6; ++i) f[i] = requireInt32(t->items[i]);
    int64_t seconds = secondsFromCalendar(f[0], f[1], f[2], f[3], f[4], f[5]) + offsetOf(args[0]);
    return makeIntU64(uint64_t(seconds) & 0xFFFFFFFFu);
}

Value timezone(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("timezone", nargs - 1, kw, 0, 1);
    if (nargs == 1 || args[1] == None()) return makeInt(offsetOf(args[0]));
    asList(args[0])->items[0] = Value::smallInt(requireInt32(args[1]));
    return None();
}

const MethodDef functions[] = {
    {"gmtime", gmtime},       {"sleep", sleep},         {"sleep_ms", sleepMs},  {"sleep_us", sleepUs},
    {"ticks_add", ticksAdd},  {"ticks_cpu", ticksCpu},  {"ticks_diff", ticksDiff}, {"ticks_ms", ticksMs},
    {"ticks_us", ticksUs},    {"time", timeFn},
    {nullptr, nullptr},
};

const MethodDef zoneFunctions[] = {
    {"localtime", localtime}, {"mktime", mktime}, {"timezone", timezone},
    {nullptr, nullptr},
};

void init(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    ListObject* zone = newList(1);
    zone->items[0] = Value::smallInt(0);
    addBoundFunctions(module, zoneFunctions, Value(zone));
}

}  // namespace

void initTimeModule(ModuleObject* module) { init(module); }

}  // namespace pyfw::lib
