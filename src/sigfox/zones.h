// Sigfox's radio configuration zones (RCZ1..RCZ4) as one table: the uplink band's centre, the
// downlink frequency, the uplink bit rate and how the three frames of a message spread.
#pragma once

#include <cstdint>
#include <optional>

namespace pyfw::sigfox {

struct Zone {
    const char* name;
    int64_t uplinkHz;        // centre of the uplink band
    int64_t downlinkHz;
    int bitRate;             // uplink, bits per second (the downlink runs at 600 bps everywhere)
    int64_t bandHz;          // width of the uplink band the frames are spread over
    int64_t interFrameUs;    // silence between the frames of one message
};

inline constexpr Zone kZones[] = {
    {"RCZ1", 868'130'000, 869'525'000, 100, 192'000, 500'000},
    {"RCZ2", 902'200'000, 905'200'000, 600, 192'000, 500'000},
    {"RCZ3", 923'200'000, 922'200'000, 100, 192'000, 500'000},
    {"RCZ4", 920'800'000, 922'300'000, 600, 192'000, 500'000},
};
inline constexpr int kZoneCount = int(sizeof kZones / sizeof kZones[0]);

// After the first frame of a message that asks for one, the device listens for the downlink from
// kDownlinkDelayUs for kDownlinkWindowUs.
inline constexpr int64_t kDownlinkDelayUs = 20'000'000;
inline constexpr int64_t kDownlinkWindowUs = 25'000'000;
inline constexpr int kDownlinkBitRate = 600;

inline int64_t uplinkBandLowHz(const Zone& zone) { return zone.uplinkHz - zone.bandHz / 2; }
inline int64_t uplinkBandHighHz(const Zone& zone) { return zone.uplinkHz + zone.bandHz / 2; }
inline bool inUplinkBand(const Zone& zone, int64_t frequencyHz) {
    return frequencyHz >= uplinkBandLowHz(zone) && frequencyHz <= uplinkBandHighHz(zone);
}

// The zone whose uplink band holds `frequencyHz`, as an index into kZones.
inline std::optional<int> zoneOfUplink(int64_t frequencyHz) {
    for (int i = 0; i < kZoneCount; ++i)
        if (inUplinkBand(kZones[i], frequencyHz)) return i;
    return std::nullopt;
}

}  // namespace pyfw::sigfox
