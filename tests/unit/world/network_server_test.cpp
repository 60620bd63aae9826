// The network server against hand-made frames: each bad uplink or join request is dropped with
// its counted reason, and a good one after it still goes through.
#include <gtest/gtest.h>

#include "lorawan/frame_crypto.h"
#include "world/network_server.h"

using namespace pyfw;
using namespace pyfw::lorawan;
using namespace pyfw::world;

namespace {

constexpr uint32_t kAddr = 0x26011234;
constexpr Eui kAbpEui = 0x70B3D57ED0000001ull, kOtaaEui = 0x70B3D57ED0000002ull, kAppEui = 0x70B3D57ED0000000ull;

Key keyOf(uint8_t fill) {
    Key k;
    k.fill(fill);
    return k;
}

struct Server {
    NetworkServer ns{NsConfig{}};
    UplinkMeta meta;
    Server() {
        DeviceEntry abp;
        abp.name = "abp";
        abp.devEui = kAbpEui;
        abp.otaa = false;
        abp.devAddr = kAddr;
        abp.nwkSKey = keyOf(1);
        abp.appSKey = keyOf(2);
        ns.addDevice(abp);
        DeviceEntry otaa;
        otaa.name = "otaa";
        otaa.devEui = kOtaaEui;
        otaa.appEui = kAppEui;
        otaa.appKey = keyOf(9);
        ns.addDevice(otaa);
        meta.frequencyHz = 868100000;
        meta.spreadingFactor = 7;
        meta.snr = 5;
    }
    // The FOpts of a downlink the server planned for the ABP device.
    std::string foptsOf(const std::optional<DownlinkPlan>& plan) {
        if (!plan) return "none";
        auto parsed = parseDataFrame(plan->frame.view());
        return base::toHex(std::get<DataFrameView>(parsed).fopts);
    }
    FrameBuffer uplink(uint32_t fcnt, base::ByteView fopts = {}, Key nwk = keyOf(1), uint32_t addr = kAddr) {
        SessionCrypto keys(nwk, keyOf(2));
        const uint8_t payload[] = {0x42};
        DataFrameFields f;
        f.type = MType::UnconfirmedUp;
        f.devAddr = addr;
        f.fcnt = fcnt;
        f.fopts = fopts;
        f.port = 1;
        f.payload = payload;
        FrameBuffer out;
        sealDataFrame(keys, f, out);
        return out;
    }
    void send(const FrameBuffer& frame) { (void)ns.onUplink(meta, frame.view()); }
    void send(base::ByteView phy) { (void)ns.onUplink(meta, phy); }
    uint64_t drops(DropReason reason) const { return ns.stats().drops[size_t(reason)]; }
};

}  // namespace

TEST(NetworkServer, BadUplinksAreDroppedWithACountedReason) {
    Server s;
    s.send(s.uplink(10));
    EXPECT_EQ(s.ns.stats().uplinks, 1u);
    const FrameBuffer next = s.uplink(11);
    s.send(base::ByteView(next.view()).first(11));  // cut inside the MIC
    EXPECT_EQ(s.drops(DropReason::Truncated), 1u);
    const uint8_t noise[] = {0xFF};
    s.send(noise);
    EXPECT_EQ(s.drops(DropReason::Truncated), 2u);
    FrameBuffer badMic = next;
    badMic.bytes[badMic.size - 1] ^= 0x80;
    s.send(badMic);
    EXPECT_EQ(s.drops(DropReason::BadMic), 1u);
    s.send(s.uplink(11, {}, keyOf(7)));  // sealed with another key
    EXPECT_EQ(s.drops(DropReason::BadMic), 2u);
    s.send(s.uplink(9));  // an older counter: a replay
    EXPECT_EQ(s.drops(DropReason::Replay), 1u);
    s.send(s.uplink(10 + kMaxFcntGap));
    EXPECT_EQ(s.drops(DropReason::CounterGap), 1u);
    s.send(s.uplink(11, {}, keyOf(1), 0x26999999));
    EXPECT_EQ(s.drops(DropReason::UnknownDevice) + s.drops(DropReason::NotForUs), 1u);
    s.send(s.uplink(10));  // the same frame again is a duplicate, never delivered twice
    EXPECT_EQ(s.ns.stats().duplicates, 1u);
    EXPECT_EQ(s.ns.stats().uplinks, 1u);
    // An unknown MAC command in FOpts is counted, and the frame itself is still taken.
    const uint8_t fopts[] = {0x7E, 0x01};
    s.send(s.uplink(11, fopts));
    EXPECT_EQ(s.ns.stats().unknownMacCommands, 1u);
    EXPECT_EQ(s.ns.stats().uplinks, 2u);
    s.send(next);
    EXPECT_EQ(s.ns.stats().uplinks, 2u);  // 11 was taken: this one is now a duplicate
    s.send(s.uplink(12));
    EXPECT_EQ(s.ns.stats().uplinks, 3u);
}

TEST(NetworkServer, BadJoinRequestsAreDroppedWithACountedReason) {
    Server s;
    FrameBuffer request;
    buildJoinRequest(keyOf(9), kAppEui, 0x1122334455667788ull, 1, request);  // an unknown DevEUI
    EXPECT_FALSE(s.ns.onUplink(s.meta, request.view()).has_value());
    EXPECT_EQ(s.drops(DropReason::UnknownDevice), 1u);
    buildJoinRequest(keyOf(8), kAppEui, kOtaaEui, 1, request);  // the wrong AppKey
    EXPECT_FALSE(s.ns.onUplink(s.meta, request.view()).has_value());
    EXPECT_EQ(s.drops(DropReason::BadMic), 1u);
    buildJoinRequest(keyOf(9), kAppEui, kOtaaEui, 1, request);
    EXPECT_FALSE(s.ns.onUplink(s.meta, base::ByteView(request.view()).first(request.size - 1)).has_value());
    EXPECT_EQ(s.drops(DropReason::Truncated), 1u);
    auto accept = s.ns.onUplink(s.meta, request.view());
    ASSERT_TRUE(accept.has_value());
    EXPECT_EQ(s.ns.stats().joins, 1u);
    EXPECT_FALSE(s.ns.onUplink(s.meta, request.view()).has_value());  // the same DevNonce again
    EXPECT_EQ(s.drops(DropReason::Replay), 1u);
    EXPECT_EQ(s.ns.stats().joins, 1u);
}

TEST(NetworkServer, MacCommandsOfALostDownlinkAreSentAgain) {
    Server s;
    (void)s.ns.onUplink(s.meta, s.uplink(0).view());
    const uint8_t commands[] = {0x08, 0x02, 0x06};  // RXTimingSetupReq 2 s, DevStatusReq
    ASSERT_TRUE(s.ns.queueMacCommands(kAbpEui, commands));
    EXPECT_EQ(s.foptsOf(s.ns.onUplink(s.meta, s.uplink(1).view())), "080206");
    // The next uplink carries no answer: that downlink was lost, so the commands go out again.
    EXPECT_EQ(s.foptsOf(s.ns.onUplink(s.meta, s.uplink(2).view())), "080206");
    EXPECT_EQ(s.ns.stats().macResends, 1u);
    EXPECT_EQ(s.ns.device(kAbpEui)->rxDelaySeconds, 1);  // not applied before the device says so
    // The answers arrive (RXTimingSetupAns, DevStatusAns): applied, nothing sent again.
    const uint8_t answers[] = {0x08, 0x06, 0xFF, 0x05};
    EXPECT_EQ(s.foptsOf(s.ns.onUplink(s.meta, s.uplink(3, answers).view())), "");  // an empty downlink stops the sticky answer
    EXPECT_EQ(s.ns.device(kAbpEui)->rxDelaySeconds, 2);
    EXPECT_TRUE(s.ns.device(kAbpEui)->devStatusSeen);
    EXPECT_EQ(s.foptsOf(s.ns.onUplink(s.meta, s.uplink(4).view())), "none");
    EXPECT_EQ(s.ns.stats().macResends, 1u);
}
