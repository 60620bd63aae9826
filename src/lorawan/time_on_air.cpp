#include "lorawan/time_on_air.h"

#include <algorithm>

namespace pyfw::lorawan {

Modulation modulationFor(const DataRate& rate, bool uplink) {
    Modulation m;
    m.spreadingFactor = rate.spreadingFactor;
    m.bandwidthKhz = rate.bandwidthKhz;
    m.crc = uplink;
    return m;
}

uint32_t symbolTimeUs(const Modulation& m) {
    if (m.spreadingFactor == 0xFF || m.bandwidthKhz == 0) return 0;
    return (uint32_t(1) << m.spreadingFactor) * 1000u / m.bandwidthKhz;
}

uint32_t timeOnAirUs(const Modulation& m, uint32_t payloadBytes) {
    if (m.spreadingFactor == 0xFF) {
        // FSK as LoRaMac configures it: 5-byte preamble, 3-byte sync word, length byte, CRC-16.
        uint32_t bits = 8 * (5 + 3 + 1 + payloadBytes + 2);
        return bits * 20;  // 50 kbit/s
    }
    const int sf = m.spreadingFactor;
    const bool lowRateOptimize = (m.bandwidthKhz == 125 && sf >= 11) || (m.bandwidthKhz == 250 && sf == 12);
    const int numerator = 8 * int(payloadBytes) - 4 * sf + 28 + (m.crc ? 16 : 0) - (m.implicitHeader ? 20 : 0);
    const int denominator = 4 * (sf - (lowRateOptimize ? 2 : 0));
    const int blocks = numerator > 0 ? (numerator + denominator - 1) / denominator : 0;
    const uint32_t payloadSymbols = 8 + uint32_t(std::max(blocks, 0)) * (m.codingRate + 4);
    const uint32_t ts = symbolTimeUs(m);
    // Preamble lasts (n + 4.25) symbols; ts is a multiple of 4 µs for every SF >= 6.
    const uint32_t preambleUs = (4 * m.preambleSymbols + 17) * ts / 4;
    return preambleUs + payloadSymbols * ts;
}

uint32_t timeOnAirMs(const Modulation& m, uint32_t payloadBytes) { return (timeOnAirUs(m, payloadBytes) + 999) / 1000; }

}  // namespace pyfw::lorawan
