#include "world/sigfox_base_station.h"

#include "sigfox/zones.h"

namespace pyfw::world {

std::optional<SigfoxBackend::Reception> SigfoxBaseStation::hear(base::ByteView frame, int64_t frequencyHz, int64_t startUs,
                                                                int64_t airtimeUs) {
    auto zone = sigfox::zoneOfUplink(frequencyHz);
    if (!zone) return std::nullopt;
    const sigfox::Zone& z = sigfox::kZones[*zone];
    SigfoxBackend::Reception reception = backend_.receive(frame, z.name, frequencyHz, rssiDbm_, startUs);
    if (reception.downlink) {
        const int64_t at = startUs + airtimeUs + sigfox::kDownlinkDelayUs + kNetworkLatencyUs;
        downlinks_.push_back({*reception.downlink, z.downlinkHz, at, rssiDbm_});
    }
    return reception;
}

std::optional<SigfoxBaseStation::Transmission> SigfoxBaseStation::downlinkBetween(int64_t frequencyHz, int64_t fromUs,
                                                                                  int64_t untilUs) const {
    for (const Transmission& sent : downlinks_)
        if (sent.frequencyHz == frequencyHz && sent.startUs >= fromUs && sent.startUs < untilUs) return sent;
    return std::nullopt;
}

void SigfoxBaseStation::carrierOn(int64_t frequencyHz, int64_t startUs) {
    carrierOff(startUs);
    auto zone = sigfox::zoneOfUplink(frequencyHz);
    if (!zone) return;
    auto row = backend_.carrierHeard(sigfox::kZones[*zone].name, frequencyHz, rssiDbm_, startUs);
    if (row.ok()) carrier_ = *row;
}

void SigfoxBaseStation::carrierOff(int64_t endUs) {
    if (!carrier_) return;
    (void)backend_.carrierEnded(*carrier_, endUs);
    carrier_.reset();
}

}  // namespace pyfw::world
