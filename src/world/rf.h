// Radio facts the simulated world needs: the SNR a LoRa demodulator needs per spreading factor
// (SX1276 datasheet) and the thermal noise floor.
#pragma once

#include <cmath>
#include <cstdint>

namespace pyfw::world {

inline double demodulationFloorDb(uint8_t spreadingFactor) {
    static constexpr double kFloor[13] = {0, 0, 0, 0, 0, 0, -5.0, -7.5, -10.0, -12.5, -15.0, -17.5, -20.0};
    return spreadingFactor <= 12 ? kFloor[spreadingFactor] : 10.0;  // FSK needs a clear signal
}

// The SNR a LoRa receiver reports saturates: its estimate stays within about -20..+10 dB however
// strong the signal, so a device next to a gateway reads +10 dB, not the 90 dB of its true ratio.
inline constexpr double kMaxMeasuredSnrDb = 10.0;

// kTB over the channel bandwidth plus the receiver's noise figure, in dBm.
inline double noiseFloorDbm(uint16_t bandwidthKhz, double noiseFigureDb = 6.0) {
    const double hz = bandwidthKhz ? bandwidthKhz * 1000.0 : 100000.0;
    return -174.0 + 10.0 * std::log10(hz) + noiseFigureDb;
}

}  // namespace pyfw::world
