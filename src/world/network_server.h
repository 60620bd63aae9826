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
    int64_t timeUs = 0;      // end of reception, on the simulation's clock (or wall clock)
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

struct NsDevice {
    DeviceEntry entry;
    bool active = false;
    uint32_t devAddr = 0;
    Key nwkSKey{}, appSKey{};
    std::unique_ptr<lorawan::SessionCrypto> crypto;
    uint32_t fcntUp = 0;      // last accepted
    bool uplinkSeen = false;
    uint32_t fcntDown = 0;    // next to use
    std::vector<uint16_t> usedNonces;
    lorawan::FrameBuffer lastUplink;
    // The MAC state the server believes the device has.
    uint8_t dr = 0, txPowerIndex = 0, nbTrans = 1, rx1DrOffset = 0, rx2Dr = 0, rxDelaySeconds = 1;
    uint32_t rx2FrequencyHz = 0;
    std::array<float, 20> snrHistory{};
    uint8_t snrCount = 0;
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
    ComplianceRun compliance;
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
    std::array<uint64_t, size_t(lorawan::DropReason::Count)> drops{};
};

class NetworkServer {
public:
    explicit NetworkServer(const NsConfig& config);

    void addDevice(const DeviceEntry& entry);
    NsDevice* device(Eui devEui);
    const std::vector<std::unique_ptr<NsDevice>>& devices() const { return devices_; }

    // One uplink from a gateway; returns the downlink to send, if any.
    std::optional<DownlinkPlan> onUplink(const UplinkMeta& meta, base::ByteView phy);
    // Queues an application downlink; for a class C device it is planned at once.
    std::optional<DownlinkPlan> enqueue(Eui devEui, uint8_t port, base::ByteView payload, bool confirmed,
                                        int64_t nowUs = 0, uint32_t tmstNow = 0);
    // Queues MAC commands (CID + payload each) for the next downlink; false if the bytes are not
    // a run of whole, known commands or the queue is full.
    bool queueMacCommands(Eui devEui, base::ByteView commands);
    // Starts the compliance test sequence on a joined device.
    void startCompliance(Eui devEui);

    const NsStats& stats() const { return stats_; }
    const NsConfig& config() const { return config_; }
    const lorawan::Region& regionTable() const { return *region_; }
    // Every accepted application/MAC uplink, for tests and the CLI log.
    std::function<void(const ReceivedUplink&)> onData;
    // Every frame the server produces or accepts, with the keys to check it (the lora-packet peer).
    std::function<void(const char* kind, base::ByteView phy, const NsDevice& device, uint32_t fcnt)> onFrame;

private:
    std::optional<DownlinkPlan> handleJoin(const UplinkMeta& meta, base::ByteView phy);
    std::optional<DownlinkPlan> handleData(const UplinkMeta& meta, base::ByteView phy);
    void activate(NsDevice& d, uint32_t devAddr, const Key& nwk, const Key& app);
    // ns_mac.cpp
    bool handleAnswers(NsDevice& d, base::ByteView commands, const UplinkMeta& meta, bool& needsDownlink);
    void runAdr(NsDevice& d, const UplinkMeta& meta, bool adrAckReq);
    void queueLinkAdr(NsDevice& d, uint8_t dr, uint8_t power);
    void noteSentCommands(NsDevice& d, base::ByteView sent);
    bool resendUnanswered(NsDevice& d, bool answersSeen);
    // ns_compliance.cpp
    void complianceUplink(NsDevice& d, const lorawan::DataFrameView& frame, base::ByteView payload);
    void complianceJoin(NsDevice& d);
    // downlinks
    std::optional<DownlinkPlan> planDownlink(NsDevice& d, const UplinkMeta* meta, bool ack, bool force);
    uint8_t drOf(uint8_t sf, uint16_t bw) const;
    uint32_t rx1Frequency(uint32_t uplinkHz) const;

    NsConfig config_;
    const lorawan::Region* region_;
    std::vector<std::unique_ptr<NsDevice>> devices_;
    std::unordered_map<Eui, NsDevice*> byEui_;
    std::unordered_map<uint32_t, NsDevice*> byAddr_;
    uint32_t nextAddr_ = 1;
    uint32_t appNonce_ = 1;
    NsStats stats_;
};

}  // namespace pyfw::world
