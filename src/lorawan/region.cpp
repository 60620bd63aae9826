#include "lorawan/region.h"

#include <algorithm>

namespace pyfw::lorawan {

uint8_t rx1DataRate(const Region& r, uint8_t uplinkDr, uint8_t rx1DrOffset, bool downlinkDwell) {
    int offset = r.rx1OffsetTable[std::min<uint8_t>(rx1DrOffset, r.maxRx1Offset)];
    int dr = int(r.rx1DrBase) + int(uplinkDr) - offset;
    int floor = downlinkDwell ? r.rx1DrMinDwell : r.rx1DrMin;
    return uint8_t(std::clamp(dr, floor, int(r.rx1DrMax)));
}

bool validUplinkDr(const Region& r, uint8_t dr) {
    return dr >= r.minUplinkDr && dr <= r.maxUplinkDr && r.dataRates[dr].defined();
}

bool validDownlinkDr(const Region& r, uint8_t dr) { return dr < r.dataRates.size() && r.dataRates[dr].defined(); }

uint8_t maxPayload(const Region& r, uint8_t dr, bool uplinkDwell) {
    if (dr >= r.dataRates.size()) return 0;
    const DataRate& rate = r.dataRates[dr];
    return uplinkDwell ? rate.maxPayloadDwell : rate.maxPayload;
}

uint8_t lowestUplinkDr(const Region& r, bool uplinkDwell) {
    for (uint8_t dr = r.minUplinkDr; dr <= r.maxUplinkDr; ++dr)
        if (maxPayload(r, dr, uplinkDwell) > 0) return dr;
    return r.minUplinkDr;
}

int8_t txPowerDbm(const Region& r, uint8_t index, int8_t maxEirpDbm) {
    return int8_t(maxEirpDbm - 2 * std::min(index, r.maxTxPowerIndex));
}

bool frequencyInRegion(const Region& r, uint32_t hz) { return hz >= r.minFrequencyHz && hz <= r.maxFrequencyHz; }

const Band* bandFor(const Region& r, uint32_t hz) {
    for (const Band& band : r.bands)
        if (hz >= band.minHz && hz < band.maxHz) return &band;
    return nullptr;
}

int8_t maxEirpFromCode(uint8_t code) {
    static constexpr int8_t kEirp[16] = {8, 10, 12, 13, 14, 16, 18, 20, 21, 24, 26, 27, 29, 30, 33, 36};
    return kEirp[code & 15];
}

}  // namespace pyfw::lorawan
