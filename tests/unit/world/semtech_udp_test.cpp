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

// Every field of every packet from the network is untrusted: a wrong type, a missing field or a
// number out of range is an error naming the field, never an exception.
TEST(SemtechUdp, EveryRxpkFieldIsChecked) {
    const std::string good = R"("tmst":1,"freq":868.1,"datr":"SF7BW125","data":"QAE=")";
    ASSERT_TRUE(parseRxpkJson("{\"rxpk\":[{" + good + "}]}").ok());
    const std::pair<std::string, std::string> cases[] = {
        {R"("stat":"x")", "'stat' is not a number"},
        {R"("stat":7)", "'stat' is out of range"},
        {R"("stat":0.5)", "'stat' is not a whole number"},
        {R"("rssi":"loud")", "'rssi' is not a number"},
        {R"("rssi":1e300)", "'rssi' is out of range"},
        {R"("lsnr":[])", "'lsnr' is not a number"},
        {R"("chan":-1)", "'chan' is out of range"},
        {R"("rfch":{})", "'rfch' is not a number"},
        {R"("codr":5)", "'codr' is not a string"},
        {R"("time":true)", "'time' is not a string"},
        {R"("modu":"FSK")", "'modu' does not match 'datr'"},
        {R"("size":9)", "'size' does not match 'data'"},
        {R"("size":"2")", "'size' is not a number"},
    };
    for (const auto& [field, why] : cases) {
        auto parsed = parseRxpkJson("{\"rxpk\":[{" + good + "," + field + "}]}");
        ASSERT_FALSE(parsed.ok()) << field;
        EXPECT_NE(parsed.error().message.find(why), std::string::npos) << field << ": " << parsed.error().message;
    }
    const std::pair<std::string, std::string> broken[] = {
        {R"({"rxpk":[{"tmst":-1,"freq":868.1,"datr":"SF7BW125","data":""}]})", "'tmst' is out of range"},
        {R"({"rxpk":[{"tmst":4294967296,"freq":868.1,"datr":"SF7BW125","data":""}]})", "'tmst' is out of range"},
        {R"({"rxpk":[{"tmst":"1","freq":868.1,"datr":"SF7BW125","data":""}]})", "'tmst' is not a number"},
        {R"({"rxpk":[{"tmst":1,"freq":1e308,"datr":"SF7BW125","data":""}]})", "'freq' is out of range"},
        {R"({"rxpk":[{"tmst":1,"freq":"868.1","datr":"SF7BW125","data":""}]})", "'freq' is not a number"},
        {R"({"rxpk":[{"tmst":1,"freq":868.1,"datr":null,"data":""}]})", "'datr' is not a string"},
        {R"({"rxpk":[{"tmst":1,"freq":868.1,"datr":1e9,"data":""}]})", "'datr' is out of range"},
        {R"({"rxpk":[{"tmst":1,"freq":868.1,"datr":"SF7BW125","data":7}]})", "'data' is not a string"},
        {R"({"rxpk":[{"tmst":1,"freq":868.1,"datr":"SF7BW125"}]})", "'data' is missing"},
        {R"({"rxpk":{}})", "rxpk is not an array"},
        {R"({"rxpk":[7]})", "is not an object"},
    };
    for (const auto& [json, why] : broken) {
        auto parsed = parseRxpkJson(json);
        ASSERT_FALSE(parsed.ok()) << json;
        EXPECT_NE(parsed.error().message.find(why), std::string::npos) << json << ": " << parsed.error().message;
    }
    EXPECT_TRUE(parseRxpkJson(R"({"stat":{"rxnb":1}})").ok());  // a status report only
}

TEST(SemtechUdp, EveryTxpkFieldIsChecked) {
    const std::string good = R"("imme":true,"freq":869.525,"datr":"SF9BW125","data":"YAE=")";
    ASSERT_TRUE(parseTxpkJson("{\"txpk\":{" + good + "}}").ok());
    const std::pair<std::string, std::string> cases[] = {
        {R"("powe":"max")", "'powe' is not a number"},
        {R"("powe":99)", "'powe' is out of range"},
        {R"("ipol":1)", "'ipol' is not true or false"},
        {R"("prea":-8)", "'prea' is out of range"},
        {R"("ncrc":"yes")", "'ncrc' is not true or false"},
        {R"("fdev":"wide")", "'fdev' is not a number"},
        {R"("tmst":1.5)", "'tmst' is not a whole number"},
    };
    for (const auto& [field, why] : cases) {
        auto parsed = parseTxpkJson("{\"txpk\":{" + good + "," + field + "}}");
        ASSERT_FALSE(parsed.ok()) << field;
        EXPECT_NE(parsed.error().message.find(why), std::string::npos) << field << ": " << parsed.error().message;
    }
    EXPECT_FALSE(parseTxpkJson(R"({"txpk":{"imme":"yes","freq":869.525,"datr":"SF9BW125","data":""}})").ok());
    EXPECT_FALSE(parseTxpkJson(R"({"txpk":[]})").ok());
    EXPECT_FALSE(txAckError(R"({"txpk_ack":{"error":7}})").has_value());
    EXPECT_FALSE(txAckError(R"([1,2])").has_value());
}

// The datagram that used to abort `pyfw ns serve` (an uncaught nlohmann::json::type_error), and
// its kind: each is counted as a bad datagram and the server goes on answering.
TEST(SemtechUdp, TheServerCountsBadDatagramsAndCarriesOn) {
    NetworkServer server(NsConfig{});
    auto socket = UdpSocket::bindLoopback(0);
    ASSERT_TRUE(socket.ok());
    UdpNetworkServer udp(server, std::move(socket).value());
    auto client = UdpSocket::bindLoopback(0);
    ASSERT_TRUE(client.ok());
    const UdpPeer to = UdpSocket::loopback(udp.port());
    auto push = [&](const std::string& json) {
        return encodeSemtechPacket({0x1234, SemtechType::PushData, 0xAA555A0000000001ull, json});
    };
    const std::string bad[] = {
        R"({"rxpk":[{"tmst":1,"freq":868.1,"stat":"x","datr":"SF7BW125","data":"QAE="}]})",
        R"({"rxpk":[{"tmst":1e400,"freq":868.1,"datr":"SF7BW125","data":"QAE="}]})",
        R"({"rxpk":[{"tmst":1,"freq":868.1,"datr":"SF7BW125","data":"QAE=","rssi":{"a":1}}]})",
        R"({"rxpk":"none"})",
        R"([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[)",
    };
    for (const std::string& json : bad) {
        ASSERT_TRUE(client->sendTo(to, push(json)).ok());
        EXPECT_TRUE(udp.pollOnce(1000));
        auto ack = client->receive(1000);  // still acknowledged: the header was fine
        ASSERT_TRUE(ack.has_value());
        EXPECT_EQ((*ack).bytes[3], uint8_t(SemtechType::PushAck));
    }
    const uint8_t garbage[] = {2, 0, 0, 9, 1};
    ASSERT_TRUE(client->sendTo(to, garbage).ok());
    EXPECT_TRUE(udp.pollOnce(1000));
    EXPECT_EQ(udp.stats().badDatagrams, std::size(bad) + 1);
    ASSERT_TRUE(client->sendTo(to, encodeSemtechPacket({7, SemtechType::PullData, 1, {}})).ok());
    EXPECT_TRUE(udp.pollOnce(1000));
    auto pullAck = client->receive(1000);
    ASSERT_TRUE(pullAck.has_value());
    EXPECT_EQ((*pullAck).bytes[3], uint8_t(SemtechType::PullAck));
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
