// The network server's sessions in SQLite (WAL mode): devices with their keys, DevAddr, frame
// counters, MAC state and pending commands, every DevNonce a device has used, the application
// downlink queue, and a log of recent frames. The server saves a device here before it answers
// the frame that changed it, so a restarted server has everything and refuses replays. The schema
// is documented in src/world/README.md; other programs (the fleet page) may read the database
// while the server runs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "world/network_server.h"
#include "world/sqlite_db.h"

namespace pyfw::world {

inline constexpr int kSessionStoreSchemaVersion = 1;

// One row of the frame log.
struct StoredFrame {
    int64_t timeMs = 0;
    std::string devEui, devAddr, kind;  // kind: join_request, join_accept, uplink, downlink
    int64_t fcnt = -1;
    int port = -1;                      // -1: no FPort
    base::Bytes payload;                // decrypted application payload (or MAC commands on port 0)
    double rssi = 0, snr = 0;
    int gateways = 0;
};

class SessionStore final : public SessionPersistence {
public:
    // Opens (creating if needed) the database; durable: every commit is synced to disk before
    // the server answers (synchronous=FULL), not only handed to the OS.
    static base::Result<SessionStore> open(const std::filesystem::path& path, bool durable = true);

    // Writes the registry's devices and restores into the server every saved session whose keys
    // still match the registry (a device whose keys changed starts afresh).
    base::Status attach(NetworkServer& server);

    base::Status persist(const NsDevice& device, const NsCounters& counters, const PersistEvent& event) override;

    // Reading, for tests and tools.
    base::Result<std::vector<StoredFrame>> recentFrames(const std::string& devEui, size_t limit);
    base::Result<size_t> nonceCount(const std::string& devEui);
    // Frames kept in the log; older ones are removed a thousand at a time.
    void setFrameLogLimit(int64_t rows) { frameLogLimit_ = rows; }

private:
    explicit SessionStore(SqliteDb db) : db_(std::move(db)) {}
    base::Status createSchema(bool durable);
    base::Status writeRegistryDevice(const NsDevice& device);
    base::Status restoreDevice(NetworkServer& server, NsDevice& device);
    base::Status writeSession(const NsDevice& device);
    base::Status writeQueue(const NsDevice& device);
    base::Status logFrame(const NsDevice& device, const PersistEvent& event);

    SqliteDb db_;
    int64_t frameLogLimit_ = 100000;
    int64_t framesSincePrune_ = 0;
};

}  // namespace pyfw::world
