// The gateway side of Semtech UDP v2 for one simulated gateway: PUSH_DATA with the uplinks it
// hears, PULL_DATA to keep the downlink path open, and the PULL_RESPs the server sends, each of
// which the caller answers with a TX_ACK once it knows whether the gateway can send it. Works
// with any server on 127.0.0.1: nothing is assumed about the order in which it answers.
#pragma once

#include <cstdint>
#include <vector>

#include "world/semtech_udp.h"
#include "world/udp_socket.h"

namespace pyfw::world {

struct PulledDownlink {
    uint16_t token = 0;
    base::Result<TxPacket> packet = base::fail("no packet");
};

class UdpGateway {
public:
    // Opens a socket and the downlink path (PULL_DATA, waiting for the PULL_ACK).
    static base::Result<UdpGateway> connect(uint64_t gatewayEui, uint16_t serverPort, int timeoutMs = 2000);

    uint64_t eui() const { return eui_; }
    base::Status push(const RxPacket& packet);
    base::Status pull();
    // Waits until every PUSH_DATA and PULL_DATA sent so far has been acknowledged (or the
    // timeout passes: an error naming what went unanswered) and returns the PULL_RESPs that came.
    base::Result<std::vector<PulledDownlink>> settle(int timeoutMs);
    // The PULL_RESPs that have already arrived, without waiting.
    std::vector<PulledDownlink> drain();
    // TX_ACK: "NONE" or the protocol's error ("TOO_LATE", "COLLISION_PACKET", "TX_FREQ", ...).
    base::Status txAck(uint16_t token, const std::string& error);

    uint64_t unansweredPushes() const { return unansweredPushes_; }

private:
    UdpGateway(uint64_t eui, UdpPeer server, UdpSocket socket) : eui_(eui), server_(server), socket_(std::move(socket)) {}
    // Handles one datagram from the server; PULL_RESPs go to `out`.
    void take(const Datagram& datagram, std::vector<PulledDownlink>& out);

    uint64_t eui_;
    UdpPeer server_;
    UdpSocket socket_;
    uint16_t token_ = 0x100;
    std::vector<uint16_t> awaitedPushAcks_;
    std::vector<uint16_t> awaitedPullAcks_;
    uint64_t unansweredPushes_ = 0;
};

}  // namespace pyfw::world
