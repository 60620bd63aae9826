#include "world/simulation.h"

#include <algorithm>
#include <cmath>

#include "lorawan/time_on_air.h"

namespace pyfw::world {

using namespace lorawan;

namespace {
constexpr Eui kFirstDevEui = 0x70B3D57ED0000001ull;
constexpr const char* kDevNonceKey = "devnonce";

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

void addStats(DeviceStats& total, const DeviceStats& s) {
    total.joinRequests += s.joinRequests;
    total.retransmissions += s.retransmissions;
    total.ackedUplinks += s.ackedUplinks;
    total.failedUplinks += s.failedUplinks;
    total.txCounter += s.txCounter;
    total.downlinks += s.downlinks;
    for (size_t i = 0; i < s.drops.size(); ++i) total.drops[i] += s.drops[i];
}
}  // namespace

// A simulated device: the LoRaWAN stack, its radio in the world, and its application.
struct Simulation::Node : Station, Radio {
    Simulation& sim;
    uint32_t index = 0;
    MemoryStorage storage;
    DeviceConfig deviceConfig;
    std::unique_ptr<Device> device;
    DeviceEntry entry;
    uint32_t appCounter = 0;
    uint64_t appFrames = 0;      // application frames the stack accepted
    uint32_t fcntSeen = 0;       // the device's FCntUp when last looked at, to count every frame
    uint64_t framesBuilt = 0;
    DeviceStats retired;         // counters of the Device objects replaced by a deep sleep
    int64_t poweredUpUs = -1;    // the first join request
    int64_t joinedUs = -1;
    bool appLoop = false;        // the application's send loop has started

    Node(Simulation& s) : sim(s) {}

    // ---- Radio (the device's calls) ----
    void transmit(const TxRequest& r) override {
        const int64_t air = timeOnAirUs(modulationFor(r.rate, true), uint32_t(r.frame.size()));
        sim.world_.transmit(index, {r.frequencyHz, r.rate.spreadingFactor, r.rate.bandwidthKhz, false, true}, r.powerDbm,
                            r.frame, air);
    }
    void receive(const RxRequest& r) override {
        sim.world_.receive(index, {r.frequencyHz, r.rate.spreadingFactor, r.rate.bandwidthKhz, true, true}, r.openUs,
                           r.windowUs);
    }
    void standby() override { sim.world_.standby(index); }

    // ---- Station (the world's events) ----
    void onTxDone(int64_t t) override {
        device->onTxDone(t);
        settle();
    }
    void onRxDone(const AirFrame& f, int16_t rssi, int8_t snr, int64_t t) override {
        const uint32_t before = device->stats().downlinks;
        device->onRxDone(f.frame.view(), rssi, snr, t);
        if (device->stats().downlinks != before && sim.observe) {
            const bool accept = !f.frame.view().empty() && mtypeOf(f.frame.bytes[0]) == MType::JoinAccept;
            sim.observe({accept ? "join_accept" : "downlink", f.frame.view(), index});
        }
        settle();
    }
    void onRxTimeout(int64_t t) override {
        device->onRxTimeout(t);
        settle();
    }
    void onWake(int64_t t) override {
        device->onTimer(t);
        settle();
    }
    void onApp(int64_t) override {
        sim.onAppSend(*this);
        settle();
    }

    // After every event: the next wake-up, the frames the stack built, and the join time.
    void settle() {
        sim.world_.wakeAt(index, device->wakeAt());
        const uint32_t fcnt = device->session().fcntUp;
        if (fcnt != fcntSeen) {
            framesBuilt += uint32_t(fcnt - fcntSeen) < 0x80000000u ? uint32_t(fcnt - fcntSeen) : 0;
            fcntSeen = fcnt;
        }
        if (joinedUs < 0 && poweredUpUs >= 0 && device->joined()) {
            joinedUs = sim.nowUs();
            // As a Pycom application does: join, wait for it, then send once per period. The
            // loop starts from the join, so devices that joined apart stay apart.
            appLoop = true;
            sim.world_.scheduleApp(index, joinedUs + kSecondUs + int64_t(sim.world_.uniform() * 4e6));
        }
    }

    DeviceStats totals() const {
        DeviceStats t = retired;
        addStats(t, device->stats());
        return t;
    }
};

Simulation::Simulation(const SimulationConfig& config)
    : config_(config), server_(config.ns), world_([&] {
          WorldConfig w;
          w.region = config.region;
          w.gateways = config.gateways;
          w.gatewaySpacingM = config.gatewaySpacingM;
          w.seed = config.seed;
          w.uplinkLoss = config.uplinkLoss;
          w.downlinkLoss = config.downlinkLoss;
          w.collisions = config.collisions;
          w.captureDb = config.captureDb;
          w.serverWaitMs = config.serverWaitMs;
          return w;
      }(), &server_) {
    if (!config.identities.empty()) config_.devices = config.identities.size();
    for (size_t i = 0; i < config_.devices; ++i) {
        auto node = std::make_unique<Node>(*this);
        DeviceConfig& dc = node->deviceConfig;
        dc.region = config.region;
        dc.deviceClass = config.deviceClass;
        dc.adr = config.adr;
        dc.txRetries = config.txRetries;
        dc.dutyCycle = config.dutyCycle;
        dc.joinRetry = config.joinRetry;
        dc.seed = config.seed * 1000003 + i;
        node->device = std::make_unique<Device>(dc, *node, world_.clock(), node->storage);
        const double loss = config.minPathLossDb + world_.uniform() * (config.maxPathLossDb - config.minPathLossDb);
        node->index = world_.addStation(*node, positionAtLoss(loss, world_.uniform() * 2 * M_PI));
        DeviceEntry& e = node->entry;
        e.name = "dev" + std::to_string(i);
        e.devEui = kFirstDevEui + i;
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
        server_.addDevice(e);
        nodes_.push_back(std::move(node));
    }
    world_.loseFrame = [this](FrameKind kind, base::ByteView phy, uint32_t station) {
        return loseFrame && loseFrame({frameKindName(kind), phy, station});
    };
    world_.observe = [this](FrameKind kind, base::ByteView phy, uint32_t station) {
        if (observe && (kind == FrameKind::JoinRequest || kind == FrameKind::Uplink))
            observe({frameKindName(kind), phy, station});
    };
}

Simulation::~Simulation() = default;

Device& Simulation::device(size_t index) { return *nodes_[index]->device; }
const DeviceEntry& Simulation::entry(size_t index) const { return nodes_[index]->entry; }

base::Status Simulation::connectGateway(uint16_t serverPort) { return world_.connectServer(serverPort); }

void Simulation::setNextDevNonce(size_t index, uint16_t nonce) {
    uint8_t bytes[2];
    base::writeLe16(bytes, nonce);
    (void)nodes_[index]->storage.store(kDevNonceKey, {bytes, 2});
}

uint16_t Simulation::nextDevNonce(size_t index) const {
    auto stored = nodes_[index]->storage.load(kDevNonceKey);
    return stored && stored->size() == 2 ? base::readLe16(stored->data()) : 0;
}

void Simulation::start() {
    const int64_t spread = config_.startSpreadUs >= 0 ? config_.startSpreadUs : config_.periodUs;
    for (auto& node : nodes_) {
        const int64_t phase = int64_t(world_.uniform() * double(spread));
        if (!config_.otaa) {
            (void)node->device->activateAbp(node->entry.devAddr, node->entry.nwkSKey, node->entry.appSKey);
            node->settle();
        }
        world_.scheduleApp(node->index, nowUs() + phase);
    }
}

void Simulation::runUntil(int64_t timeUs) { world_.runUntil(timeUs); }

void Simulation::onAppSend(Node& node) {
    Device& device = *node.device;
    if (!node.appLoop) {
        // Power-up: an OTAA device starts its join once (the stack retries it) and its
        // application waits for it; an ABP device starts sending at once.
        if (config_.otaa) {
            node.poweredUpUs = nowUs();
            (void)device.joinOtaa(node.entry.devEui, node.entry.appEui, node.entry.appKey, config_.joinDr);
            return;
        }
        node.appLoop = true;
    }
    world_.scheduleApp(node.index, nowUs() + config_.periodUs);
    if (!device.joined()) return;  // joining again (the compliance test's command 6)
    if (device.busy()) {
        ++busySkips_;
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
        ++node.appFrames;
}

// A deep sleep: the session goes to storage, the device object is rebuilt from scratch, and
// restore() brings the session back. The counters of the old object are kept for the summary.
void Simulation::sleepAndWake(Node& node) {
    (void)node.device->save();
    addStats(node.retired, node.device->stats());
    node.device = std::make_unique<Device>(node.deviceConfig, node, world_.clock(), node.storage);
    (void)node.device->restore();
    node.settle();
}

void Simulation::sendDownlink(size_t index, uint8_t port, base::ByteView payload, bool confirmed) {
    const Eui eui = nodes_[index]->entry.devEui;
    if (auto plan = server_.enqueue(eui, port, payload, confirmed, nowUs(), uint32_t(nowUs()))) world_.sendPlan(*plan);
}

Registry Simulation::registry() const {
    Registry r;
    r.region = config_.region;
    r.netId = config_.ns.netId;
    for (const auto& node : nodes_) r.devices.push_back(node->entry);
    return r;
}

namespace {
TimeToJoin timeToJoin(std::vector<int64_t> us) {
    TimeToJoin t;
    t.count = us.size();
    if (us.empty()) return t;
    std::sort(us.begin(), us.end());
    auto at = [&](double q) { return double(us[std::min(us.size() - 1, size_t(std::ceil(q * double(us.size())) - 1))]) / 1e6; };
    t.medianS = at(0.5);
    t.p99S = at(0.99);
    t.maxS = double(us.back()) / 1e6;
    return t;
}
}  // namespace

SimulationSummary Simulation::summary() const {
    SimulationSummary s;
    const WorldCounters& w = world_.counters();
    s.devices = nodes_.size();
    s.virtualUs = world_.nowUs();
    s.events = w.events;
    s.busySkips = busySkips_;
    std::vector<int64_t> joinTimes;
    for (const auto& node : nodes_) {
        const DeviceStats st = node->totals();
        if (node->device->joined()) ++s.joined;
        if (node->joinedUs >= 0) joinTimes.push_back(node->joinedUs - node->poweredUpUs);
        s.uplinksQueued += node->appFrames;
        s.otherFrames += node->framesBuilt - std::min(node->framesBuilt, node->appFrames);
        s.retransmissions += st.retransmissions;
        s.joinRequests += st.joinRequests;
        s.ackedUplinks += st.ackedUplinks;
        s.failedUplinks += st.failedUplinks;
        s.downlinksReceived += st.downlinks;
        for (size_t i = 0; i < st.drops.size(); ++i) s.deviceDropsByReason[i] += st.drops[i];
    }
    s.timeToJoin = timeToJoin(std::move(joinTimes));
    s.transmissions = w.transmissions;
    s.uplinksLost = w.uplinksLost;
    s.collisions = w.collisions;
    s.deafGateway = w.deafGateway;
    s.downlinksPlanned = w.downlinksPlanned;
    s.gatewayAirtimeUs = w.gatewayAirtimeUs;
    // A downlink for another device heard on the same channel is no fault of anyone's.
    s.overheard = s.deviceDropsByReason[size_t(DropReason::NotForUs)];
    for (size_t i = 0; i < s.deviceDropsByReason.size(); ++i)
        if (DropReason(i) != DropReason::NotForUs) s.deviceDrops += s.deviceDropsByReason[i];
    s.downlinksLost = w.downlinksSent - w.downlinksHeard;
    s.downlinksTooLate = w.downlinksTooLate;
    s.downlinksRefused = w.downlinksRefused;
    s.gatewayErrors = w.gatewayErrors + w.badPullResp;
    s.joinRequestsHeard = w.heard[size_t(FrameKind::JoinRequest)];
    s.joinAcceptsHeard = w.heard[size_t(FrameKind::JoinAccept)];
    const NsStats& ns = server_.stats();
    s.otherDelivered = ns.macOnlyUplinks + ns.complianceUplinks;
    s.uplinksDelivered = ns.uplinks - std::min(ns.uplinks, s.otherDelivered);
    s.duplicates = ns.duplicates;
    s.adrChanges = ns.adrChanges;
    s.serverDrops = ns.totalDrops();
    return s;
}

}  // namespace pyfw::world
