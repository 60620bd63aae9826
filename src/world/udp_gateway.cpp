#include "world/udp_gateway.h"

namespace pyfw::world {

base::Result<UdpGateway> UdpGateway::connect(uint64_t gatewayEui, uint16_t serverPort, int timeoutMs) {
    PYFW_ASSIGN(UdpSocket socket, UdpSocket::bindLoopback(0));
    UdpGateway gateway(gatewayEui, UdpSocket::loopback(serverPort), std::move(socket), timeoutMs);
    PYFW_TRY(gateway.pull());
    return gateway;
}

base::Status UdpGateway::pull() {
    const uint16_t token = token_++;
    PYFW_TRY(socket_.sendTo(server_, encodeSemtechPacket({token, SemtechType::PullData, eui_, {}})));
    while (auto d = socket_.receive(timeoutMs_)) {
        auto packet = parseSemtechPacket(d->bytes);
        if (packet.ok() && packet->type == SemtechType::PullAck && packet->token == token) return base::okStatus();
    }
    return base::fail("the network server did not answer PULL_DATA");
}

void UdpGateway::takeDownlink(const SemtechPacket& packet, uint32_t nowTmst, std::vector<TxPacket>& out) {
    auto tx = parseTxpkJson(packet.json);
    std::string error = "NONE";
    if (!tx.ok()) {
        error = "TX_FREQ";  // the closest v2 code for a txpk we cannot use
    } else if (!tx->immediate && int32_t(tx->tmst - nowTmst) < 0) {
        error = "TOO_LATE";
        ++tooLate_;
    } else {
        out.push_back(std::move(*tx));
    }
    (void)socket_.sendTo(server_, encodeSemtechPacket({packet.token, SemtechType::TxAck, eui_, encodeTxAckJson(error)}));
}

base::Result<std::vector<TxPacket>> UdpGateway::push(const RxPacket& rx, uint32_t nowTmst, int settleMs) {
    const uint16_t token = token_++;
    PYFW_TRY(socket_.sendTo(server_, encodeSemtechPacket({token, SemtechType::PushData, eui_, encodeRxpkJson({rx})})));
    std::vector<TxPacket> downlinks;
    bool acked = false;
    while (!acked) {
        auto d = socket_.receive(timeoutMs_);
        if (!d) return base::fail("the network server did not acknowledge PUSH_DATA");
        auto packet = parseSemtechPacket(d->bytes);
        if (!packet.ok()) continue;
        if (packet->type == SemtechType::PullResp) takeDownlink(*packet, nowTmst, downlinks);
        acked = packet->type == SemtechType::PushAck && packet->token == token;
    }
    while (settleMs > 0) {
        auto d = socket_.receive(settleMs);
        if (!d) break;
        auto packet = parseSemtechPacket(d->bytes);
        if (packet.ok() && packet->type == SemtechType::PullResp) takeDownlink(*packet, nowTmst, downlinks);
    }
    return downlinks;
}

}  // namespace pyfw::world
