// Time on air of a LoRa or FSK frame, by the SX1276 datasheet formula that LoRaMac-node and Pycom
// use (SX1276GetTimeOnAir). Integer microseconds, exact for every SF/BW/CR combination.
#pragma once

#include <cstdint>

#include "lorawan/region.h"

namespace pyfw::lorawan {

struct Modulation {
    uint8_t spreadingFactor = 7;  // 6..12; 0xFF = FSK 50 kbps
    uint16_t bandwidthKhz = 125;  // 125, 250, 500
    uint8_t codingRate = 1;       // 1..4 for 4/5..4/8
    uint16_t preambleSymbols = 8;
    bool crc = true;              // uplinks carry a payload CRC, downlinks do not
    bool implicitHeader = false;
};

Modulation modulationFor(const DataRate& rate, bool uplink);
uint32_t timeOnAirUs(const Modulation& modulation, uint32_t payloadBytes);
// Rounded up to whole milliseconds, as Pycom's stats().tx_time_on_air reports it.
uint32_t timeOnAirMs(const Modulation& modulation, uint32_t payloadBytes);
// Duration of one LoRa symbol in microseconds.
uint32_t symbolTimeUs(const Modulation& modulation);

}  // namespace pyfw::lorawan
