// Where the board's SX127x sends Sigfox frames and hears Sigfox downlinks: the base stations and
// backend of the simulated network (`pyfw board boot` wires in world/sigfox_backend), or nothing.
// Times are the board's clock.
#pragma once

#include <cstdint>
#include <optional>

#include "base/bytes.h"
#include "sigfox/downlink_frame.h"

namespace pyfw::port {

class SigfoxAir {
public:
    virtual ~SigfoxAir() = default;
    // A frame on air at `frequencyHz` from startUs, for airtimeUs.
    virtual void transmit(base::ByteView frame, int64_t frequencyHz, int64_t startUs, int64_t airtimeUs) = 0;

    struct Heard {
        sigfox::DownlinkFrame frame{};
        int64_t startUs = 0;
        int rssiDbm = 0;
    };
    // The first downlink on `frequencyHz` that starts within [fromUs, untilUs).
    virtual std::optional<Heard> listen(int64_t frequencyHz, int64_t fromUs, int64_t untilUs) = 0;

    // An unmodulated carrier (Sigfox.cw) on `frequencyHz` from startUs until carrierOff(endUs).
    virtual void carrierOn(int64_t frequencyHz, int64_t startUs) = 0;
    virtual void carrierOff(int64_t endUs) = 0;
};

}  // namespace pyfw::port
