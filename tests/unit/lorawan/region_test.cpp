// Region tables and the facts derived from them, against RP 1.0.2rB and the SX1276 formula.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "lorawan/channel_plan.h"
#include "lorawan/region.h"
#include "lorawan/time_on_air.h"

using namespace pyfw::lorawan;

namespace {
uint32_t toaUs(const Region& r, uint8_t dr, uint32_t bytes, bool uplink = true) {
    return timeOnAirUs(modulationFor(r.dataRates[dr], uplink), bytes);
}
}  // namespace

TEST(TimeOnAir, SemtechCalculatorValues) {
    const Region& eu = region(RegionId::EU868);
    const Region& us = region(RegionId::US915);
    EXPECT_EQ(toaUs(eu, 5, 13), 46336u);      // SF7/125
    EXPECT_EQ(toaUs(eu, 0, 13), 1155072u);    // SF12/125, low data rate optimisation on
    EXPECT_EQ(toaUs(eu, 3, 51), 328704u);     // SF9/125
    EXPECT_EQ(toaUs(us, 4, 20), 25728u);      // SF8/500
    EXPECT_EQ(toaUs(eu, 2, 17, false), 329728u);  // a join accept at SF10, no CRC
    EXPECT_EQ(toaUs(eu, 7, 13), 3840u);       // FSK 50 kbit/s
    EXPECT_EQ(timeOnAirMs(modulationFor(eu.dataRates[5], true), 13), 47u);
    Modulation cr48 = modulationFor(eu.dataRates[5], true);
    cr48.codingRate = 4;
    EXPECT_EQ(timeOnAirUs(cr48, 13), 12544u + (8 + 5 * 8) * 1024u);
}

TEST(TimeOnAir, EverySpreadingFactorBandwidthAndCodingRateFollowsTheDatasheet) {
    // The SX1276 datasheet formula (§4.1.1.7) in floating point, with low data rate optimisation
    // wherever a symbol lasts 16 ms or more, against the integer implementation.
    auto datasheetUs = [](int sf, int bwKhz, int cr, int preamble, bool crc, bool implicitHeader, int bytes) {
        const double symbolS = double(1 << sf) / (bwKhz * 1000.0);
        const int de = symbolS >= 0.016 ? 1 : 0;
        const double blocks = std::ceil(double(8 * bytes - 4 * sf + 28 + 16 * crc - 20 * implicitHeader) / (4.0 * (sf - 2 * de)));
        const double payloadSymbols = 8 + std::max(blocks * (cr + 4), 0.0);
        return std::llround(((preamble + 4.25) + payloadSymbols) * symbolS * 1e6);
    };
    int checked = 0;
    for (int sf = 6; sf <= 12; ++sf)
        for (int bw : {125, 250, 500})
            for (int cr = 1; cr <= 4; ++cr)
                for (bool crc : {false, true})
                    for (bool implicitHeader : {false, true})
                        for (int bytes : {0, 1, 5, 13, 51, 115, 222, 242, 255}) {
                            Modulation m;
                            m.spreadingFactor = uint8_t(sf);
                            m.bandwidthKhz = uint16_t(bw);
                            m.codingRate = uint8_t(cr);
                            m.crc = crc;
                            m.implicitHeader = implicitHeader;
                            m.preambleSymbols = uint16_t(sf == 6 ? 12 : 8);
                            ASSERT_EQ(int64_t(timeOnAirUs(m, uint32_t(bytes))),
                                      datasheetUs(sf, bw, cr, m.preambleSymbols, crc, implicitHeader, bytes))
                                << "SF" << sf << " BW" << bw << " CR4/" << cr + 4 << " crc " << crc << " implicit "
                                << implicitHeader << " " << bytes << " bytes";
                            ++checked;
                        }
    EXPECT_EQ(checked, 7 * 3 * 4 * 2 * 2 * 9);
}

TEST(Region, Rx1DataRateTables) {
    const Region& eu = region(RegionId::EU868);
    const Region& us = region(RegionId::US915);
    const Region& au = region(RegionId::AU915);
    const Region& as = region(RegionId::AS923);
    EXPECT_EQ(rx1DataRate(eu, 5, 2, false), 3);
    EXPECT_EQ(rx1DataRate(eu, 1, 3, false), 0);
    EXPECT_EQ(rx1DataRate(us, 0, 0, false), 10);
    EXPECT_EQ(rx1DataRate(us, 0, 3, false), 8);
    EXPECT_EQ(rx1DataRate(us, 4, 0, false), 13);
    EXPECT_EQ(rx1DataRate(us, 4, 3, false), 11);
    EXPECT_EQ(rx1DataRate(au, 0, 0, false), 8);
    EXPECT_EQ(rx1DataRate(au, 5, 0, false), 13);
    EXPECT_EQ(rx1DataRate(au, 6, 5, false), 9);
    EXPECT_EQ(rx1DataRate(as, 4, 6, false), 5);  // offset 6 means one DR up
    EXPECT_EQ(rx1DataRate(as, 2, 7, false), 4);  // offset 7: two up
    EXPECT_EQ(rx1DataRate(as, 2, 2, true), 2);   // downlink dwell floors at DR2
    EXPECT_EQ(rx1DataRate(as, 2, 2, false), 0);
}

TEST(Region, PayloadLimitsPowerAndJoinRules) {
    const Region& eu = region(RegionId::EU868);
    const Region& us = region(RegionId::US915);
    const Region& as = region(RegionId::AS923);
    EXPECT_EQ(maxPayload(eu, 0, false), 51);
    EXPECT_EQ(maxPayload(eu, 3, false), 115);
    EXPECT_EQ(maxPayload(us, 0, false), 11);
    EXPECT_EQ(maxPayload(us, 8, false), 53);
    EXPECT_EQ(maxPayload(as, 2, true), 11);
    EXPECT_EQ(maxPayload(as, 1, true), 0);
    EXPECT_EQ(lowestUplinkDr(as, true), 2);
    EXPECT_EQ(lowestUplinkDr(as, false), 0);
    EXPECT_FALSE(validUplinkDr(us, 5));
    EXPECT_TRUE(validDownlinkDr(us, 13));
    EXPECT_EQ(txPowerDbm(eu, 0, eu.maxEirpDbm), 16);
    EXPECT_EQ(txPowerDbm(eu, 7, eu.maxEirpDbm), 2);
    EXPECT_EQ(txPowerDbm(us, 10, us.maxEirpDbm), 10);
    EXPECT_EQ(maxEirpFromCode(5), 16);
    EXPECT_EQ(region(RegionId::AU915).defaultJoinDr, 6);
    EXPECT_EQ(us.defaultJoinDr, 4);
    EXPECT_EQ(as.allowedJoinDrs, 1u << 2);
    EXPECT_EQ(bandFor(eu, 869525000)->dutyCycleInverse, 10);
    EXPECT_EQ(bandFor(eu, 868100000)->dutyCycleInverse, 100);
    EXPECT_EQ(regionFromName("AU915"), RegionId::AU915);
    EXPECT_FALSE(regionFromName("CN470"));
}

TEST(ChannelPlan, FixedGridFrequenciesAndMasks) {
    const Region& us = region(RegionId::US915);
    ChannelPlan plan;
    plan.reset(us);
    EXPECT_EQ(plan.channel(8).frequencyHz, 903900000u);
    EXPECT_EQ(plan.channel(65).frequencyHz, 904600000u);
    EXPECT_EQ(plan.channel(9).rx1FrequencyHz, 923900000u);
    EXPECT_EQ(plan.channel(65).rx1FrequencyHz, 923900000u);
    const MaskCommand rfu[] = {{0xFFFF, 5}};
    EXPECT_FALSE(plan.maskAfter(us, rfu).has_value());  // ChMaskCntl 5 is RFU in RP 1.0.2rB
    const MaskCommand allOff[] = {{0x0000, 7}};
    EXPECT_FALSE(plan.maskAfter(us, allOff).has_value());  // nothing left enabled
    EXPECT_TRUE(plan.removeChannel(us, 0));
    EXPECT_FALSE(plan.enabled(0));
    // Each channel is used once per cycle through the mask.
    std::set<uint8_t> seen;
    for (int i = 0; i < 71; ++i) seen.insert(*plan.pick(0, uint32_t(i * 7919), [](uint32_t) { return true; }));
    EXPECT_EQ(seen.size(), 63u);
}

TEST(ChannelPlan, DynamicPlanRules) {
    const Region& eu = region(RegionId::EU868);
    ChannelPlan plan;
    plan.reset(eu);
    const uint32_t cf[] = {867100000, 0, 867500000, 0, 0};
    plan.applyCfList(eu, cf);
    EXPECT_TRUE(plan.enabled(3));
    EXPECT_FALSE(plan.enabled(4));
    EXPECT_EQ(plan.newChannel(eu, 1, 868900000, 0, 5), 0);            // default channels are fixed
    EXPECT_EQ(plan.newChannel(eu, 8, 868900000, 0, 5), 0x03);
    EXPECT_EQ(plan.newChannel(eu, 9, 915000000, 0, 5), 0x02);         // outside the band
    EXPECT_EQ(plan.newChannel(eu, 9, 868900000, 5, 2), 0x01);         // min DR above max DR
    EXPECT_EQ(plan.setRx1Frequency(eu, 8, 869100000), 0x03);
    EXPECT_EQ(plan.setRx1Frequency(eu, 12, 869100000), 0x01);         // no uplink channel 12
    EXPECT_FALSE(plan.removeChannel(eu, 0));
    EXPECT_TRUE(plan.addChannel(eu, 15, 867900000, 0, 5));
    const MaskCommand bad[] = {{0x0010, 0}};                           // channel 4 is not defined
    EXPECT_FALSE(plan.maskAfter(eu, bad).has_value());
}
