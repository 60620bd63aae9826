// The gateway side of Semtech UDP v2: forwards received uplinks as PUSH_DATA and collects the
// PULL_RESP downlinks the server sends, answering each with a TX_ACK (TOO_LATE when its time has
// passed on the gateway's clock). Talks to a server on 127.0.0.1, ours or any other.
#pragma once

#include <cstdint>
#include <vector>

#include "world/semtech_udp.h"
#include "world/udp_socket.h"

namespace pyfw::world {

class UdpGateway {
public:
    static base::Result<UdpGateway> connect(uint64_t gatewayEui, uint16_t serverPort, int timeoutMs = 2000);

    // PULL_DATA: opens the downlink path; waits for the PULL_ACK.
    base::Status pull();
    // One uplink; returns the downlinks that arrived up to the PUSH_ACK (plus settleMs after it).
    base::Result<std::vector<TxPacket>> push(const RxPacket& packet, uint32_t nowTmst, int settleMs = 0);
    uint64_t tooLate() const { return tooLate_; }

private:
    UdpGateway(uint64_t eui, UdpPeer server, UdpSocket socket, int timeoutMs)
        : eui_(eui), server_(server), socket_(std::move(socket)), timeoutMs_(timeoutMs) {}
    void takeDownlink(const SemtechPacket& packet, uint32_t nowTmst, std::vector<TxPacket>& out);

    uint64_t eui_;
    UdpPeer server_;
    UdpSocket socket_;
    int timeoutMs_;
    uint16_t token_ = 0x100;
    uint64_t tooLate_ = 0;
};

}  // namespace pyfw::world
