// What the fleet page shows, read from the network server's SQLite database (schema in
// src/world/README.md) on a connection of its own: the devices with their session and radio
// figures, the frame log as a stream, uplinks per hour and time on air per device. Each answer is
// a JSON document; the page and scripts read the same ones.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "world/sqlite_db.h"

namespace pyfw::world {

class FleetView {
public:
    static base::Result<FleetView> open(const std::filesystem::path& database);

    // {"region", "devices": [{name, devEui, activation, class, joined, devAddr, fcntUp, fcntDown,
    //   dr, dataRate, battery, margin, lastSeenMs, rssi, snr, uplinks}]}
    base::Result<nlohmann::json> devices();
    // {"frames": [...oldest first], "last": id}: frames with an id above `afterId` (-1: the latest
    // `limit` frames), at most `limit`.
    base::Result<nlohmann::json> frames(int64_t afterId, int64_t limit);
    // {"hours": [{"startMs", "uplinks"}]}: the last `hours` whole hours up to the one of `nowMs`.
    base::Result<nlohmann::json> uplinksPerHour(int64_t hours, int64_t nowMs);
    // {"devices": [{name, devEui, uplinkUs, downlinkUs, frames}]}: time on air in the frame log.
    base::Result<nlohmann::json> airtime();

private:
    explicit FleetView(SqliteDb db) : db_(std::move(db)) {}
    base::Result<std::string> regionName();

    SqliteDb db_;
};

}  // namespace pyfw::world
