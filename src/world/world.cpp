// The world's event loop, stations' radios and the gateways' reception. The network side of the
// gateways (in process or Semtech UDP) is in world_backhaul.cpp.
#include "world/world.h"

#include <algorithm>
#include <cmath>

#include "lorawan/time_on_air.h"

namespace pyfw::world {

using namespace lorawan;

namespace {
constexpr const char* kKindNames[] = {"join_request", "join_accept", "uplink", "downlink", "other"};
constexpr Eui kFirstGatewayEui = 0xAA555A0000000001ull;

Modulation modulationOf(const RadioSettings& s, bool crc) {
    Modulation m;
    m.spreadingFactor = s.spreadingFactor;
    m.bandwidthKhz = s.bandwidthKhz;
    m.crc = crc;
    return m;
}
}  // namespace

const char* frameKindName(FrameKind kind) { return kKindNames[size_t(kind)]; }

World::World(const WorldConfig& config, NetworkServer* server)
    : config_(config), server_(server), random_(config.seed ^ 0x5DEECE66Dull) {
    for (size_t g = 0; g < std::max<size_t>(config.gateways, 1); ++g) {
        GatewaySite site;
        site.eui = kFirstGatewayEui + g;
        if (g > 0) {
            const double angle = 2 * M_PI * double(g - 1) / double(config.gateways - 1);
            site.position = {config.gatewaySpacingM * std::cos(angle), config.gatewaySpacingM * std::sin(angle)};
        }
        // Each gateway's counter starts somewhere else, as real ones do; it wraps every 71.6 min.
        site.tmstOffset = uint32_t(random_());
        gateways_.push_back(site);
    }
    gatewayTx_.resize(gateways_.size());
}

World::~World() = default;

double World::uniform() { return double(random_() >> 11) * (1.0 / 9007199254740992.0); }

const Position& World::position(uint32_t station) const { return stations_[station].position; }

uint32_t World::addStation(Station& station, Position position) {
    StationState s;
    s.station = &station;
    s.position = position;
    stations_.push_back(s);
    return uint32_t(stations_.size() - 1);
}

void World::push(int64_t timeUs, EventKind kind, uint32_t index, uint32_t generation) {
    events_.push(Event{timeUs, sequence_++, kind, index, generation});
}

void World::wakeAt(uint32_t station, int64_t timeUs) {
    StationState& s = stations_[station];
    // A wake-up already due runs now; the armed time is the event's, so the event is not taken
    // for a superseded one.
    const int64_t at = timeUs == INT64_MAX ? timeUs : std::max(timeUs, nowUs());
    if (at == s.armedWake) return;
    s.armedWake = at;
    if (at != INT64_MAX) push(at, EventKind::Wake, station);
}

void World::scheduleApp(uint32_t station, int64_t timeUs) { push(timeUs, EventKind::App, station); }

FrameKind World::kindOf(const AirFrame& f) const {
    if (f.frame.size == 0 || !f.settings.publicSync) return FrameKind::Other;
    switch (mtypeOf(f.frame.bytes[0])) {
    case MType::JoinRequest: return f.settings.invertedIq ? FrameKind::Other : FrameKind::JoinRequest;
    case MType::JoinAccept: return f.settings.invertedIq ? FrameKind::JoinAccept : FrameKind::Other;
    case MType::UnconfirmedUp:
    case MType::ConfirmedUp: return f.settings.invertedIq ? FrameKind::Other : FrameKind::Uplink;
    case MType::UnconfirmedDown:
    case MType::ConfirmedDown: return f.settings.invertedIq ? FrameKind::Downlink : FrameKind::Other;
    default: return FrameKind::Other;
    }
}

void World::transmit(uint32_t station, const RadioSettings& settings, int8_t powerDbm, base::ByteView frame,
                     int64_t durationUs) {
    StationState& s = stations_[station];
    ++s.generation;
    s.receiving = false;
    s.locked = 0;
    s.transmitting = true;
    air_.forget(nowUs());
    AirFrame f;
    f.startUs = nowUs();
    f.endUs = nowUs() + durationUs;
    f.settings = settings;
    f.powerDbm = powerDbm;
    f.source = station;
    f.from = s.position;
    f.frame.assign(frame);
    const AirFrame& added = air_.add(std::move(f));
    s.txFrame = added.id;
    push(added.endUs, EventKind::TxEnd, station, s.generation);
    onFrameStart(added);
}

void World::receive(uint32_t station, const RadioSettings& settings, int64_t openUs, int64_t windowUs) {
    StationState& s = stations_[station];
    ++s.generation;
    s.transmitting = false;
    s.receiving = true;
    s.locked = 0;
    s.rx = settings;
    s.openUs = openUs;
    s.closeUs = windowUs > 0 ? openUs + windowUs : INT64_MAX;
    // The receiver locks on a preamble it meets with at least 4 of its 8 symbols left.
    s.lockLeadUs = settings.spreadingFactor == 0xFF ? 0 : 4 * int64_t(symbolTimeUs(modulationOf(settings, false)));
    // Listening first, even when a frame is caught below: a continuous receiver goes on
    // listening after that frame, and must then meet the frames that follow.
    auto& list = listeners_[settings.frequencyHz];
    // Listeners that moved on are dropped here now and then, so a frequency nobody sends on
    // (an RX2 channel) does not collect them for ever.
    if (list.size() >= 64 && (list.size() & (list.size() - 1)) == 0)
        std::erase_if(list, [&](const auto& l) { return stations_[l.first].generation != l.second; });
    list.push_back({station, s.generation});
    // A frame already on the air whose preamble the receiver can still catch.
    if (const AirFrame* f = air_.catchable(settings, openUs - s.lockLeadUs, nowUs(), station); f && tryLock(station, *f)) return;
    if (windowUs > 0) push(s.closeUs, EventKind::RxWindowEnd, station, s.generation);
}

void World::standby(uint32_t station) {
    StationState& s = stations_[station];
    ++s.generation;
    s.receiving = false;
    s.locked = 0;
}

bool World::tryLock(uint32_t station, const AirFrame& f) {
    StationState& s = stations_[station];

    if (!s.receiving || s.locked || f.source == station || !(f.settings == s.rx)) return false;
    if (f.startUs < s.openUs - s.lockLeadUs || f.startUs > s.closeUs) return false;
    s.locked = f.id;
    push(f.endUs, EventKind::RxFrameEnd, station, s.generation);
    return true;
}

void World::onFrameStart(const AirFrame& f) {
    auto it = listeners_.find(f.settings.frequencyHz);
    if (it == listeners_.end()) return;
    auto& list = it->second;
    for (size_t i = 0; i < list.size();) {
        const auto [station, generation] = list[i];
        const StationState& s = stations_[station];
        if (s.generation != generation || !s.receiving) {
            list[i] = list.back();
            list.pop_back();
            continue;
        }
        tryLock(station, f);
        ++i;
    }
}

void World::runUntil(int64_t timeUs) {
    while (!events_.empty() && events_.top().timeUs <= timeUs) {
        const Event event = events_.top();
        events_.pop();
        clock_.advanceTo(event.timeUs);
        ++counters_.events;
        handle(event);
    }
    clock_.advanceTo(timeUs);
}

void World::handle(const Event& event) {
    if (event.kind == EventKind::DownlinkStart) return startDownlink(event.index);
    StationState& s = stations_[event.index];
    switch (event.kind) {
    case EventKind::Wake:
        if (s.armedWake != event.timeUs) return;  // superseded
        s.armedWake = INT64_MAX;
        s.station->onWake(event.timeUs);
        break;
    case EventKind::App:
        s.station->onApp(event.timeUs);
        break;
    case EventKind::TxEnd:
        if (s.generation == event.generation && s.transmitting) onTxEnd(event.index);
        break;
    case EventKind::RxWindowEnd:
        if (s.generation != event.generation || !s.receiving || s.locked) return;
        s.receiving = false;
        s.station->onRxTimeout(event.timeUs);
        break;
    case EventKind::RxFrameEnd:
        if (s.generation == event.generation && s.locked) onRxFrameEnd(event.index);
        break;
    case EventKind::DownlinkStart:
        break;
    }
}

void World::onRxFrameEnd(uint32_t station) {
    StationState& s = stations_[station];
    const AirFrame* found = air_.find(s.locked);
    s.locked = 0;
    const bool continuous = s.closeUs == INT64_MAX;
    if (!continuous) s.receiving = false;
    if (!found) return;
    // A copy: the station may transmit from its callback, and the air may move its frames then.
    const AirFrame f = *found;
    const FrameKind kind = kindOf(f);
    const LinkBudget budget = linkBudget(f, s.position);
    const bool lost = uniform() < config_.downlinkLoss || (loseFrame && loseFrame(kind, f.frame.view(), station)) ||
                      !budget.aboveFloor ||
                      (config_.collisions && !air_.survivesAt(f, s.position, budget.rssiDbm, config_.captureDb));
    if (lost) {
        ++counters_.framesMissed;
        if (!continuous) s.station->onRxTimeout(nowUs());
        return;
    }
    ++counters_.framesReceived;
    if ((f.source & kGatewaySource) && !found->heard) {
        found->heard = true;
        ++counters_.downlinksHeard;
        ++counters_.heard[size_t(kind)];
    }
    const int16_t rssi = int16_t(std::clamp(budget.rssiDbm, -200.0, 50.0));
    const int8_t snr = int8_t(std::clamp(budget.snrDb, -128.0, 127.0));
    s.station->onRxDone(f, rssi, snr, nowUs());
}

void World::onTxEnd(uint32_t station) {
    StationState& s = stations_[station];
    s.transmitting = false;
    const AirFrame* found = air_.find(s.txFrame);
    if (!found) return s.station->onTxDone(nowUs());
    const AirFrame f = *found;  // a copy, for the same reason as in onRxFrameEnd
    s.station->onTxDone(nowUs());
    const FrameKind kind = kindOf(f);
    ++counters_.transmissions;  // counted as they end, so every one is also delivered, lost or collided
    ++counters_.sent[size_t(kind)];
    if (observe) observe(kind, f.frame.view(), station);
    // Gateways listen for uplinks: normal IQ, the public sync word.
    if (f.settings.invertedIq || !f.settings.publicSync) return;
    if (uniform() < config_.uplinkLoss || (loseFrame && loseFrame(kind, f.frame.view(), station))) {
        ++counters_.uplinksLost;
        return;
    }
    bool collided = false;
    const std::vector<UplinkMeta>& receptions = gatewayReceptions(f, collided);
    if (receptions.empty()) {
        ++(collided ? counters_.collisions : counters_.uplinksLost);
        return;
    }
    ++counters_.heard[size_t(kind)];
    forward(receptions, f);
}

const std::vector<UplinkMeta>& World::gatewayReceptions(const AirFrame& f, bool& collided) {
    std::vector<UplinkMeta>& out = receptions_;  // reused: no allocation per uplink
    out.clear();
    for (size_t g = 0; g < gateways_.size(); ++g) {
        const GatewaySite& gw = gateways_[g];
        const LinkBudget budget = linkBudget(f, gw.position, uniform() * 2.0 - 1.0);
        if (!budget.aboveFloor) continue;
        if (config_.gatewayHalfDuplex && gatewayTransmitting(g, f.startUs, f.endUs)) {
            ++counters_.deafGateway;
            continue;
        }
        if (config_.collisions && !air_.survivesAt(f, gw.position, budget.rssiDbm, config_.captureDb)) {
            collided = true;
            continue;
        }
        UplinkMeta meta;
        meta.timeUs = f.endUs;
        meta.tmst = gw.tmstAt(f.endUs);
        meta.frequencyHz = f.settings.frequencyHz;
        meta.spreadingFactor = f.settings.spreadingFactor;
        meta.bandwidthKhz = f.settings.bandwidthKhz;
        meta.rssi = budget.rssiDbm;
        meta.snr = budget.snrDb;
        meta.gatewayEui = gw.eui;
        out.push_back(meta);
    }
    return out;
}

bool World::gatewayTransmitting(size_t gateway, int64_t startUs, int64_t endUs) const {
    for (const auto& [s, e] : gatewayTx_[gateway])
        if (s < endUs && e > startUs) return true;
    return false;
}

size_t World::gatewayIndex(Eui eui) const {
    for (size_t g = 0; g < gateways_.size(); ++g)
        if (gateways_[g].eui == eui) return g;
    return 0;
}

const char* World::scheduleDownlink(size_t gateway, const RadioSettings& settings, int8_t powerDbm, base::ByteView frame,
                                    int64_t startUs) {
    if (startUs < nowUs()) {
        ++counters_.downlinksTooLate;
        return "TOO_LATE";
    }
    if (!frequencyInRegion(region(config_.region), settings.frequencyHz)) {
        ++counters_.downlinksRefused;
        return "TX_FREQ";
    }
    if (powerDbm < -10 || powerDbm > 36) {
        ++counters_.downlinksRefused;
        return "TX_POWER";
    }
    const int64_t endUs = startUs + timeOnAirUs(modulationOf(settings, false), uint32_t(frame.size()));
    auto& scheduled = gatewayTx_[gateway];
    std::erase_if(scheduled, [&](const auto& t) { return t.second < nowUs() - Air::kHorizonUs; });
    if (gatewayTransmitting(gateway, startUs, endUs)) {
        ++counters_.downlinksRefused;
        return "COLLISION_PACKET";
    }
    scheduled.push_back({startUs, endUs});
    uint32_t slot;
    if (!freePending_.empty()) {
        slot = freePending_.back();
        freePending_.pop_back();
    } else {
        slot = uint32_t(pending_.size());
        pending_.emplace_back();
    }
    PendingDownlink& p = pending_[slot];
    p.gateway = gateway;
    p.settings = settings;
    p.powerDbm = powerDbm;
    p.frame.assign(frame);
    p.startUs = startUs;
    p.endUs = endUs;
    push(startUs, EventKind::DownlinkStart, slot);
    return "NONE";
}

void World::startDownlink(uint32_t slot) {
    const PendingDownlink& p = pending_[slot];
    AirFrame f;
    f.startUs = p.startUs;
    f.endUs = p.endUs;
    f.settings = p.settings;
    f.powerDbm = p.powerDbm;
    f.source = kGatewaySource | uint32_t(p.gateway);
    f.from = gateways_[p.gateway].position;
    f.frame = p.frame;
    freePending_.push_back(slot);
    air_.forget(nowUs());
    const AirFrame& added = air_.add(std::move(f));
    ++counters_.downlinksSent;
    counters_.gatewayAirtimeUs += uint64_t(added.endUs - added.startUs);
    ++counters_.sent[size_t(kindOf(added))];
    onFrameStart(added);
}

}  // namespace pyfw::world
