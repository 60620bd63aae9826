#include "world/udp_network_server.h"

#include "base/bytes.h"
#include "world/gateway_packets.h"

namespace pyfw::world {

bool UdpNetworkServer::pollOnce(int timeoutMs) {
    auto datagram = socket_.receive(timeoutMs);
    if (!datagram) return false;
    auto packet = parseSemtechPacket(datagram->bytes);
    if (!packet.ok()) {
        ++stats_.badDatagrams;
        if (log) log("dropped a datagram: " + packet.error().message);
        return true;
    }
    switch (packet->type) {
    case SemtechType::PushData:
        handlePush(*packet, datagram->from);
        break;
    case SemtechType::PullData: {
        ++stats_.pullData;
        pullPeer_ = datagram->from;
        SemtechPacket ack{packet->token, SemtechType::PullAck, 0, {}};
        (void)socket_.sendTo(datagram->from, encodeSemtechPacket(ack));
        break;
    }
    case SemtechType::TxAck: {
        ++stats_.txAcks;
        auto error = txAckError(packet->json);
        if (error && *error != "NONE") {
            ++stats_.txErrors;
            if (log) log("gateway refused a downlink: " + *error);
        }
        break;
    }
    default:
        ++stats_.badDatagrams;  // acks and PULL_RESP only ever go from server to gateway
    }
    return true;
}

void UdpNetworkServer::handlePush(const SemtechPacket& packet, const UdpPeer& from) {
    ++stats_.pushData;
    auto rxpk = parseRxpkJson(packet.json);
    if (!rxpk.ok()) {
        ++stats_.badDatagrams;
        if (log) log("dropped a PUSH_DATA: " + rxpk.error().message);
    } else {
        for (const RxPacket& rx : *rxpk) {
            if (rx.stat != 1) continue;  // CRC errors are the gateway's to report, not ours to use
            const UplinkMeta meta = toUplinkMeta(rx, packet.gatewayEui);
            if (log) log("uplink " + base::toHex(rx.data));
            if (auto plan = server_.onUplink(meta, rx.data)) sendDownlink(*plan, from);
        }
    }
    SemtechPacket ack{packet.token, SemtechType::PushAck, 0, {}};
    (void)socket_.sendTo(from, encodeSemtechPacket(ack));
}

void UdpNetworkServer::sendDownlink(const DownlinkPlan& plan, const UdpPeer& fallback) {
    const TxPacket tx = toTxPacket(plan, server_.regionTable());
    SemtechPacket resp{token_++, SemtechType::PullResp, 0, encodeTxpkJson(tx)};
    ++stats_.pullResp;
    if (log) log("downlink " + base::toHex(tx.data));
    (void)socket_.sendTo(pullPeer_.value_or(fallback), encodeSemtechPacket(resp));
}

}  // namespace pyfw::world
