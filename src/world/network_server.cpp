// Network server: joins, uplink checks and downlink planning. MAC answers and ADR are in
// ns_mac.cpp, the compliance driver in ns_compliance.cpp.
#include "world/network_server.h"

#include "lorawan/time_on_air.h"

#include <algorithm>
#include <cstring>

namespace pyfw::world {

using namespace lorawan;

namespace {
constexpr int64_t kSecondUs = 1000000;
constexpr int64_t kRetryWindowUs = 120 * kSecondUs;
}

NetworkServer::NetworkServer(const NsConfig& config) : config_(config), region_(&region(config.region)) {}

void NetworkServer::addDevice(const DeviceEntry& entry) {
    auto d = std::make_unique<NsDevice>();
    d->entry = entry;
    NsDevice* raw = d.get();
    byEui_[entry.devEui] = raw;
    devices_.push_back(std::move(d));
    raw->dr = region_->defaultDr;
    raw->rx2Dr = config_.rx2Dr.value_or(region_->rx2Dr);
    raw->rx2FrequencyHz = region_->rx2FrequencyHz;
    if (!entry.otaa) {
        activate(*raw, entry.devAddr, entry.nwkSKey, entry.appSKey);
        // An ABP device has not been told the server's RX2 settings: it uses the region's.
        raw->rx2Dr = region_->rx2Dr;
    }
}

NsDevice* NetworkServer::device(Eui devEui) {
    auto it = byEui_.find(devEui);
    return it == byEui_.end() ? nullptr : it->second;
}

void NetworkServer::activate(NsDevice& d, uint32_t devAddr, const Key& nwk, const Key& app) {
    if (d.active) byAddr_.erase(d.devAddr);
    d.active = true;
    d.devAddr = devAddr;
    d.nwkSKey = nwk;
    d.appSKey = app;
    d.crypto = std::make_unique<SessionCrypto>(nwk, app);
    d.fcntUp = 0;
    d.uplinkSeen = false;
    d.fcntDown = 0;
    d.txPowerIndex = 0;
    d.nbTrans = 1;
    d.rx1DrOffset = config_.rx1DrOffset;
    d.rxDelaySeconds = std::max<uint8_t>(config_.rxDelaySeconds, 1);
    d.rx2Dr = config_.rx2Dr.value_or(region_->rx2Dr);
    d.rx2FrequencyHz = region_->rx2FrequencyHz;
    d.snrCount = 0;
    d.adrPending = false;
    d.pendingRxParam.reset();
    d.pendingRxDelay.reset();
    d.pendingCommands.clear();
    d.unanswered.clear();
    d.awaitingAck.reset();
    byAddr_[devAddr] = &d;
}

void NetworkServer::restoreSession(NsDevice& d, const NsSession& session) {
    if (d.active) byAddr_.erase(d.devAddr);
    static_cast<NsSession&>(d) = session;
    d.crypto.reset();
    if (d.active) {
        d.crypto = std::make_unique<SessionCrypto>(d.nwkSKey, d.appSKey);
        byAddr_[d.devAddr] = &d;
    }
}

uint64_t NsStats::totalDrops() const {
    uint64_t n = wrongFrequencyPlan + storeFailures;
    for (uint64_t count : drops) n += count;
    return n;
}

std::optional<DownlinkPlan> NetworkServer::drop(DropReason reason, NsLogEvent event) {
    ++stats_.drops[size_t(reason)];
    event.kind = NsLogEvent::Kind::Drop;
    if (!event.reason) event.reason = dropReasonName(reason);
    log(event);
    return std::nullopt;
}

// Saved before the answer goes out: a server that restarts after answering must not accept the
// same frame again. A device that cannot be saved gets no answer.
bool NetworkServer::save(NsDevice& d, const PersistEvent& event) {
    if (!persistence_) return true;
    auto saved = persistence_->persist(d, counters_, event);
    if (saved.ok()) return true;
    ++stats_.storeFailures;
    NsLogEvent e;
    e.reason = "the session could not be saved";
    e.device = &d;
    log(e);
    return false;
}

uint32_t NetworkServer::airtimeUs(uint8_t dr, size_t bytes, bool uplink) const {
    if (dr >= region_->dataRates.size() || !region_->dataRates[dr].defined()) return 0;
    return lorawan::timeOnAirUs(lorawan::modulationFor(region_->dataRates[dr], uplink), uint32_t(bytes));
}

void NetworkServer::noteDownlink(PersistEvent& saved, const DownlinkPlan& plan) const {
    saved.downlinkDr = plan.dr;
    saved.downlinkAirtimeUs = airtimeUs(plan.dr, plan.frame.size, false);
}

namespace {
// The reception with the best signal: the gateway a downlink should go through.
const UplinkMeta& bestOf(std::span<const UplinkMeta> receptions) {
    const UplinkMeta* best = &receptions[0];
    for (const UplinkMeta& r : receptions)
        if (r.snr > best->snr || (r.snr == best->snr && r.rssi > best->rssi)) best = &r;
    return *best;
}
}  // namespace

std::optional<DownlinkPlan> NetworkServer::onUplink(std::span<const UplinkMeta> receptions, base::ByteView phy) {
    stats_.receptions += receptions.size();
    if (receptions.empty()) return std::nullopt;
    if (phy.empty()) return drop(DropReason::Truncated, {});
    const UplinkMeta& meta = bestOf(receptions);
    // A frame on a frequency or a modulation the region does not have was sent for another region.
    if (!frequencyInRegion(*region_, meta.frequencyHz) || drOf(meta.spreadingFactor, meta.bandwidthKhz) == kNoDr) {
        ++stats_.wrongFrequencyPlan;
        NsLogEvent e;
        e.kind = NsLogEvent::Kind::Drop;
        e.reason = "frequency or data rate not in the region's plan";
        e.meta = &meta;
        if (phy.size() >= 5 && mtypeOf(phy[0]) != MType::JoinRequest) e.devAddr = base::readLe32(phy.data() + 1);
        log(e);
        return std::nullopt;
    }
    if (mtypeOf(phy[0]) == MType::JoinRequest) return handleJoin(receptions, phy);
    return handleData(receptions, phy);
}

std::optional<DownlinkPlan> NetworkServer::handleJoin(std::span<const UplinkMeta> receptions, base::ByteView phy) {
    const UplinkMeta& meta = bestOf(receptions);
    NsLogEvent event;
    event.meta = &meta;
    event.gateways = int(receptions.size());
    auto parsed = parseJoinRequest(phy);
    if (auto* failure = std::get_if<ParseFailure>(&parsed)) return drop(failure->reason, event);
    const JoinRequestView& request = std::get<JoinRequestView>(parsed);
    event.devEui = request.devEui;
    NsDevice* d = device(request.devEui);
    if (!d || !d->entry.otaa || d->entry.appEui != request.appEui) {
        event.reason = !d ? "unknown DevEUI" : !d->entry.otaa ? "an ABP device sent a join request" : "wrong AppEUI";
        return drop(DropReason::UnknownDevice, event);
    }
    event.device = d;
    if (!joinRequestMicMatches(d->entry.appKey, request)) return drop(DropReason::BadMic, event);
    if (std::find(d->usedNonces.begin(), d->usedNonces.end(), request.devNonce) != d->usedNonces.end()) {
        event.reason = "DevNonce used before (a replayed join request)";  // spec §6.2.4
        return drop(DropReason::Replay, event);
    }
    d->usedNonces.push_back(request.devNonce);
    complianceJoin(*d);

    JoinAccept accept;
    accept.appNonce = counters_.appNonce++ & 0xFFFFFF;
    accept.netId = config_.netId;
    // DevAddr: NwkID (7 LSB of NetID) in the top bits, then a running address (spec §6.1.1).
    accept.devAddr = (config_.netId & 0x7F) << 25 | (counters_.nextAddr++ & 0x1FFFFFF);
    accept.dlSettings = uint8_t((config_.rx1DrOffset & 7) << 4 | (config_.rx2Dr.value_or(region_->rx2Dr) & 0x0F));
    accept.rxDelay = config_.rxDelaySeconds;
    if (config_.sendCfList && region_->acceptsCfList) {
        accept.hasCfList = true;
        // Five more channels 200 kHz apart below the default ones (EU868: 867.1 .. 867.9 MHz).
        const uint32_t first = region_->id == RegionId::EU868 ? 867100000u : region_->defaultChannelsHz[0] + 400000u;
        for (size_t i = 0; i < 5; ++i) accept.cfListHz[i] = first + uint32_t(i) * 200000u;
    }
    const SessionKeys keys = deriveSessionKeys(d->entry.appKey, accept.appNonce, accept.netId, request.devNonce);
    activate(*d, accept.devAddr, keys.nwkSKey, keys.appSKey);
    d->lastGatewayEui = meta.gatewayEui;
    d->dr = drOf(meta.spreadingFactor, meta.bandwidthKhz);
    DownlinkPlan plan;
    plan.devEui = d->entry.devEui;
    plan.gatewayEui = meta.gatewayEui;
    plan.tmst = meta.tmst + 5 * kSecondUs;
    plan.timeUs = meta.timeUs + 5 * kSecondUs;
    plan.frequencyHz = rx1Frequency(meta.frequencyHz);
    plan.dr = rx1DataRate(*region_, d->dr, 0, region_->downlinkDwellDefault);
    plan.powerDbm = region_->maxEirpDbm;
    sealJoinAccept(d->entry.appKey, accept, plan.frame);

    PersistEvent saved;
    saved.kind = "join_request";
    saved.devNonce = request.devNonce;
    saved.meta = &meta;
    saved.gateways = int(receptions.size());
    saved.queueChanged = true;
    saved.dr = d->dr;
    saved.airtimeUs = airtimeUs(d->dr, phy.size(), true);
    saved.joinAccept = true;
    noteDownlink(saved, plan);
    if (!save(*d, saved)) return std::nullopt;
    ++stats_.joins;
    event.kind = NsLogEvent::Kind::Join;
    event.devAddr = accept.devAddr;
    log(event);
    if (onFrame) onFrame("join_request", phy, *d, 0);
    if (onFrame) onFrame("join_accept", plan.frame.view(), *d, 0);
    ++stats_.downlinks;
    return plan;
}

std::optional<DownlinkPlan> NetworkServer::handleData(std::span<const UplinkMeta> receptions, base::ByteView phy) {
    const UplinkMeta& meta = bestOf(receptions);
    NsLogEvent event;
    event.meta = &meta;
    event.gateways = int(receptions.size());
    auto parsed = parseDataFrame(phy);
    if (auto* failure = std::get_if<ParseFailure>(&parsed)) return drop(failure->reason, event);
    const DataFrameView& frame = std::get<DataFrameView>(parsed);
    event.devAddr = frame.devAddr;
    event.port = frame.port;
    if (!isUplink(frame.type)) return drop(DropReason::UnexpectedType, event);
    auto it = byAddr_.find(frame.devAddr);
    if (it == byAddr_.end()) {
        event.reason = "unknown DevAddr";
        return drop(DropReason::UnknownDevice, event);
    }
    NsDevice& d = *it->second;
    event.device = &d;

    const uint16_t diff = uint16_t(frame.fcnt16 - uint16_t(d.fcntUp));
    const uint32_t fcnt32 = d.uplinkSeen ? d.fcntUp + diff : frame.fcnt16;
    event.fcnt = fcnt32;
    if (d.uplinkSeen && diff >= 0x8000) {
        event.fcnt = frame.fcnt16;
        return drop(DropReason::Replay, event);
    }
    if (d.uplinkSeen && diff >= kMaxFcntGap) return drop(DropReason::CounterGap, event);
    if (!micMatches(*d.crypto, frame, fcnt32)) return drop(DropReason::BadMic, event);

    const bool confirmed = isConfirmed(frame.type);
    event.confirmed = confirmed;
    if (d.uplinkSeen && diff == 0) {
        // The same counter again: an NbTrans repeat or a confirmed retry, if it comes soon after
        // the first (a device gives up its retries within a minute or so). Never delivered twice;
        // a confirmed retry is acknowledged again. After a restart the server cannot tell a retry
        // from a replay, and refuses it.
        if (d.lastUplinkUs == INT64_MIN || meta.timeUs - d.lastUplinkUs > kRetryWindowUs) {
            event.reason = "replayed counter (the last FCnt again, too late for a retry)";
            return drop(DropReason::Replay, event);
        }
        ++stats_.duplicates;
        if (!confirmed) return std::nullopt;
        if (onFrame) onFrame("uplink", phy, d, fcnt32);
        auto plan = planDownlink(d, &meta, true, true);
        PersistEvent saved;
        saved.queueChanged = true;
        if (plan) {
            saved.downlinkFcnt = d.fcntDown - 1;
            noteDownlink(saved, *plan);
        }
        if (!save(d, saved)) return std::nullopt;
        return plan;
    }
    const bool firstOfSession = !d.uplinkSeen;
    d.fcntUp = fcnt32;
    d.uplinkSeen = true;
    d.lastUplinkUs = meta.timeUs;
    d.lastUplink.assign(phy);
    d.lastGatewayEui = meta.gatewayEui;
    d.dr = drOf(meta.spreadingFactor, meta.bandwidthKhz);
    ++d.uplinks;
    // A sub-band server restricts a device's channels (back to all after each join) at the first
    // downlink it can, not after the twenty uplinks its ADR waits for; ADR off or not.
    if (firstOfSession && config_.subBand && region_->plan != ChannelPlanKind::Dynamic && !d.adrPending)
        queueLinkAdr(d, d.dr, d.txPowerIndex);
    ++stats_.uplinks;
    if (!frame.port || *frame.port == 0) ++stats_.macOnlyUplinks;
    if (frame.port == kCompliancePort) ++stats_.complianceUplinks;
    if (confirmed) ++stats_.confirmedUplinks;
    if (onFrame) onFrame("uplink", phy, d, fcnt32);

    PersistEvent saved;
    saved.kind = "uplink";
    saved.fcnt = fcnt32;
    saved.port = frame.port;
    saved.meta = &meta;
    saved.gateways = int(receptions.size());
    saved.dr = d.dr;
    saved.airtimeUs = airtimeUs(d.dr, phy.size(), true);
    // A confirmed downlink that this uplink does not acknowledge goes back in the queue.
    if (d.awaitingAck) {
        if (!frame.ack()) {
            ++stats_.downlinksNotAcked;
            if (++d.awaitingAck->attempts < 3) d.queue.push_front(*d.awaitingAck);
        }
        d.awaitingAck.reset();
        saved.queueChanged = true;
    }

    bool needsDownlink = false;
    std::array<uint8_t, kMaxPhySize> plain;
    base::ByteView payload;
    if (frame.port) {
        openPayload(*d.crypto, frame, fcnt32, plain.data());
        payload = {plain.data(), frame.payload.size()};
    }
    saved.payload = payload;
    event.payload = payload;
    event.fopts = frame.fopts;
    if (!frame.fopts.empty()) handleAnswers(d, frame.fopts, receptions, needsDownlink);
    if (frame.port == 0) handleAnswers(d, payload, receptions, needsDownlink);
    if (resendUnanswered(d, !frame.fopts.empty() || (frame.port == 0 && !payload.empty()))) needsDownlink = true;
    if (frame.adr() && config_.adr) runAdr(d, meta, frame.adrAckReq());
    if (frame.adrAckReq()) needsDownlink = true;  // the device asks for any downlink
    if (config_.devStatusEvery && d.uplinks % config_.devStatusEvery == 0)
        d.pendingCommands.add(Cid::DevStatus, {});
    if (frame.port && *frame.port != 0) complianceUplink(d, frame, payload);
    auto plan = planDownlink(d, &meta, confirmed, needsDownlink);
    if (plan) {
        saved.downlinkFcnt = d.fcntDown - 1;
        saved.queueChanged = true;
        noteDownlink(saved, *plan);
    }
    if (!save(d, saved)) return std::nullopt;
    event.kind = NsLogEvent::Kind::Uplink;
    log(event);
    if (onData && frame.port != 0) {
        ReceivedUplink up{d.entry.devEui, fcnt32, confirmed, frame.port,
                          base::Bytes(payload.begin(), payload.end()),
                          base::Bytes(frame.fopts.begin(), frame.fopts.end())};
        onData(up);
    }
    return plan;
}

std::optional<DownlinkPlan> NetworkServer::enqueue(Eui devEui, uint8_t port, base::ByteView payload, bool confirmed,
                                                   int64_t nowUs, uint32_t tmstNow) {
    NsDevice* d = device(devEui);
    if (!d) return std::nullopt;
    d->queue.push_back({port, base::Bytes(payload.begin(), payload.end()), confirmed, 0});
    std::optional<DownlinkPlan> plan;
    if (d->entry.deviceClass == DeviceClass::C && d->active) plan = planDownlink(*d, nullptr, false, false);
    PersistEvent saved;
    saved.queueChanged = true;
    if (plan) {
        saved.downlinkFcnt = d->fcntDown - 1;
        noteDownlink(saved, *plan);
    }
    if (!save(*d, saved)) return std::nullopt;
    if (plan) {
        plan->immediate = true;
        plan->timeUs = nowUs;
        plan->tmst = tmstNow;
        plan->gatewayEui = d->lastGatewayEui;
    }
    return plan;
}

bool NetworkServer::queueMacCommands(Eui devEui, base::ByteView commands) {
    NsDevice* d = device(devEui);
    if (!d) return false;
    // Only whole, known commands go out; the ones that change how we must reach the device are
    // remembered until the device's answer says it applied them.
    MacCommandReader reader(commands, Direction::Down);
    MacCommand c;
    size_t length = 0;
    while (reader.next(c)) length += 1 + c.payload.size();
    if (length != commands.size()) return false;
    if (!d->pendingCommands.append(commands)) return false;
    reader = MacCommandReader(commands, Direction::Down);
    while (reader.next(c)) {
        if (c.cid == uint8_t(Cid::RxParamSetup))
            d->pendingRxParam = std::array<uint8_t, 4>{c.payload[0], c.payload[1], c.payload[2], c.payload[3]};
        if (c.cid == uint8_t(Cid::RxTimingSetup)) d->pendingRxDelay = std::max<uint8_t>(c.payload[0] & 0x0F, 1);
    }
    return true;
}

std::optional<DownlinkPlan> NetworkServer::planDownlink(NsDevice& d, const UplinkMeta* meta, bool ack, bool force) {
    if (!d.active) return std::nullopt;
    // Timing and radio settings first: they decide how much the frame may carry.
    DownlinkPlan plan;
    plan.devEui = d.entry.devEui;
    plan.gatewayEui = meta ? meta->gatewayEui : d.lastGatewayEui;
    plan.powerDbm = region_->maxEirpDbm;
    const bool rx2 = !meta || config_.preferRx2;
    if (rx2) {
        plan.frequencyHz = d.rx2FrequencyHz;
        plan.dr = d.rx2Dr;
    } else {
        plan.frequencyHz = rx1Frequency(meta->frequencyHz);
        plan.dr = rx1DataRate(*region_, d.dr, d.rx1DrOffset, region_->downlinkDwellDefault);
    }
    if (meta) {
        const int64_t delay = int64_t(d.rxDelaySeconds + (rx2 ? 1 : 0)) * kSecondUs;
        plan.tmst = meta->tmst + uint32_t(delay);
        plan.timeUs = meta->timeUs + delay;
    }
    const size_t room = maxPayload(*region_, plan.dr, false);

    const base::ByteView commands = d.pendingCommands.view();
    const AppDownlink* app = nullptr;
    if (!d.queue.empty() && d.queue.front().payload.size() + (commands.size() <= kMaxFOpts ? commands.size() : 0) <= room)
        app = &d.queue.front();
    if (!app && commands.empty() && !ack && !force) return std::nullopt;

    DataFrameFields fields;
    const bool confirmedDown = app && app->confirmed;
    fields.type = confirmedDown ? MType::ConfirmedDown : MType::UnconfirmedDown;
    fields.devAddr = d.devAddr;
    fields.fctrl = uint8_t((ack ? kFCtrlAck : 0) | (d.queue.size() > (app ? 1u : 0u) ? kFCtrlFPending : 0) |
                           (config_.adr ? kFCtrlAdr : 0));
    fields.fcnt = d.fcntDown++;
    if (commands.size() <= kMaxFOpts) {
        fields.fopts = commands;
        if (app) {
            fields.port = app->port;
            fields.payload = app->payload;
        }
    } else if (!app) {
        fields.port = 0;
        fields.payload = commands.first(std::min(commands.size(), room));
    }
    sealDataFrame(*d.crypto, fields, plan.frame);
    if (fields.fopts.size() || fields.port == 0) {
        noteSentCommands(d, fields.port == 0 ? fields.payload : fields.fopts);
        d.pendingCommands.clear();
    }
    // The log below needs the payload after the queue has let it go.
    const base::Bytes sentPayload = app ? app->payload : base::Bytes();
    if (app) {
        if (app->confirmed) d.awaitingAck = *app;
        d.queue.pop_front();
        app = nullptr;
    }
    if (ack) ++stats_.acksSent;
    ++stats_.downlinks;
    if (onFrame) onFrame("downlink", plan.frame.view(), d, fields.fcnt);
    if (onLog) {
        NsLogEvent e;
        e.kind = NsLogEvent::Kind::Downlink;
        e.device = &d;
        e.devAddr = d.devAddr;
        e.fcnt = fields.fcnt;
        e.port = fields.port;
        e.confirmed = confirmedDown;
        e.payload = !sentPayload.empty() ? base::ByteView(sentPayload) : fields.port == 0 ? fields.payload : base::ByteView{};
        log(e);
    }
    return plan;
}

uint8_t NetworkServer::drOf(uint8_t sf, uint16_t bw) const {
    for (uint8_t dr = region_->minUplinkDr; dr <= region_->maxUplinkDr; ++dr) {
        const DataRate& rate = region_->dataRates[dr];
        if (rate.spreadingFactor == sf && (rate.bandwidthKhz == bw || rate.isFsk())) return dr;
    }
    return kNoDr;
}

uint32_t NetworkServer::rx1Frequency(uint32_t uplinkHz) const {
    if (region_->plan == ChannelPlanKind::Dynamic) return uplinkHz;
    // Fixed grids: the downlink channel is the uplink channel number modulo 8.
    uint32_t channel;
    if (uplinkHz >= region_->base500Hz && (uplinkHz - region_->base500Hz) % region_->step500Hz == 0 &&
        uplinkHz < region_->base500Hz + 8 * region_->step500Hz)
        channel = (uplinkHz - region_->base500Hz) / region_->step500Hz;
    else
        channel = (uplinkHz - region_->base125Hz) / region_->step125Hz;
    return region_->downBaseHz + (channel % 8) * region_->downStepHz;
}

}  // namespace pyfw::world
