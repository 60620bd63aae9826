#include "port/fs/fat_time.h"

#include <gtest/gtest.h>

using namespace pyfw::port::fs;

TEST(FatTime, RoundTripsInTwoSecondSteps) {
    int64_t t = 1700000001;   // 2023-11-14 22:13:21
    auto stamp = fatTimestamp(t);
    EXPECT_EQ(stamp.date, uint16_t(((2023 - 1980) << 9) | (11 << 5) | 14));
    EXPECT_EQ(stamp.time, uint16_t((22 << 11) | (13 << 5) | 10));
    EXPECT_EQ(unixSeconds(stamp.date, stamp.time), t - 1);
}

TEST(FatTime, ClampsToFatsRange) {
    auto early = fatTimestamp(0);
    EXPECT_EQ(early.date, 0x21);   // 1980-01-01
    EXPECT_EQ(early.time, 0);
    auto late = fatTimestamp(int64_t(1) << 40);
    EXPECT_EQ(late.date >> 9, 127);
    EXPECT_EQ(unixSeconds(late.date, late.time), 4354819198);   // 2107-12-31 23:59:58
}

TEST(FatTime, ZeroFieldsStillGiveATime) {
    EXPECT_EQ(unixSeconds(0, 0), 312768000);   // month 0, day 0: 1979-11-30, as mktime normalises
}
