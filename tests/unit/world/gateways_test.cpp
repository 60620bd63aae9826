// Several gateways: one frame heard by two is one uplink for the server, which answers through
// the gateway that heard it best; in process and over Semtech UDP.
#include <gtest/gtest.h>

#include "lorawan/frame_crypto.h"
#include "world/simulation.h"
#include "world/udp_network_server.h"

using namespace pyfw;
using namespace pyfw::lorawan;
using namespace pyfw::world;

namespace {

constexpr uint32_t kAddr = 0x26000042;
constexpr Eui kGatewayA = 0xAA01, kGatewayB = 0xAA02;

Key keyOf(uint8_t fill) {
    Key k;
    k.fill(fill);
    return k;
}

NsConfig withDevice(NetworkServer& ns) {
    DeviceEntry abp;
    abp.name = "abp";
    abp.devEui = 1;
    abp.otaa = false;
    abp.devAddr = kAddr;
    abp.nwkSKey = keyOf(1);
    abp.appSKey = keyOf(2);
    ns.addDevice(abp);
    return ns.config();
}

FrameBuffer confirmedUplink(uint32_t fcnt) {
    SessionCrypto keys(keyOf(1), keyOf(2));
    const uint8_t payload[] = {7};
    DataFrameFields f;
    f.type = MType::ConfirmedUp;
    f.devAddr = kAddr;
    f.fcnt = fcnt;
    f.port = 1;
    f.payload = payload;
    FrameBuffer out;
    sealDataFrame(keys, f, out);
    return out;
}

UplinkMeta heardBy(Eui gateway, double snr, uint32_t tmst) {
    UplinkMeta m;
    m.frequencyHz = 868300000;
    m.spreadingFactor = 9;
    m.snr = snr;
    m.rssi = -100 + snr;
    m.tmst = tmst;
    m.gatewayEui = gateway;
    return m;
}

}  // namespace

TEST(Gateways, OneFrameFromTwoGatewaysIsOneUplinkAnsweredThroughTheBetterOne) {
    NetworkServer ns(NsConfig{});
    withDevice(ns);
    const FrameBuffer frame = confirmedUplink(0);
    const UplinkMeta copies[] = {heardBy(kGatewayA, -3, 1000), heardBy(kGatewayB, 6, 5000000)};
    auto plan = ns.onUplink(copies, frame.view());
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->gatewayEui, kGatewayB);
    EXPECT_EQ(plan->tmst, 5000000u + 1000000u);  // RX1 on gateway B's counter
    EXPECT_EQ(ns.stats().uplinks, 1u);
    EXPECT_EQ(ns.stats().receptions, 2u);
    // LinkCheckAns counts the gateways that heard the request.
    SessionCrypto keys(keyOf(1), keyOf(2));
    const uint8_t linkCheck[] = {uint8_t(Cid::LinkCheck)};
    DataFrameFields f;
    f.devAddr = kAddr;
    f.fcnt = 1;
    f.fopts = linkCheck;
    FrameBuffer check;
    sealDataFrame(keys, f, check);
    auto answer = ns.onUplink(copies, check.view());
    ASSERT_TRUE(answer);
    auto parsed = parseDataFrame(answer->frame.view());
    const DataFrameView& down = std::get<DataFrameView>(parsed);
    ASSERT_EQ(down.fopts.size(), 3u);
    EXPECT_EQ(down.fopts[2], 2);  // GwCnt
}

TEST(Gateways, ASimulationWithThreeGatewaysDeliversEachFrameOnce) {
    SimulationConfig c;
    c.devices = 200;
    c.gateways = 3;
    c.periodUs = 120 * kSecondUs;
    c.confirmedEvery = 3;
    Simulation sim(c);
    sim.start();
    sim.runUntil(3 * 3600 * kSecondUs);
    const SimulationSummary s = sim.summary();
    EXPECT_EQ(s.joined, 200u);
    EXPECT_GT(sim.world().counters().gatewayReceptions, sim.server().stats().uplinks);  // copies were merged
    EXPECT_LE(s.uplinksDelivered, s.uplinksQueued);
    EXPECT_GT(s.uplinksDelivered, s.uplinksQueued * 9 / 10);
    EXPECT_EQ(s.serverDrops, 0u);
}

// Over UDP: two gateways push the same frame; `pyfw ns` hands it to the server once, and the
// answer goes to the pull address of the gateway with the better signal.
TEST(Gateways, TheUdpServerMergesCopiesAndAnswersThroughTheBestGateway) {
    NetworkServer ns(NsConfig{});
    withDevice(ns);
    auto socket = UdpSocket::bindLoopback(0);
    ASSERT_TRUE(socket.ok());
    UdpNetworkServer udp(ns, std::move(socket).value());
    auto a = UdpSocket::bindLoopback(0), b = UdpSocket::bindLoopback(0);
    ASSERT_TRUE(a.ok() && b.ok());
    const UdpPeer server = UdpSocket::loopback(udp.port());
    auto send = [&](UdpSocket& from, const SemtechPacket& p) {
        ASSERT_TRUE(from.sendTo(server, encodeSemtechPacket(p)).ok());
        EXPECT_TRUE(udp.pollOnce(1000));
    };
    send(*a, {1, SemtechType::PullData, kGatewayA, {}});
    send(*b, {2, SemtechType::PullData, kGatewayB, {}});
    send(*b, {0, SemtechType::PushData, kGatewayB, R"({"stat":{"rxnb":0}})"});  // B forwards too
    while (a->receive(0)) {}
    while (b->receive(0)) {}
    const FrameBuffer frame = confirmedUplink(0);
    RxPacket rx;
    rx.frequencyHz = 868300000;
    rx.spreadingFactor = 9;
    rx.data.assign(frame.view().begin(), frame.view().end());
    rx.snr = -5;
    rx.tmst = 100;
    send(*a, {3, SemtechType::PushData, kGatewayA, encodeRxpkJson({rx})});
    EXPECT_EQ(ns.stats().uplinks, 0u);  // gateway B has not spoken since: its copy may come
    rx.snr = 8;
    rx.tmst = 900000;
    send(*b, {4, SemtechType::PushData, kGatewayB, encodeRxpkJson({rx})});
    EXPECT_EQ(ns.stats().uplinks, 1u);
    EXPECT_EQ(udp.stats().mergedCopies, 1u);
    // B gets the PULL_RESP (then its PUSH_ACK); A only its PUSH_ACK.
    auto first = b->receive(1000);
    ASSERT_TRUE(first.has_value());
    auto resp = parseSemtechPacket(first->bytes);
    ASSERT_TRUE(resp.ok());
    ASSERT_EQ(resp->type, SemtechType::PullResp);
    auto tx = parseTxpkJson(resp->json);
    ASSERT_TRUE(tx.ok());
    EXPECT_EQ(tx->tmst, 1900000u);
    auto aAck = a->receive(1000);
    ASSERT_TRUE(aAck.has_value());
    EXPECT_EQ(aAck->bytes[3], uint8_t(SemtechType::PushAck));
    EXPECT_FALSE(a->receive(50).has_value());
    // A copy that comes after the frame was handled is a duplicate, never a second uplink.
    send(*a, {5, SemtechType::PushData, kGatewayA, encodeRxpkJson({rx})});
    EXPECT_EQ(ns.stats().uplinks, 1u);
}

TEST(Gateways, AGatewayThatStaysSilentDelaysAFrameOnlyUntilTheWindowCloses) {
    NetworkServer ns(NsConfig{});
    withDevice(ns);
    auto socket = UdpSocket::bindLoopback(0);
    ASSERT_TRUE(socket.ok());
    UdpServerConfig config;
    config.dedupWindowMs = 50;
    UdpNetworkServer udp(ns, std::move(socket).value(), config);
    auto a = UdpSocket::bindLoopback(0), b = UdpSocket::bindLoopback(0);
    ASSERT_TRUE(a.ok() && b.ok());
    const UdpPeer server = UdpSocket::loopback(udp.port());
    const FrameBuffer first = confirmedUplink(0), second = confirmedUplink(1);
    RxPacket rx;
    rx.frequencyHz = 868300000;
    rx.spreadingFactor = 9;
    rx.data.assign(first.view().begin(), first.view().end());
    ASSERT_TRUE(b->sendTo(server, encodeSemtechPacket({1, SemtechType::PushData, kGatewayB, encodeRxpkJson({rx})})).ok());
    EXPECT_TRUE(udp.pollOnce(1000));
    EXPECT_EQ(ns.stats().uplinks, 1u);  // B was the only gateway: nothing to wait for
    rx.data.assign(second.view().begin(), second.view().end());
    ASSERT_TRUE(a->sendTo(server, encodeSemtechPacket({2, SemtechType::PushData, kGatewayA, encodeRxpkJson({rx})})).ok());
    EXPECT_TRUE(udp.pollOnce(1000));
    EXPECT_EQ(ns.stats().uplinks, 1u);  // B forwards uplinks too, and has not spoken since
    EXPECT_FALSE(udp.pollOnce(200));    // nothing comes; the window closes
    EXPECT_EQ(ns.stats().uplinks, 2u);
}
