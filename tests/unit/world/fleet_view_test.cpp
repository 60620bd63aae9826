// The fleet page's data and routes: what FleetView reads from a server's database after a join
// and some uplinks, and how answerFleetRequest answers good and bad requests.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "lorawan/frame_crypto.h"
#include "lorawan/time_on_air.h"
#include "world/fleet_http.h"
#include "world/session_store.h"

using namespace pyfw;
using namespace pyfw::lorawan;
using namespace pyfw::world;

namespace {

constexpr Eui kAppEui = 0x70B3D57ED0000000ull;
constexpr Eui kSensorEui = 0x70B3D57ED0000011ull, kIdleEui = 0x70B3D57ED0000012ull;

Key keyOf(uint8_t fill) {
    Key k;
    k.fill(fill);
    return k;
}

DeviceEntry otaaDevice(const char* name, Eui eui) {
    DeviceEntry e;
    e.name = name;
    e.devEui = eui;
    e.appEui = kAppEui;
    e.appKey = keyOf(7);
    return e;
}

struct Fleet : ::testing::Test {
    std::filesystem::path db = std::filesystem::path(::testing::TempDir()) /
                               (std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".sqlite");
    NetworkServer ns{NsConfig{}};
    std::optional<SessionStore> store;
    UplinkMeta meta;

    void SetUp() override {
        std::filesystem::remove(db);
        std::filesystem::remove(db.string() + "-wal");
        ns.addDevice(otaaDevice("sensor", kSensorEui));
        ns.addDevice(otaaDevice("idle", kIdleEui));
        auto opened = SessionStore::open(db, false);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        store.emplace(std::move(opened).value());
        ASSERT_TRUE(store->attach(ns).ok());
        ns.setPersistence(&*store);
        meta.frequencyHz = 868100000;
        meta.spreadingFactor = 9;
        meta.rssi = -97;
        meta.snr = 4.5;
    }

    // The sensor joins, then sends `count` uplinks with "t=21" on port 2.
    void joinAndSend(int count) {
        FrameBuffer join;
        buildJoinRequest(keyOf(7), kAppEui, kSensorEui, 1, join);
        ASSERT_TRUE(ns.onUplink(meta, join.view()));
        const NsDevice& d = *ns.device(kSensorEui);
        for (int i = 0; i < count; ++i) {
            const uint8_t text[] = {'t', '=', '2', '1'};
            DataFrameFields f;
            f.type = MType::UnconfirmedUp;
            f.devAddr = d.devAddr;
            f.fcnt = uint32_t(i);
            f.port = 2;
            f.payload = text;
            FrameBuffer up;
            sealDataFrame(*d.crypto, f, up);
            meta.timeUs += 60'000'000;
            ns.onUplink(meta, up.view());
        }
    }

    FleetView view() {
        auto v = FleetView::open(db);
        EXPECT_TRUE(v.ok());
        return std::move(v).value();
    }
};

HttpRequest get(const std::string& target) {
    auto r = parseHttpRequest("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_TRUE(r.ok()) << target;
    return r.ok() ? *r : HttpRequest{};
}

}  // namespace

TEST_F(Fleet, DevicesShowTheirSessionRadioAndState) {
    joinAndSend(3);
    FleetView v = view();
    auto doc = v.devices();
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ((*doc)["region"], "EU868");
    const auto& list = (*doc)["devices"];
    ASSERT_EQ(list.size(), 2u);
    const auto& idle = list[0];  // by name
    const auto& sensor = list[1];
    EXPECT_EQ(idle["name"], "idle");
    EXPECT_FALSE(idle["joined"]);
    EXPECT_TRUE(idle["devAddr"].is_null());
    EXPECT_TRUE(idle["lastSeenMs"].is_null());
    EXPECT_EQ(sensor["devEui"], "70b3d57ed0000011");
    EXPECT_TRUE(sensor["joined"]);
    EXPECT_EQ(sensor["devAddr"].get<std::string>().size(), 8u);
    EXPECT_EQ(sensor["fcntUp"], 2);
    EXPECT_EQ(sensor["uplinks"], 3);
    EXPECT_EQ(sensor["dr"], 3);
    EXPECT_EQ(sensor["dataRate"], "SF9BW125");
    EXPECT_EQ(sensor["rssi"], -97.0);
    EXPECT_EQ(sensor["snr"], 4.5);
    EXPECT_TRUE(sensor["battery"].is_null());  // no DevStatusAns yet
}

TEST_F(Fleet, FramesStreamInOrderWithTheirTimeOnAir) {
    joinAndSend(2);
    FleetView v = view();
    auto all = v.frames(-1, 100);
    ASSERT_TRUE(all.ok());
    const auto& frames = (*all)["frames"];
    ASSERT_EQ(frames.size(), 4u);
    EXPECT_EQ(frames[0]["kind"], "join_request");
    EXPECT_EQ(frames[1]["kind"], "join_accept");
    EXPECT_EQ(frames[2]["kind"], "uplink");
    EXPECT_EQ(frames[2]["payload"], "743d3231");
    EXPECT_EQ(frames[2]["port"], 2);
    EXPECT_EQ(frames[2]["name"], "sensor");
    EXPECT_EQ(frames[3]["fcnt"], 1);
    // A 23-byte join request at SF9: 205,824 µs on air; the uplinks carry 17 bytes.
    EXPECT_EQ(frames[0]["airtimeUs"], lorawan::timeOnAirUs(Modulation{9, 125, 1, 8, true, false}, 23));
    EXPECT_EQ(frames[2]["airtimeUs"], lorawan::timeOnAirUs(Modulation{9, 125, 1, 8, true, false}, 17));
    EXPECT_GT(frames[1]["airtimeUs"].get<int64_t>(), 0);
    // The stream goes on from the last id it saw: nothing new, then only the new frames.
    const int64_t last = (*all)["last"];
    EXPECT_EQ((*v.frames(last, 100))["frames"].size(), 0u);
    EXPECT_EQ((*v.frames(last, 100))["last"], last);
    EXPECT_EQ((*v.frames(0, 2))["frames"][1]["kind"], "join_accept");  // the oldest after 0, not the newest
}

TEST_F(Fleet, ChartsCountUplinksPerHourAndAirtimePerDevice) {
    joinAndSend(5);
    FleetView v = view();
    const int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch()).count();
    auto hours = v.uplinksPerHour(24, now + 1000);
    ASSERT_TRUE(hours.ok());
    ASSERT_EQ((*hours)["hours"].size(), 24u);
    int64_t total = 0;
    for (const auto& h : (*hours)["hours"]) total += h["uplinks"].get<int64_t>();
    EXPECT_EQ(total, 5);
    auto air = v.airtime();
    ASSERT_TRUE(air.ok());
    const auto& sensor = (*air)["devices"][1];
    EXPECT_EQ(sensor["name"], "sensor");
    EXPECT_EQ(sensor["frames"], 7);
    EXPECT_EQ(sensor["uplinkUs"], lorawan::timeOnAirUs(Modulation{9, 125, 1, 8, true, false}, 23) +
                                      5 * lorawan::timeOnAirUs(Modulation{9, 125, 1, 8, true, false}, 17));
    EXPECT_EQ((*air)["devices"][0]["uplinkUs"], 0);
}

TEST_F(Fleet, RoutesAnswerThePageTheApiAndRefuseBadParameters) {
    joinAndSend(1);
    FleetView v = view();
    const HttpResponse page = answerFleetRequest(v, get("/"), 0);
    EXPECT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("<table id=\"devices\">"), std::string::npos);
    // Nothing fetched from elsewhere: the only absolute URL is the SVG namespace's name.
    auto count = [&](const std::string& what) {
        size_t n = 0;
        for (size_t at = page.body.find(what); at != std::string::npos; at = page.body.find(what, at + 1)) ++n;
        return n;
    };
    EXPECT_EQ(count("http://"), count("http://www.w3.org/2000/svg"));
    EXPECT_EQ(count("https:") + count("src=") + count("href=") + count("url(") + count("@import"), 0u);
    const HttpResponse devices = answerFleetRequest(v, get("/api/devices"), 0);
    EXPECT_EQ(devices.status, 200);
    EXPECT_EQ(nlohmann::json::parse(devices.body)["devices"].size(), 2u);
    EXPECT_EQ(answerFleetRequest(v, get("/api/frames?after=0&limit=1"), 0).status, 200);
    EXPECT_EQ(answerFleetRequest(v, get("/api/frames?limit=0"), 0).status, 400);
    EXPECT_EQ(answerFleetRequest(v, get("/api/frames?limit=501"), 0).status, 400);
    EXPECT_EQ(answerFleetRequest(v, get("/api/frames?after=x"), 0).status, 400);
    EXPECT_EQ(answerFleetRequest(v, get("/api/frames?after=99999999999999999999"), 0).status, 400);
    EXPECT_EQ(answerFleetRequest(v, get("/api/uplinks-per-hour?hours=-1"), 0).status, 400);
    EXPECT_EQ(answerFleetRequest(v, get("/api/uplinks-per-hour?hours=169"), 0).status, 400);
    EXPECT_EQ(answerFleetRequest(v, get("/api/nothing"), 0).status, 404);
    EXPECT_EQ(answerFleetRequest(v, get("/api/airtime"), 0).status, 200);
}
