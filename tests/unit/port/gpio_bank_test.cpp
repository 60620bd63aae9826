#include "port/gpio_bank.h"

#include <gtest/gtest.h>

#include <vector>

namespace pyfw::port {
namespace {

constexpr int kP10 = 13, kP9 = 12, kP0 = 3;

struct Bench {
    base::VirtualClock clock;
    BoardTime time{clock};
    chip::GpioInputs inputs;
    BoardIo io{{}, inputs};
    GpioBank bank{io, time};
    std::vector<std::pair<int, int>> irqs;
    Bench() {
        bank.irqSink = [this](int gpio, int event) { irqs.emplace_back(gpio, event); };
    }
};

TEST(GpioBank, OutputChangesGoToTheLog) {
    Bench b;
    b.bank.configure(kP10, PinMode::Out, PinPull::None);
    b.bank.write(kP10, false);   // no change: no line
    b.clock.advanceUs(5);
    b.bank.write(kP10, true);
    b.bank.write(kP10, true);
    b.clock.advanceUs(5);
    b.bank.write(kP10, false);
    EXPECT_EQ(b.io.recorded(), (std::vector<std::string>{"5 P10 1", "10 P10 0"}));
    EXPECT_FALSE(b.bank.read(kP10));
}

TEST(GpioBank, InputsReadTheOutsideThenThePull) {
    Bench b;
    b.bank.configure(kP9, PinMode::In, PinPull::Up);
    EXPECT_TRUE(b.bank.read(kP9));
    b.inputs.drive(kP9, 100, chip::Drive::Low);
    b.clock.advanceUs(100);
    EXPECT_FALSE(b.bank.read(kP9));
    b.bank.configure(kP9, PinMode::In, PinPull::Down);
    b.inputs.drive(kP9, 200, chip::Drive::Released);
    b.clock.advanceUs(100);
    EXPECT_FALSE(b.bank.read(kP9));
    // Open drain: released high reads the line, driven low reads low.
    b.bank.configure(kP9, PinMode::OpenDrain, PinPull::Up);
    b.bank.write(kP9, true);
    EXPECT_TRUE(b.bank.read(kP9));
    b.bank.write(kP9, false);
    EXPECT_FALSE(b.bank.read(kP9));
    EXPECT_TRUE(b.io.recorded().empty() || b.io.recorded().back().ends_with("P9 0"));
}

TEST(GpioBank, EdgesFireTheTriggerAtTheirTime) {
    Bench b;
    b.bank.configure(kP9, PinMode::In, PinPull::Down);
    b.bank.setTrigger(kP9, kIrqBothEdges);
    b.inputs.holdHigh(kP9, 1000, 3000);
    b.bank.scheduleInputChanges();
    b.time.sleepUntil(5000);
    EXPECT_EQ(b.irqs, (std::vector<std::pair<int, int>>{{kP9, kIrqRising}, {kP9, kIrqFalling}}));
    // A level trigger already met fires at once; a rising-only trigger ignores falls.
    b.bank.setTrigger(kP9, kIrqLowLevel);
    EXPECT_EQ(b.irqs.back(), (std::pair<int, int>{kP9, kIrqLowLevel}));
    b.irqs.clear();
    b.bank.setTrigger(kP9, kIrqRising);
    b.inputs.holdHigh(kP9, 6000, 7000);
    b.bank.scheduleInputChanges();
    b.time.sleepUntil(8000);
    EXPECT_EQ(b.irqs, (std::vector<std::pair<int, int>>{{kP9, kIrqRising}}));
    b.bank.clearTriggers();
    EXPECT_EQ(b.bank.trigger(kP9), kIrqNone);
}

TEST(GpioBank, HeldPadsKeepTheirLevelThroughDeepSleep) {
    Bench b;
    chip::RtcMemory rtc;
    b.bank.configure(kP10, PinMode::Out, PinPull::None);
    b.bank.write(kP10, true);
    ASSERT_TRUE(b.bank.setHold(kP10, true));
    b.bank.write(kP10, false);
    EXPECT_TRUE(b.bank.read(kP10));
    EXPECT_FALSE(b.bank.setHold(kP0, true));   // not in the RTC domain
    b.bank.configure(kP0, PinMode::Out, PinPull::None);
    b.bank.write(kP0, true);
    b.bank.powerDown(rtc);
    // The next boot's bank finds the held pad high; the other one let go.
    GpioBank next(b.io, b.time);
    next.restoreHolds(rtc);
    EXPECT_TRUE(next.held(kP10));
    EXPECT_TRUE(next.read(kP10));
    EXPECT_FALSE(next.held(kP0));
    EXPECT_EQ(b.io.recorded(), (std::vector<std::string>{"0 P10 1", "0 P0 1", "0 P0 z"}));
}

}  // namespace
}  // namespace pyfw::port
