#include "port/modules/board_library.h"

namespace pyfw::port {

namespace {

void initMachine(engine::ModuleObject* module) {
    initMachineModule(module);
    addMachineUart(module);
    addMachinePin(module);
    addMachineTimer(module);
    addMachineWdtRtc(module);
    addMachineBuses(module);
    addMachineCan(module);
    addMachineAnalogOut(module);
}

// `uos` here extends lib's module of the same name: its init runs after lib's.
constexpr engine::NativeModuleDef kModules[] = {
    {"machine", initMachine, "umachine"},
    // pycom: one row per concern (a module of the same name takes every row's functions).
    {"pycom", addPycomLedAndConfig},
    {"pycom", addPycomNvs},
    {"pycom", addPycomOta},
    {"pycom", addPycomPulses},
    {"uos", initBoardOsModule, "os"},
    {"network", initNetworkModule},
    {"usocket", initSocketModule, "socket"},
    {"uselect", initSelectModule, "select"},
    {"ussl", initSslModule, "ssl"},
    {"ucrypto", initCryptoModule, "crypto"},
};

constexpr engine::ModuleLibrary::SysExtension kSysExtensions[] = {addBoardSys};

}  // namespace

const engine::ModuleLibrary& boardLibrary() {
    static const engine::ModuleLibrary library{kModules, {}, kSysExtensions};
    return library;
}

}  // namespace pyfw::port
