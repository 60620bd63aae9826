#include "world/udp_socket.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace pyfw::world {

base::Result<UdpSocket> UdpSocket::bindLoopback(uint16_t port) {
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return base::fail(std::string("cannot open a UDP socket: ") + std::strerror(errno));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        const std::string why = std::strerror(errno);
        ::close(fd);
        return base::fail("cannot bind UDP 127.0.0.1:" + std::to_string(port) + ": " + why);
    }
    socklen_t length = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length);
    return UdpSocket(fd, ntohs(addr.sin_port));
}

UdpPeer UdpSocket::loopback(uint16_t port) { return UdpPeer{htonl(INADDR_LOOPBACK), port}; }

UdpSocket::UdpSocket(UdpSocket&& other) noexcept : fd_(other.fd_), port_(other.port_) { other.fd_ = -1; }

UdpSocket& UdpSocket::operator=(UdpSocket&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = other.fd_;
        port_ = other.port_;
        other.fd_ = -1;
    }
    return *this;
}

UdpSocket::~UdpSocket() {
    if (fd_ >= 0) ::close(fd_);
}

void UdpSocket::setReceiveBuffer(int bytes) { ::setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof bytes); }

base::Status UdpSocket::sendTo(const UdpPeer& peer, base::ByteView data) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = peer.address;
    addr.sin_port = htons(peer.port);
    if (::sendto(fd_, data.data(), data.size(), 0, reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0)
        return base::fail(std::string("UDP send failed: ") + std::strerror(errno));
    return base::okStatus();
}

std::optional<Datagram> UdpSocket::receive(int timeoutMs) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0) return std::nullopt;
    Datagram d;
    d.bytes.resize(65536);
    sockaddr_in addr{};
    socklen_t length = sizeof addr;
    const ssize_t n = ::recvfrom(fd_, d.bytes.data(), d.bytes.size(), 0, reinterpret_cast<sockaddr*>(&addr), &length);
    if (n < 0) return std::nullopt;
    d.bytes.resize(size_t(n));
    d.from = UdpPeer{addr.sin_addr.s_addr, ntohs(addr.sin_port)};
    return d;
}

}  // namespace pyfw::world
