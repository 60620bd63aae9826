#include "world/simulation.h"

#include <algorithm>
#include <unordered_map>

#include "lorawan/time_on_air.h"
#include "world/gateway_packets.h"
#include "world/rf.h"

namespace pyfw::world {

using namespace lorawan;

namespace {
constexpr Eui kGatewayEui = 0xAA555A0000000001ull;

Key keyFor(uint64_t seed, size_t index, uint8_t salt) {
    Key k{};
    uint64_t x = seed * 0x9E3779B97F4A7C15ull + index * 0xBF58476D1CE4E5B9ull + salt;
    for (size_t i = 0; i < 16; ++i) {
        x ^= x >> 31;
        x *= 0x94D049BB133111EBull;
        k[i] = uint8_t(x >> 56);
    }
    return k;
}
}  // namespace

// A device's radio in the simulated world: transmit and receive calls become events.
struct Simulation::Node : Radio {
    Simulation& sim;
    uint32_t index;
    MemoryStorage storage;
    DeviceConfig deviceConfig;
    std::unique_ptr<Device> device;
    DeviceEntry entry;
    double pathLossDb = 120;
    int64_t armedWake = INT64_MAX;
    uint32_t appCounter = 0;
    bool transmitting = false;
    FrameBuffer txFrame;
    uint32_t txHz = 0;
    DataRate txRate{};
    int8_t txPower = 0;
    int64_t txStartUs = 0;
    bool inWindow = false;
    bool continuous = false;
    uint32_t listenHz = 0;
    DataRate listenRate{};
    std::optional<DownlinkPlan> downlink;
    FrameBuffer rxFrame;
    int16_t rxRssi = 0;
    int8_t rxSnr = 0;

    Node(Simulation& s, uint32_t i) : sim(s), index(i) {}

    void transmit(const TxRequest& r) override {
        transmitting = true;
        continuous = false;
        inWindow = false;
        txFrame.assign(r.frame);
        txHz = r.frequencyHz;
        txRate = r.rate;
        txPower = r.powerDbm;
        txStartUs = sim.nowUs();
        const int64_t end = txStartUs + timeOnAirUs(modulationFor(r.rate, true), txFrame.size);
        const double rssi = txPower - pathLossDb;
        sim.air_.push_back({txStartUs, end, txHz, r.rate.spreadingFactor, rssi});
        sim.push(end, EventKind::TxEnd, index);
    }

    void receive(const RxRequest& r) override {
        if (r.windowUs == 0) {
            continuous = true;
            listenHz = r.frequencyHz;
            listenRate = r.rate;
            return;
        }
        inWindow = true;
        const int64_t close = r.openUs + r.windowUs;
        // The receiver locks on if it opens while at least 4 of the 8 preamble symbols remain.
        const int64_t latestStart = r.openUs - 4 * int64_t(symbolTimeUs(modulationFor(r.rate, false)));
        if (downlink && downlink->timeUs < latestStart) {
            ++sim.counters_.downlinksLost;  // planned for a window the device has already left
            downlink.reset();
        }
        if (downlink && downlink->timeUs <= close && downlink->frequencyHz == r.frequencyHz &&
            sim.server_.regionTable().dataRates[downlink->dr].spreadingFactor == r.rate.spreadingFactor) {
            DownlinkPlan plan = std::move(*downlink);
            downlink.reset();
            if (sim.hear(*this, plan)) {
                sim.push(plan.timeUs + timeOnAirUs(modulationFor(r.rate, false), plan.frame.size), EventKind::RxFrameEnd,
                         index);
                return;
            }
        }
        sim.push(close, EventKind::RxWindowEnd, index);
    }

    void standby() override {
        continuous = false;
        inWindow = false;
    }
};

Simulation::Simulation(const SimulationConfig& config)
    : config_(config), server_(config.ns), random_(config.seed) {
    const Region& r = region(config.region);
    if (!config.identities.empty()) config_.devices = config.identities.size();
    for (size_t i = 0; i < config_.devices; ++i) {
        auto node = std::make_unique<Node>(*this, uint32_t(i));
        DeviceConfig& dc = node->deviceConfig;
        dc.region = config.region;
        dc.deviceClass = config.deviceClass;
        dc.adr = config.adr;
        dc.txRetries = config.txRetries;
        dc.dutyCycle = config.dutyCycle;
        dc.seed = config.seed * 1000003 + i;
        node->device = std::make_unique<Device>(dc, *node, clock_, node->storage);
        node->pathLossDb = config.minPathLossDb + uniform() * (config.maxPathLossDb - config.minPathLossDb);
        DeviceEntry& e = node->entry;
        e.name = "dev" + std::to_string(i);
        e.devEui = 0x70B3D57ED0000000ull + i + 1;
        e.appEui = 0x70B3D57ED0000000ull;
        e.appKey = keyFor(config.seed, i, 1);
        e.otaa = config.otaa;
        e.devAddr = (config.ns.netId & 0x7F) << 25 | uint32_t(0x100000 + i);
        e.nwkSKey = keyFor(config.seed, i, 2);
        e.appSKey = keyFor(config.seed, i, 3);
        e.deviceClass = config.deviceClass;
        if (!config.identities.empty()) {
            const DeviceEntry& given = config.identities[i];
            e.name = given.name.empty() ? e.name : given.name;
            e.devEui = given.devEui;
            e.appEui = given.appEui;
            e.appKey = given.appKey;
            e.otaa = true;
        }
        indexByEui_[e.devEui] = i;
        server_.addDevice(e);
        nodes_.push_back(std::move(node));
    }
    (void)r;
}

Simulation::~Simulation() = default;

Device& Simulation::device(size_t index) { return *nodes_[index]->device; }

double Simulation::uniform() { return double(random_() >> 11) * (1.0 / 9007199254740992.0); }

void Simulation::push(int64_t timeUs, EventKind kind, uint32_t index) {
    events_.push(Event{timeUs, sequence_++, kind, index});
}

void Simulation::armWake(Node& node) {
    // A wake-up already due runs now; the armed time is the event's, so the event is not taken
    // for a superseded one.
    const int64_t wake = node.device->wakeAt();
    const int64_t at = wake == INT64_MAX ? wake : std::max(wake, nowUs());
    if (at == node.armedWake) return;
    node.armedWake = at;
    if (at != INT64_MAX) push(at, EventKind::Wake, node.index);
}

void Simulation::start() {
    const int64_t spread = config_.startSpreadUs > 0 ? config_.startSpreadUs : config_.periodUs;
    for (auto& node : nodes_) {
        const int64_t phase = int64_t(uniform() * double(spread));
        if (!config_.otaa) {
            (void)node->device->activateAbp(node->entry.devAddr, node->entry.nwkSKey, node->entry.appSKey);
            armWake(*node);
        }
        push(nowUs() + phase, EventKind::AppSend, node->index);
    }
}

void Simulation::runUntil(int64_t timeUs) {
    while (!events_.empty() && events_.top().timeUs <= timeUs) {
        const Event event = events_.top();
        events_.pop();
        clock_.advanceTo(event.timeUs);
        ++counters_.events;
        handle(event);
    }
    clock_.advanceTo(timeUs);
}

void Simulation::handle(const Event& event) {
    Node& node = *nodes_[event.index];
    Device& device = *node.device;
    switch (event.kind) {
    case EventKind::Wake:
        if (node.armedWake != event.timeUs) return;  // superseded
        node.armedWake = INT64_MAX;
        device.onTimer(event.timeUs);
        break;
    case EventKind::AppSend:
        onAppSend(node);
        break;
    case EventKind::TxEnd:
        onTxEnd(node);
        break;
    case EventKind::RxWindowEnd:
        if (!node.inWindow) return;
        node.inWindow = false;
        device.onRxTimeout(event.timeUs);
        break;
    case EventKind::RxFrameEnd:
        node.inWindow = false;
        device.onRxDone(node.rxFrame.view(), node.rxRssi, node.rxSnr, event.timeUs);
        break;
    }
    armWake(*nodes_[event.index]);
}

void Simulation::onAppSend(Node& node) {
    Device& device = *node.device;
    push(nowUs() + config_.periodUs, EventKind::AppSend, node.index);
    if (!device.joined()) {
        if (config_.otaa && !device.busy()) {
            (void)device.joinOtaa(node.entry.devEui, node.entry.appEui, node.entry.appKey, config_.joinDr);
        }
        return;
    }
    if (device.busy()) {
        ++counters_.busySkips;
        return;
    }
    if (config_.saveRestoreEveryFrame) sleepAndWake(node);
    if (application) {
        application(node.index, *node.device);
        return;
    }
    std::array<uint8_t, 242> payload{};
    const uint32_t n = node.appCounter++;
    for (size_t i = 0; i < config_.payloadSize; ++i) payload[i] = uint8_t(n >> (8 * (i % 4)));
    SendOptions options;
    options.confirmed = config_.confirmedEvery && n % config_.confirmedEvery == config_.confirmedEvery - 1;
    options.dr = config_.dataDr;
    if (node.device->send(1 + node.index % 200, {payload.data(), config_.payloadSize}, options) == SendResult::Ok)
        ++counters_.uplinksQueued;
}

// A deep sleep: the session goes to storage, the device object is rebuilt from scratch, and
// restore() brings the session back.
void Simulation::sleepAndWake(Node& node) {
    (void)node.device->save();
    node.device = std::make_unique<Device>(node.deviceConfig, node, clock_, node.storage);
    (void)node.device->restore();
}

void Simulation::onTxEnd(Node& node) {
    node.transmitting = false;
    node.device->onTxDone(nowUs());
    deliverUplink(node);
}

bool Simulation::hear(Node& node, const DownlinkPlan& plan) {
    const FrameRecord record{"downlink", plan.frame.view(), node.index};
    if (uniform() < config_.downlinkLoss || (loseFrame && loseFrame(record))) {
        ++counters_.downlinksLost;
        return false;
    }
    const DataRate& rate = server_.regionTable().dataRates[plan.dr];
    const double rssi = plan.powerDbm - node.pathLossDb;
    const double snr = rssi - noiseFloorDbm(rate.bandwidthKhz);
    if (snr < demodulationFloorDb(rate.spreadingFactor)) {
        ++counters_.downlinksLost;
        return false;
    }
    node.rxFrame = plan.frame;
    node.rxRssi = int16_t(rssi);
    node.rxSnr = int8_t(std::clamp(snr, -128.0, 127.0));
    ++counters_.downlinksReceived;
    return true;
}

void Simulation::deliverUplink(Node& node) {
    const base::ByteView phy = node.txFrame.view();
    const bool join = !phy.empty() && mtypeOf(phy[0]) == MType::JoinRequest;
    const FrameRecord record{join ? "join_request" : "uplink", phy, node.index};
    if (observe) observe(record);
    ++counters_.transmissions;
    const int64_t start = node.txStartUs, end = nowUs();
    // Frames are kept in start order; none lasts 10 s, so older ones cannot overlap this one.
    while (!air_.empty() && air_.front().startUs < start - 10 * kSecondUs) air_.pop_front();
    const double rssi = node.txPower - node.pathLossDb + (uniform() * 2.0 - 1.0);
    const double snr = rssi - noiseFloorDbm(node.txRate.bandwidthKhz);
    if (uniform() < config_.uplinkLoss || (loseFrame && loseFrame(record)) ||
        snr < demodulationFloorDb(node.txRate.spreadingFactor)) {
        ++counters_.uplinksLost;
        return;
    }
    if (config_.collisions) {
        for (const AirFrame& f : air_) {
            const bool self = f.startUs == start && f.endUs == end && f.frequencyHz == node.txHz;
            if (self || f.frequencyHz != node.txHz || f.spreadingFactor != node.txRate.spreadingFactor) continue;
            if (f.startUs < end && f.endUs > start && f.rssi > rssi - config_.captureDb) {
                ++counters_.collisions;
                return;
            }
        }
    }
    UplinkMeta meta;
    meta.timeUs = end;
    meta.tmst = uint32_t(end);
    meta.frequencyHz = node.txHz;
    meta.spreadingFactor = node.txRate.spreadingFactor;
    meta.bandwidthKhz = node.txRate.bandwidthKhz;
    meta.rssi = rssi;
    meta.snr = snr;
    meta.gatewayEui = kGatewayEui;
    if (gateway_) {
        forwardOverUdp(node, meta, phy);
        return;
    }
    if (auto plan = server_.onUplink(meta, phy)) scheduleDownlink(*plan);
}

base::Status Simulation::connectGateway(uint16_t serverPort) {
    PYFW_ASSIGN(UdpGateway gateway, UdpGateway::connect(kGatewayEui, serverPort));
    gateway_.emplace(std::move(gateway));
    return base::okStatus();
}

// The real protocol path: PUSH_DATA out, PULL_RESP back. The server's downlinks answer this
// uplink, so they go to the node that sent it; tmst is the low 32 bits of virtual microseconds.
void Simulation::forwardOverUdp(Node& node, const UplinkMeta& meta, base::ByteView phy) {
    const RxPacket rx = toRxPacket(meta, phy);
    auto downlinks = gateway_->push(rx, meta.tmst);
    if (!downlinks.ok()) {
        ++counters_.gatewayErrors;
        return;
    }
    for (const TxPacket& tx : *downlinks) {
        auto plan = toDownlinkPlan(tx, server_.regionTable());
        if (!plan) continue;
        plan->devEui = node.entry.devEui;
        plan->timeUs = tx.immediate ? nowUs() : nowUs() + int32_t(tx.tmst - uint32_t(nowUs()));
        scheduleDownlink(*plan);
    }
}

void Simulation::scheduleDownlink(const DownlinkPlan& plan) {
    ++counters_.downlinksPlanned;
    const NsDevice* d = server_.device(plan.devEui);
    if (!d) return;
    auto known = indexByEui_.find(plan.devEui);
    if (known == indexByEui_.end()) return;
    const size_t index = known->second;
    Node& node = *nodes_[index];
    if (observe) observe({plan.frame.view()[0] >> 5 == uint8_t(MType::JoinAccept) ? "join_accept" : "downlink",
                          plan.frame.view(), index});
    if (plan.timeUs < nowUs() && !plan.immediate) {
        ++counters_.downlinksTooLate;
        return;
    }
    if (!plan.immediate) {
        node.downlink = plan;
        return;
    }
    // Class C: heard now if the device listens on that frequency and is not busy with class A.
    const DataRate& rate = server_.regionTable().dataRates[plan.dr];
    if (!node.continuous || node.transmitting || node.inWindow || node.listenHz != plan.frequencyHz ||
        node.listenRate.spreadingFactor != rate.spreadingFactor) {
        ++counters_.downlinksLost;
        return;
    }
    DownlinkPlan now = plan;
    now.timeUs = nowUs();
    if (hear(node, now))
        push(nowUs() + timeOnAirUs(modulationFor(rate, false), plan.frame.size), EventKind::RxFrameEnd, node.index);
}

void Simulation::sendDownlink(size_t index, uint8_t port, base::ByteView payload, bool confirmed) {
    const Eui eui = nodes_[index]->entry.devEui;
    if (auto plan = server_.enqueue(eui, port, payload, confirmed, nowUs(), uint32_t(nowUs()))) scheduleDownlink(*plan);
}

Registry Simulation::registry() const {
    Registry r;
    r.region = config_.region;
    r.netId = config_.ns.netId;
    for (const auto& node : nodes_) r.devices.push_back(node->entry);
    return r;
}

SimulationSummary Simulation::summary() const {
    SimulationSummary s = counters_;
    s.devices = nodes_.size();
    s.virtualUs = clock_.nowUs();
    for (const auto& node : nodes_) {
        const DeviceStats& st = node->device->stats();
        if (node->device->joined()) ++s.joined;
        s.retransmissions += st.retransmissions;
        s.joinRequests += st.joinRequests;
        s.ackedUplinks += st.ackedUplinks;
        s.failedUplinks += st.failedUplinks;
        for (uint32_t n : st.drops) s.deviceDrops += n;
    }
    const NsStats& ns = server_.stats();
    s.uplinksDelivered = ns.uplinks;
    s.duplicates = ns.duplicates;
    s.adrChanges = ns.adrChanges;
    for (uint64_t n : ns.drops) s.serverDrops += n;
    return s;
}

}  // namespace pyfw::world
