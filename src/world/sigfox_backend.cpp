#include "world/sigfox_backend.h"

#include <algorithm>
#include <cstdio>
#include <functional>

#include "sigfox/uplink_frame.h"

namespace pyfw::world {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS devices(
    id INTEGER PRIMARY KEY, key BLOB NOT NULL,
    last_counter INTEGER, ranks_seen INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS messages(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, device INTEGER NOT NULL, counter INTEGER NOT NULL,
    kind TEXT NOT NULL, payload BLOB NOT NULL, downlink_request INTEGER NOT NULL, zone TEXT NOT NULL,
    frequency INTEGER NOT NULL, rssi INTEGER NOT NULL, frames INTEGER NOT NULL, time_us INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS refused(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, device INTEGER, counter INTEGER, reason TEXT NOT NULL,
    frame BLOB NOT NULL, time_us INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS downlinks(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, device INTEGER NOT NULL, payload BLOB NOT NULL,
    sent_for_counter INTEGER);
CREATE TABLE IF NOT EXISTS carriers(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, zone TEXT NOT NULL, frequency INTEGER NOT NULL,
    rssi INTEGER NOT NULL, start_us INTEGER NOT NULL, end_us INTEGER);
)sql";

const char* kindName(const sigfox::Uplink& uplink) {
    switch (uplink.kind) {
    case sigfox::UplinkKind::Bit: return uplink.bit ? "bit 1" : "bit 0";
    case sigfox::UplinkKind::Control:
        return uplink.payload[0] == sigfox::kControlKeepAlive ? "keep-alive" : "downlink-confirmation";
    case sigfox::UplinkKind::Bytes: break;
    }
    return "data";
}

std::string hexId(uint32_t id) {
    char text[16];
    std::snprintf(text, sizeof text, "%08x", id);
    return text;
}

}  // namespace

const char* verdictName(SigfoxBackend::Verdict verdict) {
    switch (verdict) {
    case SigfoxBackend::Verdict::Accepted: return "accepted";
    case SigfoxBackend::Verdict::Repeat: return "repeat";
    case SigfoxBackend::Verdict::Replay: return "replay";
    case SigfoxBackend::Verdict::NotAuthentic: return "not authentic";
    case SigfoxBackend::Verdict::UnknownDevice: return "unknown device";
    case SigfoxBackend::Verdict::Malformed: return "malformed";
    }
    return "?";
}

base::Result<std::unique_ptr<SigfoxBackend>> SigfoxBackend::open(const std::filesystem::path& path) {
    auto db = SqliteDb::open(path);
    if (!db.ok()) return db.error();
    PYFW_TRY(db->execute(kSchema));
    return std::unique_ptr<SigfoxBackend>(new SigfoxBackend(std::move(db).value()));
}

base::Status SigfoxBackend::registerDevice(uint32_t deviceId, const sigfox::DeviceKey& key) {
    auto insert = db_.prepare("INSERT OR IGNORE INTO devices(id, key) VALUES(?1, ?2)");
    if (!insert.ok()) return insert.error();
    return insert->bind(1, int64_t(deviceId)).bind(2, base::ByteView(key)).run();
}

base::Status SigfoxBackend::queueDownlink(uint32_t deviceId, const sigfox::DownlinkPayload& payload) {
    auto insert = db_.prepare("INSERT INTO downlinks(device, payload) VALUES(?1, ?2)");
    if (!insert.ok()) return insert.error();
    return insert->bind(1, int64_t(deviceId)).bind(2, base::ByteView(payload)).run();
}

base::Status SigfoxBackend::refuse(Reception& reception, Verdict verdict, std::string reason, base::ByteView frame,
                                   int64_t timeUs) {
    reception.verdict = verdict;
    reception.reason = std::move(reason);
    auto insert = db_.prepare("INSERT INTO refused(device, counter, reason, frame, time_us) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!insert.ok()) return insert.error();
    if (verdict == Verdict::Malformed) insert->bindNull(1).bindNull(2);
    else insert->bind(1, int64_t(reception.deviceId)).bind(2, int64_t(reception.counter));
    return insert->bind(3, reception.reason).bind(4, frame).bind(5, timeUs).run();
}

base::Result<std::optional<sigfox::DownlinkPayload>> SigfoxBackend::takeDownlink(uint32_t deviceId, uint16_t counter) {
    auto next = db_.prepare("SELECT seq, payload FROM downlinks WHERE device = ?1 AND sent_for_counter IS NULL ORDER BY seq LIMIT 1");
    if (!next.ok()) return next.error();
    next->bind(1, int64_t(deviceId));
    auto row = next->step();
    if (!row.ok()) return row.error();
    if (!*row) return std::optional<sigfox::DownlinkPayload>();
    int64_t seq = next->integer(0);
    base::Bytes bytes = next->blob(1);
    if (bytes.size() != sigfox::kDownlinkPayload) return base::fail("a queued downlink is not 8 bytes");
    auto mark = db_.prepare("UPDATE downlinks SET sent_for_counter = ?1 WHERE seq = ?2");
    if (!mark.ok()) return mark.error();
    PYFW_TRY(mark->bind(1, int64_t(counter)).bind(2, seq).run());
    sigfox::DownlinkPayload payload;
    std::copy(bytes.begin(), bytes.end(), payload.begin());
    return std::optional(payload);
}

SigfoxBackend::Reception SigfoxBackend::receive(base::ByteView frame, const std::string& zoneName, int64_t frequencyHz,
                                                int rssiDbm, int64_t timeUs) {
    Reception reception;
    auto failed = [&](const base::Error& error) {
        reception.verdict = Verdict::Malformed;
        reception.reason = "the backend's database failed: " + error.message;
        return reception;
    };
    auto parsed = sigfox::parseUplinkFrame(frame);
    if (!parsed.ok()) {
        auto stored = refuse(reception, Verdict::Malformed, parsed.error().message, frame, timeUs);
        return stored.ok() ? reception : failed(stored.error());
    }
    const sigfox::Uplink& uplink = parsed->uplink;
    reception.deviceId = uplink.deviceId;
    reception.counter = uplink.counter;
    auto lookup = db_.prepare("SELECT key, last_counter, ranks_seen FROM devices WHERE id = ?1");
    if (!lookup.ok()) return failed(lookup.error());
    lookup->bind(1, int64_t(uplink.deviceId));
    auto row = lookup->step();
    if (!row.ok()) return failed(row.error());
    if (!*row) {
        auto stored = refuse(reception, Verdict::UnknownDevice, "device " + hexId(uplink.deviceId) + " is not registered", frame, timeUs);
        return stored.ok() ? reception : failed(stored.error());
    }
    base::Bytes keyBytes = lookup->blob(0);
    sigfox::DeviceKey key{};
    std::copy_n(keyBytes.begin(), std::min(keyBytes.size(), key.size()), key.begin());
    std::optional<int> last;
    if (!lookup->isNull(1)) last = int(lookup->integer(1));
    int ranksSeen = int(lookup->integer(2));
    if (!sigfox::isAuthentic(*parsed, key)) {
        auto stored = refuse(reception, Verdict::NotAuthentic, "UL-AUTH does not match the device key", frame, timeUs);
        return stored.ok() ? reception : failed(stored.error());
    }
    const int rankBit = 1 << parsed->rank;
    if (last && *last == uplink.counter) {
        if (ranksSeen & rankBit) {
            auto stored = refuse(reception, Verdict::Replay,
                                 "frame " + std::to_string(parsed->rank + 1) + " of message " + std::to_string(uplink.counter) +
                                     " was received before", frame, timeUs);
            return stored.ok() ? reception : failed(stored.error());
        }
        auto update = db_.prepare("UPDATE devices SET ranks_seen = ranks_seen | ?1 WHERE id = ?2");
        if (!update.ok()) return failed(update.error());
        if (auto run = update->bind(1, int64_t(rankBit)).bind(2, int64_t(uplink.deviceId)).run(); !run.ok()) return failed(run.error());
        auto count = db_.prepare("UPDATE messages SET frames = frames + 1 WHERE seq = (SELECT max(seq) FROM messages WHERE device = ?1)");
        if (!count.ok()) return failed(count.error());
        if (auto run = count->bind(1, int64_t(uplink.deviceId)).run(); !run.ok()) return failed(run.error());
        reception.verdict = Verdict::Repeat;
        return reception;
    }
    const int ahead = last ? (uplink.counter - *last + sigfox::kCounterModulo) % sigfox::kCounterModulo : 1;
    if (ahead == 0 || ahead >= sigfox::kCounterModulo / 2) {
        auto stored = refuse(reception, Verdict::Replay,
                             "message counter " + std::to_string(uplink.counter) + " is not after " + std::to_string(*last), frame, timeUs);
        return stored.ok() ? reception : failed(stored.error());
    }
    auto update = db_.prepare("UPDATE devices SET last_counter = ?1, ranks_seen = ?2 WHERE id = ?3");
    if (!update.ok()) return failed(update.error());
    if (auto run = update->bind(1, int64_t(uplink.counter)).bind(2, int64_t(rankBit)).bind(3, int64_t(uplink.deviceId)).run(); !run.ok())
        return failed(run.error());
    auto insert = db_.prepare(
        "INSERT INTO messages(device, counter, kind, payload, downlink_request, zone, frequency, rssi, frames, time_us) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, ?9)");
    if (!insert.ok()) return failed(insert.error());
    insert->bind(1, int64_t(uplink.deviceId)).bind(2, int64_t(uplink.counter)).bind(3, std::string(kindName(uplink)));
    insert->bind(4, base::ByteView(uplink.payload)).bind(5, int64_t(uplink.downlinkRequest)).bind(6, zoneName);
    insert->bind(7, frequencyHz).bind(8, int64_t(rssiDbm)).bind(9, timeUs);
    if (auto run = insert->run(); !run.ok()) return failed(run.error());
    reception.verdict = Verdict::Accepted;
    if (uplink.downlinkRequest) {
        auto payload = takeDownlink(uplink.deviceId, uplink.counter);
        if (!payload.ok()) return failed(payload.error());
        if (*payload) reception.downlink = sigfox::buildDownlinkFrame(uplink.deviceId, uplink.counter, **payload, key);
    }
    return reception;
}

base::Result<int64_t> SigfoxBackend::carrierHeard(const std::string& zoneName, int64_t frequencyHz, int rssiDbm,
                                                  int64_t startUs) {
    auto insert = db_.prepare("INSERT INTO carriers(zone, frequency, rssi, start_us) VALUES(?1, ?2, ?3, ?4)");
    if (!insert.ok()) return insert.error();
    PYFW_TRY(insert->bind(1, zoneName).bind(2, frequencyHz).bind(3, int64_t(rssiDbm)).bind(4, startUs).run());
    auto row = db_.prepare("SELECT last_insert_rowid()");
    if (!row.ok()) return row.error();
    auto stepped = row->step();
    if (!stepped.ok()) return stepped.error();
    return row->integer(0);
}

base::Status SigfoxBackend::carrierEnded(int64_t row, int64_t endUs) {
    auto update = db_.prepare("UPDATE carriers SET end_us = ?1 WHERE seq = ?2");
    if (!update.ok()) return update.error();
    return update->bind(1, endUs).bind(2, row).run();
}

namespace {

// Runs a query and hands each row to `visit`.
base::Status eachRow(SqliteDb& db, const std::string& sql, const std::function<void(const SqliteStatement&)>& visit) {
    auto query = db.prepare(sql);
    if (!query.ok()) return query.error();
    for (;;) {
        auto row = query->step();
        if (!row.ok()) return row.error();
        if (!*row) return base::okStatus();
        visit(*query);
    }
}

std::string orDash(const SqliteStatement& row, int column, const std::function<std::string(int64_t)>& show) {
    return row.isNull(column) ? std::string("-") : show(row.integer(column));
}

std::string decimal(int64_t n) { return std::to_string(n); }
std::string seconds(int64_t us) {
    char text[32];
    std::snprintf(text, sizeof text, "%lld.%03lld s", (long long)(us / 1'000'000), (long long)(us % 1'000'000 / 1000));
    return text;
}
std::string deviceHex(int64_t n) { return hexId(uint32_t(n)); }

}  // namespace

base::Result<std::string> SigfoxBackend::listing() {
    std::string out;
    PYFW_TRY(eachRow(db_, "SELECT id, last_counter FROM devices ORDER BY id", [&](const SqliteStatement& row) {
        out += "device " + deviceHex(row.integer(0)) + " last counter " + orDash(row, 1, decimal) + "\n";
    }));
    PYFW_TRY(eachRow(db_, "SELECT device, counter, kind, payload, downlink_request, zone, frequency, rssi, frames "
                          "FROM messages ORDER BY seq", [&](const SqliteStatement& row) {
        out += "message " + deviceHex(row.integer(0)) + " " + decimal(row.integer(1)) + " " + row.text(2) + " " +
               base::toHex(row.blob(3)) + (row.integer(4) ? " downlink-request" : "") + " " + row.text(5) + " " +
               decimal(row.integer(6)) + " Hz " + decimal(row.integer(7)) + " dBm " + decimal(row.integer(8)) + " frames\n";
    }));
    PYFW_TRY(eachRow(db_, "SELECT device, counter, reason FROM refused ORDER BY seq", [&](const SqliteStatement& row) {
        out += "refused " + orDash(row, 0, deviceHex) + " " + orDash(row, 1, decimal) + ": " + row.text(2) + "\n";
    }));
    PYFW_TRY(eachRow(db_, "SELECT device, payload, sent_for_counter FROM downlinks ORDER BY seq", [&](const SqliteStatement& row) {
        out += "downlink " + deviceHex(row.integer(0)) + " " + base::toHex(row.blob(1)) +
               (row.isNull(2) ? std::string(" queued") : " sent for " + decimal(row.integer(2))) + "\n";
    }));
    PYFW_TRY(eachRow(db_, "SELECT zone, frequency, rssi, start_us, end_us FROM carriers ORDER BY seq", [&](const SqliteStatement& row) {
        out += "carrier " + row.text(0) + " " + decimal(row.integer(1)) + " Hz " + decimal(row.integer(2)) + " dBm from " +
               seconds(row.integer(3)) + (row.isNull(4) ? std::string(" on") : " to " + seconds(row.integer(4))) + "\n";
    }));
    return out;
}

}  // namespace pyfw::world
