// The four regions Pycom v1.17.2.b1 compiles in, as data (RP 1.0.2rB; LoRaMac-node v4.4.0
// Region*.h). Adding a region means adding one table here and one line to kRegions.
#include "lorawan/region.h"

namespace pyfw::lorawan {

namespace {

constexpr uint32_t MHz(double mhz) { return uint32_t(mhz * 1000000.0 + 0.5); }

// US915/AU915 downlink-only DRs 8..13 are the same SF12..SF7 at 500 kHz in both regions.
constexpr DataRate kDown500[6] = {
    {12, 500, 53, 53}, {11, 500, 129, 129}, {10, 500, 242, 242},
    {9, 500, 242, 242}, {8, 500, 242, 242}, {7, 500, 242, 242},
};

// ETSI sub-bands of EU868 (LoRaMac-node v4.4.0 RegionEU868.h / VerifyTxFreq).
constexpr Band kEu868Bands[] = {
    {MHz(863.0), MHz(865.0), 1000}, {MHz(865.0), MHz(868.0), 100}, {MHz(868.0), MHz(868.6), 100},
    {MHz(868.7), MHz(869.2), 1000}, {MHz(869.4), MHz(869.65), 10}, {MHz(869.7), MHz(870.0), 100},
};
// AS923 has one 1 % band in code; Pycom runs with the duty cycle off.
constexpr Band kAs923Bands[] = {{MHz(915.0), MHz(928.0), 100}};

constexpr Region kEu868{
    .id = RegionId::EU868,
    .name = "EU868",
    .dataRates = {{{12, 125, 51, 51}, {11, 125, 51, 51}, {10, 125, 51, 51}, {9, 125, 115, 115},
                   {8, 125, 242, 242}, {7, 125, 242, 242}, {7, 250, 242, 242}, kFsk50k}},
    .minUplinkDr = 0, .maxUplinkDr = 7, .defaultDr = 0,
    .defaultJoinDr = 5, .allowedJoinDrs = 0b111111,
    .plan = ChannelPlanKind::Dynamic,
    .defaultChannelsHz = {MHz(868.1), MHz(868.3), MHz(868.5)},
    .defaultChannelCount = 3, .defaultChannelMinDr = 0, .defaultChannelMaxDr = 5,
    .base125Hz = 0, .step125Hz = 0, .base500Hz = 0, .step500Hz = 0,
    .min125Dr = 0, .max125Dr = 0, .dr500 = 0, .downBaseHz = 0, .downStepHz = 0,
    .channelCount = 16,
    .rx2FrequencyHz = MHz(869.525), .rx2Dr = 0,
    .rx1DrBase = 0, .rx1DrMin = 0, .rx1DrMinDwell = 0, .rx1DrMax = 7,
    .maxRx1Offset = 5, .rx1OffsetTable = {0, 1, 2, 3, 4, 5, 0, 0},
    .maxEirpDbm = 16, .maxTxPowerIndex = 7,
    .bands = kEu868Bands,
    .cfListFirstChannel = 3, .acceptsCfList = true, .acceptsNewChannel = true,
    .acceptsTxParamSetup = false, .uplinkDwellDefault = false, .downlinkDwellDefault = false,
    .minFrequencyHz = MHz(863.0), .maxFrequencyHz = MHz(870.0),
};

constexpr Region kUs915{
    .id = RegionId::US915,
    .name = "US915",
    .dataRates = {{{10, 125, 11, 11}, {9, 125, 53, 53}, {8, 125, 125, 125}, {7, 125, 242, 242},
                   {8, 500, 242, 242}, {}, {}, {},
                   kDown500[0], kDown500[1], kDown500[2], kDown500[3], kDown500[4], kDown500[5]}},
    .minUplinkDr = 0, .maxUplinkDr = 4, .defaultDr = 0,
    .defaultJoinDr = 4, .allowedJoinDrs = 0b10001,
    .plan = ChannelPlanKind::FixedGrid,
    .defaultChannelsHz = {}, .defaultChannelCount = 0, .defaultChannelMinDr = 0, .defaultChannelMaxDr = 0,
    .base125Hz = MHz(902.3), .step125Hz = MHz(0.2), .base500Hz = MHz(903.0), .step500Hz = MHz(1.6),
    .min125Dr = 0, .max125Dr = 3, .dr500 = 4, .downBaseHz = MHz(923.3), .downStepHz = MHz(0.6),
    .channelCount = 72,
    .rx2FrequencyHz = MHz(923.3), .rx2Dr = 8,
    .rx1DrBase = 10, .rx1DrMin = 8, .rx1DrMinDwell = 8, .rx1DrMax = 13,
    .maxRx1Offset = 3, .rx1OffsetTable = {0, 1, 2, 3, 0, 0, 0, 0},
    .maxEirpDbm = 30, .maxTxPowerIndex = 10,
    .bands = {},
    .cfListFirstChannel = 0, .acceptsCfList = false, .acceptsNewChannel = false,
    .acceptsTxParamSetup = false, .uplinkDwellDefault = false, .downlinkDwellDefault = false,
    .minFrequencyHz = MHz(902.0), .maxFrequencyHz = MHz(928.0),
};

constexpr Region kAu915{
    .id = RegionId::AU915,
    .name = "AU915",
    .dataRates = {{{12, 125, 51, 51}, {11, 125, 51, 51}, {10, 125, 51, 51}, {9, 125, 115, 115},
                   {8, 125, 242, 242}, {7, 125, 242, 242}, {8, 500, 242, 242}, {},
                   kDown500[0], kDown500[1], kDown500[2], kDown500[3], kDown500[4], kDown500[5]}},
    .minUplinkDr = 0, .maxUplinkDr = 6, .defaultDr = 0,
    .defaultJoinDr = 6, .allowedJoinDrs = 0b1000001,
    .plan = ChannelPlanKind::FixedGrid,
    .defaultChannelsHz = {}, .defaultChannelCount = 0, .defaultChannelMinDr = 0, .defaultChannelMaxDr = 0,
    .base125Hz = MHz(915.2), .step125Hz = MHz(0.2), .base500Hz = MHz(915.9), .step500Hz = MHz(1.6),
    .min125Dr = 0, .max125Dr = 5, .dr500 = 6, .downBaseHz = MHz(923.3), .downStepHz = MHz(0.6),
    .channelCount = 72,
    .rx2FrequencyHz = MHz(923.3), .rx2Dr = 8,
    .rx1DrBase = 8, .rx1DrMin = 8, .rx1DrMinDwell = 8, .rx1DrMax = 13,
    .maxRx1Offset = 5, .rx1OffsetTable = {0, 1, 2, 3, 4, 5, 0, 0},
    .maxEirpDbm = 30, .maxTxPowerIndex = 10,
    .bands = {},
    .cfListFirstChannel = 0, .acceptsCfList = false, .acceptsNewChannel = false,
    .acceptsTxParamSetup = false, .uplinkDwellDefault = false, .downlinkDwellDefault = false,
    .minFrequencyHz = MHz(915.0), .maxFrequencyHz = MHz(928.0),
};

constexpr Region kAs923{
    .id = RegionId::AS923,
    .name = "AS923",
    .dataRates = {{{12, 125, 51, 0}, {11, 125, 51, 0}, {10, 125, 51, 11}, {9, 125, 115, 53},
                   {8, 125, 242, 125}, {7, 125, 242, 242}, {7, 250, 242, 242}, kFsk50k}},
    .minUplinkDr = 0, .maxUplinkDr = 7, .defaultDr = 2,
    .defaultJoinDr = 2, .allowedJoinDrs = 0b100,
    .plan = ChannelPlanKind::Dynamic,
    .defaultChannelsHz = {MHz(923.2), MHz(923.4), 0},
    .defaultChannelCount = 2, .defaultChannelMinDr = 0, .defaultChannelMaxDr = 5,
    .base125Hz = 0, .step125Hz = 0, .base500Hz = 0, .step500Hz = 0,
    .min125Dr = 0, .max125Dr = 0, .dr500 = 0, .downBaseHz = 0, .downStepHz = 0,
    .channelCount = 16,
    .rx2FrequencyHz = MHz(923.2), .rx2Dr = 2,
    .rx1DrBase = 0, .rx1DrMin = 0, .rx1DrMinDwell = 2, .rx1DrMax = 5,
    .maxRx1Offset = 7, .rx1OffsetTable = {0, 1, 2, 3, 4, 5, -1, -2},
    .maxEirpDbm = 16, .maxTxPowerIndex = 7,
    .bands = kAs923Bands,
    .cfListFirstChannel = 2, .acceptsCfList = true, .acceptsNewChannel = true,
    .acceptsTxParamSetup = true, .uplinkDwellDefault = true, .downlinkDwellDefault = true,
    .minFrequencyHz = MHz(915.0), .maxFrequencyHz = MHz(928.0),
};

constexpr const Region* kRegions[] = {&kAs923, &kAu915, &kEu868, &kUs915};

// The tables check themselves where the compiler can see the mistake.
constexpr bool checkRegion(const Region& r) {
    if (r.defaultJoinDr > r.maxUplinkDr || !(r.allowedJoinDrs >> r.defaultJoinDr & 1)) return false;
    if (!r.dataRates[r.defaultDr].defined() || !r.dataRates[r.rx2Dr].defined()) return false;
    for (int dr = r.minUplinkDr; dr <= r.maxUplinkDr; ++dr)
        if (!r.dataRates[dr].defined()) return false;
    if (r.plan == ChannelPlanKind::Dynamic && (r.defaultChannelCount == 0 || r.channelCount != 16)) return false;
    if (r.plan == ChannelPlanKind::FixedGrid && (r.channelCount != 72 || r.step125Hz == 0)) return false;
    if (r.rx1DrMin > r.rx1DrMax || r.maxRx1Offset > 7) return false;
    return r.rx2FrequencyHz >= r.minFrequencyHz && r.rx2FrequencyHz <= r.maxFrequencyHz;
}
static_assert(checkRegion(kEu868) && checkRegion(kUs915) && checkRegion(kAu915) && checkRegion(kAs923));

}  // namespace

const Region& region(RegionId id) {
    for (const Region* r : kRegions)
        if (r->id == id) return *r;
    return kEu868;  // RegionId values outside the enum cannot be made without a cast
}

std::optional<RegionId> regionFromName(std::string_view name) {
    for (const Region* r : kRegions)
        if (r->name == name) return r->id;
    return std::nullopt;
}

std::span<const Region* const> allRegions() { return kRegions; }

}  // namespace pyfw::lorawan
