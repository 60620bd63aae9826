// `pyfw ns` on the wire: the network server behind a Semtech UDP v2 endpoint on 127.0.0.1. For
// each PUSH_DATA it answers any downlink with a PULL_RESP first and the PUSH_ACK after, so a
// gateway on virtual time knows every answer to an uplink has arrived once it has the ACK.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include "world/network_server.h"
#include "world/semtech_udp.h"
#include "world/udp_socket.h"

namespace pyfw::world {

struct UdpServerStats {
    uint64_t pushData = 0;
    uint64_t pullData = 0;
    uint64_t pullResp = 0;
    uint64_t txAcks = 0;
    uint64_t txErrors = 0;
    uint64_t badDatagrams = 0;
};

class UdpNetworkServer {
public:
    UdpNetworkServer(NetworkServer& server, UdpSocket socket) : server_(server), socket_(std::move(socket)) {}

    uint16_t port() const { return socket_.port(); }
    // Handles at most one datagram; false if none came within timeoutMs.
    bool pollOnce(int timeoutMs);
    const UdpServerStats& stats() const { return stats_; }
    std::function<void(const std::string& line)> log;

private:
    void handlePush(const SemtechPacket& packet, const UdpPeer& from);
    void sendDownlink(const DownlinkPlan& plan, const UdpPeer& fallback);

    NetworkServer& server_;
    UdpSocket socket_;
    std::optional<UdpPeer> pullPeer_;
    uint16_t token_ = 1;
    UdpServerStats stats_;
};

}  // namespace pyfw::world
