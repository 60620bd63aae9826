// Devices, an RF medium, a gateway and the network server in one process on virtual time. One
// event queue keyed on virtual time drives everything; a device's radio is a SimRadio that turns
// transmit/receive calls into events. Used by `pyfw lorawan simulate`, the scenario tests and the
// benchmark.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <deque>
#include <queue>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "lorawan/device.h"
#include "world/device_registry.h"
#include "world/memory_storage.h"
#include "world/network_server.h"
#include "world/udp_gateway.h"
#include "base/clock.h"

namespace pyfw::world {

struct SimulationConfig {
    lorawan::RegionId region = lorawan::RegionId::EU868;
    bool otaa = true;
    size_t devices = 1;
    int64_t periodUs = 600 * lorawan::kSecondUs;  // each device sends once per period
    int64_t startSpreadUs = 0;      // devices power up over this time; 0 = one period
    uint8_t payloadSize = 10;
    uint32_t confirmedEvery = 0;    // every n-th uplink of a device is confirmed; 0 = never
    bool adr = true;
    lorawan::DeviceClass deviceClass = lorawan::DeviceClass::A;
    std::optional<uint8_t> joinDr;
    std::optional<uint8_t> dataDr;  // the socket DR when ADR is off
    uint8_t txRetries = 2;
    bool dutyCycle = false;
    uint64_t seed = 1;
    double uplinkLoss = 0.0;        // probability that an uplink is lost on the way
    double downlinkLoss = 0.0;
    bool collisions = true;
    double captureDb = 6.0;
    double minPathLossDb = 100.0;   // each device gets a path loss in this range
    double maxPathLossDb = 130.0;
    int8_t gatewayPowerDbm = 14;
    bool saveRestoreEveryFrame = false;  // deep sleep between frames: save, rebuild, restore
    NsConfig ns;
    // OTAA identities to give the devices (a fleet's registry); when set, `devices` is their count.
    std::vector<DeviceEntry> identities;
};

struct SimulationSummary {
    size_t devices = 0;
    size_t joined = 0;
    uint64_t joinRequests = 0;
    uint64_t uplinksQueued = 0;      // application frames handed to the stack
    uint64_t transmissions = 0;      // radio transmissions, repeats included
    uint64_t retransmissions = 0;
    uint64_t uplinksDelivered = 0;   // distinct frames the network server accepted
    uint64_t duplicates = 0;
    uint64_t downlinksPlanned = 0;
    uint64_t downlinksReceived = 0;
    uint64_t ackedUplinks = 0;
    uint64_t failedUplinks = 0;
    uint64_t adrChanges = 0;
    uint64_t uplinksLost = 0;        // random loss and below the demodulation floor
    uint64_t collisions = 0;
    uint64_t downlinksLost = 0;
    uint64_t downlinksTooLate = 0;
    uint64_t gatewayErrors = 0;
    uint64_t busySkips = 0;          // the application wanted to send while the stack was busy
    uint64_t deviceDrops = 0;
    uint64_t serverDrops = 0;
    uint64_t events = 0;
    int64_t virtualUs = 0;
};

// One frame that crossed the air, for observers (the lora-packet peer check, logs).
struct FrameRecord {
    const char* kind;  // "join_request", "join_accept", "uplink", "downlink"
    base::ByteView phy;
    size_t deviceIndex;
};

class Simulation {
public:
    explicit Simulation(const SimulationConfig& config);
    ~Simulation();

    // Sends uplinks to a network server on 127.0.0.1:port over Semtech UDP instead of the
    // in-process one (which then only holds the registry the simulation was built with).
    base::Status connectGateway(uint16_t serverPort);
    // Activates every device (OTAA joins are spread over the first period) and schedules traffic.
    void start();
    void runUntil(int64_t timeUs);
    int64_t nowUs() const { return clock_.nowUs(); }

    NetworkServer& server() { return server_; }
    // An application downlink from the network side; a class C device gets it at once.
    void sendDownlink(size_t index, uint8_t port, base::ByteView payload, bool confirmed);
    lorawan::Device& device(size_t index);
    size_t deviceCount() const { return nodes_.size(); }
    SimulationSummary summary() const;
    // The devices as a registry file for `pyfw ns serve`.
    Registry registry() const;

    // Hooks for scenarios: return true to lose that frame on the air.
    std::function<bool(const FrameRecord&)> loseFrame;
    std::function<void(const FrameRecord&)> observe;
    // Called when a device is idle and its application would send; default sends a counter.
    std::function<void(size_t index, lorawan::Device& device)> application;

    // Public so that SimRadio (simulation.cpp) can reach them.
    struct Node;
    enum class EventKind : uint8_t { Wake, AppSend, TxEnd, RxWindowEnd, RxFrameEnd };
    void push(int64_t timeUs, EventKind kind, uint32_t index);
    void armWake(Node& node);

private:
    struct Event {
        int64_t timeUs;
        uint64_t sequence;
        EventKind kind;
        uint32_t index;
        bool operator>(const Event& other) const {
            return timeUs != other.timeUs ? timeUs > other.timeUs : sequence > other.sequence;
        }
    };

    void handle(const Event& event);
    void onTxEnd(Node& node);
    void onAppSend(Node& node);
    void deliverUplink(Node& node);
    void scheduleDownlink(const DownlinkPlan& plan);
    void forwardOverUdp(Node& node, const UplinkMeta& meta, base::ByteView phy);
    bool hear(Node& node, const DownlinkPlan& plan);
    void sleepAndWake(Node& node);
    double uniform();

    SimulationConfig config_;
    base::VirtualClock clock_;
    NetworkServer server_;
    std::vector<std::unique_ptr<Node>> nodes_;
    std::vector<Node*> byEui_;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> events_;
    uint64_t sequence_ = 0;
    std::mt19937_64 random_;
    SimulationSummary counters_;
    std::unordered_map<Eui, size_t> indexByEui_;  // device of each DevEUI, for downlinks
    struct AirFrame {
        int64_t startUs, endUs;
        uint32_t frequencyHz;
        uint8_t spreadingFactor;
        double rssi;
    };
    std::optional<UdpGateway> gateway_;
    std::deque<AirFrame> air_;  // recent uplinks in start order, for collisions
};

}  // namespace pyfw::world
