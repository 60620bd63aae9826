// The board's LoRa task (Pycom's modlora.c TASK_LoRa): the radio and, in LORAWAN mode, the MAC
// (lorawan::Device), driven by the board's clock and the air's events. It lives for one hard boot
// (a soft reset keeps it, as the chip's task keeps running; deep sleep ends it). Every entry point
// is thread-safe: Python calls come from the interpreter's thread, timers and radio events from
// whichever thread moves the clock or reads the world.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include "lorawan/device.h"
#include "port/board_time.h"
#include "port/lora/air.h"

namespace pyfw::port::lora {

enum class LoraMode : uint8_t { Lora = 0, Lorawan = 1 };               // LoRa.LORA, LoRa.LORAWAN
enum class PowerMode : uint8_t { AlwaysOn = 0, TxOnly = 1, Sleep = 2 };  // LoRa.ALWAYS_ON ...

struct LoraSettings {
    LoraMode mode = LoraMode::Lora;
    lorawan::RegionId region = lorawan::RegionId::EU868;
    AirSettings raw;              // LORA mode: frequency, sf, bandwidth, coding rate, preamble, public
    bool txIq = false;            // LORA mode: inverted IQ on transmit / on receive
    bool rxIq = false;
    int8_t txPowerDbm = 14;
    PowerMode powerMode = PowerMode::AlwaysOn;
    bool adr = false;
    uint8_t txRetries = 2;
    lorawan::DeviceClass deviceClass = lorawan::DeviceClass::A;
};

class LoraStack {
public:
    LoraStack(BoardTime& time, lorawan::Storage& storage, uint64_t seed);
    ~LoraStack();
    LoraStack(const LoraStack&) = delete;
    LoraStack& operator=(const LoraStack&) = delete;

    // The air the radio uses from now on (the stack does not own it); null: the empty air.
    void connect(Air* air);

    // LoRa(...) / lora.init(...): the radio in the mode, a fresh MAC in LORAWAN mode.
    void init(const LoraSettings& settings);
    LoraSettings settings() const;
    bool initialised() const;
    // Events as they are raised (LoRa.RX_PACKET_EVENT...), on any thread; null to stop.
    void setListener(std::function<void(uint32_t events)> listener);

    // LORAWAN mode: `use` runs with the MAC under the stack's lock; the timers follow what it did.
    template <typename Use>
    auto withDevice(Use&& use) {
        std::unique_lock lock(mutex_);
        struct Rearm {
            LoraStack& stack;
            ~Rearm() { stack.armWakeTimer(); }
        } rearm{*this};
        return use(*device_);
    }
    bool lorawan() const;

    // LORA mode.
    enum class RawSend { Sent, Sleeping, Busy };
    RawSend rawSend(base::ByteView payload);
    bool rawBusy() const;
    std::optional<base::Bytes> rawReceive();
    // lora.power_mode(): ALWAYS_ON listens between transmissions, TX_ONLY and SLEEP do not.
    void setPowerMode(PowerMode mode);

    // The radio lent to Sigfox (LoPy4, FiPy share one SX127x, as Pycom's xLoRaSigfoxSem does): lent
    // only while LoRa is idle (no raw frame on air, no LoRaWAN exchange under way); while it is
    // lent, raw listening stops and LoRa sends wait (rawBusy() and radioLent() say so).
    bool lendRadio();
    void takeBackRadio();
    bool radioLent() const;

    uint32_t takeEvents();
    // lora.stats(): the MAC's figures, or in LORA mode the raw radio's (the same fields).
    lorawan::DeviceStats stats() const;

    // Waits on the board's clock until `ready()` (called under the stack's lock) or deadlineUs;
    // the interpreter's events run meanwhile. True when ready.
    bool waitUntil(const std::function<bool()>& ready, int64_t deadlineUs);
    int64_t nowUs() const { return time_.nowUs(); }

private:
    class MacRadio;
    void onAir(const AirEvent& event);
    void onRawAir(const AirEvent& event);
    void listenRaw();
    void raise(uint32_t events);
    void armWakeTimer();
    void onWakeTimer();
    Air& air() { return air_ ? *air_ : *emptyAir_; }

    BoardTime& time_;
    lorawan::Storage& storage_;
    const uint64_t seed_;
    mutable std::recursive_mutex mutex_;
    LoraSettings settings_;
    bool initialised_ = false;
    std::unique_ptr<Air> emptyAir_;
    Air* air_ = nullptr;
    std::unique_ptr<MacRadio> macRadio_;
    std::unique_ptr<lorawan::Device> device_;
    uint64_t wakeTimer_ = 0;
    int64_t wakeTimerAtUs_ = INT64_MAX;

    // LORA mode
    bool rawTransmitting_ = false;
    bool lent_ = false;   // to Sigfox
    std::array<base::Bytes, 3> rawQueue_;   // Pycom's RX queue holds 3 frames
    size_t rawHead_ = 0, rawCount_ = 0;
    uint32_t rawEvents_ = 0;
    lorawan::DeviceStats rawStats_;

    std::function<void(uint32_t)> listener_;
};

}  // namespace pyfw::port::lora
