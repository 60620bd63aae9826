// machine.Pin (Pycom's machpin.c): pins by Pycom name ('P10'), by expansion-board name through
// Pin.exp_board ('G17') or as attributes of Pin.module; modes, pulls, levels, hold and callbacks.
// A pin object is a name for a pad: its state is the chip's (GpioBank), so two objects of the same
// pin agree. Callbacks run between bytecodes with the pin (or `arg`) as their argument.
#include <algorithm>
#include <array>

#include "engine/native.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"
#include "port/pins.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

struct PinObject : Object {
    int gpio;
};

extern Type pinType;

// The expansion board's labels (Pycom's exp_board pin names) for P0..P23.
constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kExpansionBoard = {{
    {"G2", "P0"},   {"G1", "P1"},   {"G23", "P2"},  {"G24", "P3"},  {"G11", "P4"},  {"G12", "P5"},
    {"G13", "P6"},  {"G14", "P7"},  {"G15", "P8"},  {"G16", "P9"},  {"G17", "P10"}, {"G22", "P11"},
    {"G28", "P12"}, {"G5", "P13"},  {"G4", "P14"},  {"G0", "P15"},  {"G3", "P16"},  {"G31", "P17"},
    {"G30", "P18"}, {"G6", "P19"},  {"G7", "P20"},  {"G8", "P21"},  {"G9", "P22"},  {"G10", "P23"},
}};

Value newPin(int gpio) {
    auto* pin = allocateObject<PinObject>(&pinType);
    pin->gpio = gpio;
    return Value(pin);
}

PinObject* pinOf(Value self) {
    if (!isInstance(self, &pinType)) raiseTypeError("expected a Pin, not %s", typeName(self));
    return self.as<PinObject>();
}

const PinInfo& infoOf(const PinObject* pin) { return *std::find_if(modulePins().begin(), modulePins().end(),
                                                                    [&](const PinInfo& p) { return p.gpio == pin->gpio; }); }

GpioBank& bank() { return runningApp().pins(); }

// A pin given as 'P10', 'G17' (when `expansion`) or a Pin object.
int gpioOf(Value id, bool expansion) {
    if (isInstance(id, &pinType)) return id.as<PinObject>()->gpio;
    if (!isStr(id)) raiseTypeError("pin id must be a str or a Pin, not %s", typeName(id));
    std::string_view name = id.as<StrObject>()->view();
    if (expansion)
        for (auto [label, modulePin] : kExpansionBoard)
            if (label == name) name = modulePin;
    auto pin = pinByName(name);
    if (!pin) raiseValueError("invalid pin: %.*s", int(std::min<size_t>(name.size(), 40)), name.data());
    return pin->gpio;
}

PinMode modeOf(Value mode) {
    int64_t m = requireInt64(mode, "mode");
    if (m != int(PinMode::In) && m != int(PinMode::Out) && m != int(PinMode::OpenDrain))
        raiseValueError("invalid pin mode %lld", (long long)m);
    return PinMode(m);
}

PinPull pullOf(Value pull) {
    if (!pull || pull == None()) return PinPull::None;
    int64_t p = requireInt64(pull, "pull");
    if (p != int(PinPull::Up) && p != int(PinPull::Down)) raiseValueError("invalid pin pull %lld", (long long)p);
    return PinPull(p);
}

// init(mode=IN, pull=None, *, value=None, alt=-1)
void initPin(PinObject* pin, const Value* a) {
    PinMode mode = a[0] && a[0] != None() ? modeOf(a[0]) : PinMode::In;
    PinPull pull = pullOf(a[1]);
    if (a[3] && a[3] != None() && requireInt64(a[3], "alt") != -1)
        raiseError(&exc::NotImplementedError, "Pin alt functions are not modelled; use the peripheral's pins= argument");
    const PinInfo& info = infoOf(pin);
    if (info.inputOnly && mode != PinMode::In)
        raiseValueError("%.*s is an input-only pin", int(info.name.size()), info.name.data());
    if (a[2] && a[2] != None()) bank().write(pin->gpio, truthy(a[2]));
    bank().configure(pin->gpio, mode, pull);
}

Value pinMake(Type*, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[5];
    parseArgs("Pin", args, nargs, kw, {"id", "mode", "pull", "value", "alt"}, 1, a);
    Value pin = newPin(gpioOf(a[0], false));
    // Pin('P10') alone names the pin and leaves it as it is.
    if (nargs > 1 || kwCount(kw)) initPin(pin.as<PinObject>(), a + 1);
    return pin;
}

Value pinInit(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[5];
    parseArgs("init", args, nargs, kw, {"self", "mode", "pull", "value", "alt"}, 1, a);
    initPin(pinOf(a[0]), a + 1);
    return None();
}

Value pinValue(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("value", nargs, kw, 1, 2);
    PinObject* pin = pinOf(args[0]);
    if (nargs == 1) return Value::smallInt(bank().read(pin->gpio));
    bank().write(pin->gpio, truthy(args[1]));
    return None();
}

Value pinCall(Value self, const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("Pin", nargs, kw, 0, 1);
    PinObject* pin = pinOf(self);
    if (nargs == 0) return Value::smallInt(bank().read(pin->gpio));
    bank().write(pin->gpio, truthy(args[0]));
    return None();
}

Value pinToggle(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("toggle", nargs, kw, 1, 1);
    PinObject* pin = pinOf(args[0]);
    bank().write(pin->gpio, !bank().latch(pin->gpio));
    return None();
}

Value pinId(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("id", nargs, kw, 1, 1);
    return Value(newStr(infoOf(pinOf(args[0])).name));
}

Value pinMode(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("mode", nargs, kw, 1, 2);
    PinObject* pin = pinOf(args[0]);
    if (nargs == 1) return Value::smallInt(int(bank().mode(pin->gpio)));
    Value a[4] = {args[1], Value(), Value(), Value()};
    a[1] = Value::smallInt(int(bank().pull(pin->gpio)));
    if (bank().pull(pin->gpio) == PinPull::None) a[1] = None();
    initPin(pin, a);
    return None();
}

Value pinPull(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pull", nargs, kw, 1, 2);
    PinObject* pin = pinOf(args[0]);
    if (nargs == 1) {
        PinPull pull = bank().pull(pin->gpio);
        return pull == PinPull::None ? None() : Value::smallInt(int(pull));
    }
    bank().configure(pin->gpio, bank().mode(pin->gpio), pullOf(args[1]));
    return None();
}

// hold([bool]): the 1.17.2 rule — the RTC domain's pad hold, so only RTC-domain pins can.
Value pinHold(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("hold", nargs, kw, 1, 2);
    PinObject* pin = pinOf(args[0]);
    if (nargs == 1) return boolValue(bank().held(pin->gpio));
    if (!bank().setHold(pin->gpio, truthy(args[1]))) {
        const PinInfo& info = infoOf(pin);
        raiseError(&exc::OSError, "%.*s: pin hold is only available for GPIO pins in the RTC domain",
                   int(info.name.size()), info.name.data());
    }
    return None();
}

// callback(trigger, handler=None, arg=None): arg None passes the pin itself.
Value pinCallback(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("callback", args, nargs, kw, {"self", "trigger", "handler", "arg"}, 2, a);
    PinObject* pin = pinOf(a[0]);
    int64_t trigger = requireInt64(a[1], "trigger");
    if (trigger < kIrqNone || trigger > kIrqHighLevel) raiseValueError("invalid trigger %lld", (long long)trigger);
    Value handler = a[2] ? a[2] : None();
    if (handler != None() && !typeOf(handler)->call) raiseTypeError("handler must be callable");
    RoundCallbacks* callbacks = runningApp().callbacks();
    if (!callbacks) raiseError(&exc::RuntimeError, "no program is running");
    if (handler == None() || trigger == kIrqNone) {
        bank().setTrigger(pin->gpio, kIrqNone);
        callbacks->remove(pinCallbackKey(pin->gpio));
        return None();
    }
    callbacks->set(pinCallbackKey(pin->gpio), handler, a[3] && a[3] != None() ? a[3] : a[0]);
    bank().setTrigger(pin->gpio, int(trigger));
    return None();
}

void pinPrint(std::string& out, Value self, PrintKind) {
    auto* pin = self.as<PinObject>();
    GpioBank& gpio = bank();
    const char* mode = gpio.mode(pin->gpio) == PinMode::Out ? "Pin.OUT" : gpio.mode(pin->gpio) == PinMode::OpenDrain ? "Pin.OPEN_DRAIN" : "Pin.IN";
    PinPull p = gpio.pull(pin->gpio);
    const char* pull = p == PinPull::Up ? "Pin.PULL_UP" : p == PinPull::Down ? "Pin.PULL_DOWN" : "None";
    out += "Pin('" + std::string(infoOf(pin).name) + "', mode=" + mode + ", pull=" + pull + ", alt=-1)";
}

int64_t pinHash(Value self) { return self.as<PinObject>()->gpio; }

Value pinBinary(BinaryOp op, Value self, Value other, bool) {
    if ((op != BinaryOp::Eq && op != BinaryOp::Ne) || !isInstance(other, &pinType)) return NotImplemented();
    bool same = self.as<PinObject>()->gpio == other.as<PinObject>()->gpio;
    return boolValue(op == BinaryOp::Eq ? same : !same);
}

void traceNothing(Object*, Tracer&) {}

const MethodDef pinMethods[] = {
    {"init", pinInit},     {"value", pinValue}, {"toggle", pinToggle},       {"id", pinId},
    {"mode", pinMode},     {"pull", pinPull},   {"hold", pinHold},           {"callback", pinCallback},
    {nullptr, nullptr},
};

Type pinType{TypeSpec{
    .name = "Pin",
    .instanceSize = sizeof(PinObject),
    .trace = traceNothing,
    .print = pinPrint,
    .hash = pinHash,
    .call = pinCall,
    .make = pinMake,
    .binary = pinBinary,
    .methods = pinMethods,
    .module = "machine",
    .binaryMethods = kNoOperators,
    .reflectedMethods = kNoOperators,
}};

// Pin.module and Pin.exp_board: the pins as attributes (Pin.module.P10, Pin.exp_board.G17).
Value moduleGetattr(Value, StrObject* name) {
    auto pin = pinByName(name->view());
    return pin ? newPin(pin->gpio) : Value();
}

Value expansionGetattr(Value, StrObject* name) {
    for (auto [label, modulePin] : kExpansionBoard)
        if (label == name->view()) return newPin(pinByName(modulePin)->gpio);
    return Value();
}

Type pinModuleType{TypeSpec{.name = "module_pins", .getattr = moduleGetattr, .module = "machine"}};
Type pinExpansionType{TypeSpec{.name = "exp_board_pins", .getattr = expansionGetattr, .module = "machine"}};
Object pinModuleObject{&pinModuleType};
Object pinExpansionObject{&pinExpansionType};

const ConstantDef pinConstants[] = {
    {"IN", int(PinMode::In)},       {"OUT", int(PinMode::Out)},        {"OPEN_DRAIN", int(PinMode::OpenDrain)},
    {"PULL_UP", int(PinPull::Up)},  {"PULL_DOWN", int(PinPull::Down)}, {"IRQ_RISING", kIrqRising},
    {"IRQ_FALLING", kIrqFalling},   {"IRQ_LOW_LEVEL", kIrqLowLevel},   {"IRQ_HIGH_LEVEL", kIrqHighLevel},
    {"module", 0, &pinModuleObject}, {"exp_board", 0, &pinExpansionObject}, {nullptr, 0},
};
const TypeConstants pinConstantsOf{&pinType, pinConstants};

}  // namespace

int gpioOfPinArgument(Value pin) { return gpioOf(pin, false); }

void addMachinePin(ModuleObject* machine) {
    moduleSet(machine, "Pin", Value(&pinType));
}

}  // namespace pyfw::port
