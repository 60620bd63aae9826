#include "port/outside_events.h"

#include <gtest/gtest.h>

namespace pyfw::port {
namespace {

OutsideEvent parsed(std::string_view line) {
    auto event = parseOutsideLine(line);
    EXPECT_TRUE(event.ok()) << line << ": " << (event.ok() ? "" : event.error().message);
    EXPECT_TRUE(event.ok() && event->has_value()) << line;
    return event.ok() && *event ? **event : OutsideEvent{};
}

std::string refusal(std::string_view line) {
    auto event = parseOutsideLine(line);
    EXPECT_FALSE(event.ok()) << line;
    return event.ok() ? "" : event.error().message;
}

TEST(OutsideEvents, PinDrivesAtTheGivenTime) {
    OutsideEvent e = parsed("2500ms P10 1");
    EXPECT_EQ(e.kind, OutsideEvent::Kind::Drive);
    EXPECT_EQ(*e.atUs, 2'500'000u);
    EXPECT_EQ(e.gpio, 13);
    EXPECT_EQ(e.drive, chip::Drive::High);
    EXPECT_EQ(*parsed("1.5s P9 0").atUs, 1'500'000u);
    EXPECT_EQ(parsed("1.5s P9 0").drive, chip::Drive::Low);
    EXPECT_EQ(*parsed("300us P9 z").atUs, 300u);
    EXPECT_EQ(parsed("300us P9 z").drive, chip::Drive::Released);
    EXPECT_EQ(*parsed("  42 \tP9 1\r").atUs, 42'000u);
    EXPECT_FALSE(parsed("now P9 1").atUs.has_value());
}

TEST(OutsideEvents, VoltagesBatteryAndClimate) {
    OutsideEvent v = parsed("0 P16 1.35V");
    EXPECT_EQ(v.kind, OutsideEvent::Kind::Voltage);
    EXPECT_EQ(v.millivolts, 1350);
    EXPECT_EQ(parsed("0 P16 1350mV").millivolts, 1350);
    OutsideEvent b = parsed("1s battery 3.7V");
    EXPECT_EQ(b.kind, OutsideEvent::Kind::Battery);
    EXPECT_EQ(b.millivolts, 3700);
    EXPECT_EQ(batteryPinMillivolts(3700), 1211);
    OutsideEvent c = parsed("0 si7006 -5.5C 40%");
    EXPECT_EQ(c.kind, OutsideEvent::Kind::Climate);
    EXPECT_DOUBLE_EQ(c.celsius, -5.5);
    EXPECT_DOUBLE_EQ(c.humidity, 40);
}

TEST(OutsideEvents, CommentsAndBlankLinesAreNoEvents) {
    for (std::string_view line : {"", "   ", "# P10 1", "#"}) {
        auto event = parseOutsideLine(line);
        ASSERT_TRUE(event.ok());
        EXPECT_FALSE(event->has_value());
    }
}

TEST(OutsideEvents, BadLinesNameWhatIsWrong) {
    EXPECT_EQ(refusal("1s P9"), "expected TIME WHAT VALUE, e.g. '2500ms P10 1'");
    EXPECT_EQ(refusal("soon P9 1"), "invalid time (e.g. 2500ms, 1.5s, 300us, now) 'soon'");
    for (auto time : {"-1", "1e3", "0x10", "inf", "nan", "1..2", ".", "99999999999999999999999s"})
        EXPECT_NE(refusal(std::string(time) + " P9 1").find("invalid time"), std::string::npos) << time;
    EXPECT_EQ(refusal("1s P99 1"), "unknown pin or device (P0..P23, battery, si7006) 'P99'");
    EXPECT_EQ(refusal("1s P9 2"), "invalid level (0, 1, z or a voltage such as 1.35V) '2'");
    EXPECT_EQ(refusal("1s P9 1 extra"), "expected one value after 'P9'");
    EXPECT_NE(refusal("1s battery -1V").find("invalid battery voltage"), std::string::npos);
    EXPECT_NE(refusal("1s battery 101V").find("invalid battery voltage"), std::string::npos);
    EXPECT_NE(refusal("0 si7006 200C 40%").find("invalid temperature"), std::string::npos);
    EXPECT_NE(refusal("0 si7006 20C 101%").find("invalid relative humidity"), std::string::npos);
    EXPECT_NE(refusal("0 si7006 20C").find("expected TIME si7006"), std::string::npos);
}

}  // namespace
}  // namespace pyfw::port
