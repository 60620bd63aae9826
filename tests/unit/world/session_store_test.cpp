// The network server's sessions in SQLite: a server restarted on the same database continues
// every session (DevAddr, keys, counters, DevNonces, pending MAC commands, queued downlinks) and
// refuses the frames and join requests of the first run when they are replayed.
#include <gtest/gtest.h>

#include <filesystem>

#include "lorawan/frame_crypto.h"
#include "world/session_store.h"

using namespace pyfw;
using namespace pyfw::lorawan;
using namespace pyfw::world;

namespace {

constexpr Eui kAppEui = 0x70B3D57ED0000000ull, kOtaaEui = 0x70B3D57ED0000001ull, kAbpEui = 0x70B3D57ED0000002ull;
constexpr uint32_t kAbpAddr = 0x26000099;

Key keyOf(uint8_t fill) {
    Key k;
    k.fill(fill);
    return k;
}

std::vector<DeviceEntry> registry(Key appKey = keyOf(7)) {
    DeviceEntry otaa;
    otaa.name = "otaa";
    otaa.devEui = kOtaaEui;
    otaa.appEui = kAppEui;
    otaa.appKey = appKey;
    DeviceEntry abp;
    abp.name = "abp";
    abp.devEui = kAbpEui;
    abp.otaa = false;
    abp.devAddr = kAbpAddr;
    abp.nwkSKey = keyOf(1);
    abp.appSKey = keyOf(2);
    return {otaa, abp};
}

// One server process: the server and its store, opened on a database file.
struct ServerRun {
    NetworkServer ns{NsConfig{}};
    std::optional<SessionStore> store;
    UplinkMeta meta;

    ServerRun(const std::filesystem::path& db, Key appKey = keyOf(7)) {
        for (const DeviceEntry& e : registry(appKey)) ns.addDevice(e);
        auto opened = SessionStore::open(db);
        EXPECT_TRUE(opened.ok()) << opened.error().message;
        store.emplace(std::move(opened).value());
        auto attached = store->attach(ns);
        EXPECT_TRUE(attached.ok()) << attached.error().message;
        ns.setPersistence(&*store);
        meta.frequencyHz = 868100000;
        meta.spreadingFactor = 7;
        meta.snr = 5;
    }
    std::optional<DownlinkPlan> send(base::ByteView phy) { return ns.onUplink(meta, phy); }
    uint64_t drops(DropReason reason) const { return ns.stats().drops[size_t(reason)]; }
};

FrameBuffer joinRequest(uint16_t nonce) {
    FrameBuffer f;
    buildJoinRequest(keyOf(7), kAppEui, kOtaaEui, nonce, f);
    return f;
}

FrameBuffer uplink(uint32_t addr, const Key& nwk, const Key& app, uint32_t fcnt, bool confirmed = false) {
    SessionCrypto keys(nwk, app);
    const uint8_t payload[] = {uint8_t(fcnt), 0x42};
    DataFrameFields f;
    f.type = confirmed ? MType::ConfirmedUp : MType::UnconfirmedUp;
    f.devAddr = addr;
    f.fcnt = fcnt;
    f.port = 1;
    f.payload = payload;
    FrameBuffer out;
    sealDataFrame(keys, f, out);
    return out;
}

class SessionStoreTest : public testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("pyfw-store-" + std::to_string(::getpid()) + "-" +
                testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::filesystem::path db() const { return dir_ / "ns.sqlite"; }
    std::filesystem::path dir_;
};

}  // namespace

TEST_F(SessionStoreTest, ARestartedServerContinuesTheOtaaSessionAndRefusesReplays) {
    std::vector<FrameBuffer> captured;
    uint32_t devAddr = 0;
    Key nwk{}, app{};
    {
        ServerRun first(db());
        const FrameBuffer request = joinRequest(5);
        captured.push_back(request);
        auto plan = first.send(request.view());
        ASSERT_TRUE(plan);
        auto accept = openJoinAccept(keyOf(7), plan->frame.view());
        ASSERT_TRUE(std::holds_alternative<JoinAccept>(accept));
        const JoinAccept& a = std::get<JoinAccept>(accept);
        devAddr = a.devAddr;
        const SessionKeys keys = deriveSessionKeys(keyOf(7), a.appNonce, a.netId, 5);
        nwk = keys.nwkSKey;
        app = keys.appSKey;
        for (uint32_t fcnt = 0; fcnt < 12; ++fcnt) {
            captured.push_back(uplink(devAddr, nwk, app, fcnt, fcnt % 3 == 2));
            (void)first.send(captured.back().view());
        }
        EXPECT_EQ(first.ns.stats().uplinks, 12u);
        // A MAC command and an application downlink still waiting when the server stops.
        const uint8_t devStatus[] = {uint8_t(Cid::DevStatus)};
        ASSERT_TRUE(first.ns.queueMacCommands(kOtaaEui, devStatus));
        const uint8_t hello[] = {1, 2, 3};
        (void)first.ns.enqueue(kOtaaEui, 9, hello, true);
    }
    ServerRun second(db());
    const NsDevice& d = *second.ns.device(kOtaaEui);
    EXPECT_TRUE(d.active);
    EXPECT_EQ(d.devAddr, devAddr);
    EXPECT_EQ(d.nwkSKey, nwk);
    EXPECT_EQ(d.fcntUp, 11u);
    EXPECT_EQ(d.usedNonces, std::vector<uint16_t>{5});
    EXPECT_EQ(d.pendingCommands.size, 1u);
    ASSERT_EQ(d.queue.size(), 1u);
    EXPECT_EQ(d.queue.front().port, 9);
    EXPECT_TRUE(d.queue.front().confirmed);

    for (const FrameBuffer& f : captured) EXPECT_FALSE(second.send(f.view())) << base::toHex(f.view());
    EXPECT_EQ(second.drops(DropReason::Replay), captured.size());
    EXPECT_EQ(second.ns.stats().joins, 0u);
    EXPECT_EQ(second.ns.stats().uplinks, 0u);

    // The device carries on: its next frame is accepted and gets the waiting command and data.
    auto plan = second.send(uplink(devAddr, nwk, app, 12).view());
    ASSERT_TRUE(plan);
    auto parsed = parseDataFrame(plan->frame.view());
    const DataFrameView& down = std::get<DataFrameView>(parsed);
    EXPECT_EQ(base::toHex(down.fopts), "06");
    EXPECT_EQ(down.port, 9);
    // A new join request (a new DevNonce) gets a new DevAddr, never one handed out before.
    auto rejoin = second.send(joinRequest(6).view());
    ASSERT_TRUE(rejoin);
    auto accept = openJoinAccept(keyOf(7), rejoin->frame.view());
    EXPECT_NE(std::get<JoinAccept>(accept).devAddr, devAddr);
}

TEST_F(SessionStoreTest, AbpUplinksReplayedToARestartedServerAreRefused) {
    std::vector<FrameBuffer> captured;
    {
        ServerRun first(db());
        for (uint32_t fcnt = 0; fcnt < 12; ++fcnt) {
            captured.push_back(uplink(kAbpAddr, keyOf(1), keyOf(2), fcnt));
            (void)first.send(captured.back().view());
        }
        EXPECT_EQ(first.ns.stats().uplinks, 12u);
    }
    ServerRun second(db());
    for (const FrameBuffer& f : captured) (void)second.send(f.view());
    EXPECT_EQ(second.ns.stats().uplinks, 0u);
    EXPECT_EQ(second.drops(DropReason::Replay), 12u);
    (void)second.send(uplink(kAbpAddr, keyOf(1), keyOf(2), 12).view());
    EXPECT_EQ(second.ns.stats().uplinks, 1u);
}

TEST_F(SessionStoreTest, NewKeysInTheRegistryStartTheDeviceAfresh) {
    {
        ServerRun first(db());
        ASSERT_TRUE(first.send(joinRequest(1).view()));
    }
    ServerRun second(db(), keyOf(8));  // the device was given a new AppKey
    EXPECT_FALSE(second.ns.device(kOtaaEui)->active);
    EXPECT_TRUE(second.ns.device(kOtaaEui)->usedNonces.empty());
    FrameBuffer request;
    buildJoinRequest(keyOf(8), kAppEui, kOtaaEui, 1, request);
    EXPECT_TRUE(second.send(request.view()));  // DevNonce 1 under the new key is new
}

TEST_F(SessionStoreTest, TheFrameLogAndNoncesCanBeReadBack) {
    ServerRun run(db());
    (void)run.send(joinRequest(3).view());
    (void)run.send(uplink(kAbpAddr, keyOf(1), keyOf(2), 0).view());
    auto frames = run.store->recentFrames("70b3d57ed0000002", 10);
    ASSERT_TRUE(frames.ok());
    ASSERT_EQ(frames->size(), 1u);
    EXPECT_EQ((*frames)[0].kind, "uplink");
    EXPECT_EQ((*frames)[0].fcnt, 0);
    EXPECT_EQ(base::toHex((*frames)[0].payload), "0042");
    EXPECT_EQ(*run.store->nonceCount("70b3d57ed0000001"), 1u);
}

TEST_F(SessionStoreTest, ADatabaseOfAnotherSchemaIsRefused) {
    {
        auto db = SqliteDb::open(this->db());
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->execute("CREATE TABLE server (id INTEGER PRIMARY KEY, schema_version INTEGER NOT NULL, "
                                "region TEXT, net_id TEXT, next_dev_addr INTEGER, next_app_nonce INTEGER);"
                                "INSERT INTO server VALUES (1, 99, 'EU868', '000013', 1, 1);")
                        .ok());
    }
    auto store = SessionStore::open(db());
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.error().message.find("schema version 99"), std::string::npos);
    std::filesystem::create_directories(dir_ / "folder.sqlite");
    auto folder = SessionStore::open(dir_ / "folder.sqlite");
    ASSERT_FALSE(folder.ok());
    EXPECT_NE(folder.error().message.find("it is a folder, not a database file"), std::string::npos);
}
