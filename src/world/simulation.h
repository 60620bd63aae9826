// Simulated LoRaWAN devices in a World: each device is the real lorawan::Device behind a radio
// that turns transmit/receive calls into world events, with an application that sends a counter
// once per period. Used by `pyfw lorawan simulate`, the scenario tests and the benchmark; the
// in-process network server is here too, unless the world's gateways talk to another over UDP.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lorawan/device.h"
#include "world/device_registry.h"
#include "world/memory_storage.h"
#include "world/network_server.h"
#include "world/world.h"

namespace pyfw::world {

struct SimulationConfig {
    lorawan::RegionId region = lorawan::RegionId::EU868;
    bool otaa = true;
    size_t devices = 1;
    int64_t periodUs = 600 * lorawan::kSecondUs;  // each device sends once per period
    int64_t startSpreadUs = -1;     // devices power up over this time; -1 = one period, 0 = all at once
    uint8_t payloadSize = 10;
    uint32_t confirmedEvery = 0;    // every n-th uplink of a device is confirmed; 0 = never
    bool adr = true;
    lorawan::DeviceClass deviceClass = lorawan::DeviceClass::A;
    std::optional<uint8_t> joinDr;
    std::optional<uint8_t> dataDr;  // the socket DR when ADR is off
    uint8_t txRetries = 2;
    bool dutyCycle = false;
    lorawan::JoinRetry joinRetry = lorawan::JoinRetry::Backoff;
    uint64_t seed = 1;
    double uplinkLoss = 0.0;        // probability that an uplink is lost on the way
    double downlinkLoss = 0.0;
    bool collisions = true;
    double captureDb = 6.0;
    double minPathLossDb = 100.0;   // each device's path loss to the first gateway is in this range
    double maxPathLossDb = 130.0;
    size_t gateways = 1;
    double gatewaySpacingM = 500;
    int serverWaitMs = 0;           // a server over UDP: extra real time given after each uplink
    bool saveRestoreEveryFrame = false;  // deep sleep between frames: save, rebuild, restore
    NsConfig ns;
    // OTAA identities to give the devices (a fleet's registry); when set, `devices` is their count.
    std::vector<DeviceEntry> identities;
};

struct TimeToJoin {
    size_t count = 0;
    double medianS = 0, p99S = 0, maxS = 0;
};

struct SimulationSummary {
    size_t devices = 0;
    size_t joined = 0;
    uint64_t joinRequests = 0;
    uint64_t uplinksQueued = 0;      // application frames handed to the stack
    uint64_t otherFrames = 0;        // frames the stack sent on its own: MAC answers, compliance
    uint64_t transmissions = 0;      // radio transmissions, repeats and join requests included
    uint64_t retransmissions = 0;
    uint64_t uplinksDelivered = 0;   // distinct application frames the network server accepted
    uint64_t otherDelivered = 0;     // the same for MAC-only and compliance frames
    uint64_t duplicates = 0;
    uint64_t downlinksPlanned = 0;
    uint64_t gatewayAirtimeUs = 0;
    uint64_t downlinksReceived = 0;  // join accepts and downlinks devices accepted
    uint64_t ackedUplinks = 0;
    uint64_t failedUplinks = 0;
    uint64_t adrChanges = 0;
    uint64_t uplinksLost = 0;        // random loss and below the demodulation floor
    uint64_t collisions = 0;
    uint64_t deafGateway = 0;        // copies lost because the gateway was transmitting
    uint64_t downlinksLost = 0;
    uint64_t downlinksTooLate = 0;
    uint64_t downlinksRefused = 0;
    uint64_t gatewayErrors = 0;
    uint64_t busySkips = 0;          // the application wanted to send while the stack was busy
    uint64_t deviceDrops = 0;        // frames devices refused (bad MIC, replay, ...)
    uint64_t overheard = 0;          // downlinks for another device that a device's radio received
    std::array<uint64_t, size_t(lorawan::DropReason::Count)> deviceDropsByReason{};
    uint64_t serverDrops = 0;
    uint64_t joinAcceptsHeard = 0;   // join accepts that reached a device's radio
    uint64_t joinRequestsHeard = 0;  // join requests that reached a gateway
    uint64_t events = 0;
    int64_t virtualUs = 0;
    TimeToJoin timeToJoin;
};

// One frame that crossed the air, for observers (the lora-packet peer check, logs). Uplinks and
// join requests are reported as they end, downlinks and join accepts when a device accepts them.
struct FrameRecord {
    const char* kind;  // "join_request", "join_accept", "uplink", "downlink"
    base::ByteView phy;
    size_t deviceIndex;
};

class Simulation {
public:
    explicit Simulation(const SimulationConfig& config);
    ~Simulation();

    // Sends the gateways' uplinks over Semtech UDP to a network server on 127.0.0.1:port instead
    // of the in-process one (which then only holds the registry the simulation was built with).
    base::Status connectGateway(uint16_t serverPort);
    // Continues each device's DevNonce from a value saved by an earlier run (registry file).
    void setNextDevNonce(size_t index, uint16_t nonce);
    uint16_t nextDevNonce(size_t index) const;
    // Powers every device up (OTAA joins are spread over the start spread) and schedules traffic.
    void start();
    void runUntil(int64_t timeUs);
    int64_t nowUs() const { return world_.nowUs(); }

    NetworkServer& server() { return server_; }
    World& world() { return world_; }
    // An application downlink from the network side; a class C device gets it at once.
    void sendDownlink(size_t index, uint8_t port, base::ByteView payload, bool confirmed);
    lorawan::Device& device(size_t index);
    const DeviceEntry& entry(size_t index) const;
    size_t deviceCount() const { return nodes_.size(); }
    SimulationSummary summary() const;
    // The devices as a registry file for `pyfw ns serve`.
    Registry registry() const;

    // Hooks for scenarios: return true to lose that frame on the air.
    std::function<bool(const FrameRecord&)> loseFrame;
    std::function<void(const FrameRecord&)> observe;
    // Called when a device is idle and its application would send; default sends a counter.
    std::function<void(size_t index, lorawan::Device& device)> application;

    struct Node;

private:
    void onAppSend(Node& node);
    void sleepAndWake(Node& node);

    SimulationConfig config_;
    NetworkServer server_;
    World world_;
    std::vector<std::unique_ptr<Node>> nodes_;
    uint64_t busySkips_ = 0;
};

}  // namespace pyfw::world
