// network (Pycom's modnetwork.c): one class per radio the board may carry, from the table below.
// A class whose radio the board lacks is still there; making one raises OSError.
#include "port/modules/board_library.h"
#include "port/modules/lora_objects.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

struct NetworkClass {
    const char* name;
    Value (*make)();
};

constexpr NetworkClass kClasses[] = {
    {"LoRa", makeLoraClass},
};

}  // namespace

void initNetworkModule(ModuleObject* module) {
    for (const NetworkClass& c : kClasses) moduleSet(module, c.name, c.make());
}

}  // namespace pyfw::port
