// The board's life: power-on → boot chain → app → (reset | deep sleep → boot chain again) until
// the power goes off. `pyfw board boot` hands a board folder and a console to run(); everything the
// board does after that happens here and below.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "chip/board.h"
#include "chip/sequans_modem.h"
#include "engine/repl/console.h"
#include "port/console_script.h"
#include "port/can_bus.h"
#include "port/serial_line.h"

namespace pyfw::port {

namespace lora {
class WorldAir;
}
class SigfoxAir;

struct FirmwareOptions {
    engine::repl::ConsoleInput* consoleIn = nullptr;
    engine::repl::ConsoleOutput* consoleOut = nullptr;
    // Boot-log lines (ROM and bootloader), as they happen; the console gets them too when unset.
    std::function<void(const std::string&)> bootLog;
    // Stop after this many starts of the boot chain (power-on, resets, deep-sleep wakes); 0: never.
    uint64_t maxBoots = 0;
    // The GC heap instead of the board's.
    std::optional<size_t> heapBytes;
    // The world the board's radio joins (virtual time: the world is then the board's clock while
    // it waits, and during deep sleep); null: the radio is alone in an empty air.
    lora::WorldAir* world = nullptr;
    // Lets the firmware see each byte the console receives before it is queued (Ctrl-F).
    std::function<void(std::function<bool(uint8_t)>)> installByteHook;
    // The LTE modem on the board's LTE UART (GPy, FiPy): it outlives resets, as the real chip does.
    chip::SequansModem* lteModem = nullptr;
    // Each line of the LTE UART trace (commands, answers, recovery steps), with the board's time.
    std::function<void(const std::string&)> lteTrace;
    // The Sigfox network the board's radio reaches (SiPy, LoPy4, FiPy); null: nobody listens.
    SigfoxAir* sigfoxAir = nullptr;
    // Input typed at chosen times of the board's clock (null: none).
    ConsoleScript* consoleScript = nullptr;
    // What is wired to UART 1 and 2 (index 1, 2; null: nothing, a UART talking to no one).
    std::array<SerialLine*, 3> uartLines{};
    // The CAN bus the board's CAN pins are on (null: none).
    CanBus* canBus = nullptr;
};

struct FirmwareExit {
    enum class Kind {
        PowerOff,      // the console ended: the board was unplugged
        BootsDone,     // maxBoots starts happened
        BootFailed,    // the boot chain did not reach the app (reason says why)
        PowerLost,     // an armed power cut happened
    } kind = Kind::PowerOff;
    std::string reason;
    uint64_t boots = 0;
    // Persistent writes (flash, eFuses) the first boot chain made before it started the app, for
    // power-cut tools that aim at the boot chain's own writes.
    uint64_t writesBeforeFirstApp = 0;
};

FirmwareExit runFirmware(chip::Board& board, const FirmwareOptions& options);

}  // namespace pyfw::port
