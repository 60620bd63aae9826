// machine.WDT and machine.RTC (Pycom's machwdt.c, machrtc.c): the watchdog of the chip, which
// resets it with WDT_RESET when the program stops feeding it, and the real-time clock, which keeps
// counting through resets and deep sleep.
#include <cmath>

#include "engine/native.h"
#include "lib/calendar_time.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"
#include "port/network_state.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

void traceNothing(Object*, Tracer&) {}

// --- WDT ---------------------------------------------------------------------------------------

// The ESP32's timer-group watchdog counts 0.5 ms ticks in 32 bits.
constexpr int64_t kMaxWdtTimeoutMs = (int64_t(1) << 31) - 1;

int64_t wdtTimeout(Value v) {
    int64_t ms = requireInt64(v, "timeout");
    if (ms <= 0 || ms > kMaxWdtTimeoutMs) raiseValueError("WDT timeout must be 1..%lld ms", (long long)kMaxWdtTimeoutMs);
    return ms;
}

Value wdtMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("WDT", args, nargs, kw, {"id", "timeout"}, 0, a);
    if (a[0] && a[0] != None() && requireInt64(a[0], "id") != 0) raiseValueError("WDT(%lld) does not exist", (long long)requireInt64(a[0]));
    if (!a[1]) raiseTypeError("WDT() needs a timeout in milliseconds");
    runningApp().watchdog().start(wdtTimeout(a[1]));
    return Value(allocateObject<Object>(type));
}

Value wdtInit(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("init", args, nargs, kw, {"self", "timeout"}, 2, a);
    runningApp().watchdog().start(wdtTimeout(a[1]));
    return None();
}

Value wdtFeed(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("feed", nargs, kw, 1, 1);
    runningApp().watchdog().feed();
    return None();
}

const MethodDef wdtMethods[] = {{"init", wdtInit}, {"feed", wdtFeed}, {nullptr, nullptr}};

Type wdtType{TypeSpec{.name = "WDT", .trace = traceNothing, .make = wdtMake, .methods = wdtMethods, .module = "machine"}};

// --- RTC ---------------------------------------------------------------------------------------

constexpr int kInternalRc = 0, kXtal32kHz = 1;

// (year, month, day[, hour[, minute[, second[, microsecond[, tzinfo]]]]]) as µs since 1970. The
// tzinfo is ignored whatever it is, as Pycom's RTC does: its documentation's own example passes 0.
int64_t microsFromTuple(Value datetime) {
    int64_t f[7] = {1970, 1, 1, 0, 0, 0, 0};
    size_t count = 0;
    forEach(datetime, [&](Value item) {
        if (count < 7) f[count] = requireInt64(item, "datetime field");
        else if (count > 7) raiseValueError("datetime has at most 8 fields");
        ++count;
    });
    if (count < 3) raiseValueError("datetime needs at least (year, month, day)");
    if (f[0] < 1970 || f[0] > 2105 || f[1] < 1 || f[1] > 12 || f[2] < 1 || f[2] > 31 || f[3] < 0 || f[3] > 23 ||
        f[4] < 0 || f[4] > 59 || f[5] < 0 || f[5] > 59 || f[6] < 0 || f[6] > 999999)
        raiseValueError("datetime out of range");
    return lib::secondsFromCalendar(f[0], f[1], f[2], f[3], f[4], f[5]) * 1'000'000 + f[6];
}

Value rtcInitWith(Value datetime) {
    if (datetime && datetime != None()) runningApp().setRtcNowUs(microsFromTuple(datetime));
    return None();
}

void checkSource(Value source) {
    if (!source || source == None()) return;
    int64_t s = requireInt64(source, "source");
    if (s != kInternalRc && s != kXtal32kHz) raiseValueError("invalid RTC source %lld", (long long)s);
}

Value rtcMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("RTC", args, nargs, kw, {"id", "datetime", "source"}, 0, a);
    if (a[0] && a[0] != None() && requireInt64(a[0], "id") != 0) raiseValueError("RTC(%lld) does not exist", (long long)requireInt64(a[0]));
    checkSource(a[2]);
    rtcInitWith(a[1]);
    return Value(allocateObject<Object>(type));
}

Value rtcInit(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("init", args, nargs, kw, {"self", "datetime", "source"}, 1, a);
    checkSource(a[2]);
    if (!a[1] || a[1] == None()) runningApp().setRtcNowUs(0);   // Pycom: init() starts again at 1970
    return rtcInitWith(a[1]);
}

Value rtcNow(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("now", nargs, kw, 1, 1);
    int64_t us = runningApp().rtcNowUs();
    lib::CalendarTime t = lib::calendarFromSeconds(us / 1'000'000);
    return Value(newTuple({makeInt(t.year), Value::smallInt(t.month), Value::smallInt(t.mday), Value::smallInt(t.hour),
                           Value::smallInt(t.minute), Value::smallInt(t.second), Value::smallInt(us % 1'000'000), None()}));
}

// ntp_sync(server, update_period=3600): SNTP needs a station linked to an access point (an access
// point of the board's own reaches no time server); with one, SNTP itself is not modelled yet.
Value rtcNtpSync(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("ntp_sync", args, nargs, kw, {"self", "server", "update_period"}, 2, a);
    if (a[1] != None()) requireStr(a[1], "server");
    if (a[2] && a[2] != None() && requireInt64(a[2], "update_period") < 15)
        raiseValueError("update_period must be at least 15 s");
    RunningApp& app = runningApp();
    const WlanInterface& wlan = networkState(app).wlan;
    if (wlan.mode != WlanMode::AccessPoint && wlan.joined && app.time().nowUs() >= wlan.linkUpAtUs)
        raiseError(&exc::NotImplementedError, "RTC.ntp_sync: SNTP is not modelled on the virtual board yet");
    raiseError(&exc::OSError, "ntp_sync: no network connection is up (connect WLAN or LTE first)");
}

Value rtcSynced(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("synced", nargs, kw, 1, 1);
    return False();
}

const MethodDef rtcMethods[] = {
    {"init", rtcInit}, {"now", rtcNow}, {"ntp_sync", rtcNtpSync}, {"synced", rtcSynced}, {nullptr, nullptr},
};

Type rtcType{TypeSpec{.name = "RTC", .trace = traceNothing, .make = rtcMake, .methods = rtcMethods, .module = "machine"}};

const ConstantDef rtcConstants[] = {{"INTERNAL_RC", kInternalRc}, {"XTAL_32KHZ", kXtal32kHz}, {nullptr, 0}};
const TypeConstants rtcConstantsOf{&rtcType, rtcConstants};

}  // namespace

void addMachineWdtRtc(ModuleObject* machine) {
    moduleSet(machine, "WDT", Value(&wdtType));
    moduleSet(machine, "RTC", Value(&rtcType));
}

}  // namespace pyfw::port
