// The Sigfox network behind its base stations: the devices it knows (ID and AES key, as their maker
// registered them), the messages it accepted, the frames it refused, and the downlinks waiting for
// a device, all in one SQLite database (`pyfw board boot --sigfox-backend DB`, `pyfw sigfox ...`).
//
// A frame is accepted when it parses, comes from a known device, carries that device's UL-AUTH,
// and is new: its 12-bit counter is ahead of the last one (modulo 4096, by less than half the
// range), or it is another rank of the last message (the repeats on other frequencies). A frame
// whose counter and rank were seen before, or whose counter is behind, is a replay and refused.
// A new message that asks for a downlink gets the oldest one queued for its device, sealed with
// the device key for that message's counter.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "base/bytes.h"
#include "base/result.h"
#include "sigfox/downlink_frame.h"
#include "world/sqlite_db.h"

namespace pyfw::world {

class SigfoxBackend {
public:
    // ":memory:" keeps nothing after the process.
    static base::Result<std::unique_ptr<SigfoxBackend>> open(const std::filesystem::path& path);

    // A device as its maker declares it; a device already known keeps its key and counter.
    base::Status registerDevice(uint32_t deviceId, const sigfox::DeviceKey& key);
    base::Status queueDownlink(uint32_t deviceId, const sigfox::DownlinkPayload& payload);

    enum class Verdict { Accepted, Repeat, Replay, NotAuthentic, UnknownDevice, Malformed };
    struct Reception {
        Verdict verdict = Verdict::Malformed;
        std::string reason;        // why a frame was refused
        uint32_t deviceId = 0;
        uint16_t counter = 0;
        std::optional<sigfox::DownlinkFrame> downlink;
    };
    // A frame heard by a base station of zone `zoneName` at `frequencyHz`.
    Reception receive(base::ByteView frame, const std::string& zoneName, int64_t frequencyHz, int rssiDbm, int64_t timeUs);

    // An unmodulated carrier heard in zone `zoneName` from startUs (its row), and its end.
    base::Result<int64_t> carrierHeard(const std::string& zoneName, int64_t frequencyHz, int rssiDbm, int64_t startUs);
    base::Status carrierEnded(int64_t row, int64_t endUs);

    // What the backend holds, as lines for people: devices, messages, refusals, queued downlinks,
    // carriers.
    base::Result<std::string> listing();

private:
    explicit SigfoxBackend(SqliteDb db) : db_(std::move(db)) {}
    base::Status refuse(Reception& reception, Verdict verdict, std::string reason, base::ByteView frame, int64_t timeUs);
    base::Result<std::optional<sigfox::DownlinkPayload>> takeDownlink(uint32_t deviceId, uint16_t counter);

    SqliteDb db_;
};

const char* verdictName(SigfoxBackend::Verdict verdict);

}  // namespace pyfw::world
