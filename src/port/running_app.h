// The app from the bootloader's jump to the next reset or deep sleep: what the firmware sets up once
// per hard boot (the config block, the clock's time keeping, /flash, the frozen modules) and what a
// script's `machine` calls read (why the board started, what to run as main).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "boot/ota_updater.h"
#include "boot/pycom_bootloader.h"
#include "chip/board.h"
#include "chip/reset_reason.h"
#include "chip/rtc_memory.h"
#include "chip/sequans_modem.h"
#include "chip/si7006.h"
#include "engine/repl/console.h"
#include "engine/runtime/host.h"
#include "engine/runtime/module.h"
#include "formats/config_block.h"
#include "port/alarms.h"
#include "port/board_io.h"
#include "port/board_time.h"
#include "port/can_controller.h"
#include "port/deep_sleep.h"
#include "port/gpio_bank.h"
#include "port/rgb_led.h"
#include "port/round_callbacks.h"
#include "port/watchdog.h"
#include "port/fs/volume.h"
#include "port/nvs_store.h"
#include "port/vfs.h"

namespace pyfw::engine {
struct Interpreter;
}

namespace pyfw::port {

class ConsoleMirror;
class FlashFileSystem;
class NvsStore;
namespace lora {
class LoraNvram;
class LoraStack;
class WorldAir;
}  // namespace lora
class LteLink;
class SigfoxAir;
class SigfoxRadio;
class NetworkState;
class SerialLine;

// What a HostExit asks of the board (engine::HostExit::kind); `argument` is the deep sleep's ms.
enum class ExitKind : int {
    SoftReset = 1,   // Ctrl-D, SystemExit from boot.py/main.py: a new interpreter, same hard boot
    Reset,           // machine.reset(), a WDT expiry: the boot chain again
    SafeBootReset,   // Ctrl-F: the one-boot safe-boot flag, then a reset
    DeepSleep,       // machine.deepsleep(ms)
    PowerOff,        // the console went away, or the run's time is up
    PowerLost,       // an armed power cut happened during a flash write: the chip just stops
};

// Why this start of the app happened, from the boot chain and the RTC domain.
struct StartFacts {
    chip::ResetReason resetReason = chip::ResetReason::PowerOn;
    chip::WakeCause wakeCause = chip::WakeCause::PowerOn;
    std::vector<int> wakePins;          // the pins that woke the board, for wake_reason()
    int64_t remainingSleepMs = 0;       // a deep sleep cut short by a pin
    bool safeBoot = false;
};

struct Console {
    engine::repl::ConsoleInput* in = nullptr;
    engine::repl::ConsoleOutput* out = nullptr;
    ConsoleMirror* mirror = nullptr;   // `out` when output can be copied to a Telnet client
};

class RunningApp {
public:
    RunningApp(chip::Board& board, const boot::AppJump& jump, StartFacts facts, Console console,
               std::optional<size_t> heapBytes);
    ~RunningApp();
    RunningApp(const RunningApp&) = delete;
    RunningApp& operator=(const RunningApp&) = delete;

    // Pycom's app_main + the once-only part of TASK_Micropython: the config block, and /flash
    // mounted (formatted on a first boot, or when it holds no volume, with a line on the console).
    void start();

    chip::Board& board() { return board_; }
    BoardTime& time() { return time_; }
    // The peripherals that live as long as the hard boot (the chip's own state).
    BoardIo& io() { return io_; }
    GpioBank& pins() { return pins_; }
    RgbLed& led() { return led_; }
    Watchdog& watchdog() { return watchdog_; }
    Alarms& alarms() { return alarms_; }
    // The Pysense's temperature/humidity sensor (on the I2C lines P22/P21 when pins.in has it).
    chip::Si7006& climateSensor() { return climateSensor_; }
    Vfs& files() { return vfs_; }
    Console& console() { return console_; }
    // Held while /flash or the app slots are used from a thread other than the interpreter's (the
    // FTP server); the /flash volume takes it for every call.
    std::recursive_mutex& flashMutex() { return flashMutex_; }
    const StartFacts& facts() const { return facts_; }
    const formats::ConfigBlock& config() const { return config_; }
    // Writes the config block as Pycom does (its sector erased, then the 768 bytes); a power cut
    // in between leaves erased flash, which reads as the defaults.
    base::Status writeConfig(const formats::ConfigBlock& config);
    const std::vector<engine::FrozenModule>& frozen() const { return frozen_; }
    const boot::AppJump& jump() const { return jump_; }
    size_t heapBytes() const { return heapBytes_; }

    // The RTC's wall time (seconds since 1970): kept across resets and deep sleep, set by
    // machine.RTC().init().
    int64_t rtcNowUs() const { return rtcOffsetUs_ + time_.nowUs(); }
    void setRtcNowUs(int64_t us) { rtcOffsetUs_ = us - time_.nowUs(); }

    // machine.main(): the script run instead of main.py in this round.
    std::string mainScript = "main.py";
    // A soft reset has happened since the hard boot (machine.reset_cause() says SOFT_RESET).
    bool softResetDone = false;
    // machine.pin_deepsleep_wakeup(): the pins that may end the next deep sleep.
    std::optional<PinWake> pinWake;
    // WLAN and the servers (network_state.h), made at first use.
    std::unique_ptr<NetworkState> network;

    // The board's NVS (pycom.nvs_*, LoRa nvram), opened when first asked for; null when the
    // partition cannot be opened.
    NvsStore* nvs();
    // The LoRa task (network.LoRa, LoRa sockets), started when first asked for; it lives until
    // the next reset or deep sleep, across soft resets.
    lora::LoraStack& lora();
    // The LoRa task if a script has started it (null otherwise): Sigfox borrows its radio.
    lora::LoraStack* loraIfStarted();
    // The world the board's radio is connected to (null: the empty air); set before lora().
    void setWorld(lora::WorldAir* world) { world_ = world; }
    // The GPy/FiPy LTE modem (null when none is connected), the trace of its UART, and the
    // firmware's link to it for this hard boot (made by the first network.LTE()).
    chip::SequansModem* lteModem = nullptr;
    std::function<void(const std::string&)> lteTrace;
    std::unique_ptr<LteLink> lteLink;
    // What is wired to UART 1 and 2 (machine.UART), for the whole run; null: nothing.
    std::array<SerialLine*, 3> uartLines{};
    // The CAN bus on the CAN pins (null: none), and the CAN controller, made by the first
    // machine.CAN(); its callback fires canCallbackKey().
    CanBus* canBus = nullptr;
    CanController& can();
    // The Sigfox network the radio reaches (null: nobody listens), and the board's Sigfox stack for
    // this hard boot (made by the first network.Sigfox()).
    SigfoxAir* sigfoxAir = nullptr;
    std::unique_ptr<SigfoxRadio> sigfox;

    // Prints on the console as the firmware's own output (cooked line ends).
    void say(std::string_view text);

    // The boot chain's OTA updater (pycom.ota_*), made on first use with the installed bootloader's
    // configuration; an update in progress carries over a soft reset, as on the chip.
    base::Result<boot::OtaUpdater*> ota();

    // os.mkfs('/flash'): an empty volume in place of /flash, with Pycom's fresh files. 0 or errno.
    int reformatFlash();

    // The interpreter of the current round (null between rounds), for events from other threads.
    void setInterpreter(engine::Interpreter* in);
    // Runs `forget` when the current round's interpreter goes away (a soft reset, a reset, deep
    // sleep), on its thread while it is still current: for modules that keep Values of that
    // interpreter outside its heap.
    void atRoundEnd(std::function<void()> forget);
    // The Python callbacks of the running round (null between rounds); begin/end on the
    // interpreter's thread, around the round.
    RoundCallbacks* callbacks() { return callbacks_.get(); }
    void beginRound(engine::Interpreter& in);
    void endRound();
    // From any thread: fires the callback `key` of the running round, if any.
    void fireCallback(uint64_t key);

    // Ctrl-F on the console (any thread): a reset into safe boot, at once.
    void requestSafeBootReset();
    // Ends the run with `request` from any thread (a watchdog, the run's time limit).
    void requestExit(engine::HostExit request);

private:
    void readConfigBlock();
    void startPeripherals();
    void mountFlash();
    void createDefaultFiles();
    // Mounts the volume in `flashStorage_` at /flash; 0 or errno.
    int mountVolume();

    chip::Board& board_;
    boot::AppJump jump_;
    StartFacts facts_;
    Console console_;
    size_t heapBytes_;
    BoardTime time_;
    BoardIo io_;
    GpioBank pins_;
    RgbLed led_;
    Watchdog watchdog_;
    std::mutex callbacksMutex_;
    std::unique_ptr<RoundCallbacks> callbacks_;
    Alarms alarms_;
    chip::Si7006 climateSensor_;
    Vfs vfs_;
    formats::ConfigBlock config_ = formats::ConfigBlock::erased();
    std::vector<engine::FrozenModule> frozen_;
    int64_t rtcOffsetUs_ = 0;
    std::mutex exitMutex_;
    std::recursive_mutex flashMutex_;
    engine::Interpreter* interpreter_ = nullptr;
    std::optional<engine::HostExit> pendingExit_;   // asked for between rounds
    std::optional<fs::VolumeStorage> flashStorage_;
    std::shared_ptr<FlashFileSystem> flashFiles_;
    std::vector<std::function<void()>> roundEnd_;
    std::mutex devicesMutex_;
    std::unique_ptr<NvsStore> nvs_;
    bool nvsTried_ = false;
    lora::WorldAir* world_ = nullptr;
    std::unique_ptr<lora::LoraNvram> loraNvram_;
    std::unique_ptr<CanController> can_;
    std::unique_ptr<lora::LoraStack> lora_;   // declared after time_: it stops before the clock
    std::optional<boot::OtaUpdater> ota_;
};

}  // namespace pyfw::port
