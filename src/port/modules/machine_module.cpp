// machine: the functions of the board itself (Pycom's modmachine.c) — resets and the reasons for
// them, deep sleep and its wake-up, the main script, identity, clock and RNG, the security state.
// The peripheral classes (Pin, UART, Timer, ...) are added by their own files (machine_*.cpp).
//
// Pycom's semantics: machine.reset() is a watchdog reset on the chip, so reset_cause() reports
// WDT_RESET after it; deepsleep() ends the program at once and the board starts again from the
// boot chain, with RTC memory and the RTC's time kept.
#include <cmath>
#include <cstdio>

#include "engine/native.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"
#include "port/deep_sleep.h"
#include "port/pins.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

constexpr int64_t kCpuHz = 160'000'000;   // the ESP32 clock Pycom's firmware runs at

Value reset(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("reset", nargs, kw, 0, 0);
    exitToHost({int(ExitKind::Reset), 0});
}

Value resetCause(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("reset_cause", nargs, kw, 0, 0);
    RunningApp& app = runningApp();
    if (app.softResetDone) return Value::smallInt(int(chip::MachineResetCause::Soft));
    return Value::smallInt(int(chip::machineResetCause(app.facts().resetReason)));
}

Value wakeReason(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("wake_reason", nargs, kw, 0, 0);
    const StartFacts& facts = runningApp().facts();
    Value pins = None();
    if (facts.wakeCause == chip::WakeCause::Pin) {
        ListObject* list = newList();
        for (int gpio : facts.wakePins)
            if (auto pin = pinByGpio(gpio)) listAppend(list, Value(newStr(pin->name)));
        pins = Value(list);
    }
    return Value(newTuple({Value::smallInt(int(facts.wakeCause)), pins}));
}

Value deepsleep(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("deepsleep", nargs, kw, 0, 1);
    int64_t ms = -1;   // no time: only a pin wakes the board
    if (nargs && args[0] != None()) {
        ms = requireInt64(args[0]);
        if (ms < 0) raiseValueError("deep sleep time must not be negative");
    }
    lteBeforeDeepSleep();
    exitToHost({int(ExitKind::DeepSleep), ms});
}

Value remainingSleepTime(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("remaining_sleep_time", nargs, kw, 0, 0);
    return makeInt(runningApp().facts().remainingSleepMs);
}

// pin_deepsleep_wakeup(pins, mode, enable_pull=False): EXT1 wake-up on RTC-domain pins.
Value pinDeepsleepWakeup(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("pin_deepsleep_wakeup", args, nargs, kw, {"pins", "mode", "enable_pull"}, 2, a);
    PinWake wake;
    forEach(a[0], [&](Value name) {
        std::string_view text = requireStr(name, "pin")->view();
        auto pin = pinByName(text);
        if (!pin) raiseValueError("invalid pin: %.*s", int(text.size()), text.data());
        if (!pin->rtcDomain)
            raiseValueError("%.*s cannot wake the board: only pins in the RTC domain can", int(text.size()), text.data());
        wake.gpios.push_back(pin->gpio);
    });
    int64_t mode = requireInt64(a[1]);
    if (mode != int64_t(PinWake::Mode::AllLow) && mode != int64_t(PinWake::Mode::AnyHigh))
        raiseValueError("invalid wake mode");
    wake.mode = PinWake::Mode(mode);
    wake.enablePull = a[2] && truthy(a[2]);
    runningApp().pinWake = wake.gpios.empty() ? std::nullopt : std::optional<PinWake>(wake);
    return None();
}

Value mainScript(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("main", nargs, kw, 1, 1);
    runningApp().mainScript = std::string(requireStr(args[0], "filename")->view());
    return None();
}

Value uniqueId(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("unique_id", nargs, kw, 0, 0);
    chip::MacAddress mac = runningApp().board().mac();
    return Value(newBytes(mac.data(), mac.size()));
}

Value freq(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("freq", nargs, kw, 0, 0);
    return makeInt(kCpuHz);
}

// rng(): 24 random bits from the hardware generator.
Value rng(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("rng", nargs, kw, 0, 0);
    uint8_t bytes[3];
    host().fillRandom(bytes, sizeof bytes);
    return Value::smallInt(int64_t(bytes[0]) | int64_t(bytes[1]) << 8 | int64_t(bytes[2]) << 16);
}

// idle(): wait for the next interrupt; the FreeRTOS tick (1 ms) comes at the latest.
Value idle(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("idle", nargs, kw, 0, 0);
    host().sleepMicros(1000);
    return None();
}

Value flashEncrypt(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("flash_encrypt", nargs, kw, 0, 0);
    return boolValue(runningApp().board().efuses().flashEncryptionEnabled());
}

Value secureBoot(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("secure_boot", nargs, kw, 0, 0);
    return boolValue(runningApp().board().efuses().secureBootEnabled());
}

// info(): the memory figures Pycom prints.
Value info(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("info", nargs, kw, 0, 0);
    HeapStats heap = heapStats();
    char text[512];  // room for 20-digit figures: the text was cut short at 256
    std::snprintf(text, sizeof text,
                  "---------------------------------------------\n"
                  "System memory info (in bytes)\n"
                  "---------------------------------------------\n"
                  "MPTask stack water mark: %zu\n"
                  "MicroPython heap: %zu total, %zu used, %zu free\n"
                  "---------------------------------------------\n",
                  stackLimit() - stackInUse(), heap.totalBytes, heap.usedBytes, heap.freeBytes);
    host().writeOut(text);
    return None();
}

// temperature(): the raw reading of the chip's internal sensor (about degrees Fahrenheit, well
// above the ambient: the die runs warm). The model: 40 °C above the ambient the Pysense sensor
// reports, or above 25 °C without one.
Value temperature(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("temperature", nargs, kw, 0, 0);
    RunningApp& app = runningApp();
    double ambient = 25;
    if (auto climate = app.io().climateAt(uint64_t(app.time().nowUs()))) ambient = climate->celsius;
    return makeInt(std::lround((ambient + 40) * 9 / 5 + 32));
}

RoundCallbacks& roundCallbacks() {
    RoundCallbacks* callbacks = runningApp().callbacks();
    if (!callbacks) raiseError(&exc::RuntimeError, "no program is running");
    return *callbacks;
}

// disable_irq(): callbacks wait until enable_irq(state); returns the state to give back.
Value disableIrq(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("disable_irq", nargs, kw, 0, 0);
    return boolValue(roundCallbacks().disable());
}

Value enableIrq(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("enable_irq", nargs, kw, 0, 1);
    roundCallbacks().enable(nargs == 0 || truthy(args[0]));
    return None();
}

const MethodDef functions[] = {
    {"deepsleep", deepsleep},
    {"disable_irq", disableIrq},
    {"enable_irq", enableIrq},
    {"flash_encrypt", flashEncrypt},
    {"freq", freq},
    {"idle", idle},
    {"info", info},
    {"main", mainScript},
    {"pin_deepsleep_wakeup", pinDeepsleepWakeup},
    {"remaining_sleep_time", remainingSleepTime},
    {"reset", reset},
    {"reset_cause", resetCause},
    {"rng", rng},
    {"secure_boot", secureBoot},
    {"temperature", temperature},
    {"unique_id", uniqueId},
    {"wake_reason", wakeReason},
    {nullptr, nullptr},
};

// machine's constants (modmachine.c).
struct Constant {
    const char* name;
    int64_t value;
};
constexpr Constant kConstants[] = {
    {"PWRON_RESET", int(chip::MachineResetCause::PowerOn)},
    {"HARD_RESET", int(chip::MachineResetCause::Hard)},
    {"WDT_RESET", int(chip::MachineResetCause::Watchdog)},
    {"DEEPSLEEP_RESET", int(chip::MachineResetCause::DeepSleep)},
    {"SOFT_RESET", int(chip::MachineResetCause::Soft)},
    {"BROWN_OUT_RESET", int(chip::MachineResetCause::BrownOut)},
    {"PWRON_WAKE", int(chip::WakeCause::PowerOn)},
    {"PIN_WAKE", int(chip::WakeCause::Pin)},
    {"RTC_WAKE", int(chip::WakeCause::Rtc)},
    {"ULP_WAKE", int(chip::WakeCause::Ulp)},
    {"WAKEUP_ALL_LOW", int64_t(PinWake::Mode::AllLow)},
    {"WAKEUP_ANY_HIGH", int64_t(PinWake::Mode::AnyHigh)},
};

}  // namespace

void initMachineModule(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    for (const Constant& c : kConstants) moduleSet(module, c.name, Value::smallInt(c.value));
}

}  // namespace pyfw::port
