// machine.DAC and machine.PWM (Pycom's machdac.c, machpwm.c): outputs the outside sees in the board
// folder's pins.log, as it sees output pins (port/board_io.h):
//   TIME_US P22 1.650V              a DAC level (8 bits of 3.3 V)
//   TIME_US P22 tone:1000Hz:-6dBV   a DAC tone (the cosine generator's 122 Hz steps)
//   TIME_US P12 pwm:5000Hz:0.300    a PWM channel's frequency and duty cycle
//   TIME_US P12 z                   the output switched off (deinit)
#include <cmath>
#include <cstdio>
#include <string>

#include "engine/native.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"
#include "port/pins.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

void traceNothing(Object*, Tracer&) {}

void record(int gpio, const std::string& value) {
    RunningApp& app = runningApp();
    app.io().record(app.time().nowUs(), pinByGpio(gpio)->name, value);
}

// A fraction 0..1 (duty cycles, DAC levels).
double requireFraction(Value v, const char* what) {
    double x = 0;
    if (!toDouble(v, x)) raiseTypeError("%s must be a number from 0 to 1", what);
    if (!(x >= 0 && x <= 1)) raiseValueError("%s must be from 0 to 1", what);
    return x;
}

// --- DAC -------------------------------------------------------------------------------------

constexpr double kVdd = 3.3;
constexpr double kToneStepHz = 8e6 / 65536;   // the cosine generator: RTC 8 MHz clock / 2^16

struct DacObject : Object {
    int gpio;
    bool enabled;
};

extern Type dacType;

DacObject* dacOf(Value self) {
    if (!isInstance(self, &dacType)) raiseTypeError("expected a DAC");
    DacObject* dac = self.as<DacObject>();
    if (!dac->enabled) raiseError(&exc::OSError, "DAC disabled (deinit was called)");
    return dac;
}

Value dacMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("DAC", nargs, kw, 1, 1);
    int gpio = gpioOfPinArgument(args[0]);
    if (pinByGpio(gpio)->name != "P22" && pinByGpio(gpio)->name != "P21") raiseValueError("the DAC is on P22 and P21 only");
    auto* dac = allocateObject<DacObject>(type);
    dac->gpio = gpio;
    dac->enabled = true;
    return Value(dac);
}

Value dacInit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("init", nargs, kw, 1, 1);
    if (!isInstance(args[0], &dacType)) raiseTypeError("expected a DAC");
    args[0].as<DacObject>()->enabled = true;
    return None();
}

Value dacDeinit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("deinit", nargs, kw, 1, 1);
    DacObject* dac = dacOf(args[0]);
    dac->enabled = false;
    record(dac->gpio, "z");
    return None();
}

// write(value): a DC level, value 0..1 of VDD, in the DAC's 8 bits.
Value dacWrite(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("write", nargs, kw, 2, 2);
    DacObject* dac = dacOf(args[0]);
    int code = int(std::lround(requireFraction(args[1], "value") * 255));
    char text[16];
    std::snprintf(text, sizeof text, "%.3fV", code * kVdd / 255);
    record(dac->gpio, text);
    return None();
}

// tone(frequency, amplitude): a sine at 125 Hz..20 kHz (to the nearest 122 Hz step), amplitude
// 0..3 for 0, -6, -12 or -18 dBV.
Value dacTone(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("tone", nargs, kw, 3, 3);
    DacObject* dac = dacOf(args[0]);
    int64_t frequency = requireInt64(args[1], "frequency");
    if (frequency < 125 || frequency > 20000) raiseValueError("tone frequency must be 125..20000 Hz");
    int64_t amplitude = requireInt64(args[2], "amplitude");
    if (amplitude < 0 || amplitude > 3) raiseValueError("tone amplitude must be 0..3 (0, -6, -12, -18 dBV)");
    long hz = std::lround(std::max(1.0, std::round(double(frequency) / kToneStepHz)) * kToneStepHz);
    record(dac->gpio, "tone:" + std::to_string(hz) + "Hz:" + std::to_string(-6 * amplitude) + "dBV");
    return None();
}

const MethodDef dacMethods[] = {
    {"init", dacInit}, {"deinit", dacDeinit}, {"write", dacWrite}, {"tone", dacTone}, {nullptr, nullptr},
};

Type dacType{TypeSpec{
    .name = "DAC", .instanceSize = sizeof(DacObject), .trace = traceNothing, .make = dacMake, .methods = dacMethods,
    .module = "machine",
}};

// --- PWM -------------------------------------------------------------------------------------

constexpr int64_t kMaxPwmHz = 78'000;

struct PwmObject : Object {
    int64_t timer;
    int64_t frequency;
};

struct PwmChannelObject : Object {
    PwmObject* pwm;
    int64_t id;
    int gpio;
    double duty;
};

extern Type pwmType, pwmChannelType;

void tracePwmChannel(Object* self, Tracer& tracer) { tracer.visitObject(static_cast<PwmChannelObject*>(self)->pwm); }

Value pwmMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("PWM", args, nargs, kw, {"timer", "frequency"}, 2, a);
    int64_t timer = requireInt64(a[0], "timer");
    if (timer < 0 || timer > 3) raiseValueError("PWM timer must be 0..3");
    int64_t frequency = requireInt64(a[1], "frequency");
    if (frequency < 1 || frequency > kMaxPwmHz) raiseValueError("PWM frequency must be 1..78000 Hz");
    auto* pwm = allocateObject<PwmObject>(type);
    pwm->timer = timer;
    pwm->frequency = frequency;
    return Value(pwm);
}

void recordChannel(const PwmChannelObject* channel) {
    char text[48];
    std::snprintf(text, sizeof text, "pwm:%lldHz:%.3f", (long long)channel->pwm->frequency, channel->duty);
    record(channel->gpio, text);
}

// channel(id, pin, *, duty_cycle=0.5)
Value pwmChannel(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("channel", args, nargs, kw, {"self", "id", "pin", "duty_cycle"}, 3, a);
    if (!isInstance(a[0], &pwmType)) raiseTypeError("expected a PWM");
    int64_t id = requireInt64(a[1], "id");
    if (id < 0 || id > 7) raiseValueError("PWM channel must be 0..7");
    int gpio = gpioOfPinArgument(a[2]);
    if (pinByGpio(gpio)->inputOnly) raiseValueError("%s is input-only and cannot be a PWM output", std::string(pinByGpio(gpio)->name).c_str());
    auto* channel = allocateObject<PwmChannelObject>(&pwmChannelType);
    channel->pwm = a[0].as<PwmObject>();
    channel->id = id;
    channel->gpio = gpio;
    channel->duty = a[3] && a[3] != None() ? requireFraction(a[3], "duty_cycle") : 0.5;
    recordChannel(channel);
    return Value(channel);
}

Value pwmChannelDuty(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("duty_cycle", nargs, kw, 1, 2);
    if (!isInstance(args[0], &pwmChannelType)) raiseTypeError("expected a PWMChannel");
    auto* channel = args[0].as<PwmChannelObject>();
    if (nargs == 1) return newFloat(channel->duty);
    channel->duty = requireFraction(args[1], "duty_cycle");
    recordChannel(channel);
    return None();
}

const MethodDef pwmMethods[] = {{"channel", pwmChannel}, {nullptr, nullptr}};
const MethodDef pwmChannelMethods[] = {{"duty_cycle", pwmChannelDuty}, {nullptr, nullptr}};

Type pwmType{TypeSpec{
    .name = "PWM", .instanceSize = sizeof(PwmObject), .trace = traceNothing, .make = pwmMake, .methods = pwmMethods,
    .module = "machine",
}};

Type pwmChannelType{TypeSpec{
    .name = "PWMChannel", .instanceSize = sizeof(PwmChannelObject), .trace = tracePwmChannel,
    .methods = pwmChannelMethods, .module = "machine",
}};

}  // namespace

void addMachineAnalogOut(ModuleObject* machine) {
    moduleSet(machine, "DAC", Value(&dacType));
    moduleSet(machine, "PWM", Value(&pwmType));
}

}  // namespace pyfw::port
