#include "world/udp_network_server.h"

#include <algorithm>

#include "base/bytes.h"
#include "world/gateway_packets.h"
#include "world/ns_log.h"

namespace pyfw::world {

namespace {
constexpr auto kGatewayActive = std::chrono::seconds(60);

std::string peerText(const UdpPeer& peer) {
    const uint8_t* a = reinterpret_cast<const uint8_t*>(&peer.address);
    return std::to_string(a[0]) + "." + std::to_string(a[1]) + "." + std::to_string(a[2]) + "." + std::to_string(a[3]) +
           ":" + std::to_string(peer.port);
}
}  // namespace

bool UdpNetworkServer::pollOnce(int timeoutMs) {
    int wait = timeoutMs;
    const auto now = Clock::now();
    for (const auto& [phy, frame] : pending_) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(frame.deadline - now).count();
        wait = int(std::clamp<int64_t>(left + 1, 0, wait));
    }
    auto datagram = socket_.receive(wait);
    if (datagram) handle(*datagram);
    flush(false);
    return datagram.has_value();
}

UdpNetworkServer::Gateway* UdpNetworkServer::noteGateway(Eui eui, const UdpPeer& from, bool pull) {
    auto it = gateways_.find(eui);
    if (it == gateways_.end()) {
        if (gateways_.size() >= config_.maxGateways) {
            // The table is full (a flood of made-up EUIs can fill it): the gateway heard from
            // longest ago makes room. A real gateway that loses its place gets it back with its
            // next PULL_DATA.
            auto oldest = std::min_element(gateways_.begin(), gateways_.end(), [](const auto& a, const auto& b) {
                return a.second.lastSeen < b.second.lastSeen;
            });
            gateways_.erase(oldest);
            ++stats_.evictedGateways;
        }
        it = gateways_.emplace(eui, Gateway{}).first;
    }
    Gateway& g = it->second;
    g.lastSeen = Clock::now();
    ++g.datagrams;
    if (pull) {
        g.pullFrom = from;
        g.pulled = true;
    } else {
        g.pushFrom = from;
    }
    return &g;
}

UdpNetworkServer::Gateway* UdpNetworkServer::notePush(Eui eui, const UdpPeer& from) {
    Gateway* g = noteGateway(eui, from, false);
    if (g) g->lastPush = Clock::now();
    return g;
}

void UdpNetworkServer::handle(const Datagram& datagram) {
    auto packet = parseSemtechPacket(datagram.bytes);
    if (!packet.ok()) {
        ++stats_.badDatagrams;
        note("dropped a datagram from " + peerText(datagram.from) + ": " + packet.error().message);
        return;
    }
    switch (packet->type) {
    case SemtechType::PushData: {
        ++stats_.pushData;
        if (!notePush(packet->gatewayEui, datagram.from)) return;
        handlePush(*packet, datagram.from);
        flush(false);  // answers first, then the acknowledgement
        (void)socket_.sendTo(datagram.from, encodeSemtechPacket({packet->token, SemtechType::PushAck, 0, {}}));
        break;
    }
    case SemtechType::PullData: {
        ++stats_.pullData;
        if (!noteGateway(packet->gatewayEui, datagram.from, true)) return;
        flush(false);
        (void)socket_.sendTo(datagram.from, encodeSemtechPacket({packet->token, SemtechType::PullAck, 0, {}}));
        break;
    }
    case SemtechType::TxAck: {
        ++stats_.txAcks;
        if (noteGateway(packet->gatewayEui, datagram.from, false)) flush(false);
        auto error = txAckError(packet->json);
        if (error && *error != "NONE") {
            ++stats_.txErrors;
            note("gateway " + base::toHex(base::ByteView(datagram.bytes).subspan(4, 8)) + " refused a downlink: " + *error);
        }
        break;
    }
    default:
        ++stats_.badDatagrams;  // acks and PULL_RESP only ever go from server to gateway
        note("dropped a datagram from " + peerText(datagram.from) + ": a server-to-gateway packet type");
    }
}

void UdpNetworkServer::handlePush(const SemtechPacket& packet, const UdpPeer& from) {
    auto rxpk = parseRxpkJson(packet.json);
    if (!rxpk.ok()) {
        ++stats_.badDatagrams;
        note("dropped a PUSH_DATA from " + peerText(from) + ": " + rxpk.error().message);
        return;
    }
    for (const RxPacket& rx : *rxpk) {
        if (rx.stat != 1) {  // a CRC failure is the gateway's to report, not ours to use
            ++stats_.badCrc;
            continue;
        }
        collect(rx, packet.gatewayEui);
    }
}

void UdpNetworkServer::collect(const RxPacket& rx, Eui gateway) {
    auto it = pending_.find(rx.data);
    if (it == pending_.end()) {
        if (pending_.size() >= config_.maxPendingFrames) flush(true);
        PendingFrame frame;
        frame.phy = rx.data;
        frame.deadline = Clock::now() + std::chrono::milliseconds(config_.dedupWindowMs);
        frame.order = order_++;
        const auto now = Clock::now();
        for (const auto& [eui, g] : gateways_)
            if (eui != gateway && now - g.lastPush <= kGatewayActive) frame.others.push_back({eui, g.datagrams});
        if (frame.others.size() > config_.maxWaitedGateways) frame.others.clear(), frame.waitWindow = true;
        it = pending_.emplace(rx.data, std::move(frame)).first;
    }
    PendingFrame& frame = it->second;
    if (std::find(frame.reported.begin(), frame.reported.end(), gateway) != frame.reported.end()) return;
    if (!frame.reported.empty()) ++stats_.mergedCopies;
    frame.reported.push_back(gateway);
    UplinkMeta meta = toUplinkMeta(rx, gateway);
    // The server's own clock: gateways' counters differ from each other and wrap.
    meta.timeUs = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now().time_since_epoch()).count();
    frame.receptions.push_back(meta);
}

bool UdpNetworkServer::complete(const PendingFrame& frame, Clock::time_point now) const {
    if (now >= frame.deadline) return true;
    if (frame.waitWindow) return false;
    for (const auto& [eui, count] : frame.others) {
        if (std::find(frame.reported.begin(), frame.reported.end(), eui) != frame.reported.end()) continue;
        auto g = gateways_.find(eui);
        if (g != gateways_.end() && g->second.datagrams == count) return false;  // it may still report it
    }
    return true;
}

// Frames whose copies are all in go to the server, oldest first; `force` sends the oldest one
// even if it is not complete (the table is full).
void UdpNetworkServer::flush(bool force) {
    const auto now = Clock::now();
    for (;;) {
        auto ready = pending_.end();
        for (auto it = pending_.begin(); it != pending_.end(); ++it)
            if ((force || complete(it->second, now)) && (ready == pending_.end() || it->second.order < ready->second.order))
                ready = it;
        if (ready == pending_.end()) return;
        PendingFrame frame = std::move(ready->second);
        pending_.erase(ready);
        process(std::move(frame));
        if (force) return;
    }
}

void UdpNetworkServer::process(PendingFrame frame) {
    if (auto plan = server_.onUplink(frame.receptions, frame.phy)) sendDownlink(*plan);
}

void UdpNetworkServer::sendDownlink(const DownlinkPlan& plan) {
    auto it = gateways_.find(plan.gatewayEui);
    if (it == gateways_.end()) return;
    const Gateway& g = it->second;
    const TxPacket tx = toTxPacket(plan, server_.regionTable());
    SemtechPacket resp{token_++, SemtechType::PullResp, 0, encodeTxpkJson(tx)};
    ++stats_.pullResp;
    (void)socket_.sendTo(g.pulled ? g.pullFrom : g.pushFrom, encodeSemtechPacket(resp));
}

}  // namespace pyfw::world
