// machine.CAN (Pycom's machcan.c) over the board's CAN controller (port/can_controller.h) and
// the simulated bus `pyfw board boot --can-bus DIR` puts its pins on (port/can_bus.h).
//
// Bit rates as 1.17.2 fixed them: `baudrate` in bit/s, run at baudrate/1000 kbit/s, accepted up
// to 1,000,000 (1,000,001 is refused); below 1,000 there is no whole kbit/s and it is refused too.
// The default baudrate works (500,000), where 1.17.2's was an enum value that read as 0 kbit/s.
// One controller: every CAN object is a handle on it, and init() on any restarts it.
#include <poll.h>

#include <cmath>

#include "engine/native.h"
#include "lib/collections_types.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"
#include "port/net_wait.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

constexpr int kNormal = 0, kSilent = 1;
constexpr int64_t kMaxBaudrate = 1'000'000;
constexpr int64_t kMaxQueueLength = 65536;

struct CanObject : Object {
    bool enabled;
};

extern Type canType;

CanController& controller() { return runningApp().can(); }

CanObject* canOf(Value self) {
    if (!isInstance(self, &canType)) raiseTypeError("expected a CAN");
    return self.as<CanObject>();
}

CanObject* enabledCan(Value self) {
    CanObject* can = canOf(self);
    if (!can->enabled || !controller().running()) raiseError(&exc::OSError, "CAN is deinitialised; call init() first");
    return can;
}

int64_t intOr(Value v, int64_t otherwise, const char* what) { return v && v != None() ? requireInt64(v, what) : otherwise; }

// init(mode=NORMAL, baudrate=500000, *, frame_format=FORMAT_STD, rx_queue_len=128, pins=('P22', 'P23'))
void canInit(CanObject* can, const Value* a) {
    int64_t mode = intOr(a[0], kNormal, "mode");
    if (mode != kNormal && mode != kSilent) raiseValueError("invalid CAN mode: CAN.NORMAL or CAN.SILENT");
    int64_t baudrate = intOr(a[1], 500'000, "baudrate");
    if (baudrate < 1000 || baudrate > kMaxBaudrate)
        raiseValueError("invalid CAN baudrate %lld: 1000..1000000 bit/s (1..1000 kbit/s)", (long long)baudrate);
    int64_t format = intOr(a[2], int64_t(CanFormat::Standard), "frame_format");
    if (format < 0 || format > 2) raiseValueError("invalid frame_format: CAN.FORMAT_STD, FORMAT_EXT or FORMAT_BOTH");
    int64_t queueLength = intOr(a[3], 128, "rx_queue_len");
    if (queueLength < 1 || queueLength > kMaxQueueLength) raiseValueError("rx_queue_len must be 1..65536");
    if (a[4] && a[4] != None()) {
        size_t count = 0;
        forEach(a[4], [&](Value pin) {
            gpioOfPinArgument(pin);
            ++count;
        });
        if (count != 2) raiseValueError("pins must be (Tx, Rx)");
    }
    CanSettings settings;
    settings.silent = mode == kSilent;
    settings.kbps = uint32_t(baudrate / 1000);
    settings.format = CanFormat(format);
    settings.queueLength = size_t(queueLength);
    if (RoundCallbacks* callbacks = runningApp().callbacks()) callbacks->remove(canCallbackKey());
    controller().start(settings);
    can->enabled = true;
}

Value canMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[6];
    parseArgs("CAN", args, nargs, kw, {"bus", "mode", "baudrate", "frame_format", "rx_queue_len", "pins"}, 0, a);
    if (intOr(a[0], 0, "bus") != 0) raiseValueError("CAN bus must be 0 (the ESP32 has one)");
    auto* can = allocateObject<CanObject>(type);
    canInit(can, a + 1);
    return Value(can);
}

Value canInitMethod(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[6];
    parseArgs("init", args, nargs, kw, {"self", "mode", "baudrate", "frame_format", "rx_queue_len", "pins"}, 1, a);
    canInit(canOf(a[0]), a + 1);
    return None();
}

Value canDeinit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("deinit", nargs, kw, 1, 1);
    canOf(args[0])->enabled = false;
    if (RoundCallbacks* callbacks = runningApp().callbacks()) callbacks->remove(canCallbackKey());
    controller().stop();
    return None();
}

// send(id, *, data=None, rtr=False, extended=False)
Value canSend(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[5];
    parseArgs("send", args, nargs, kw, {"self", "id", "data", "rtr", "extended"}, 2, a);
    enabledCan(a[0]);
    CanFrame frame;
    frame.extended = a[4] && truthy(a[4]);
    frame.remote = a[3] && truthy(a[3]);
    int64_t id = requireInt64(a[1], "id");
    if (id < 0 || id > int64_t(frame.extended ? kCanMaxExtendedId : kCanMaxStandardId))
        raiseValueError("CAN id %lld does not fit a %s frame", (long long)id, frame.extended ? "29-bit extended" : "11-bit standard");
    frame.id = uint32_t(id);
    if (a[2] && a[2] != None()) {
        Buffer data = requireBuffer(a[2], "data");
        if (data.size > 8) raiseValueError("a CAN frame carries at most 8 data bytes");
        if (frame.remote && data.size > 0) raiseValueError("a remote request (rtr=True) carries no data");
        frame.data.assign(data.data, data.data + data.size);
    }
    if (!controller().send(frame)) raiseError(&exc::OSError, "CAN in SILENT mode cannot send");
    return None();
}

// recv(timeout=0): the oldest frame as (id, data, rtr, extended), waiting up to `timeout` seconds;
// None when none came.
Value canRecv(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("recv", args, nargs, kw, {"self", "timeout"}, 1, a);
    enabledCan(a[0]);
    double seconds = 0;
    if (a[1] && a[1] != None() && !toDouble(a[1], seconds)) raiseTypeError("timeout must be a number of seconds");
    if (std::isnan(seconds) || seconds < 0) raiseValueError("timeout must not be negative");
    std::optional<CanFrame> frame = controller().take();
    if (!frame && seconds > 0) {
        int64_t timeoutUs = seconds >= 1e12 ? kBlock : int64_t(seconds * 1e6);
        waitForFd(controller().readyFd(), POLLIN, timeoutUs);
        frame = controller().take();
    }
    if (!frame) return None();
    return lib::newAttrTuple({"id", "data", "rtr", "extended"},
                             {makeInt(int64_t(frame->id)), Value(newBytes(frame->data.data(), frame->data.size())),
                              boolValue(frame->remote), boolValue(frame->extended)});
}

// soft_filter(mode, filter_list): mode None (or no list) accepts every frame again.
Value canSoftFilter(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("soft_filter", args, nargs, kw, {"self", "mode", "filter_list"}, 2, a);
    enabledCan(a[0]);
    if (a[1] == None() || !a[2] || a[2] == None()) {
        controller().setFilter(std::nullopt);
        return None();
    }
    int64_t mode = requireInt64(a[1], "mode");
    if (mode < 0 || mode > 2) raiseValueError("invalid filter mode: CAN.FILTER_LIST, FILTER_RANGE or FILTER_MASK");
    CanFilter filter;
    filter.mode = CanFilterMode(mode);
    auto idOf = [](Value v) {
        int64_t id = requireInt64(v, "filter id");
        if (id < 0 || id > int64_t(kCanMaxExtendedId)) raiseValueError("filter values must be 0..0x1FFFFFFF");
        return uint32_t(id);
    };
    forEach(a[2], [&](Value row) {
        if (filter.rows.size() == kCanMaxFilterRows) raiseValueError("a soft filter has at most 32 elements");
        if (filter.mode == CanFilterMode::List) {
            uint32_t id = idOf(row);
            filter.rows.push_back({id, id});
            return;
        }
        Value pair[2];
        size_t count = 0;
        forEach(row, [&](Value v) {
            if (count < 2) pair[count] = v;
            ++count;
        });
        if (count != 2) raiseValueError(filter.mode == CanFilterMode::Range ? "a range is (low, high)" : "a mask row is (filter, mask)");
        filter.rows.push_back({idOf(pair[0]), idOf(pair[1])});
    });
    controller().setFilter(std::move(filter));
    return None();
}

// callback(trigger, handler=None, arg=None): arg None passes the CAN object.
Value canCallback(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("callback", args, nargs, kw, {"self", "trigger", "handler", "arg"}, 2, a);
    enabledCan(a[0]);
    int64_t trigger = requireInt64(a[1], "trigger");
    constexpr int64_t kAll = kCanRxFrame | kCanRxFifoNotEmpty | kCanRxFifoOverrun;
    if (trigger < 0 || (trigger & ~kAll)) raiseValueError("invalid trigger: RX_FRAME, RX_FIFO_NOT_EMPTY, RX_FIFO_OVERRUN");
    Value handler = a[2] ? a[2] : None();
    if (handler != None() && !typeOf(handler)->call) raiseTypeError("handler must be callable");
    RoundCallbacks* callbacks = runningApp().callbacks();
    if (!callbacks) raiseError(&exc::RuntimeError, "no program is running");
    if (handler == None() || trigger == 0) {
        controller().setCallbackTrigger(0);
        callbacks->remove(canCallbackKey());
        return None();
    }
    callbacks->set(canCallbackKey(), handler, a[3] && a[3] != None() ? a[3] : a[0]);
    controller().setCallbackTrigger(uint32_t(trigger));
    return None();
}

Value canEvents(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("events", nargs, kw, 1, 1);
    enabledCan(args[0]);
    return makeInt(int64_t(controller().takeEvents()));
}

void canPrint(std::string& out, Value self, PrintKind) {
    out += self.as<CanObject>()->enabled ? "CAN(0)" : "CAN(0, deinitialised)";
}

const MethodDef canMethods[] = {
    {"init", canInitMethod}, {"deinit", canDeinit},         {"send", canSend},         {"recv", canRecv},
    {"soft_filter", canSoftFilter}, {"callback", canCallback}, {"events", canEvents}, {nullptr, nullptr},
};

void traceNothing(Object*, Tracer&) {}

Type canType{TypeSpec{
    .name = "CAN",
    .instanceSize = sizeof(CanObject),
    .trace = traceNothing,
    .print = canPrint,
    .make = canMake,
    .methods = canMethods,
    .module = "machine",
}};

const ConstantDef canConstants[] = {
    {"NORMAL", kNormal},
    {"SILENT", kSilent},
    {"FORMAT_STD", int64_t(CanFormat::Standard)},
    {"FORMAT_EXT", int64_t(CanFormat::Extended)},
    {"FORMAT_BOTH", int64_t(CanFormat::Both)},
    {"RX_FRAME", kCanRxFrame},
    {"RX_FIFO_NOT_EMPTY", kCanRxFifoNotEmpty},
    {"RX_FIFO_OVERRUN", kCanRxFifoOverrun},
    {"FILTER_LIST", int64_t(CanFilterMode::List)},
    {"FILTER_RANGE", int64_t(CanFilterMode::Range)},
    {"FILTER_MASK", int64_t(CanFilterMode::Mask)},
    {nullptr, 0},
};
const TypeConstants canConstantsOf{&canType, canConstants};

}  // namespace

void addMachineCan(ModuleObject* machine) { moduleSet(machine, "CAN", Value(&canType)); }

}  // namespace pyfw::port
