#include "world/session_store.h"

#include <chrono>
#include <cstdio>

namespace pyfw::world {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS server (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  schema_version INTEGER NOT NULL,
  region TEXT NOT NULL,
  net_id TEXT NOT NULL,
  next_dev_addr INTEGER NOT NULL,
  next_app_nonce INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS devices (
  dev_eui TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  activation TEXT NOT NULL,
  class TEXT NOT NULL,
  app_eui TEXT,
  app_key TEXT,
  abp_dev_addr TEXT,
  abp_nwk_s_key TEXT,
  abp_app_s_key TEXT,
  dev_addr TEXT,
  nwk_s_key TEXT,
  app_s_key TEXT,
  fcnt_up INTEGER,
  fcnt_down INTEGER NOT NULL DEFAULT 0,
  dr INTEGER NOT NULL DEFAULT 0,
  tx_power INTEGER NOT NULL DEFAULT 0,
  nb_trans INTEGER NOT NULL DEFAULT 1,
  rx1_dr_offset INTEGER NOT NULL DEFAULT 0,
  rx2_dr INTEGER NOT NULL DEFAULT 0,
  rx2_frequency INTEGER NOT NULL DEFAULT 0,
  rx_delay INTEGER NOT NULL DEFAULT 1,
  adr_pending_dr INTEGER,
  adr_pending_power INTEGER,
  pending_rx_param BLOB,
  pending_rx_delay INTEGER,
  pending_mac BLOB NOT NULL DEFAULT x'',
  unanswered_mac BLOB NOT NULL DEFAULT x'',
  uplinks INTEGER NOT NULL DEFAULT 0,
  battery INTEGER,
  margin INTEGER,
  last_seen_ms INTEGER,
  last_rssi REAL,
  last_snr REAL
);
CREATE TABLE IF NOT EXISTS dev_nonces (
  dev_eui TEXT NOT NULL,
  dev_nonce INTEGER NOT NULL,
  used_ms INTEGER NOT NULL,
  PRIMARY KEY (dev_eui, dev_nonce)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS downlink_queue (
  id INTEGER PRIMARY KEY,
  dev_eui TEXT NOT NULL,
  port INTEGER NOT NULL,
  payload BLOB NOT NULL,
  confirmed INTEGER NOT NULL,
  attempts INTEGER NOT NULL,
  awaiting_ack INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS downlink_queue_by_device ON downlink_queue (dev_eui, id);
CREATE TABLE IF NOT EXISTS frames (
  id INTEGER PRIMARY KEY,
  time_ms INTEGER NOT NULL,
  dev_eui TEXT NOT NULL,
  dev_addr TEXT,
  kind TEXT NOT NULL,
  fcnt INTEGER,
  port INTEGER,
  payload BLOB,
  rssi REAL,
  snr REAL,
  gateways INTEGER,
  dr INTEGER,
  airtime_us INTEGER
);
CREATE INDEX IF NOT EXISTS frames_by_device ON frames (dev_eui, id);
)sql";

std::string hex(uint64_t value, int digits) {
    char text[24];
    std::snprintf(text, sizeof text, "%0*llx", digits, (unsigned long long)value);
    return text;
}

std::string hexKey(const Key& key) { return base::toHex(key); }

bool keyFromHex(const std::string& text, Key& key) {
    auto bytes = base::fromHex(text);
    if (!bytes.ok() || bytes->size() != key.size()) return false;
    std::copy(bytes->begin(), bytes->end(), key.begin());
    return true;
}

int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Runs `body` inside one write transaction; rolls back if any step fails.
template <typename Body>
base::Status inTransaction(SqliteDb& db, Body body) {
    PYFW_TRY(db.execute("BEGIN IMMEDIATE"));
    base::Status status = body();
    if (!status.ok()) {
        (void)db.execute("ROLLBACK");
        return status;
    }
    return db.execute("COMMIT");
}

void loadCommands(lorawan::MacCommandBuffer& buffer, const base::Bytes& bytes) {
    buffer.clear();
    if (bytes.size() <= buffer.bytes.size()) (void)buffer.append(bytes);
}

}  // namespace

base::Result<SessionStore> SessionStore::open(const std::filesystem::path& path, bool durable) {
    PYFW_ASSIGN(SqliteDb db, SqliteDb::open(path));
    SessionStore store(std::move(db));
    PYFW_TRY(store.createSchema(durable));
    return store;
}

base::Status SessionStore::createSchema(bool durable) {
    // WAL: readers (the fleet page) never block the server, and a commit is one append.
    PYFW_ASSIGN(SqliteStatement mode, db_.prepare("PRAGMA journal_mode=WAL"));
    PYFW_ASSIGN(const bool row, mode.step());
    if (!row || mode.text(0) != "wal") return base::fail(db_.path().string() + ": the database cannot use WAL mode");
    PYFW_TRY(db_.execute(durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL"));
    PYFW_TRY(db_.execute(kSchema));
    PYFW_ASSIGN(SqliteStatement version, db_.prepare("SELECT schema_version FROM server WHERE id = 1"));
    PYFW_ASSIGN(const bool found, version.step());
    if (found && version.integer(0) != kSessionStoreSchemaVersion)
        return base::fail(db_.path().string() + ": schema version " + std::to_string(version.integer(0)) +
                          " is not the version " + std::to_string(kSessionStoreSchemaVersion) + " this server writes");
    return base::okStatus();
}

base::Status SessionStore::attach(NetworkServer& server) {
    return inTransaction(db_, [&]() -> base::Status {
        const NsConfig& config = server.config();
        PYFW_ASSIGN(SqliteStatement read, db_.prepare("SELECT next_dev_addr, next_app_nonce FROM server WHERE id = 1"));
        PYFW_ASSIGN(const bool found, read.step());
        NsCounters counters = server.counters();
        if (found) {
            counters.nextAddr = uint32_t(read.integer(0));
            counters.appNonce = uint32_t(read.integer(1));
            server.restoreCounters(counters);
        }
        PYFW_ASSIGN(SqliteStatement write, db_.prepare(
            "INSERT INTO server (id, schema_version, region, net_id, next_dev_addr, next_app_nonce) "
            "VALUES (1, ?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET region = ?2, net_id = ?3"));
        PYFW_TRY(write.bind(1, int64_t(kSessionStoreSchemaVersion))
                     .bind(2, std::string(server.regionTable().name))
                     .bind(3, hex(config.netId, 6))
                     .bind(4, int64_t(counters.nextAddr))
                     .bind(5, int64_t(counters.appNonce))
                     .run());
        for (const auto& device : server.devices()) {
            PYFW_TRY(restoreDevice(server, *device));
            PYFW_TRY(writeRegistryDevice(*device));
        }
        return base::okStatus();
    });
}

base::Status SessionStore::writeRegistryDevice(const NsDevice& d) {
    const DeviceEntry& e = d.entry;
    PYFW_ASSIGN(SqliteStatement write, db_.prepare(
        "INSERT INTO devices (dev_eui, name, activation, class, app_eui, app_key, abp_dev_addr, abp_nwk_s_key, "
        "abp_app_s_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (dev_eui) DO UPDATE SET name = ?2, "
        "activation = ?3, class = ?4, app_eui = ?5, app_key = ?6, abp_dev_addr = ?7, abp_nwk_s_key = ?8, "
        "abp_app_s_key = ?9"));
    write.bind(1, hex(e.devEui, 16)).bind(2, e.name).bind(3, std::string(e.otaa ? "otaa" : "abp"));
    write.bind(4, std::string(e.deviceClass == lorawan::DeviceClass::C ? "C" : "A"));
    if (e.otaa) {
        write.bind(5, hex(e.appEui, 16)).bind(6, hexKey(e.appKey)).bindNull(7).bindNull(8).bindNull(9);
    } else {
        write.bindNull(5).bindNull(6).bind(7, hex(e.devAddr, 8)).bind(8, hexKey(e.nwkSKey)).bind(9, hexKey(e.appSKey));
    }
    PYFW_TRY(write.run());
    return writeSession(d);
}

// A saved session is used only when the device's keys are the ones the registry has now.
base::Status SessionStore::restoreDevice(NetworkServer& server, NsDevice& d) {
    const std::string eui = hex(d.entry.devEui, 16);
    PYFW_ASSIGN(SqliteStatement read, db_.prepare(
        "SELECT activation, app_key, abp_dev_addr, abp_nwk_s_key, abp_app_s_key, dev_addr, nwk_s_key, app_s_key, "
        "fcnt_up, fcnt_down, dr, tx_power, nb_trans, rx1_dr_offset, rx2_dr, rx2_frequency, rx_delay, adr_pending_dr, "
        "adr_pending_power, pending_rx_param, pending_rx_delay, pending_mac, unanswered_mac, uplinks, battery, "
        "margin FROM devices WHERE dev_eui = ?1"));
    read.bind(1, eui);
    PYFW_ASSIGN(const bool found, read.step());
    if (!found) return base::okStatus();
    const DeviceEntry& e = d.entry;
    const bool sameKeys = e.otaa ? read.text(0) == "otaa" && read.text(1) == hexKey(e.appKey)
                                 : read.text(0) == "abp" && read.text(2) == hex(e.devAddr, 8) &&
                                       read.text(3) == hexKey(e.nwkSKey) && read.text(4) == hexKey(e.appSKey);
    if (!sameKeys) {
        PYFW_ASSIGN(SqliteStatement forget, db_.prepare("DELETE FROM dev_nonces WHERE dev_eui = ?1"));
        PYFW_TRY(forget.bind(1, eui).run());
        PYFW_ASSIGN(SqliteStatement clear, db_.prepare("DELETE FROM downlink_queue WHERE dev_eui = ?1"));
        return clear.bind(1, eui).run();
    }
    NsSession s;
    if (!read.isNull(5)) {
        auto addr = base::fromHex(read.text(5));
        if (addr.ok() && addr->size() == 4 && keyFromHex(read.text(6), s.nwkSKey) && keyFromHex(read.text(7), s.appSKey)) {
            s.active = true;
            s.devAddr = uint32_t((*addr)[0]) << 24 | uint32_t((*addr)[1]) << 16 | uint32_t((*addr)[2]) << 8 | (*addr)[3];
        }
    }
    s.uplinkSeen = !read.isNull(8);
    s.fcntUp = uint32_t(read.integer(8));
    s.fcntDown = uint32_t(read.integer(9));
    s.dr = uint8_t(read.integer(10));
    s.txPowerIndex = uint8_t(read.integer(11));
    s.nbTrans = uint8_t(read.integer(12));
    s.rx1DrOffset = uint8_t(read.integer(13));
    s.rx2Dr = uint8_t(read.integer(14));
    s.rx2FrequencyHz = uint32_t(read.integer(15));
    s.rxDelaySeconds = uint8_t(read.integer(16));
    if (!read.isNull(17)) {
        s.adrPending = true;
        s.pendingDr = uint8_t(read.integer(17));
        s.pendingPower = uint8_t(read.integer(18));
    }
    if (const base::Bytes p = read.blob(19); !read.isNull(19) && p.size() == 4) s.pendingRxParam = std::array<uint8_t, 4>{p[0], p[1], p[2], p[3]};
    if (!read.isNull(20)) s.pendingRxDelay = uint8_t(read.integer(20));
    loadCommands(s.pendingCommands, read.blob(21));
    loadCommands(s.unanswered, read.blob(22));
    s.uplinks = uint32_t(read.integer(23));
    s.battery = uint8_t(read.integer(24));
    s.margin = int8_t(read.integer(25));
    s.devStatusSeen = !read.isNull(24);

    PYFW_ASSIGN(SqliteStatement nonces, db_.prepare("SELECT dev_nonce FROM dev_nonces WHERE dev_eui = ?1"));
    nonces.bind(1, eui);
    for (;;) {
        PYFW_ASSIGN(const bool row, nonces.step());
        if (!row) break;
        s.usedNonces.push_back(uint16_t(nonces.integer(0)));
    }
    PYFW_ASSIGN(SqliteStatement queue, db_.prepare(
        "SELECT port, payload, confirmed, attempts, awaiting_ack FROM downlink_queue WHERE dev_eui = ?1 ORDER BY id"));
    queue.bind(1, eui);
    for (;;) {
        PYFW_ASSIGN(const bool row, queue.step());
        if (!row) break;
        AppDownlink down{uint8_t(queue.integer(0)), queue.blob(1), queue.integer(2) != 0, uint8_t(queue.integer(3))};
        if (queue.integer(4))
            s.awaitingAck = std::move(down);
        else
            s.queue.push_back(std::move(down));
    }
    server.restoreSession(d, s);
    return base::okStatus();
}

base::Status SessionStore::writeSession(const NsDevice& d) {
    PYFW_ASSIGN(SqliteStatement write, db_.prepare(
        "UPDATE devices SET dev_addr = ?2, nwk_s_key = ?3, app_s_key = ?4, fcnt_up = ?5, fcnt_down = ?6, dr = ?7, "
        "tx_power = ?8, nb_trans = ?9, rx1_dr_offset = ?10, rx2_dr = ?11, rx2_frequency = ?12, rx_delay = ?13, "
        "adr_pending_dr = ?14, adr_pending_power = ?15, pending_rx_param = ?16, pending_rx_delay = ?17, "
        "pending_mac = ?18, unanswered_mac = ?19, uplinks = ?20, battery = ?21, margin = ?22 WHERE dev_eui = ?1"));
    write.bind(1, hex(d.entry.devEui, 16));
    if (d.active)
        write.bind(2, hex(d.devAddr, 8)).bind(3, hexKey(d.nwkSKey)).bind(4, hexKey(d.appSKey));
    else
        write.bindNull(2).bindNull(3).bindNull(4);
    if (d.uplinkSeen)
        write.bind(5, int64_t(d.fcntUp));
    else
        write.bindNull(5);
    write.bind(6, int64_t(d.fcntDown)).bind(7, int64_t(d.dr)).bind(8, int64_t(d.txPowerIndex)).bind(9, int64_t(d.nbTrans));
    write.bind(10, int64_t(d.rx1DrOffset)).bind(11, int64_t(d.rx2Dr)).bind(12, int64_t(d.rx2FrequencyHz));
    write.bind(13, int64_t(d.rxDelaySeconds));
    if (d.adrPending)
        write.bind(14, int64_t(d.pendingDr)).bind(15, int64_t(d.pendingPower));
    else
        write.bindNull(14).bindNull(15);
    if (d.pendingRxParam)
        write.bind(16, base::ByteView(d.pendingRxParam->data(), 4));
    else
        write.bindNull(16);
    if (d.pendingRxDelay)
        write.bind(17, int64_t(*d.pendingRxDelay));
    else
        write.bindNull(17);
    write.bind(18, d.pendingCommands.view()).bind(19, d.unanswered.view()).bind(20, int64_t(d.uplinks));
    if (d.devStatusSeen)
        write.bind(21, int64_t(d.battery)).bind(22, int64_t(d.margin));
    else
        write.bindNull(21).bindNull(22);
    return write.run();
}

base::Status SessionStore::writeQueue(const NsDevice& d) {
    const std::string eui = hex(d.entry.devEui, 16);
    PYFW_ASSIGN(SqliteStatement clear, db_.prepare("DELETE FROM downlink_queue WHERE dev_eui = ?1"));
    PYFW_TRY(clear.bind(1, eui).run());
    PYFW_ASSIGN(SqliteStatement add, db_.prepare(
        "INSERT INTO downlink_queue (dev_eui, port, payload, confirmed, attempts, awaiting_ack) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    auto insert = [&](const AppDownlink& down, bool awaiting) {
        return add.bind(1, eui).bind(2, int64_t(down.port)).bind(3, base::ByteView(down.payload))
            .bind(4, int64_t(down.confirmed)).bind(5, int64_t(down.attempts)).bind(6, int64_t(awaiting)).run();
    };
    if (d.awaitingAck) PYFW_TRY(insert(*d.awaitingAck, true));
    for (const AppDownlink& down : d.queue) PYFW_TRY(insert(down, false));
    return base::okStatus();
}

base::Status SessionStore::logFrame(const NsDevice& d, const PersistEvent& event) {
    PYFW_ASSIGN(SqliteStatement add, db_.prepare(
        "INSERT INTO frames (time_ms, dev_eui, dev_addr, kind, fcnt, port, payload, rssi, snr, gateways, dr, airtime_us) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    const std::string eui = hex(d.entry.devEui, 16);
    if (event.kind) {
        add.bind(1, nowMs()).bind(2, eui).bind(4, std::string(event.kind));
        if (d.active) add.bind(3, hex(d.devAddr, 8));
        if (event.fcnt) add.bind(5, int64_t(*event.fcnt));
        if (event.port) add.bind(6, int64_t(*event.port));
        add.bind(7, event.payload);
        if (event.meta) add.bind(8, event.meta->rssi).bind(9, event.meta->snr);
        add.bind(10, int64_t(event.gateways));
        if (event.airtimeUs) add.bind(11, int64_t(event.dr)).bind(12, int64_t(event.airtimeUs));
        PYFW_TRY(add.run());
    }
    if (event.downlinkFcnt || event.joinAccept) {
        add.bind(1, nowMs()).bind(2, eui).bind(3, hex(d.devAddr, 8));
        add.bind(4, std::string(event.joinAccept ? "join_accept" : "downlink"));
        if (event.downlinkFcnt) add.bind(5, int64_t(*event.downlinkFcnt));
        if (event.downlinkAirtimeUs) add.bind(11, int64_t(event.downlinkDr)).bind(12, int64_t(event.downlinkAirtimeUs));
        PYFW_TRY(add.run());
    }
    if (++framesSincePrune_ < 1000) return base::okStatus();
    framesSincePrune_ = 0;
    PYFW_ASSIGN(SqliteStatement prune, db_.prepare("DELETE FROM frames WHERE id <= (SELECT MAX(id) FROM frames) - ?1"));
    return prune.bind(1, frameLogLimit_).run();
}

base::Status SessionStore::persist(const NsDevice& d, const NsCounters& counters, const PersistEvent& event) {
    return inTransaction(db_, [&]() -> base::Status {
        PYFW_TRY(writeSession(d));
        if (event.devNonce) {
            PYFW_ASSIGN(SqliteStatement nonce, db_.prepare(
                "INSERT OR IGNORE INTO dev_nonces (dev_eui, dev_nonce, used_ms) VALUES (?1, ?2, ?3)"));
            PYFW_TRY(nonce.bind(1, hex(d.entry.devEui, 16)).bind(2, int64_t(*event.devNonce)).bind(3, nowMs()).run());
        }
        if (event.queueChanged) PYFW_TRY(writeQueue(d));
        PYFW_ASSIGN(SqliteStatement server, db_.prepare(
            "UPDATE server SET next_dev_addr = ?1, next_app_nonce = ?2 WHERE id = 1"));
        PYFW_TRY(server.bind(1, int64_t(counters.nextAddr)).bind(2, int64_t(counters.appNonce)).run());
        PYFW_ASSIGN(SqliteStatement seen, db_.prepare(
            "UPDATE devices SET last_seen_ms = ?2, last_rssi = ?3, last_snr = ?4 WHERE dev_eui = ?1"));
        if (event.meta)
            PYFW_TRY(seen.bind(1, hex(d.entry.devEui, 16)).bind(2, nowMs()).bind(3, event.meta->rssi)
                         .bind(4, event.meta->snr).run());
        return event.kind || event.downlinkFcnt || event.joinAccept ? logFrame(d, event) : base::okStatus();
    });
}

base::Result<std::vector<StoredFrame>> SessionStore::recentFrames(const std::string& devEui, size_t limit) {
    PYFW_ASSIGN(SqliteStatement read, db_.prepare(
        "SELECT time_ms, dev_eui, dev_addr, kind, fcnt, port, payload, rssi, snr, gateways FROM frames "
        "WHERE dev_eui = ?1 ORDER BY id DESC LIMIT ?2"));
    read.bind(1, devEui).bind(2, int64_t(limit));
    std::vector<StoredFrame> frames;
    for (;;) {
        PYFW_ASSIGN(const bool row, read.step());
        if (!row) break;
        StoredFrame f;
        f.timeMs = read.integer(0);
        f.devEui = read.text(1);
        f.devAddr = read.text(2);
        f.kind = read.text(3);
        f.fcnt = read.isNull(4) ? -1 : read.integer(4);
        f.port = read.isNull(5) ? -1 : int(read.integer(5));
        f.payload = read.blob(6);
        f.rssi = read.real(7);
        f.snr = read.real(8);
        f.gateways = int(read.integer(9));
        frames.push_back(std::move(f));
    }
    return frames;
}

base::Result<size_t> SessionStore::nonceCount(const std::string& devEui) {
    PYFW_ASSIGN(SqliteStatement read, db_.prepare("SELECT COUNT(*) FROM dev_nonces WHERE dev_eui = ?1"));
    read.bind(1, devEui);
    PYFW_ASSIGN(const bool row, read.step());
    return row ? size_t(read.integer(0)) : 0;
}

}  // namespace pyfw::world
