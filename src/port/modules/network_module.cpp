// network (Pycom's modnetwork.c): one class per radio the board may carry, from the table below.
// A class whose radio the board lacks is still there; making one raises OSError.
#include "engine/native.h"
#include "port/modules/board_library.h"
#include "port/modules/lora_objects.h"
#include "port/modules/network_classes.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

Value bluetoothMake(Type*, const Value*, size_t, TupleObject*) {
    raiseNotImplemented("network.Bluetooth is not supported by pyfw");
}

void traceNothing(Object*, Tracer&) {}

Type bluetoothType{TypeSpec{
    .name = "Bluetooth",
    .trace = traceNothing,
    .make = bluetoothMake,
    .module = "network",
}};

Value makeBluetoothClass() { return Value(&bluetoothType); }

struct NetworkClass {
    const char* name;
    Value (*make)();
};

Value makeWlanClass() { return Value(&wlanType); }
Value makeServerClass() { return Value(&serverType); }

constexpr NetworkClass kClasses[] = {
    {"LoRa", makeLoraClass},
    {"LTE", makeLteClass},
    {"Sigfox", makeSigfoxClass},
    {"Bluetooth", makeBluetoothClass},
    {"WLAN", makeWlanClass},
    {"Server", makeServerClass},
};

}  // namespace

void initNetworkModule(ModuleObject* module) {
    for (const NetworkClass& c : kClasses) moduleSet(module, c.name, c.make());
}

}  // namespace pyfw::port
