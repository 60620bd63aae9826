// A LoRaWAN 1.0.2 network server: device registry, OTAA joins, ABP sessions, MIC and frame
// counter checks, confirmed downlinks and ACKs, ADR, the MAC commands a network sends, and the
// port-224 compliance driver. It is transport-free: a gateway link (in-process for the
// simulation, Semtech UDP for `pyfw ns`) hands it uplinks and sends the downlinks it plans.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "lorawan/frame_crypto.h"
#include "lorawan/mac_commands.h"
#include "lorawan/region.h"
#include "lorawan/session.h"

namespace pyfw::world {

using lorawan::Eui;
using lorawan::Key;

struct DeviceEntry {
    std::string name;
    Eui devEui = 0;
    Eui appEui = 0;
    Key appKey{};
    bool otaa = true;
    uint32_t devAddr = 0;  // ABP
    Key nwkSKey{};         // ABP
    Key appSKey{};         // ABP
    lorawan::DeviceClass deviceClass = lorawan::DeviceClass::A;
    // The DevNonce a simulated device sends next (the simulator keeps it here across runs; a
    // server ignores it).
    std::optional<uint16_t> nextDevNonce;
};

struct NsConfig {
    lorawan::RegionId region = lorawan::RegionId::EU868;
    uint32_t netId = 0x000013;
    uint8_t rx1DrOffset = 0;
    std::optional<uint8_t> rx2Dr;       // region default if unset
    uint8_t rxDelaySeconds = 1;
    bool adr = true;
    double adrMarginDb = 10.0;
    uint32_t devStatusEvery = 0;        // send DevStatusReq every N uplinks; 0 = never
    uint8_t subBand = 0;                // US915/AU915: 1..8 restricts devices to one sub-band
    bool sendCfList = true;             // EU868/AS923: channels 3..7 in the join accept
    bool preferRx2 = false;             // schedule data downlinks in RX2 instead of RX1
};

// What the gateway says about one received uplink.
struct UplinkMeta {
    int64_t timeUs = 0;      // end of reception, on the simulation's clock (or the server's clock)
    uint32_t tmst = 0;       // the gateway's microsecond counter at the end of reception
    uint32_t frequencyHz = 0;
    uint8_t spreadingFactor = 7;
    uint16_t bandwidthKhz = 125;
    double rssi = 0;
    double snr = 0;
    Eui gatewayEui = 0;
};

// A downlink for the gateway to send: at tmst (class A windows) or at once (class C).
struct DownlinkPlan {
    Eui devEui = 0;
    Eui gatewayEui = 0;      // the gateway to send through (the one that heard the uplink best)
    bool immediate = false;
    uint32_t tmst = 0;
    int64_t timeUs = 0;
    uint32_t frequencyHz = 0;
    uint8_t dr = 0;
    int8_t powerDbm = 14;
    lorawan::FrameBuffer frame;
};

struct AppDownlink {
    uint8_t port = 1;
    base::Bytes payload;
    bool confirmed = false;
    uint8_t attempts = 0;
};

struct ReceivedUplink {
    Eui devEui;
    uint32_t fcnt;
    bool confirmed;
    std::optional<uint8_t> port;
    base::Bytes payload;  // decrypted; MAC commands for port 0
    base::Bytes fopts;
};

// The compliance sequence the server drives on one device (reference/lorawan.md §4).
struct ComplianceRun {
    int step = -1;  // -1 = not running
    int passed = 0;
    int failed = 0;
    std::vector<std::string> failures;
    uint16_t lastCounter = 0;
    bool finished = false;
    int misses = 0;
};

// What the server must keep about a device across a restart (see session_store.h).
struct NsSession {
    bool active = false;
    uint32_t devAddr = 0;
    Key nwkSKey{}, appSKey{};
    uint32_t fcntUp = 0;      // last accepted
    bool uplinkSeen = false;
    uint32_t fcntDown = 0;    // next to use
    std::vector<uint16_t> usedNonces;
    // The MAC state the server believes the device has.
    uint8_t dr = 0, txPowerIndex = 0, nbTrans = 1, rx1DrOffset = 0, rx2Dr = 0, rxDelaySeconds = 1;
    uint32_t rx2FrequencyHz = 0;
    bool adrPending = false;
    uint8_t pendingDr = 0, pendingPower = 0;
    std::optional<std::array<uint8_t, 4>> pendingRxParam;  // RXParamSetupReq payload awaiting its answer
    std::optional<uint8_t> pendingRxDelay;
    lorawan::MacCommandBuffer pendingCommands;
    // Commands of the last downlink that await an answer: sent again when the next uplink carries
    // no answer at all, since then the downlink (or the uplink with the answers) was lost.
    lorawan::MacCommandBuffer unanswered;
    std::deque<AppDownlink> queue;
    std::optional<AppDownlink> awaitingAck;
    uint32_t uplinks = 0;
    uint8_t battery = 0;
    int8_t margin = 0;
    bool devStatusSeen = false;
};

struct NsDevice : NsSession {
    DeviceEntry entry;
    std::unique_ptr<lorawan::SessionCrypto> crypto;
    lorawan::FrameBuffer lastUplink;
    int64_t lastUplinkUs = INT64_MIN;  // when the last new uplink came (not kept across a restart)
    Eui lastGatewayEui = 0;  // class C downlinks go through the gateway that heard the device last
    std::array<float, 20> snrHistory{};
    uint8_t snrCount = 0;
    ComplianceRun compliance;
};

// The server-wide numbers a restart must continue from.
struct NsCounters {
    uint32_t nextAddr = 1;
    uint32_t appNonce = 1;
};

// What changed a device, for its saved record and the frame log.
struct PersistEvent {
    const char* kind = nullptr;          // join_request, uplink, downlink; nullptr: no log entry
    std::optional<uint16_t> devNonce;    // a join request's DevNonce, now used
    std::optional<uint32_t> fcnt;
    std::optional<uint8_t> port;
    base::ByteView payload;
    const UplinkMeta* meta = nullptr;    // the best reception of an uplink
    int gateways = 0;
    bool queueChanged = false;
    uint8_t dr = 0;                        // the uplink's data rate and time on air (the fleet page)
    uint32_t airtimeUs = 0;
    // The answer planned in the same step: a data downlink (its FCnt) or a join accept.
    std::optional<uint32_t> downlinkFcnt;
    bool joinAccept = false;
    uint8_t downlinkDr = 0;
    uint32_t downlinkAirtimeUs = 0;
};

// Where the server saves a device before it answers (SessionStore in SQLite; none in simulations).
class SessionPersistence {
public:
    virtual ~SessionPersistence() = default;
    virtual base::Status persist(const NsDevice& device, const NsCounters& counters, const PersistEvent& event) = 0;
};

// One line of `pyfw ns serve --verbose`: an accepted frame, a downlink, or a drop with its reason.
struct NsLogEvent {
    enum class Kind : uint8_t { Join, Uplink, Downlink, Drop };
    Kind kind = Kind::Drop;
    const char* reason = nullptr;    // Drop: why, in words
    const NsDevice* device = nullptr;  // when the frame could be tied to one
    Eui devEui = 0;                  // a join request's DevEUI
    std::optional<uint32_t> devAddr;
    std::optional<uint32_t> fcnt;
    std::optional<uint8_t> port;
    bool confirmed = false;
    base::ByteView payload;          // decrypted
    base::ByteView fopts;            // an uplink's MAC commands in its header (answers, requests)
    const UplinkMeta* meta = nullptr;
    int gateways = 0;
};

struct NsStats {
    uint64_t joins = 0;
    uint64_t uplinks = 0;
    uint64_t duplicates = 0;
    uint64_t confirmedUplinks = 0;
    uint64_t downlinks = 0;
    uint64_t acksSent = 0;
    uint64_t adrChanges = 0;
    uint64_t linkChecks = 0;
    uint64_t macAnswers = 0;
    uint64_t stickyAnswers = 0;
    uint64_t macResends = 0;         // commands sent again after a downlink went unanswered
    uint64_t unknownMacCommands = 0;
    uint64_t downlinksNotAcked = 0;
    uint64_t receptions = 0;         // copies heard by gateways, duplicates across gateways included
    uint64_t macOnlyUplinks = 0;     // accepted frames without an application payload port
    uint64_t complianceUplinks = 0;  // accepted frames on the test port 224
    std::array<uint64_t, size_t(lorawan::DropReason::Count)> drops{};
    uint64_t wrongFrequencyPlan = 0; // uplinks on a frequency or data rate the region does not have
    uint64_t storeFailures = 0;      // frames not answered because the session could not be saved
    uint64_t totalDrops() const;
};

class NetworkServer {
public:
    explicit NetworkServer(const NsConfig& config);

    void addDevice(const DeviceEntry& entry);
    NsDevice* device(Eui devEui);
    const std::vector<std::unique_ptr<NsDevice>>& devices() const { return devices_; }

    // One uplink as heard by one or more gateways (the copies of one frame, deduplicated); returns
    // the downlink to send, if any, through the gateway that heard the frame best.
    std::optional<DownlinkPlan> onUplink(std::span<const UplinkMeta> receptions, base::ByteView phy);
    std::optional<DownlinkPlan> onUplink(const UplinkMeta& meta, base::ByteView phy) { return onUplink({&meta, 1}, phy); }
    // Queues an application downlink; for a class C device it is planned at once.
    std::optional<DownlinkPlan> enqueue(Eui devEui, uint8_t port, base::ByteView payload, bool confirmed,
                                        int64_t nowUs = 0, uint32_t tmstNow = 0);
    // Queues MAC commands (CID + payload each) for the next downlink; false if the bytes are not
    // a run of whole, known commands or the queue is full.
    bool queueMacCommands(Eui devEui, base::ByteView commands);
    // Starts the compliance test sequence on a joined device.
    void startCompliance(Eui devEui);

    // Persistence: saved before every answer when set; counters and sessions restored from it.
    void setPersistence(SessionPersistence* persistence) { persistence_ = persistence; }
    NsCounters counters() const { return counters_; }
    void restoreCounters(const NsCounters& counters) { counters_ = counters; }
    void restoreSession(NsDevice& device, const NsSession& session);

    const NsStats& stats() const { return stats_; }
    const NsConfig& config() const { return config_; }
    const lorawan::Region& regionTable() const { return *region_; }
    // Every accepted application/MAC uplink, for tests and the CLI log.
    std::function<void(const ReceivedUplink&)> onData;
    // Every frame the server produces or accepts, with the keys to check it (the lora-packet peer).
    std::function<void(const char* kind, base::ByteView phy, const NsDevice& device, uint32_t fcnt)> onFrame;
    std::function<void(const NsLogEvent&)> onLog;
    // Each step of a compliance run as it passes or fails.
    std::function<void(const NsDevice& device, const char* step, bool passed)> onComplianceStep;

private:
    std::optional<DownlinkPlan> handleJoin(std::span<const UplinkMeta> receptions, base::ByteView phy);
    std::optional<DownlinkPlan> handleData(std::span<const UplinkMeta> receptions, base::ByteView phy);
    std::optional<DownlinkPlan> drop(lorawan::DropReason reason, NsLogEvent event);
    bool save(NsDevice& d, const PersistEvent& event);
    void log(const NsLogEvent& event) { if (onLog) onLog(event); }
    void activate(NsDevice& d, uint32_t devAddr, const Key& nwk, const Key& app);
    // ns_mac.cpp
    bool handleAnswers(NsDevice& d, base::ByteView commands, std::span<const UplinkMeta> receptions, bool& needsDownlink);
    void runAdr(NsDevice& d, const UplinkMeta& meta, bool adrAckReq);
    void queueLinkAdr(NsDevice& d, uint8_t dr, uint8_t power);
    void noteSentCommands(NsDevice& d, base::ByteView sent);
    bool resendUnanswered(NsDevice& d, bool answersSeen);
    // ns_compliance.cpp
    void complianceUplink(NsDevice& d, const lorawan::DataFrameView& frame, base::ByteView payload);
    void complianceJoin(NsDevice& d);
    void passStep(NsDevice& d);
    // downlinks
    std::optional<DownlinkPlan> planDownlink(NsDevice& d, const UplinkMeta* meta, bool ack, bool force);
    static constexpr uint8_t kNoDr = 0xFF;
    uint8_t drOf(uint8_t sf, uint16_t bw) const;  // kNoDr: not an uplink DR of the region
    uint32_t airtimeUs(uint8_t dr, size_t bytes, bool uplink) const;
    void noteDownlink(PersistEvent& saved, const DownlinkPlan& plan) const;
    uint32_t rx1Frequency(uint32_t uplinkHz) const;

    NsConfig config_;
    const lorawan::Region* region_;
    std::vector<std::unique_ptr<NsDevice>> devices_;
    std::unordered_map<Eui, NsDevice*> byEui_;
    std::unordered_map<uint32_t, NsDevice*> byAddr_;
    NsCounters counters_;
    SessionPersistence* persistence_ = nullptr;
    NsStats stats_;
};

}  // namespace pyfw::world
