#include "world/semtech_udp.h"

#include <gtest/gtest.h>

#include <thread>

#include "world/device_registry.h"
#include "world/simulation.h"
#include "world/udp_network_server.h"

using namespace pyfw;
using namespace pyfw::world;

TEST(SemtechUdp, HeadersRoundTrip) {
    SemtechPacket push{0xBEEF, SemtechType::PushData, 0x0011223344556677ull, "{\"rxpk\":[]}"};
    base::Bytes wire = encodeSemtechPacket(push);
    EXPECT_EQ(base::toHex(base::ByteView(wire).first(12)), "02beef000011223344556677");
    auto back = parseSemtechPacket(wire);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->token, 0xBEEF);
    EXPECT_EQ(back->gatewayEui, 0x0011223344556677ull);
    EXPECT_EQ(back->json, push.json);
    EXPECT_EQ(base::toHex(encodeSemtechPacket({0x1234, SemtechType::PullAck, 0, {}})), "02123404");
}

TEST(SemtechUdp, MalformedDatagramsAreRefusedWithAReason) {
    EXPECT_FALSE(parseSemtechPacket(base::Bytes{2, 0}).ok());
    EXPECT_FALSE(parseSemtechPacket(base::Bytes{1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0}).ok());  // version 1
    EXPECT_FALSE(parseSemtechPacket(base::Bytes{2, 0, 0, 9}).ok());                          // unknown type
    EXPECT_FALSE(parseSemtechPacket(base::Bytes{2, 0, 0, 2, 1}).ok());                       // short EUI
    EXPECT_FALSE(parseSemtechPacket(base::Bytes{2, 0, 0, 4, 1}).ok());                       // trailing bytes
    EXPECT_FALSE(parseRxpkJson("{\"rxpk\":[{\"tmst\":1,\"freq\":868.1,\"datr\":\"SF13BW125\",\"data\":\"\"}]}").ok());
    EXPECT_FALSE(parseRxpkJson("{\"rxpk\":[{\"tmst\":1,\"freq\":868.1,\"datr\":\"SF7BW125\",\"data\":\"@@@@\"}]}").ok());
    EXPECT_FALSE(parseRxpkJson("{\"rxpk\":[{\"freq\":868.1}]}").ok());
    EXPECT_FALSE(parseRxpkJson("not json").ok());
    EXPECT_FALSE(parseTxpkJson("{\"txpk\":{\"freq\":869.525,\"datr\":\"SF9BW125\",\"data\":\"AA==\"}}").ok());  // no time
}

TEST(SemtechUdp, RxpkAndTxpkRoundTrip) {
    RxPacket rx;
    rx.tmst = 4000000000u;
    rx.frequencyHz = 868300000;
    rx.spreadingFactor = 9;
    rx.rssi = -101;
    rx.snr = -3.5;
    rx.data = {0x40, 1, 2, 3};
    auto rxBack = parseRxpkJson(encodeRxpkJson({rx}));
    ASSERT_TRUE(rxBack.ok());
    ASSERT_EQ(rxBack->size(), 1u);
    EXPECT_EQ((*rxBack)[0].tmst, rx.tmst);
    EXPECT_EQ((*rxBack)[0].frequencyHz, rx.frequencyHz);
    EXPECT_EQ((*rxBack)[0].spreadingFactor, 9);
    EXPECT_EQ((*rxBack)[0].data, rx.data);
    TxPacket tx;
    tx.tmst = 5000000;
    tx.frequencyHz = 869525000;
    tx.spreadingFactor = 12;
    tx.data = {0x60, 9};
    auto txBack = parseTxpkJson(encodeTxpkJson(tx));
    ASSERT_TRUE(txBack.ok());
    EXPECT_EQ(txBack->tmst, tx.tmst);
    EXPECT_EQ(txBack->frequencyHz, tx.frequencyHz);
    EXPECT_TRUE(txBack->invertedIq);
    EXPECT_EQ(txBack->data, tx.data);
    EXPECT_EQ(txAckError(encodeTxAckJson("TOO_LATE")), "TOO_LATE");
}

TEST(DeviceRegistry, RoundTripAndClearErrors) {
    Registry r;
    r.region = lorawan::RegionId::AU915;
    DeviceEntry otaa;
    otaa.name = "a";
    otaa.devEui = 0x70B3D57ED0000001ull;
    otaa.appEui = 0x70B3D57ED0000000ull;
    otaa.appKey.fill(0xAB);
    DeviceEntry abp;
    abp.name = "b";
    abp.devEui = 2;
    abp.otaa = false;
    abp.devAddr = 0x26000001;
    abp.deviceClass = lorawan::DeviceClass::C;
    r.devices = {otaa, abp};
    auto back = parseRegistry(serializeRegistry(r));
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->region, lorawan::RegionId::AU915);
    ASSERT_EQ(back->devices.size(), 2u);
    EXPECT_EQ(back->devices[0].appKey, otaa.appKey);
    EXPECT_EQ(back->devices[1].devAddr, 0x26000001u);
    EXPECT_EQ(back->devices[1].deviceClass, lorawan::DeviceClass::C);
    auto bad = parseRegistry("{\"devices\":[{\"name\":\"x\",\"devEui\":\"0011\",\"appEui\":\"00\",\"appKey\":\"00\"}]}");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message, "device 'x': 'devEui' must be 16 hex digits");
    EXPECT_FALSE(parseRegistry("{\"region\":\"XX\",\"devices\":[]}").ok());
    EXPECT_FALSE(parseRegistry("[]").ok());
}

// The whole path over real UDP on loopback: a simulated gateway on virtual time forwards to the
// server behind its Semtech endpoint, which answers joins, ACKs and ADR through PULL_RESP.
TEST(SemtechUdp, SimulationThroughTheUdpServer) {
    SimulationConfig config;
    config.devices = 3;
    config.periodUs = 60 * lorawan::kSecondUs;
    config.confirmedEvery = 2;
    Simulation sim(config);
    NetworkServer server(config.ns);
    for (const DeviceEntry& entry : sim.registry().devices) server.addDevice(entry);
    auto socket = UdpSocket::bindLoopback(0);
    ASSERT_TRUE(socket.ok()) << socket.error().message;
    UdpNetworkServer udp(server, std::move(socket).value());
    std::atomic<bool> stop{false};
    std::thread serving([&] {
        while (!stop) udp.pollOnce(20);
    });
    auto connected = sim.connectGateway(udp.port());
    ASSERT_TRUE(connected.ok()) << connected.error().message;
    sim.start();
    sim.runUntil(3600 * lorawan::kSecondUs);
    stop = true;
    serving.join();
    const SimulationSummary s = sim.summary();
    EXPECT_EQ(s.joined, 3u);
    EXPECT_EQ(server.stats().joins, 3u);
    EXPECT_EQ(server.stats().uplinks, s.uplinksQueued);
    EXPECT_GT(s.ackedUplinks, 60u);
    EXPECT_EQ(s.failedUplinks, 0u);
    EXPECT_EQ(s.gatewayErrors, 0u);
    EXPECT_EQ(udp.stats().txErrors, 0u);
    EXPECT_EQ(udp.stats().badDatagrams, 0u);
}
