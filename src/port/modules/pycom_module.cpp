// pycom: the functions of Pycom's modpycom.c. Each concern adds its functions from its own file:
// NVS (pycom_nvs.cpp), OTA updates (pycom_ota.cpp); the LED, heartbeat and config-block functions
// come from theirs.
#include "port/modules/board_library.h"

namespace pyfw::port {

void initPycomModule(engine::ModuleObject* module) {
    addPycomNvs(module);
}

}  // namespace pyfw::port
