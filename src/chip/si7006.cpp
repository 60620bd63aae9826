#include "chip/si7006.h"

#include <algorithm>
#include <cmath>

namespace pyfw::chip {

namespace {

// Datasheet: T = 175.72 * code / 65536 - 46.85; RH = 125 * code / 65536 - 6. The two low bits of
// a measurement are status bits, read as zero.
uint16_t toCode(double value) {
    double code = std::clamp(std::round(value), 0.0, 65535.0);
    return uint16_t(uint16_t(code) & 0xFFFC);
}

std::vector<uint8_t> withCrc(uint16_t code) {
    std::vector<uint8_t> out{uint8_t(code >> 8), uint8_t(code & 0xFF)};
    out.push_back(Si7006::crc8(out.data(), 2));
    return out;
}

}  // namespace

uint16_t Si7006::temperatureCode(double celsius) { return toCode((celsius + 46.85) * 65536 / 175.72); }
uint16_t Si7006::humidityCode(double humidity) { return toCode((humidity + 6) * 65536 / 125); }

uint8_t Si7006::crc8(const uint8_t* data, size_t size) {
    uint8_t crc = 0;
    for (size_t i = 0; i < size; ++i) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; ++bit) crc = uint8_t(crc & 0x80 ? (crc << 1) ^ 0x31 : crc << 1);
    }
    return crc;
}

bool Si7006::write(const std::vector<uint8_t>& bytes, double celsius, double humidity) {
    if (bytes.empty()) return true;   // an address probe
    output_.clear();
    switch (bytes[0]) {
    case 0xE3:   // measure temperature, hold master
    case 0xF3:   // no hold
        lastTemperatureCode_ = temperatureCode(celsius);
        output_ = withCrc(lastTemperatureCode_);
        return true;
    case 0xE5:   // measure humidity (measures the temperature too)
    case 0xF5:
        lastTemperatureCode_ = temperatureCode(celsius);
        output_ = withCrc(humidityCode(humidity));
        return true;
    case 0xE0:   // the temperature of the last humidity measurement, without CRC
        output_ = {uint8_t(lastTemperatureCode_ >> 8), uint8_t(lastTemperatureCode_ & 0xFF)};
        return true;
    case 0xE7:
        output_ = {userRegister_};
        return true;
    case 0xE6:
        if (bytes.size() < 2) return false;
        userRegister_ = uint8_t((bytes[1] & 0x85) | 0x3A);   // the reserved bits keep their values
        return true;
    case 0xFE:
        userRegister_ = 0x3A;
        return true;
    case 0xFA:   // electronic ID, first part (SNA with CRCs)
        if (bytes.size() < 2 || bytes[1] != 0x0F) return false;
        output_ = {0x12, 0, 0x34, 0, 0x56, 0, 0x78, 0};
        return true;
    case 0xFC:   // second part: SNB_3 = 0x06 names the Si7006
        if (bytes.size() < 2 || bytes[1] != 0xC9) return false;
        output_ = {0x06, 0x00, 0, 0xFF, 0xFF, 0};
        return true;
    case 0x84:   // firmware revision 2.0
        if (bytes.size() < 2 || bytes[1] != 0xB8) return false;
        output_ = {0x20};
        return true;
    default:
        return false;
    }
}

std::vector<uint8_t> Si7006::read(size_t count) {
    std::vector<uint8_t> out(count, 0xFF);
    std::copy_n(output_.begin(), std::min(count, output_.size()), out.begin());
    return out;
}

}  // namespace pyfw::chip
