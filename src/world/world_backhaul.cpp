// The gateways' side towards the network: uplinks handed to the in-process server, or pushed over
// Semtech UDP to any server, and the downlinks that come back put on a gateway's schedule.
//
// On virtual time a server over UDP runs on real time, so after each uplink the world waits for
// it: every gateway sends a PULL_DATA behind its PUSH_DATA and the world reads until every
// datagram has been acknowledged. A server that answers as it handles a datagram has then sent
// its PULL_RESP (loopback keeps the order), whichever order it sends PUSH_ACK and PULL_RESP in;
// a server that answers later gets WorldConfig::serverWaitMs more. A downlink is placed by its
// tmst on the gateway's own counter, as a real gateway does, and heard by whoever listens then.
#include <chrono>
#include <thread>

#include "world/gateway_packets.h"
#include "world/world.h"

namespace pyfw::world {

base::Status World::connectServer(uint16_t port) {
    std::vector<UdpGateway> links;
    for (const GatewaySite& site : gateways_) {
        PYFW_ASSIGN(UdpGateway link, UdpGateway::connect(site.eui, port, config_.serverTimeoutMs));
        links.push_back(std::move(link));
    }
    links_ = std::move(links);
    return base::okStatus();
}

void World::forward(const std::vector<UplinkMeta>& receptions, const AirFrame& f) {
    counters_.gatewayReceptions += receptions.size();
    if (!links_.empty()) return forwardOverUdp(receptions, f);
    if (!server_) return;
    if (auto plan = server_->onUplink(receptions, f.frame.view())) sendPlan(*plan);
}

void World::sendPlan(const DownlinkPlan& plan) {
    ++counters_.downlinksPlanned;
    const lorawan::DataRate& rate = lorawan::region(config_.region).dataRates[plan.dr];
    const RadioSettings settings{plan.frequencyHz, rate.spreadingFactor, rate.bandwidthKhz, true, true};
    (void)scheduleDownlink(gatewayIndex(plan.gatewayEui), settings, plan.powerDbm, plan.frame.view(),
                           plan.immediate ? nowUs() : plan.timeUs);
}

void World::forwardOverUdp(const std::vector<UplinkMeta>& receptions, const AirFrame& f) {
    for (const UplinkMeta& meta : receptions) {
        if (!links_[gatewayIndex(meta.gatewayEui)].push(toRxPacket(meta, f.frame.view())).ok()) ++counters_.gatewayErrors;
    }
    for (UdpGateway& link : links_)
        if (!link.pull().ok()) ++counters_.gatewayErrors;
    for (size_t g = 0; g < links_.size(); ++g) {
        auto downlinks = links_[g].settle(config_.serverTimeoutMs);
        if (!downlinks.ok()) {
            ++counters_.gatewayErrors;
            continue;
        }
        takeDownlinks(g, *downlinks);
    }
    if (config_.serverWaitMs > 0) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(config_.serverWaitMs);
        while (std::chrono::steady_clock::now() < deadline) {
            pollServer();
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    }
    pollServer();
}

void World::pollServer() {
    for (size_t g = 0; g < links_.size(); ++g) {
        std::vector<PulledDownlink> downlinks = links_[g].drain();
        takeDownlinks(g, downlinks);
    }
}

void World::takeDownlinks(size_t gateway, std::vector<PulledDownlink>& downlinks) {
    const GatewaySite& site = gateways_[gateway];
    for (PulledDownlink& d : downlinks) {
        if (!d.packet.ok()) {
            ++counters_.badPullResp;  // as a packet forwarder does, it is dropped without a TX_ACK
            continue;
        }
        const TxPacket& tx = *d.packet;
        // tmst is the gateway's 32-bit counter: the difference from now wraps with it.
        const int64_t start = tx.immediate ? nowUs() : nowUs() + int32_t(tx.tmst - site.tmstAt(nowUs()));
        const RadioSettings settings{tx.frequencyHz, tx.spreadingFactor, tx.bandwidthKhz, tx.invertedIq, true};
        ++counters_.downlinksPlanned;
        const char* error = scheduleDownlink(gateway, settings, int8_t(tx.powerDbm), tx.data, start);
        if (!links_[gateway].txAck(d.token, error).ok()) ++counters_.gatewayErrors;
    }
}

}  // namespace pyfw::world
