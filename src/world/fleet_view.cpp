#include "world/fleet_view.h"

#include "base/bytes.h"
#include "lorawan/region.h"

namespace pyfw::world {

namespace {

using nlohmann::json;

json integerOrNull(const SqliteStatement& row, int column) {
    return row.isNull(column) ? json(nullptr) : json(row.integer(column));
}
json realOrNull(const SqliteStatement& row, int column) {
    return row.isNull(column) ? json(nullptr) : json(row.real(column));
}
json textOrNull(const SqliteStatement& row, int column) {
    return row.isNull(column) ? json(nullptr) : json(row.text(column));
}

// "SF7BW125" for a LoRa rate, "FSK" for FSK, "" when the region has no such rate.
std::string dataRateName(const std::string& regionName, int64_t dr) {
    auto id = lorawan::regionFromName(regionName);
    if (!id || dr < 0 || dr >= 16) return "";
    const lorawan::DataRate& rate = lorawan::region(*id).dataRates[size_t(dr)];
    if (rate.isFsk()) return "FSK";
    if (!rate.defined()) return "";
    return "SF" + std::to_string(rate.spreadingFactor) + "BW" + std::to_string(rate.bandwidthKhz);
}

}  // namespace

base::Result<FleetView> FleetView::open(const std::filesystem::path& database) {
    PYFW_ASSIGN(SqliteDb db, SqliteDb::open(database));
    return FleetView(std::move(db));
}

base::Result<std::string> FleetView::regionName() {
    PYFW_ASSIGN(SqliteStatement read, db_.prepare("SELECT region FROM server WHERE id = 1"));
    PYFW_ASSIGN(const bool row, read.step());
    return row ? read.text(0) : std::string();
}

base::Result<json> FleetView::devices() {
    PYFW_ASSIGN(const std::string region, regionName());
    PYFW_ASSIGN(SqliteStatement read, db_.prepare(
        "SELECT name, dev_eui, activation, class, dev_addr, fcnt_up, fcnt_down, dr, battery, margin, "
        "last_seen_ms, last_rssi, last_snr, uplinks FROM devices ORDER BY name, dev_eui"));
    json list = json::array();
    for (;;) {
        PYFW_ASSIGN(const bool row, read.step());
        if (!row) break;
        const bool joined = !read.isNull(4);
        list.push_back({
            {"name", read.text(0)}, {"devEui", read.text(1)}, {"activation", read.text(2)}, {"class", read.text(3)},
            {"joined", joined}, {"devAddr", textOrNull(read, 4)}, {"fcntUp", integerOrNull(read, 5)},
            {"fcntDown", read.integer(6)}, {"dr", joined ? json(read.integer(7)) : json(nullptr)},
            {"dataRate", joined ? json(dataRateName(region, read.integer(7))) : json(nullptr)},
            {"battery", integerOrNull(read, 8)}, {"margin", integerOrNull(read, 9)},
            {"lastSeenMs", integerOrNull(read, 10)}, {"rssi", realOrNull(read, 11)}, {"snr", realOrNull(read, 12)},
            {"uplinks", read.integer(13)},
        });
    }
    return json{{"region", region}, {"devices", std::move(list)}};
}

base::Result<json> FleetView::frames(int64_t afterId, int64_t limit) {
    // The newest `limit` after afterId would skip frames a slow reader has not seen; the oldest
    // `limit` after it are what a stream needs. With no afterId, the latest ones.
    const std::string select =
        "SELECT f.id, f.time_ms, f.dev_eui, d.name, f.dev_addr, f.kind, f.fcnt, f.port, f.payload, f.rssi, f.snr, "
        "f.gateways, f.dr, f.airtime_us FROM frames f LEFT JOIN devices d ON d.dev_eui = f.dev_eui ";
    PYFW_ASSIGN(SqliteStatement read, db_.prepare(
        afterId < 0 ? "SELECT * FROM (" + select + "ORDER BY f.id DESC LIMIT ?2) ORDER BY id"
                    : select + "WHERE f.id > ?1 ORDER BY f.id LIMIT ?2"));
    if (afterId >= 0) read.bind(1, afterId);
    read.bind(2, limit);
    json list = json::array();
    int64_t last = std::max<int64_t>(afterId, 0);
    for (;;) {
        PYFW_ASSIGN(const bool row, read.step());
        if (!row) break;
        last = read.integer(0);
        list.push_back({
            {"id", last}, {"timeMs", read.integer(1)}, {"devEui", read.text(2)}, {"name", textOrNull(read, 3)},
            {"devAddr", textOrNull(read, 4)}, {"kind", read.text(5)}, {"fcnt", integerOrNull(read, 6)},
            {"port", integerOrNull(read, 7)}, {"payload", base::toHex(read.blob(8))}, {"rssi", realOrNull(read, 9)},
            {"snr", realOrNull(read, 10)}, {"gateways", integerOrNull(read, 11)}, {"dr", integerOrNull(read, 12)},
            {"airtimeUs", integerOrNull(read, 13)},
        });
    }
    return json{{"frames", std::move(list)}, {"last", last}};
}

base::Result<json> FleetView::uplinksPerHour(int64_t hours, int64_t nowMs) {
    constexpr int64_t kHourMs = 3'600'000;
    const int64_t firstHour = nowMs / kHourMs - (hours - 1);
    PYFW_ASSIGN(SqliteStatement read, db_.prepare(
        "SELECT time_ms / 3600000 AS hour, COUNT(*) FROM frames WHERE kind = 'uplink' AND time_ms >= ?1 "
        "GROUP BY hour"));
    read.bind(1, firstHour * kHourMs);
    std::vector<int64_t> counts(size_t(hours), 0);
    for (;;) {
        PYFW_ASSIGN(const bool row, read.step());
        if (!row) break;
        const int64_t index = read.integer(0) - firstHour;
        if (index >= 0 && index < hours) counts[size_t(index)] = read.integer(1);
    }
    json list = json::array();
    for (int64_t i = 0; i < hours; ++i) list.push_back({{"startMs", (firstHour + i) * kHourMs}, {"uplinks", counts[size_t(i)]}});
    return json{{"hours", std::move(list)}};
}

base::Result<json> FleetView::airtime() {
    PYFW_ASSIGN(SqliteStatement read, db_.prepare(
        "SELECT d.name, d.dev_eui, "
        "COALESCE(SUM(CASE WHEN f.kind IN ('join_request', 'uplink') THEN f.airtime_us END), 0), "
        "COALESCE(SUM(CASE WHEN f.kind IN ('join_accept', 'downlink') THEN f.airtime_us END), 0), COUNT(f.id) "
        "FROM devices d LEFT JOIN frames f ON f.dev_eui = d.dev_eui GROUP BY d.dev_eui ORDER BY d.name, d.dev_eui"));
    json list = json::array();
    for (;;) {
        PYFW_ASSIGN(const bool row, read.step());
        if (!row) break;
        list.push_back({{"name", read.text(0)}, {"devEui", read.text(1)}, {"uplinkUs", read.integer(2)},
                        {"downlinkUs", read.integer(3)}, {"frames", read.integer(4)}});
    }
    return json{{"devices", std::move(list)}};
}

}  // namespace pyfw::world
