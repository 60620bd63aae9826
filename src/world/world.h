// The simulated outside world on one clock: stations (simulated devices, boards) with their
// radios, the air between them, gateways that hear uplinks and transmit downlinks, and the
// network behind the gateways (our server in process, or any server over Semtech UDP). One event
// queue keyed on time drives everything; a station's radio calls (transmit, receive, standby)
// become events, and the station hears about their outcome through its Station callbacks.
//
// Reception follows the radio, not the protocol: a downlink is heard by whichever receiver is
// listening on its frequency, spreading factor, bandwidth and IQ polarity when its preamble
// starts, and the device's MAC decides whether it was addressed to it.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <queue>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/clock.h"
#include "world/network_server.h"
#include "world/rf_medium.h"
#include "world/udp_gateway.h"

namespace pyfw::world {

// A radio in the world. Callbacks run from the world's event loop, at the event's time.
class Station {
public:
    virtual ~Station() = default;
    virtual void onTxDone(int64_t timeUs) = 0;
    virtual void onRxDone(const AirFrame& frame, int16_t rssi, int8_t snr, int64_t timeUs) = 0;
    virtual void onRxTimeout(int64_t timeUs) = 0;
    virtual void onWake(int64_t timeUs) = 0;
    virtual void onApp(int64_t timeUs) {}
};

struct WorldConfig {
    lorawan::RegionId region = lorawan::RegionId::EU868;
    size_t gateways = 1;
    double gatewaySpacingM = 500;   // gateways after the first stand on a circle of this radius
    uint64_t seed = 1;
    double uplinkLoss = 0.0;        // probability that an uplink is lost on the way
    double downlinkLoss = 0.0;      // the same for every frame a station receives
    bool collisions = true;
    double captureDb = 6.0;
    bool gatewayHalfDuplex = true;  // a gateway hears nothing while it transmits
    int serverTimeoutMs = 2000;     // UDP: how long a server may take to acknowledge
    int serverWaitMs = 0;           // UDP: extra real time given to a server after each uplink
};

enum class FrameKind : uint8_t { JoinRequest, JoinAccept, Uplink, Downlink, Other };
const char* frameKindName(FrameKind kind);

struct WorldCounters {
    uint64_t transmissions = 0;      // frames stations sent
    uint64_t uplinksLost = 0;        // heard by no gateway: random loss or below every floor
    uint64_t collisions = 0;         // heard by no gateway because other frames drowned it
    uint64_t gatewayReceptions = 0;  // copies forwarded (one frame heard by two gateways: two)
    uint64_t deafGateway = 0;        // copies lost because the gateway was transmitting
    uint64_t downlinksPlanned = 0;   // downlinks the network asked a gateway to send
    uint64_t downlinksSent = 0;      // downlinks gateways put on the air
    uint64_t gatewayAirtimeUs = 0;   // their time on air, all gateways together
    uint64_t downlinksHeard = 0;     // of those, received by at least one station
    uint64_t downlinksTooLate = 0;   // TX_ACK TOO_LATE: asked for a time already past
    uint64_t downlinksRefused = 0;   // COLLISION_PACKET, TX_FREQ, TX_POWER
    uint64_t framesReceived = 0;     // frames stations received (a frame heard by two counts twice)
    uint64_t framesMissed = 0;       // locked on, then lost (SNR, collision, random loss)
    uint64_t badPullResp = 0;        // PULL_RESPs that were not a usable txpk
    uint64_t gatewayErrors = 0;      // a server that did not acknowledge in time
    uint64_t events = 0;
    // By kind of frame: sent on the air, and heard (by a gateway for uplinks, a station for downlinks).
    std::array<uint64_t, 5> sent{};
    std::array<uint64_t, 5> heard{};
};

struct GatewaySite {
    Eui eui = 0;
    Position position;
    uint32_t tmstOffset = 0;        // the gateway's microsecond counter = time + offset (mod 2^32)
    uint32_t tmstAt(int64_t timeUs) const { return uint32_t(uint64_t(timeUs) + tmstOffset); }
};

class World {
public:
    // server: the in-process network server (not owned), or nullptr until connectServer().
    World(const WorldConfig& config, NetworkServer* server);
    ~World();

    // Uplinks go over Semtech UDP to a server on 127.0.0.1:port instead, one socket per gateway.
    base::Status connectServer(uint16_t port);
    bool udp() const { return !links_.empty(); }

    // ---- Stations ----
    uint32_t addStation(Station& station, Position position);
    size_t stationCount() const { return stations_.size(); }
    const Position& position(uint32_t station) const;
    void transmit(uint32_t station, const RadioSettings& settings, int8_t powerDbm, base::ByteView frame, int64_t durationUs);
    // Listens from openUs for windowUs (0: until told otherwise); a frame whose preamble started
    // up to four symbols before the receiver opened is still caught.
    void receive(uint32_t station, const RadioSettings& settings, int64_t openUs, int64_t windowUs);
    void standby(uint32_t station);
    // One timer per station; a new time replaces the old one (INT64_MAX: none).
    void wakeAt(uint32_t station, int64_t timeUs);
    void scheduleApp(uint32_t station, int64_t timeUs);

    // ---- Gateways ----
    const std::vector<GatewaySite>& gateways() const { return gateways_; }
    // Where a gateway's tmst counter stands at time 0 (random by default); tests use it to make
    // the counter wrap at a chosen moment.
    void setTmstOffset(size_t gateway, uint32_t offset) { gateways_[gateway].tmstOffset = offset; }
    // Puts a downlink on a gateway's schedule: "NONE", or the TX_ACK error that refuses it.
    const char* scheduleDownlink(size_t gateway, const RadioSettings& settings, int8_t powerDbm, base::ByteView frame,
                                 int64_t startUs);
    // A downlink the in-process server planned, through the gateway it chose.
    void sendPlan(const DownlinkPlan& plan);

    // ---- Time ----
    int64_t nowUs() const { return clock_.nowUs(); }
    base::Clock& clock() { return clock_; }
    int64_t nextEventUs() const { return events_.empty() ? INT64_MAX : events_.top().timeUs; }
    // Runs every event due up to timeUs, then sets the clock to timeUs.
    void runUntil(int64_t timeUs);
    // Polls the UDP server for downlinks sent on its own (class C) without an uplink.
    void pollServer();

    const WorldCounters& counters() const { return counters_; }
    double uniform();

    // Hooks for scenarios and observers: station is the sender of an uplink, the receiver of a
    // downlink. loseFrame returns true to lose that frame for that station.
    std::function<bool(FrameKind, base::ByteView phy, uint32_t station)> loseFrame;
    std::function<void(FrameKind, base::ByteView phy, uint32_t station)> observe;

private:
    enum class EventKind : uint8_t { Wake, App, TxEnd, RxWindowEnd, RxFrameEnd, DownlinkStart };
    struct Event {
        int64_t timeUs;
        uint64_t sequence;
        EventKind kind;
        uint32_t index;
        uint32_t generation;
        bool operator>(const Event& other) const {
            return timeUs != other.timeUs ? timeUs > other.timeUs : sequence > other.sequence;
        }
    };
    struct StationState {
        Station* station = nullptr;
        Position position;
        uint32_t generation = 0;  // advanced by every radio call, so older events can be told apart
        bool transmitting = false;
        uint64_t txFrame = 0;
        bool receiving = false;
        RadioSettings rx;
        int64_t openUs = 0, closeUs = 0;  // closeUs INT64_MAX: listening until told otherwise
        int64_t lockLeadUs = 0;
        uint64_t locked = 0;              // the frame the receiver is demodulating
        int64_t armedWake = INT64_MAX;
    };

    struct PendingDownlink {
        size_t gateway = 0;
        RadioSettings settings;
        int8_t powerDbm = 14;
        lorawan::FrameBuffer frame;
        int64_t startUs = 0, endUs = 0;
    };

    void push(int64_t timeUs, EventKind kind, uint32_t index, uint32_t generation = 0);
    void handle(const Event& event);
    void onTxEnd(uint32_t station);
    void onFrameStart(const AirFrame& frame);
    void onRxFrameEnd(uint32_t station);
    bool tryLock(uint32_t station, const AirFrame& frame);
    void startDownlink(uint32_t slot);
    const std::vector<UplinkMeta>& gatewayReceptions(const AirFrame& frame, bool& collided);
    void forward(const std::vector<UplinkMeta>& receptions, const AirFrame& frame);
    void forwardOverUdp(const std::vector<UplinkMeta>& receptions, const AirFrame& frame);
    void takeDownlinks(size_t gateway, std::vector<PulledDownlink>& downlinks);
    bool gatewayTransmitting(size_t gateway, int64_t startUs, int64_t endUs) const;
    size_t gatewayIndex(Eui eui) const;
    FrameKind kindOf(const AirFrame& frame) const;

    WorldConfig config_;
    NetworkServer* server_;
    base::VirtualClock clock_;
    std::mt19937_64 random_;
    Air air_;
    std::vector<StationState> stations_;
    std::vector<GatewaySite> gateways_;
    std::vector<std::vector<std::pair<int64_t, int64_t>>> gatewayTx_;  // scheduled transmissions
    std::vector<UdpGateway> links_;
    std::vector<PendingDownlink> pending_;
    std::vector<uint32_t> freePending_;
    std::unordered_map<uint32_t, std::vector<std::pair<uint32_t, uint32_t>>> listeners_;  // Hz -> (station, generation)
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> events_;
    uint64_t sequence_ = 0;
    std::vector<UplinkMeta> receptions_;
    WorldCounters counters_;
};

}  // namespace pyfw::world
