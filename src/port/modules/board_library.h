// The Python modules only a board has (machine, its uos functions, pycom, network, ...), as one
// module library that a board's interpreter lists after lib's standard library. Each module's init
// is defined in its own file here.
#pragma once

#include "engine/runtime/module.h"

namespace pyfw::port {

const engine::ModuleLibrary& boardLibrary();

void initMachineModule(engine::ModuleObject* module);     // machine_module.cpp
void addMachineUart(engine::ModuleObject* machine);       // machine_uart.cpp
void addMachinePin(engine::ModuleObject* machine);        // machine_pin.cpp
void addMachineTimer(engine::ModuleObject* machine);      // machine_timer.cpp
void addMachineWdtRtc(engine::ModuleObject* machine);     // machine_wdt_rtc.cpp
void addMachineBuses(engine::ModuleObject* machine);      // machine_buses.cpp: I2C, ADC, and what is not modelled
void addMachineCan(engine::ModuleObject* machine);        // machine_can.cpp
void addMachineAnalogOut(engine::ModuleObject* machine);  // machine_analog_out.cpp: DAC, PWM
bool isConsoleUart(engine::Value object);                  // machine_uart.cpp: UART(0)
int gpioOfPinArgument(engine::Value pin);                  // machine_pin.cpp: 'P10' or a Pin, for peripherals' pins=
void initBoardOsModule(engine::ModuleObject* module);     // uos_board.cpp
void initNetworkModule(engine::ModuleObject* module);     // network_module.cpp
engine::Value makeLteClass();                              // network_lte.cpp: network.LTE
void lteBeforeDeepSleep();                                 // network_lte.cpp: LTE down, as Pycom's deepsleep
engine::Value makeSigfoxClass();                           // network_sigfox.cpp: network.Sigfox
class SigfoxRadio;
SigfoxRadio& sigfoxRadio();                                // network_sigfox.cpp: the board's Sigfox stack
engine::Value newSigfoxSocket();                           // sigfox_socket.cpp: AF_SIGFOX
void initSocketModule(engine::ModuleObject* module);      // usocket_module.cpp
void addPycomLedAndConfig(engine::ModuleObject* pycom);   // pycom_module.cpp
void addPycomNvs(engine::ModuleObject* pycom);            // pycom_nvs.cpp
void addPycomOta(engine::ModuleObject* pycom);            // pycom_ota.cpp
void addPycomPulses(engine::ModuleObject* pycom);         // pycom_pulses.cpp
void initSelectModule(engine::ModuleObject* module);      // uselect_module.cpp
void initSslModule(engine::ModuleObject* module);         // ussl_module.cpp
void initCryptoModule(engine::ModuleObject* module);      // ucrypto_module.cpp
void addBoardSys(engine::ModuleObject* sys);              // board_sys.cpp

}  // namespace pyfw::port
