// The frames against published ones with known inputs. Source: the open reverse-engineered Sigfox
// implementation "renard" (github.com/Jeija/renard, README.md and src/tests.c; the protocol is
// described in github.com/Jeija/renard-spec): one device, ID 004d33db with the key below.
//  - From that device and the Sigfox network: four uplinks of "Hello World" (their bytes after
//    the frame type: flags and counter, ID, payload, UL-AUTH; with the CRC-16 of those bytes),
//    an AES-128-CBC run over a fifth one, and two downlinks the network sent it (one copy with a
//    bit error), with the counters of the uplinks that asked for them.
//  - Made by renard (whose frames the network and a Pycom SiPy accept): the three frames of a
//    4-byte message, a bit message asking for a downlink, and a downlink.
// Pycom's own firmware carries one more real frame (device 00187d74, counter 0xdc3, payload aaaa)
// for its manual transmit test; only its CRC can be checked without that device's key.
#include <gtest/gtest.h>

#include "sigfox/downlink_frame.h"
#include "sigfox/uplink_frame.h"

namespace pyfw::sigfox {
namespace {

constexpr uint32_t kDevice = 0x004D33DB;
const DeviceKey kKey{0x47, 0x9E, 0x44, 0x80, 0xFD, 0x75, 0x96, 0xD4, 0x5B, 0x01, 0x22, 0xFD, 0x28, 0x2D, 0xB3, 0xCF};

base::Bytes bytesOf(std::string_view hex) { return base::fromHex(hex).value(); }

std::string frameHex(const Uplink& uplink, int rank) {
    auto frame = buildUplinkFrame(uplink, kKey, rank);
    EXPECT_TRUE(frame.ok());
    return frame.ok() ? base::toHex(*frame) : std::string();
}

Uplink message(uint16_t counter, std::string_view payloadHex) {
    Uplink uplink;
    uplink.deviceId = kDevice;
    uplink.counter = counter;
    uplink.payload = bytesOf(payloadHex);
    return uplink;
}

TEST(SigfoxPublishedVectors, TheThreeFramesOfAFourByteMessage) {
    const Uplink uplink = message(0x1A0, "abad1dea");
    const char* expected[kFrameRanks] = {"aaaaa35f01a0db334d00abad1deadc32758a", "aaaaa5980118806638c0d490d4650527d22d",
                                         "aaaaa5a301c8edff9e4081465a906b3ee8e8"};
    for (int rank = 0; rank < kFrameRanks; ++rank) {
        EXPECT_EQ(frameHex(uplink, rank), expected[rank]) << "rank " << rank;
        auto parsed = parseUplinkFrame(bytesOf(expected[rank]));
        ASSERT_TRUE(parsed.ok()) << parsed.error().message;
        EXPECT_EQ(parsed->rank, rank);
        EXPECT_EQ(parsed->uplink.deviceId, kDevice);
        EXPECT_EQ(parsed->uplink.counter, 0x1A0);
        EXPECT_EQ(base::toHex(parsed->uplink.payload), "abad1dea");
        EXPECT_TRUE(isAuthentic(*parsed, kKey));
    }
}

TEST(SigfoxPublishedVectors, ABitMessageAskingForADownlink) {
    Uplink bit = message(0x1A1, "");
    bit.kind = UplinkKind::Bit;
    bit.bit = true;
    bit.downlinkRequest = true;
    EXPECT_EQ(frameHex(bit, 0), "aaaaa06be1a1db334d0000b0c090");
    auto parsed = parseUplinkFrame(bytesOf("aaaaa06be1a1db334d0000b0c090"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->uplink.kind, UplinkKind::Bit);
    EXPECT_TRUE(parsed->uplink.bit);
    EXPECT_TRUE(parsed->uplink.downlinkRequest);
}

TEST(SigfoxPublishedVectors, UplinksOfHelloWorldFromTheDevice) {
    struct Captured {
        uint16_t counter;
        const char* afterType;   // flags/counter .. UL-AUTH, as the device sent them
        uint16_t crc;            // the CRC-16 of those bytes (the frame carries its complement)
    };
    const Captured captured[] = {
        {0x0BD, "40bddb334d0048656c6c6f20576f726c64f42eb4", 0x32C0},
        {0x0CE, "40cedb334d0048656c6c6f20576f726c642f4c1e", 0x3DDE},
        {0x0BB, "40bbdb334d0048656c6c6f20576f726c64417081", 0x8889},
        {0x0D0, "40d0db334d0048656c6c6f20576f726c64396caa", 0x69C7},
    };
    for (const Captured& c : captured) {
        const base::Bytes fields = bytesOf(c.afterType);
        EXPECT_EQ(crc16(fields), c.crc);
        auto frame = buildUplinkFrame(message(c.counter, "48656c6c6f20576f726c64"), kKey, 0);
        ASSERT_TRUE(frame.ok());
        ASSERT_EQ(frame->size(), 4 + fields.size() + 2);
        EXPECT_EQ(base::toHex(base::ByteView(frame->data(), 4)), "aaaaa94c");
        EXPECT_EQ(base::toHex(base::ByteView(frame->data() + 4, fields.size())), c.afterType);
        const uint16_t sent = uint16_t(~c.crc);
        EXPECT_EQ((*frame)[frame->size() - 2], uint8_t(sent >> 8));
        EXPECT_EQ((*frame)[frame->size() - 1], uint8_t(sent));
    }
}

TEST(SigfoxPublishedVectors, UplinkAuthRunsTheCbcMacOverTheRepeatedFields) {
    // The 17 covered bytes of counter 0x0d1 fill two AES blocks by repetition; the second block of
    // the published ciphertext starts 2d d0 a9, the 3-byte UL-AUTH of an 11-byte payload.
    const base::Bytes covered = bytesOf("40d1db334d0048656c6c6f20576f726c64");
    EXPECT_EQ(base::toHex(uplinkAuth(kKey, covered, 11, 3)), "2dd0a9");
    EXPECT_EQ(base::toHex(uplinkAuth(kKey, covered, 11, 16)), "2dd0a9aab9b59e4ac696324f1f57639c");
}

TEST(SigfoxPublishedVectors, DownlinkCrc8) {
    EXPECT_EQ(crc8(bytesOf("deadbeefdeadbeef973c")), 0xF2);
    EXPECT_EQ(crc8(bytesOf("deadbeefdeadbeefada0")), 0x43);
}

TEST(SigfoxPublishedVectors, DownlinksFromTheNetworkAndFromRenard) {
    struct Downlink {
        uint16_t counter;
        const char* frame;
        const char* payload;
    };
    const Downlink downlinks[] = {
        {0x16B, "ca2ef52c827281a943a4a7ea76487c", "deadbeefdeadbeef"},   // sent by the network
        {0x146, "e0e78f505f33fddda78299b49679c1", "0000330d0000ffc5"},   // sent by the network
        {0x1A1, "3516816cc7ce125ef60d5b6d78c1c1", "deadbeef02468ace"},   // made by renard
    };
    for (const Downlink& d : downlinks) {
        DownlinkFrame frame{};
        const base::Bytes bytes = bytesOf(d.frame);
        std::copy(bytes.begin(), bytes.end(), frame.begin());
        auto payload = decodeDownlinkFrame(frame, kDevice, d.counter, kKey);
        ASSERT_TRUE(payload) << d.frame;
        EXPECT_EQ(base::toHex(*payload), d.payload);
        DownlinkPayload plain{};
        const base::Bytes wanted = bytesOf(d.payload);
        std::copy(wanted.begin(), wanted.end(), plain.begin());
        EXPECT_EQ(base::toHex(buildDownlinkFrame(kDevice, d.counter, plain, kKey)), d.frame);
        EXPECT_FALSE(decodeDownlinkFrame(frame, kDevice, uint16_t(d.counter + 1), kKey));
    }
    // The second one as it was received: five bits wrong, each in a bit column of its own; the ECC mends it.
    DownlinkFrame damaged{};
    const base::Bytes bytes = bytesOf("e0e78f507f33fddda78299b49979c1");
    std::copy(bytes.begin(), bytes.end(), damaged.begin());
    auto mended = decodeDownlinkFrame(damaged, kDevice, 0x146, kKey);
    ASSERT_TRUE(mended);
    EXPECT_EQ(base::toHex(*mended), "0000330d0000ffc5");
}

TEST(SigfoxPublishedVectors, PycomsManualTransmitFrameParses) {
    auto parsed = parseUplinkFrame(bytesOf("aaaaa35f8dc3747d1800aaaab8015a5f534c"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->uplink.deviceId, 0x00187D74u);
    EXPECT_EQ(parsed->uplink.counter, 0xDC3);
    EXPECT_EQ(base::toHex(parsed->uplink.payload), "aaaa");
    EXPECT_EQ(parsed->auth.size(), 4u);
}

}  // namespace
}  // namespace pyfw::sigfox
