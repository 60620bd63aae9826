#include <gtest/gtest.h>

#include "sigfox/uplink_frame.h"
#include "world/sigfox_backend.h"
#include "world/sigfox_base_station.h"

namespace pyfw::world {
namespace {

const sigfox::DeviceKey kKey{0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF, 0x00};
constexpr uint32_t kDevice = 0x001D3F0C;

base::Bytes frameOf(uint16_t counter, int rank, bool downlink = false, const sigfox::DeviceKey& key = kKey) {
    sigfox::Uplink uplink;
    uplink.deviceId = kDevice;
    uplink.counter = counter;
    uplink.downlinkRequest = downlink;
    uplink.payload = {0xCA, 0xFE, uint8_t(counter)};
    return *sigfox::buildUplinkFrame(uplink, key, rank);
}

std::unique_ptr<SigfoxBackend> backend() {
    auto opened = SigfoxBackend::open(":memory:");
    EXPECT_TRUE(opened.ok());
    EXPECT_TRUE((*opened)->registerDevice(kDevice, kKey).ok());
    return std::move(opened).value();
}

using Verdict = SigfoxBackend::Verdict;

Verdict receive(SigfoxBackend& b, base::ByteView frame) { return b.receive(frame, "RCZ1", 868130000, -110, 0).verdict; }

TEST(SigfoxBackend, AcceptsAMessageOnceAndItsRepeats) {
    auto b = backend();
    EXPECT_EQ(receive(*b, frameOf(7, 0)), Verdict::Accepted);
    EXPECT_EQ(receive(*b, frameOf(7, 1)), Verdict::Repeat);
    EXPECT_EQ(receive(*b, frameOf(7, 2)), Verdict::Repeat);
    EXPECT_EQ(receive(*b, frameOf(8, 1)), Verdict::Accepted);   // its first frame was lost
    auto listing = b->listing();
    ASSERT_TRUE(listing.ok());
    EXPECT_NE(listing->find("message 001d3f0c 7 data cafe07 RCZ1 868130000 Hz -110 dBm 3 frames"), std::string::npos);
}

TEST(SigfoxBackend, RefusesReplaysForgeriesAndStrangers) {
    auto b = backend();
    EXPECT_EQ(receive(*b, frameOf(100, 0)), Verdict::Accepted);
    EXPECT_EQ(receive(*b, frameOf(100, 0)), Verdict::Replay);    // the same frame again
    EXPECT_EQ(receive(*b, frameOf(99, 0)), Verdict::Replay);     // an older message
    EXPECT_EQ(receive(*b, frameOf(101, 0, false, sigfox::DeviceKey{})), Verdict::NotAuthentic);
    EXPECT_EQ(receive(*b, frameOf(101, 0)), Verdict::Accepted);  // the forgery did not move the counter
    base::Bytes garbage(20, 0x55);
    EXPECT_EQ(receive(*b, garbage), Verdict::Malformed);
    auto stranger = SigfoxBackend::open(":memory:");
    EXPECT_EQ(receive(**stranger, frameOf(1, 0)), Verdict::UnknownDevice);
}

TEST(SigfoxBackend, TheCounterWrapsAround) {
    auto b = backend();
    EXPECT_EQ(receive(*b, frameOf(4095, 0)), Verdict::Accepted);
    EXPECT_EQ(receive(*b, frameOf(0, 0)), Verdict::Accepted);
    EXPECT_EQ(receive(*b, frameOf(4095, 0)), Verdict::Replay);
}

TEST(SigfoxBackend, DeliversAQueuedDownlinkOnceThroughTheBaseStation) {
    auto b = backend();
    ASSERT_TRUE(b->queueDownlink(kDevice, {1, 2, 3, 4, 5, 6, 7, 8}).ok());
    SigfoxBaseStation station(*b);
    EXPECT_FALSE(station.hear(frameOf(5, 0, true), 915000000, 0, 2'000'000));   // outside every zone
    auto heard = station.hear(frameOf(5, 0, true), 868130000, 0, 2'000'000);
    ASSERT_TRUE(heard && heard->downlink);
    auto sent = station.downlinkBetween(869525000, 22'000'000, 47'000'000);
    ASSERT_TRUE(sent);
    EXPECT_EQ(sigfox::decodeDownlinkFrame(sent->frame, kDevice, 5, kKey), (sigfox::DownlinkPayload{1, 2, 3, 4, 5, 6, 7, 8}));
    EXPECT_FALSE(station.hear(frameOf(6, 0, true), 868130000, 60'000'000, 2'000'000)->downlink);   // nothing queued
}

TEST(SigfoxBaseStation, LogsCarriersInAZoneBandOnly) {
    auto b = backend();
    SigfoxBaseStation station(*b);
    station.carrierOn(868'130'000, 1'000'000);
    station.carrierOn(902'200'000, 6'000'000);   // a new one ends the one before
    station.carrierOff(8'500'000);
    station.carrierOn(915'000'000, 9'000'000);   // in no zone's uplink band: not heard
    station.carrierOff(10'000'000);
    station.carrierOn(920'800'000, 11'000'000);  // still on
    auto listing = b->listing();
    ASSERT_TRUE(listing.ok());
    EXPECT_NE(listing->find("carrier RCZ1 868130000 Hz -118 dBm from 1.000 s to 6.000 s\n"), std::string::npos) << *listing;
    EXPECT_NE(listing->find("carrier RCZ2 902200000 Hz -118 dBm from 6.000 s to 8.500 s\n"), std::string::npos);
    EXPECT_EQ(listing->find("915000000"), std::string::npos);
    EXPECT_NE(listing->find("carrier RCZ4 920800000 Hz -118 dBm from 11.000 s on\n"), std::string::npos);
}

}  // namespace
}  // namespace pyfw::world
