#include "port/can_bus.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace pyfw::port {

namespace {

constexpr std::string_view kMagic = "CAN1";
constexpr size_t kHeaderBytes = 14;
constexpr uint8_t kFlagExtended = 1, kFlagRemote = 2;
// How long a frame waits for a member whose queue is full (a slow reader) before that member misses it.
constexpr suseconds_t kStallUs = 200'000;

void putU32(std::string& out, uint32_t value) {
    for (int i = 0; i < 4; ++i) out += char(value >> (8 * i) & 0xFF);
}

uint32_t getU32(std::string_view bytes, size_t at) {
    uint32_t value = 0;
    for (int i = 0; i < 4; ++i) value |= uint32_t(uint8_t(bytes[at + i])) << (8 * i);
    return value;
}

bool addressOf(const std::string& path, sockaddr_un& address) {
    if (path.size() >= sizeof address.sun_path) return false;
    std::memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.data(), path.size());
    return true;
}

}  // namespace

std::string encodeCanDatagram(const CanWireFrame& wire) {
    std::string out(kMagic);
    putU32(out, wire.kbps);
    putU32(out, wire.frame.id);
    out += char((wire.frame.extended ? kFlagExtended : 0) | (wire.frame.remote ? kFlagRemote : 0));
    out += char(wire.frame.data.size());
    out.append(wire.frame.data.begin(), wire.frame.data.end());
    return out;
}

base::Result<CanWireFrame> decodeCanDatagram(std::string_view bytes) {
    if (bytes.size() < kHeaderBytes || bytes.substr(0, 4) != kMagic) return base::fail("not a CAN frame (no CAN1 header)");
    CanWireFrame wire;
    wire.kbps = getU32(bytes, 4);
    wire.frame.id = getU32(bytes, 8);
    uint8_t flags = uint8_t(bytes[12]);
    size_t length = uint8_t(bytes[13]);
    if (flags & ~(kFlagExtended | kFlagRemote)) return base::fail("unknown CAN frame flags");
    wire.frame.extended = flags & kFlagExtended;
    wire.frame.remote = flags & kFlagRemote;
    if (wire.kbps < 1 || wire.kbps > 1000) return base::fail("CAN bit rate outside 1..1000 kbit/s");
    if (wire.frame.id > (wire.frame.extended ? kCanMaxExtendedId : kCanMaxStandardId))
        return base::fail("CAN identifier too large for its format");
    if (length > 8 || bytes.size() != kHeaderBytes + length) return base::fail("CAN frame length does not match its data");
    if (wire.frame.remote && length != 0) return base::fail("a remote CAN frame carries no data");
    wire.frame.data.assign(bytes.begin() + kHeaderBytes, bytes.end());
    return wire;
}

base::Result<std::unique_ptr<CanBus>> CanBus::join(const std::string& dir, const std::string& name) {
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) return base::fail("cannot make the CAN bus folder " + dir + ": " + error.message());
    std::string path = (std::filesystem::path(dir) / (name + ".sock")).string();
    sockaddr_un address;
    if (!addressOf(path, address)) return base::fail("CAN bus path too long: " + path);
    int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return base::fail(std::string("cannot make a socket: ") + std::strerror(errno));
    unlink(path.c_str());   // a member of that name that went away without leaving
    if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        int saved = errno;
        close(fd);
        return base::fail("cannot join the CAN bus at " + path + ": " + std::strerror(saved));
    }
    timeval stall{0, kStallUs};
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &stall, sizeof stall);
    std::unique_ptr<CanBus> bus(new CanBus(dir, path, fd));
    if (pipe2(bus->wakeFds_, O_CLOEXEC) != 0) return base::fail(std::string("cannot make a pipe: ") + std::strerror(errno));
    bus->reader_ = std::thread([raw = bus.get()] { raw->readLoop(); });
    return bus;
}

CanBus::CanBus(std::string dir, std::string path, int fd) : dir_(std::move(dir)), path_(std::move(path)), fd_(fd) {}

CanBus::~CanBus() {
    if (reader_.joinable()) {
        (void)!::write(wakeFds_[1], "q", 1);
        reader_.join();
    }
    close(fd_);
    unlink(path_.c_str());
    for (int fd : wakeFds_)
        if (fd >= 0) close(fd);
}

void CanBus::send(const CanWireFrame& frame) {
    std::string datagram = encodeCanDatagram(frame);
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir_, error)) {
        std::string path = entry.path().string();
        if (path == path_ || entry.path().extension() != ".sock") continue;
        sockaddr_un address;
        if (!addressOf(path, address)) continue;
        // A sender waits while a member's queue is full, as a node waits for the bus; a member
        // that is gone (ECONNREFUSED) or stuck for kStallUs (EAGAIN) misses the frame.
        (void)sendto(fd_, datagram.data(), datagram.size(), 0, reinterpret_cast<sockaddr*>(&address), sizeof address);
    }
}

void CanBus::setSink(std::function<void(const CanWireFrame&)> sink) {
    std::lock_guard lock(mutex_);
    sink_ = std::move(sink);
}

uint64_t CanBus::malformed() const {
    std::lock_guard lock(mutex_);
    return malformed_;
}

void CanBus::readLoop() {
    char buffer[256];
    for (;;) {
        pollfd fds[2] = {{fd_, POLLIN, 0}, {wakeFds_[0], POLLIN, 0}};
        if (poll(fds, 2, -1) < 0 && errno != EINTR) return;
        if (fds[1].revents) return;
        if (!(fds[0].revents & POLLIN)) continue;
        ssize_t got = recv(fd_, buffer, sizeof buffer, MSG_DONTWAIT);
        if (got < 0) continue;
        auto frame = decodeCanDatagram(std::string_view(buffer, size_t(got)));
        std::lock_guard lock(mutex_);
        if (!frame.ok()) {
            ++malformed_;
        } else if (sink_) {
            sink_(*frame);
        }
    }
}

}  // namespace pyfw::port
