// `pyfw ns` on the wire: the network server behind a Semtech UDP v2 endpoint on 127.0.0.1, for
// any number of gateways. Every datagram is untrusted: a malformed one is counted and logged,
// never fatal. The copies of one frame heard by several gateways are collected and handed to the
// server as one uplink; its downlink goes to the gateway that heard it best, on the address that
// gateway pulls from.
//
// A frame is complete when every gateway that forwarded uplinks in the last minute has either
// reported it or sent a later datagram (a gateway forwards what it hears at once, in order), or when the
// dedup window has passed. Its answer (PULL_RESP) goes out before the acknowledgement of the
// datagram that completed it, so a gateway on virtual time has every answer once it holds the
// acknowledgements of what it sent.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

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
    uint64_t badDatagrams = 0;      // not a Semtech packet, or a field of the wrong type or range
    uint64_t badCrc = 0;            // rxpk entries the gateway marked as failing the CRC
    uint64_t mergedCopies = 0;      // copies of a frame from a second gateway, folded into one uplink
    uint64_t evictedGateways = 0;   // gateways forgotten to make room for new ones
};

struct UdpServerConfig {
    int dedupWindowMs = 200;
    size_t maxGateways = 1024;
    size_t maxPendingFrames = 1024;
    size_t maxWaitedGateways = 32;  // beyond this many forwarding gateways, frames wait for the window
};

class UdpNetworkServer {
public:
    using Clock = std::chrono::steady_clock;

    UdpNetworkServer(NetworkServer& server, UdpSocket socket, UdpServerConfig config = {})
        : server_(server), socket_(std::move(socket)), config_(config) {
        socket_.setReceiveBuffer(4 << 20);  // bursts from many gateways
    }

    uint16_t port() const { return socket_.port(); }
    // Handles at most one datagram (and any frame whose window closes); false if none came
    // within timeoutMs.
    bool pollOnce(int timeoutMs);
    // One datagram as if it had just arrived from `from` (what pollOnce does; for the fuzzer).
    void handle(const Datagram& datagram);
    const UdpServerStats& stats() const { return stats_; }
    std::function<void(const std::string& line)> log;

private:
    struct Gateway {
        UdpPeer pullFrom, pushFrom;
        bool pulled = false;
        Clock::time_point lastSeen, lastPush;
        uint64_t datagrams = 0;     // counts the gateway's datagrams, to see who spoke after a frame
    };
    struct PendingFrame {
        base::Bytes phy;
        std::vector<UplinkMeta> receptions;
        std::vector<Eui> reported;
        std::vector<std::pair<Eui, uint64_t>> others;  // the other gateways and their datagram counts then
        Clock::time_point deadline;
        bool waitWindow = false;  // too many gateways to wait for one by one
        uint64_t order = 0;
    };

    void handlePush(const SemtechPacket& packet, const UdpPeer& from);
    void collect(const RxPacket& rx, Eui gateway);
    Gateway* noteGateway(Eui eui, const UdpPeer& from, bool pull);
    Gateway* notePush(Eui eui, const UdpPeer& from);
    bool complete(const PendingFrame& frame, Clock::time_point now) const;
    void flush(bool force);
    void process(PendingFrame frame);
    void sendDownlink(const DownlinkPlan& plan);
    void note(const std::string& line) { if (log) log(line); }

    NetworkServer& server_;
    UdpSocket socket_;
    UdpServerConfig config_;
    std::unordered_map<Eui, Gateway> gateways_;
    std::map<base::Bytes, PendingFrame> pending_;
    uint64_t order_ = 0;
    uint16_t token_ = 1;
    UdpServerStats stats_;
};

}  // namespace pyfw::world
