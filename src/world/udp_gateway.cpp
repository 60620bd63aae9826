#include "world/udp_gateway.h"

#include <algorithm>
#include <chrono>

namespace pyfw::world {

namespace {
bool takeToken(std::vector<uint16_t>& awaited, uint16_t token) {
    auto it = std::find(awaited.begin(), awaited.end(), token);
    if (it == awaited.end()) return false;
    awaited.erase(it);
    return true;
}
}  // namespace

base::Result<UdpGateway> UdpGateway::connect(uint64_t gatewayEui, uint16_t serverPort, int timeoutMs) {
    PYFW_ASSIGN(UdpSocket socket, UdpSocket::bindLoopback(0));
    UdpGateway gateway(gatewayEui, UdpSocket::loopback(serverPort), std::move(socket));
    PYFW_TRY(gateway.pull());
    auto settled = gateway.settle(timeoutMs);
    if (!settled.ok()) return base::fail("the network server on 127.0.0.1:" + std::to_string(serverPort) +
                                         " did not answer PULL_DATA");
    return gateway;
}

base::Status UdpGateway::push(const RxPacket& packet) {
    const uint16_t token = token_++;
    awaitedPushAcks_.push_back(token);
    return socket_.sendTo(server_, encodeSemtechPacket({token, SemtechType::PushData, eui_, encodeRxpkJson({packet})}));
}

base::Status UdpGateway::pull() {
    const uint16_t token = token_++;
    awaitedPullAcks_.push_back(token);
    return socket_.sendTo(server_, encodeSemtechPacket({token, SemtechType::PullData, eui_, {}}));
}

void UdpGateway::take(const Datagram& datagram, std::vector<PulledDownlink>& out) {
    if (!(datagram.from == server_)) return;  // only the server's answers count
    auto packet = parseSemtechPacket(datagram.bytes);
    if (!packet.ok()) return;
    switch (packet->type) {
    case SemtechType::PushAck: takeToken(awaitedPushAcks_, packet->token); break;
    case SemtechType::PullAck: takeToken(awaitedPullAcks_, packet->token); break;
    case SemtechType::PullResp: out.push_back({packet->token, parseTxpkJson(packet->json)}); break;
    default: break;
    }
}

base::Result<std::vector<PulledDownlink>> UdpGateway::settle(int timeoutMs) {
    std::vector<PulledDownlink> out;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!awaitedPushAcks_.empty() || !awaitedPullAcks_.empty()) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        auto datagram = socket_.receive(int(std::max<int64_t>(left.count(), 0)));
        if (!datagram) {
            const bool pushes = !awaitedPushAcks_.empty();
            unansweredPushes_ += awaitedPushAcks_.size();
            awaitedPushAcks_.clear();
            awaitedPullAcks_.clear();
            return base::fail(pushes ? "the network server did not acknowledge PUSH_DATA"
                                     : "the network server did not answer PULL_DATA");
        }
        take(*datagram, out);
    }
    for (PulledDownlink& d : drain()) out.push_back(std::move(d));
    return out;
}

std::vector<PulledDownlink> UdpGateway::drain() {
    std::vector<PulledDownlink> out;
    while (auto datagram = socket_.receive(0)) take(*datagram, out);
    return out;
}

base::Status UdpGateway::txAck(uint16_t token, const std::string& error) {
    return socket_.sendTo(server_, encodeSemtechPacket({token, SemtechType::TxAck, eui_, encodeTxAckJson(error)}));
}

}  // namespace pyfw::world
