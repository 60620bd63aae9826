// A UDP socket on the loopback interface: what the gateway and `pyfw ns` talk over. Only
// 127.0.0.1 is ever bound or addressed.
#pragma once

#include <cstdint>
#include <optional>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::world {

struct UdpPeer {
    uint32_t address = 0;  // network order, as in sockaddr_in
    uint16_t port = 0;     // host order
    bool operator==(const UdpPeer&) const = default;
};

struct Datagram {
    base::Bytes bytes;
    UdpPeer from;
};

class UdpSocket {
public:
    // port 0 picks a free port; port() tells which.
    static base::Result<UdpSocket> bindLoopback(uint16_t port);
    static UdpPeer loopback(uint16_t port);
    UdpSocket(UdpSocket&& other) noexcept;
    UdpSocket& operator=(UdpSocket&& other) noexcept;
    ~UdpSocket();

    uint16_t port() const { return port_; }
    // A bigger kernel buffer for a server that bursts of datagrams must not overrun.
    void setReceiveBuffer(int bytes);
    base::Status sendTo(const UdpPeer& peer, base::ByteView data);
    // Waits up to timeoutMs for one datagram.
    std::optional<Datagram> receive(int timeoutMs);

private:
    UdpSocket(int fd, uint16_t port) : fd_(fd), port_(port) {}
    int fd_ = -1;
    uint16_t port_ = 0;
};

}  // namespace pyfw::world
