// The Sigfox base stations a board's frames reach: every zone's uplink band is heard (with one
// RSSI for the whole simulated network), each frame goes to the backend, and a downlink the
// backend answers with goes out on the zone's downlink frequency once the device's receive window
// is open (20 s after the end of the message's first frame, plus the network's own latency).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "world/sigfox_backend.h"

namespace pyfw::world {

class SigfoxBaseStation {
public:
    static constexpr int64_t kNetworkLatencyUs = 1'500'000;

    explicit SigfoxBaseStation(SigfoxBackend& backend, int rssiDbm = -118) : backend_(backend), rssiDbm_(rssiDbm) {}

    // A frame on air; nothing hears a frequency outside every zone's uplink band.
    std::optional<SigfoxBackend::Reception> hear(base::ByteView frame, int64_t frequencyHz, int64_t startUs, int64_t airtimeUs);

    struct Transmission {
        sigfox::DownlinkFrame frame{};
        int64_t frequencyHz = 0;
        int64_t startUs = 0;
        int rssiDbm = 0;
    };
    // The first downlink sent on `frequencyHz` that starts within [fromUs, untilUs).
    std::optional<Transmission> downlinkBetween(int64_t frequencyHz, int64_t fromUs, int64_t untilUs) const;

    // An unmodulated carrier: heard in a zone's uplink band (the backend logs it) from startUs
    // until carrierOff; a new one ends the one before.
    void carrierOn(int64_t frequencyHz, int64_t startUs);
    void carrierOff(int64_t endUs);

private:
    SigfoxBackend& backend_;
    int rssiDbm_;
    std::optional<int64_t> carrier_;   // the backend's row of the carrier on air
    std::vector<Transmission> downlinks_;
};

}  // namespace pyfw::world
