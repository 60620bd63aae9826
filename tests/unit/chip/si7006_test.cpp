#include "chip/si7006.h"

#include <gtest/gtest.h>

namespace pyfw::chip {
namespace {

double celsiusOf(const std::vector<uint8_t>& d) { return 175.72 * ((d[0] << 8) | d[1]) / 65536 - 46.85; }
double humidityOf(const std::vector<uint8_t>& d) { return 125.0 * ((d[0] << 8) | d[1]) / 65536 - 6; }

TEST(Si7006, MeasuresTemperatureAndHumidityWithTheirCrc) {
    Si7006 sensor;
    ASSERT_TRUE(sensor.write({0xF3}, 21.5, 40));
    auto t = sensor.read(3);
    EXPECT_NEAR(celsiusOf(t), 21.5, 0.02);
    EXPECT_EQ(t[2], Si7006::crc8(t.data(), 2));
    EXPECT_EQ(t[1] & 3, 0);
    ASSERT_TRUE(sensor.write({0xE5}, 21.5, 40));
    auto rh = sensor.read(3);
    EXPECT_NEAR(humidityOf(rh), 40, 0.01);
    // The temperature of that humidity measurement, without CRC.
    ASSERT_TRUE(sensor.write({0xE0}, 99, 99));
    auto again = sensor.read(2);
    EXPECT_NEAR(celsiusOf(again), 21.5, 0.02);
}

TEST(Si7006, CrcMatchesTheDatasheetPolynomial) {
    // CRC-8, x^8 + x^5 + x^4 + 1, initial 0 (Sensirion's is the same polynomial from 0xFF, which
    // gives its datasheet's 0x92 for 0xBEEF: starting from 0xFF is prepending 0xFF's effect).
    const uint8_t bytes[] = {0xBE, 0xEF};
    EXPECT_EQ(Si7006::crc8(bytes, 2), 0x13);
    const uint8_t sensirion[] = {0xFF ^ 0xBE, 0xEF};   // the initial 0xFF folded into the first byte
    EXPECT_EQ(Si7006::crc8(sensirion, 2), 0x92);
}

TEST(Si7006, UserRegisterIdAndRevision) {
    Si7006 sensor;
    ASSERT_TRUE(sensor.write({0xE7}, 0, 0));
    EXPECT_EQ(sensor.read(1)[0], 0x3A);
    ASSERT_TRUE(sensor.write({0xFC, 0xC9}, 0, 0));
    EXPECT_EQ(sensor.read(1)[0], 0x06);   // SNB_3: Si7006
    ASSERT_TRUE(sensor.write({0x84, 0xB8}, 0, 0));
    EXPECT_EQ(sensor.read(1)[0], 0x20);
    EXPECT_FALSE(sensor.write({0x42}, 0, 0));
    EXPECT_FALSE(sensor.write({0xFC}, 0, 0));
    // Reading past what the command prepared gives the idle bus.
    ASSERT_TRUE(sensor.write({0x84, 0xB8}, 0, 0));
    EXPECT_EQ(sensor.read(3), (std::vector<uint8_t>{0x20, 0xFF, 0xFF}));
}

TEST(Si7006, ReadingsOutsideTheRangeClampToTheCodeRange) {
    EXPECT_EQ(Si7006::humidityCode(-100), 0);
    EXPECT_EQ(Si7006::humidityCode(1000), 0xFFFC);
}

}  // namespace
}  // namespace pyfw::chip
