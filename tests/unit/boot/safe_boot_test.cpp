#include "boot/safe_boot.h"

#include <gtest/gtest.h>

using namespace pyfw;
using namespace pyfw::boot;

namespace {
SafeBootPin press(uint64_t startUs, uint64_t holdMs) {
    chip::GpioInputs gpio;
    base::VirtualClock clock(startUs);
    BootLog log(clock);
    gpio.holdHigh(chip::kSafeBootGpio, 0, holdMs * 1000);
    return readSafeBootPin(gpio, clock, log);
}
}  // namespace

TEST(SafeBootPin, HoldTimesSelectTheImage) {
    uint64_t sampledAt = 30'000;  // the bootloader reads the pin ~30 ms after power-on
    EXPECT_FALSE(press(sampledAt, 0).requested);
    EXPECT_FALSE(press(sampledAt, 100).requested);  // released before the 100 ms confirmation ends
    auto safe = press(sampledAt, 500);
    EXPECT_TRUE(safe.requested);
    EXPECT_EQ(safe.image, SafeBootImage::Active);
    EXPECT_EQ(press(sampledAt, 3000).image, SafeBootImage::Active);
    EXPECT_EQ(press(sampledAt, 3200).image, SafeBootImage::Previous);
    EXPECT_EQ(press(sampledAt, 6000).image, SafeBootImage::Previous);
    EXPECT_EQ(press(sampledAt, 6200).image, SafeBootImage::Factory);
}

TEST(SafeBootPin, WaitingAdvancesTheVirtualClock) {
    chip::GpioInputs gpio;
    base::VirtualClock clock;
    BootLog log(clock);
    gpio.holdHigh(chip::kSafeBootGpio, 0, 60'000'000);
    auto pin = readSafeBootPin(gpio, clock, log);
    EXPECT_EQ(pin.image, SafeBootImage::Factory);
    EXPECT_GE(clock.nowMs(), 6100u + 1500u);
    EXPECT_TRUE(log.contains("factory image selected"));
}
