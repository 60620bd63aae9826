// The Si7006-A20 temperature and relative-humidity sensor of Pycom's Pysense board, at I2C address
// 0x40: the command set a driver uses (measure in hold and no-hold mode, the temperature of the
// last humidity measurement, the user register, the electronic ID, the firmware revision, reset),
// answering from the readings the outside gives it.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace pyfw::chip {

class Si7006 {
public:
    static constexpr uint8_t kAddress = 0x40;

    // A write transaction: a command and its parameter bytes. False when the chip would NACK.
    bool write(const std::vector<uint8_t>& bytes, double celsius, double humidity);
    // A read transaction of `count` bytes: what the last command prepared (0xFF beyond it).
    std::vector<uint8_t> read(size_t count);

    static uint16_t temperatureCode(double celsius);
    static uint16_t humidityCode(double humidity);
    // The CRC-8 the sensor appends (polynomial 0x31, initial value 0).
    static uint8_t crc8(const uint8_t* data, size_t size);

private:
    std::vector<uint8_t> output_;
    uint16_t lastTemperatureCode_ = 0;
    uint8_t userRegister_ = 0x3A;
};

}  // namespace pyfw::chip
