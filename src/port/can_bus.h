// The simulated CAN bus that boards and test harnesses share: a folder in which every member binds
// a Unix datagram socket (`<name>.sock`). Sending a frame puts it in every other member's socket,
// as a bus delivers it to every other node. `pyfw board boot --can-bus DIR` puts the board on it;
// any program can join by binding a socket there (tests/board/can_harness.py does, in Python).
//
// One datagram is one frame on the wire (little-endian):
//   "CAN1" | u32 bit rate in kbit/s | u32 identifier | u8 flags (1 extended, 2 remote) | u8 length | data
// A node whose bit rate differs from the sender's sees no frame (on a real bus it sees errors).
// There is no arbitration or acknowledgement: frames reach everyone present, in the order sent; a
// sender waits (up to 0.2 s) for a member that has not yet read what it was sent.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/result.h"

namespace pyfw::port {

struct CanFrame {
    uint32_t id = 0;
    bool extended = false;
    bool remote = false;
    std::vector<uint8_t> data;   // 0..8 bytes

    bool operator==(const CanFrame&) const = default;
};

struct CanWireFrame {
    uint32_t kbps = 0;
    CanFrame frame;
};

inline constexpr uint32_t kCanMaxStandardId = 0x7FF;
inline constexpr uint32_t kCanMaxExtendedId = 0x1FFFFFFF;

// The bytes of one datagram, and back; a datagram that is not a well-formed frame (wrong magic,
// length, identifier beyond its format, more than 8 data bytes, a remote frame with data) fails.
std::string encodeCanDatagram(const CanWireFrame& frame);
base::Result<CanWireFrame> decodeCanDatagram(std::string_view bytes);

class CanBus {
public:
    // Joins the bus folder `dir` (made if missing) as `<name>.sock`.
    static base::Result<std::unique_ptr<CanBus>> join(const std::string& dir, const std::string& name);
    ~CanBus();
    CanBus(const CanBus&) = delete;
    CanBus& operator=(const CanBus&) = delete;

    // To every other member; members that went away are skipped.
    void send(const CanWireFrame& frame);
    // Where received frames go, on the bus's reader thread (null: they are dropped). The sink is
    // never called after setSink returns with another one.
    void setSink(std::function<void(const CanWireFrame&)> sink);
    // Datagrams that were not frames, since the start.
    uint64_t malformed() const;

private:
    CanBus(std::string dir, std::string path, int fd);
    void readLoop();

    std::string dir_;
    std::string path_;
    int fd_;
    int wakeFds_[2] = {-1, -1};
    mutable std::mutex mutex_;
    std::function<void(const CanWireFrame&)> sink_;
    uint64_t malformed_ = 0;
    std::thread reader_;
};

}  // namespace pyfw::port
