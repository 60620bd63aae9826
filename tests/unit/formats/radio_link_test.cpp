// The radio link codec: every message survives a round trip, a stream is split into messages
// whatever the reads cut, and bad bytes are refused with the field they broke.
#include <gtest/gtest.h>

#include <cmath>

#include "formats/radio_link.h"

using namespace pyfw;
using namespace pyfw::formats;

namespace {

RadioParams loraParams() {
    RadioParams p;
    p.frequencyHz = 868300000;
    p.spreadingFactor = 9;
    p.bandwidthKhz = 250;
    p.codingRate = 2;
    p.preambleSymbols = 12;
    p.invertedIq = true;
    p.publicSync = false;
    p.crc = false;
    return p;
}

RadioLinkMessage roundTrip(const RadioLinkMessage& m) {
    const base::Bytes wire = encodeRadioLink(m);
    EXPECT_EQ(base::readLe16(wire.data()), wire.size() - 2);
    auto back = decodeRadioLink(base::ByteView(wire).subspan(2));
    EXPECT_TRUE(back.ok()) << back.error().message;
    return back.ok() ? *back : RadioLinkMessage{LinkBye{}};
}

base::Bytes body(const RadioLinkMessage& m) {
    const base::Bytes wire = encodeRadioLink(m);
    return base::Bytes(wire.begin() + 2, wire.end());
}

}  // namespace

TEST(RadioLink, EveryMessageRoundTrips) {
    auto hello = std::get<LinkHello>(roundTrip(LinkHello{kRadioLinkVersion, "lopy4-a", 120.5, -30}));
    EXPECT_EQ(hello.name, "lopy4-a");
    EXPECT_EQ(hello.x, 120.5);
    EXPECT_EQ(hello.y, -30);
    auto tx = std::get<LinkTransmit>(roundTrip(LinkTransmit{77, loraParams(), -3, {1, 2, 3}}));
    EXPECT_EQ(tx.atUs, 77);
    EXPECT_EQ(tx.params, loraParams());
    EXPECT_EQ(tx.powerDbm, -3);
    EXPECT_EQ(tx.payload, (base::Bytes{1, 2, 3}));
    auto rx = std::get<LinkReceive>(roundTrip(LinkReceive{1, loraParams(), 5000000000ll, 12345}));
    EXPECT_EQ(rx.openUs, 5000000000ll);
    EXPECT_EQ(rx.windowUs, 12345u);
    EXPECT_TRUE(std::holds_alternative<LinkStandby>(roundTrip(LinkStandby{5})));
    EXPECT_EQ(std::get<LinkIdle>(roundTrip(LinkIdle{10, kRadioLinkForever})).untilUs, kRadioLinkForever);
    EXPECT_TRUE(std::holds_alternative<LinkBye>(roundTrip(LinkBye{})));
    auto welcome = std::get<LinkWelcome>(roundTrip(LinkWelcome{kRadioLinkVersion, RadioLinkTime::Real, 77, 9}));
    EXPECT_EQ(welcome.time, RadioLinkTime::Real);
    EXPECT_EQ(welcome.station, 9u);
    EXPECT_EQ(std::get<LinkTxDone>(roundTrip(LinkTxDone{123})).timeUs, 123);
    auto done = std::get<LinkRxDone>(roundTrip(LinkRxDone{456, -117, -30, base::Bytes(255, 0xAB)}));
    EXPECT_EQ(done.rssiDbm, -117);
    EXPECT_EQ(done.snrQuarterDb, -30);
    EXPECT_EQ(done.payload.size(), 255u);
    EXPECT_EQ(std::get<LinkRxTimeout>(roundTrip(LinkRxTimeout{789})).timeUs, 789);
    EXPECT_EQ(std::get<LinkGrant>(roundTrip(LinkGrant{1011})).timeUs, 1011);
    EXPECT_EQ(std::get<LinkError>(roundTrip(LinkError{"no room"})).message, "no room");
    RadioParams fsk;
    fsk.spreadingFactor = 0xFF;
    fsk.bandwidthKhz = 0;
    EXPECT_EQ(std::get<LinkTransmit>(roundTrip(LinkTransmit{0, fsk, 14, {}})).params, fsk);
}

TEST(RadioLink, AStreamIsSplitIntoMessagesWhereverTheReadsCut) {
    base::Bytes stream;
    for (int i = 0; i < 20; ++i) base::append(stream, encodeRadioLink(LinkTxDone{i}));
    base::append(stream, encodeRadioLink(LinkRxDone{99, -80, 20, base::Bytes(100, 7)}));
    RadioLinkReader reader;
    std::vector<RadioLinkMessage> got;
    for (size_t at = 0; at < stream.size(); at += 3) {  // three bytes per read
        reader.feed(base::ByteView(stream).subspan(at, std::min<size_t>(3, stream.size() - at)));
        while (auto m = reader.next()) {
            ASSERT_TRUE(m->ok()) << m->error().message;
            got.push_back(m->value());
        }
    }
    ASSERT_EQ(got.size(), 21u);
    EXPECT_EQ(std::get<LinkTxDone>(got[19]).timeUs, 19);
    EXPECT_EQ(std::get<LinkRxDone>(got[20]).payload.size(), 100u);
}

TEST(RadioLink, BadMessagesAreRefusedWithTheFieldTheyBroke) {
    auto refused = [](base::Bytes bytes, const std::string& why) {
        auto m = decodeRadioLink(bytes);
        ASSERT_FALSE(m.ok()) << why;
        EXPECT_NE(m.error().message.find(why), std::string::npos) << m.error().message;
    };
    refused({}, "empty");
    refused({0x7F}, "unknown message type");
    base::Bytes bye = body(LinkBye{});
    bye.push_back(0);
    refused(bye, "bytes after the end");
    base::Bytes idle = body(LinkIdle{1, 5});
    idle.pop_back();
    refused(idle, "ends inside its idle time");
    refused(body(LinkIdle{-1, 5}), "call time is negative");
    refused(body(LinkIdle{9, 5}), "idle time is before the call time");
    RadioParams p = loraParams();
    p.spreadingFactor = 13;
    refused(body(LinkTransmit{0, p, 14, {}}), "spreading factor");
    p = loraParams();
    p.frequencyHz = 50000000;
    refused(body(LinkReceive{0, p, 0, 0}), "frequency");
    p = loraParams();
    p.bandwidthKhz = 300;
    refused(body(LinkReceive{0, p, 0, 0}), "bandwidth");
    p = loraParams();
    p.codingRate = 0;
    refused(body(LinkReceive{0, p, 0, 0}), "coding rate");
    refused(body(LinkTransmit{0, loraParams(), 31, {}}), "power");
    base::Bytes tx = body(LinkTransmit{0, loraParams(), 14, {}});
    tx[19] |= 0x80;  // the flags byte: type, time 8, then frequency 4, SF 1, bandwidth 2, CR 1, preamble 2
    refused(tx, "flag");
    base::Bytes longPayload = body(LinkTransmit{0, loraParams(), 14, {1}});
    longPayload[21] = 0xFF;  // after the flags and the power: claims 255 bytes, has 1
    refused(longPayload, "ends inside its payload");
    refused(body(LinkHello{kRadioLinkVersion, "", 0, 0}), "name");
    refused(body(LinkHello{kRadioLinkVersion, "bad\nname", 0, 0}), "name");
    refused(body(LinkHello{kRadioLinkVersion, "a", std::nan(""), 0}), "position");
    refused(body(LinkHello{kRadioLinkVersion, "a", 1e12, 0}), "position");
    base::Bytes welcome = body(LinkWelcome{kRadioLinkVersion, RadioLinkTime::Real, 0, 0});
    welcome[2] = 7;
    refused(welcome, "time mode");
    // A length beyond the limit stops the reader: the stream cannot be trusted after it.
    RadioLinkReader reader;
    const uint8_t huge[] = {0xFF, 0xFF, 1};
    reader.feed(huge);
    auto m = reader.next();
    ASSERT_TRUE(m.has_value());
    EXPECT_FALSE(m->ok());
}
