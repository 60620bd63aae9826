#include <gtest/gtest.h>

#include "sigfox/downlink_frame.h"
#include "sigfox/uplink_frame.h"

namespace pyfw::sigfox {
namespace {

const DeviceKey kKey{0x47, 0x9E, 0x44, 0x80, 0xFD, 0x70, 0x43, 0x0A, 0x6B, 0x1D, 0x3E, 0x26, 0x81, 0x18, 0x0B, 0x42};
const DeviceKey kOtherKey{1};

Uplink bytesUplink(size_t size, uint16_t counter = 0x123) {
    Uplink uplink;
    uplink.deviceId = 0x0012ABCD;
    uplink.counter = counter;
    for (size_t i = 0; i < size; ++i) uplink.payload.push_back(uint8_t(0x10 + i));
    return uplink;
}

TEST(SigfoxUplink, EveryPayloadSizeAndRankRoundTrips) {
    for (size_t size = 0; size <= kMaxUplinkPayload; ++size) {
        for (int rank = 0; rank < kFrameRanks; ++rank) {
            Uplink sent = bytesUplink(size);
            sent.downlinkRequest = size % 2;
            auto frame = buildUplinkFrame(sent, kKey, rank);
            ASSERT_TRUE(frame.ok()) << frame.error().message;
            auto received = parseUplinkFrame(*frame);
            ASSERT_TRUE(received.ok()) << size << "/" << rank << ": " << received.error().message;
            EXPECT_EQ(received->rank, rank);
            EXPECT_EQ(received->uplink.payload, sent.payload);
            EXPECT_EQ(received->uplink.deviceId, sent.deviceId);
            EXPECT_EQ(received->uplink.counter, sent.counter);
            EXPECT_EQ(received->uplink.downlinkRequest, sent.downlinkRequest);
            EXPECT_TRUE(isAuthentic(*received, kKey));
            EXPECT_FALSE(isAuthentic(*received, kOtherKey));
        }
    }
}

TEST(SigfoxUplink, LayoutFollowsTheSpecification) {
    auto one = buildUplinkFrame(bytesUplink(1), kKey, 0);
    ASSERT_TRUE(one.ok());
    // Preamble, frame type of the 1-byte class, LI 0 and counter 0x123, ID least significant first.
    EXPECT_EQ(base::toHex(base::ByteView(one->data(), 10)), "aaaaa08d0123cdab1200");
    EXPECT_EQ(one->size(), 4u + 6 + 1 + 2 + 2);
    // A class is always filled: 2 bytes of payload take a 4-byte UL-AUTH, 4 bytes a 2-byte one.
    EXPECT_EQ(buildUplinkFrame(bytesUplink(2), kKey, 0)->size(), 4u + 6 + 2 + 4 + 2);
    EXPECT_EQ(buildUplinkFrame(bytesUplink(4), kKey, 0)->size(), 4u + 6 + 4 + 2 + 2);
    EXPECT_EQ(buildUplinkFrame(bytesUplink(9), kKey, 0)->size(), 4u + 6 + 9 + 5 + 2);
    auto twelve = buildUplinkFrame(bytesUplink(12), kKey, 2);
    EXPECT_EQ(base::toHex(base::ByteView(twelve->data(), 4)), "aaaaa997");
    // Ranks 1 and 2 carry the same message under another code.
    EXPECT_NE(*buildUplinkFrame(bytesUplink(5), kKey, 0), *buildUplinkFrame(bytesUplink(5), kKey, 1));
}

TEST(SigfoxUplink, BitAndControlMessages) {
    Uplink bit = bytesUplink(0);
    bit.kind = UplinkKind::Bit;
    bit.bit = true;
    auto frame = buildUplinkFrame(bit, kKey, 1);
    ASSERT_TRUE(frame.ok());
    auto received = parseUplinkFrame(*frame);
    ASSERT_TRUE(received.ok());
    EXPECT_EQ(received->uplink.kind, UplinkKind::Bit);
    EXPECT_TRUE(received->uplink.bit);
    Uplink control = bytesUplink(7);
    control.kind = UplinkKind::Control;
    control.payload[0] = kControlKeepAlive;
    auto sealed = buildUplinkFrame(control, kKey, 0);
    ASSERT_TRUE(sealed.ok());
    EXPECT_EQ(base::toHex(base::ByteView(sealed->data(), 4)), "aaaaaf67");
    auto back = parseUplinkFrame(*sealed);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->uplink.kind, UplinkKind::Control);
    EXPECT_EQ(back->uplink.payload, control.payload);
}

TEST(SigfoxUplink, BadInputIsRefusedWithTheRule) {
    auto big = buildUplinkFrame(bytesUplink(13), kKey, 0);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().message, "an uplink carries at most 12 bytes, not 13");
    EXPECT_FALSE(buildUplinkFrame(bytesUplink(1, 4096), kKey, 0).ok());
    EXPECT_FALSE(buildUplinkFrame(bytesUplink(1), kKey, 3).ok());
    auto frame = *buildUplinkFrame(bytesUplink(6), kKey, 1);
    for (size_t at = 4; at < frame.size(); ++at) {
        base::Bytes damaged = frame;
        damaged[at] ^= 0x04;
        auto parsed = parseUplinkFrame(damaged);
        EXPECT_TRUE(!parsed.ok() || !isAuthentic(*parsed, kKey)) << "byte " << at;
    }
    base::Bytes cut(frame.begin(), frame.end() - 1);
    EXPECT_FALSE(parseUplinkFrame(cut).ok());
    frame[2] = 0x12;
    EXPECT_EQ(parseUplinkFrame(frame).error().message, "unknown frame type 0x12bf");
}

TEST(SigfoxDownlink, RoundTripsAndCorrectsOneErrorPerColumn) {
    DownlinkPayload payload{1, 2, 3, 4, 5, 6, 7, 8};
    DownlinkFrame frame = buildDownlinkFrame(0x0012ABCD, 0x123, payload, kKey);
    EXPECT_EQ(decodeDownlinkFrame(frame, 0x0012ABCD, 0x123, kKey), payload);
    for (int column = 0; column < 8; ++column) frame[(column * 5) % kDownlinkFrameSize] ^= uint8_t(1 << column);
    EXPECT_EQ(decodeDownlinkFrame(frame, 0x0012ABCD, 0x123, kKey), payload);
    EXPECT_FALSE(decodeDownlinkFrame(frame, 0x0012ABCD, 0x124, kKey));
    EXPECT_FALSE(decodeDownlinkFrame(frame, 0x0012ABCE, 0x123, kKey));
    EXPECT_FALSE(decodeDownlinkFrame(frame, 0x0012ABCD, 0x123, kOtherKey));
}

}  // namespace
}  // namespace pyfw::sigfox
