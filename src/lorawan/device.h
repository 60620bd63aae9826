// A LoRaWAN 1.0.2 end device (class A and C) with Pycom v1.17.2.b1's behaviour. It is a state
// machine driven from outside: the owner calls the API (join, send, receive, ...), forwards radio
// completions (onTxDone/onRxDone/onRxTimeout) and calls onTimer() once the clock reaches wakeAt().
// Nothing here sleeps or spawns threads, so the same code runs on the board and on virtual time.
//
// The API maps onto Pycom's network.LoRa and LoRa sockets: joinOtaa/activateAbp = lora.join,
// send = socket.send with SO_CONFIRMED/SO_DR, receive = socket.recvfrom, takeEvents = lora.events,
// stats = lora.stats, save/restore/eraseSaved = lora.nvram_*, add/removeChannel, compliance().
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <optional>

#include "lorawan/compliance.h"
#include "lorawan/frame_crypto.h"
#include "lorawan/interfaces.h"
#include "lorawan/session.h"

namespace pyfw::lorawan {

inline constexpr int64_t kSecondUs = 1000000;
inline constexpr uint32_t kAdrAckLimit = 64;
inline constexpr uint32_t kAdrAckDelay = 32;
inline constexpr int64_t kJoinRetryIntervalUs = 10 * kSecondUs;  // Pycom's OVER_THE_AIR_ACTIVATION_DUTYCYCLE
// The join back-off (see JoinRetry::Backoff): the first retry comes 5 to 10 s after a request
// started, each later one in [U/2, U) with U doubling up to an hour.
inline constexpr int64_t kJoinBackoffFirstUs = 10 * kSecondUs;
inline constexpr int64_t kJoinBackoffMaxUs = 3600 * kSecondUs;

// How a device that has not been accepted retries its join request.
enum class JoinRetry : uint8_t {
    // LoRaWAN 1.0.2 §7: random intervals that grow with each attempt, within the join duty cycle
    // (1 % of the time since power-up in the first hour, 0.1 % up to 11 h, then 0.01 %) and the
    // airtime caps (36 s in the first hour, 36 s over the next 10, 8.7 s per 24 h after that).
    Backoff,
    // Pycom v1.17.2: a new request every 10 s (OVER_THE_AIR_ACTIVATION_DUTYCYCLE), for ever.
    PycomFixed,
};
const char* joinRetryName(JoinRetry retry);

// Pycom's event bits (LoRa.RX_PACKET_EVENT etc.).
enum Event : uint32_t { RxPacketEvent = 1, TxPacketEvent = 2, TxFailedEvent = 4 };

struct DeviceConfig {
    RegionId region = RegionId::EU868;
    DeviceClass deviceClass = DeviceClass::A;
    bool adr = false;
    uint8_t txRetries = 2;             // confirmed uplinks: 1 + txRetries tries
    bool dutyCycle = false;            // the owner's setting; Pycom switches the regulatory duty cycle off
    uint8_t batteryLevel = 255;        // DevStatusAns: 0 external power, 1..254, 255 unknown
    uint64_t seed = 1;                 // channel choice and back-off jitter
    JoinRetry joinRetry = JoinRetry::Backoff;
    int64_t joinRetryIntervalUs = kJoinRetryIntervalUs;  // JoinRetry::PycomFixed
    uint32_t rxErrorUs = 10000;        // LoRaMac v4.4.0 SystemMaxRxError
    // Who answers the port-224 test. false: the device sends the test uplinks every 5 s and rejoins
    // by itself (LoRaMac-node's test application). true: Pycom's split, where the certification
    // script on the board does: the device follows the commands, hands the echo request to the
    // application (port 224) and sends the application's frames on port 224 while the test runs.
    bool complianceByApplication = false;
};

struct SendOptions {
    bool confirmed = false;
    std::optional<uint8_t> dr;  // used when ADR is off (Pycom's SO_DR)
};

enum class SendResult : uint8_t { Ok, NotJoined, Busy, TooLong, InvalidDr, InvalidPort };
const char* sendResultName(SendResult result);

struct Downlink {
    uint8_t port = 0;
    uint8_t size = 0;
    std::array<uint8_t, 242> data{};
    base::ByteView view() const { return {data.data(), size}; }
};

// Pycom's lora.stats() tuple plus the counters tests and the simulation read.
struct DeviceStats {
    int64_t rxTimestampUs = 0;
    int16_t rssi = 0;
    int8_t snr = 0;
    uint8_t sfRx = 0;
    uint8_t sfTx = 0;
    uint8_t txTrials = 0;
    int8_t txPowerDbm = 0;
    uint32_t txTimeOnAirMs = 0;
    uint32_t txCounter = 0;
    uint32_t txFrequencyHz = 0;
    uint32_t joinRequests = 0;
    uint32_t retransmissions = 0;
    uint32_t downlinks = 0;
    uint32_t ackedUplinks = 0;
    uint32_t failedUplinks = 0;
    uint8_t linkMargin = 0;
    uint8_t gatewayCount = 0;
    std::array<uint32_t, size_t(DropReason::Count)> drops{};
    uint32_t unknownMacCommands = 0;
};

class Device {
public:
    Device(const DeviceConfig& config, Radio& radio, Clock& clock, Storage& storage);

    // ---- Activation ----
    // Starts an OTAA join and keeps re-sending it until accepted (DeviceConfig::joinRetry says
    // when). dr: Pycom's join dr.
    base::Status joinOtaa(Eui devEui, Eui appEui, const Key& appKey, std::optional<uint8_t> dr = std::nullopt);
    base::Status activateAbp(uint32_t devAddr, const Key& nwkSKey, const Key& appSKey);
    bool joined() const { return session_.activation != Activation::None; }

    // ---- Data ----
    SendResult send(uint8_t port, base::ByteView payload, const SendOptions& options = {});
    bool busy() const { return phase_ != Phase::Idle || joining_; }
    std::optional<Downlink> receive();
    uint32_t takeEvents();
    void setCallback(std::function<void(uint32_t events)> callback) { callback_ = std::move(callback); }
    void requestLinkCheck() { linkCheckWanted_ = true; }
    void setAdr(bool on) { session_.adr = on; }
    void setBatteryLevel(uint8_t level) { config_.batteryLevel = level; }
    // The regulatory duty cycle (EU868 bands, DutyCycleReq) is off by default, as in Pycom, and
    // always on while the port-224 compliance test runs; leaving the test restores the setting.
    void setDutyCycle(bool on) { config_.dutyCycle = on; }
    bool dutyCycle() const { return config_.dutyCycle || compliance_.running(); }

    // ---- Channels ----
    bool addChannel(uint8_t index, uint32_t frequencyHz, uint8_t minDr, uint8_t maxDr);
    bool removeChannel(uint8_t index);

    // ---- Persistence (lora.nvram_save / nvram_restore / nvram_erase) ----
    base::Status save();
    // Loads the saved session if it was saved joined and for this region; like Pycom, it then
    // marks the saved copy as used, so only a new save() makes it restorable again.
    base::Status restore();
    void eraseSaved();

    // ---- Compliance test (port 224) ----
    const ComplianceState& compliance() const { return compliance_.state(); }
    void setComplianceEnabled(bool enabled) { compliance_.setEnabled(enabled); }
    void setComplianceState(uint8_t state, bool linkCheckAnswered) { compliance_.setState(state, linkCheckAnswered); }

    // ---- Driver side ----
    void onTxDone(int64_t timeUs);
    void onRxDone(base::ByteView frame, int16_t rssi, int8_t snr, int64_t timeUs);
    void onRxTimeout(int64_t timeUs);
    // A compliance uplink that falls due while the device is busy waits until it is idle again, so
    // a past due time never hides the wake-ups of the frame in progress.
    int64_t wakeAt() const { return std::min(wakeAt_, phase_ == Phase::Idle && !joining_ ? complianceWakeUs_ : INT64_MAX); }
    void onTimer(int64_t nowUs);

    // ---- Introspection ----
    const Session& session() const { return session_; }
    const DeviceStats& stats() const { return stats_; }
    const Region& regionTable() const { return *region_; }
    DeviceClass deviceClass() const { return config_.deviceClass; }
    uint16_t lastDevNonce() const { return devNonce_; }  // of the last join request sent

private:
    enum class Phase : uint8_t { Idle, WaitSlot, Transmitting, WaitRx1, Rx1, WaitRx2, Rx2, WaitRetry };

    struct Uplink {
        bool join = false;
        bool confirmed = false;
        FrameBuffer frame;
        uint8_t dr = 0;
        uint8_t tries = 0;      // transmissions so far
        uint8_t maxTries = 1;
        uint8_t channel = 0;
        int64_t txStartUs = 0;
        int64_t txEndUs = 0;
        bool gotDownlink = false;
        bool acked = false;
    };

    // device_tx.cpp
    SendResult queueData(uint8_t port, base::ByteView payload, bool confirmed, uint8_t dr);
    void queueJoin();
    void startTransmission();
    void finishUplink();
    int64_t nextJoinAttemptUs();
    int64_t withinJoinBudget(int64_t atUs, int64_t airUs);
    void scheduleNextTry();
    int64_t channelFreeAtUs(uint32_t frequencyHz) const;
    void recordAirtime(uint32_t frequencyHz, uint32_t timeOnAirUs);
    void adrBeforeUplink();
    void raise(uint32_t events);
    // device_rx.cpp
    void openWindow(bool first);
    void listenContinuously();
    RxRequest windowFor(uint32_t frequencyHz, uint8_t dr, int64_t targetUs) const;
    bool acceptDownlink(base::ByteView frame, int16_t rssi, int8_t snr, int64_t timeUs, bool classAWindow);
    bool acceptJoinAccept(base::ByteView frame);
    void deliver(const DataFrameView& frame, uint32_t fcnt32, int8_t snr);
    void queueReceived(uint8_t port, base::ByteView payload);  // for receive(); 3 frames at most
    // device_mac.cpp
    void handleMacCommands(base::ByteView commands, int8_t snr);
    void handleLinkAdrBlock(std::span<const MacCommand> block);
    void handleMacCommand(const MacCommand& command, int8_t snr);
    // compliance glue
    void runCompliance(const ComplianceAction& action);
    void sendComplianceUplink();

    uint32_t frequencyOf(uint8_t channel) const { return session_.channels.channel(channel).frequencyHz; }

    DeviceConfig config_;
    Radio& radio_;
    Clock& clock_;
    Storage& storage_;
    const Region* region_;
    Session session_;
    std::optional<SessionCrypto> crypto_;
    DeviceStats stats_;
    Compliance compliance_;

    Phase phase_ = Phase::Idle;
    int64_t wakeAt_ = INT64_MAX;
    Uplink uplink_;
    bool joining_ = false;
    int64_t joinStartedUs_ = 0;
    // The join airtime budget since the first join request of this power-up (spec §7).
    int64_t joinEpochUs_ = -1;
    int joinWindow_ = 0;
    int64_t joinAirUsedUs_ = 0;
    uint32_t joinAttempts_ = 0;
    Eui devEui_ = 0, appEui_ = 0;
    Key appKey_{};
    uint8_t joinDr_ = 0;
    uint16_t devNonce_ = 0;

    bool linkCheckWanted_ = false;
    int64_t complianceWakeUs_ = INT64_MAX;
    bool adrBeforeTest_ = false;
    bool rejoinWanted_ = false;

    std::array<Downlink, 3> rxQueue_{};  // Pycom's LoRa RX queue holds 3 frames
    uint8_t rxHead_ = 0, rxCount_ = 0;
    uint32_t events_ = 0;
    std::function<void(uint32_t)> callback_;
};

}  // namespace pyfw::lorawan
