// Regional parameters (RP 1.0.2rB, as LoRaMac-node v4.4.0 and Pycom v1.17.2.b1 implement them).
// A region is one constant table of data (regions.cpp); the helpers below read it, so no code
// path asks "which region am I" — it asks the table.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace pyfw::lorawan {

// The numbers are LoRaMac's LoRaMacRegion_t values, which Pycom exposes as LoRa.AS923 etc.
enum class RegionId : uint8_t { AS923 = 0, AU915 = 1, EU868 = 5, US915 = 8 };

// How uplink channels are organised: a short list the network may extend (EU868, AS923), or a
// fixed grid of 64 x 125 kHz + 8 x 500 kHz channels switched on and off by masks (US915, AU915).
enum class ChannelPlanKind : uint8_t { Dynamic, FixedGrid };

struct DataRate {
    uint8_t spreadingFactor = 0;  // 7..12 for LoRa; 0 for FSK
    uint16_t bandwidthKhz = 0;    // 125, 250, 500; 0 = this DR is RFU in the region
    uint8_t maxPayload = 0;       // N: FRMPayload bytes with empty FOpts, dwell limit off
    uint8_t maxPayloadDwell = 0;  // N under the 400 ms dwell limit (AS923); 0 = not allowed

    constexpr bool defined() const { return bandwidthKhz != 0 || spreadingFactor == 0xFF; }
    constexpr bool isFsk() const { return spreadingFactor == 0xFF; }
};

inline constexpr DataRate kFsk50k{0xFF, 0, 242, 242};

// A sub-band with its own regulatory duty cycle (EU868 ETSI bands); frequencies in Hz, [min, max).
struct Band {
    uint32_t minHz;
    uint32_t maxHz;
    uint16_t dutyCycleInverse;  // 100 = 1 %, 1000 = 0.1 %
};

struct Region {
    RegionId id;
    std::string_view name;
    std::array<DataRate, 16> dataRates;
    uint8_t minUplinkDr;
    uint8_t maxUplinkDr;
    uint8_t defaultDr;           // uplink DR of a fresh ABP session
    uint8_t defaultJoinDr;       // Pycom's lora.join(dr=None)
    uint16_t allowedJoinDrs;     // bit n set: lora.join(dr=n) is accepted

    ChannelPlanKind plan;
    // Dynamic plans: the default channels (join channels) and the channel-table size.
    std::array<uint32_t, 3> defaultChannelsHz;
    uint8_t defaultChannelCount;
    uint8_t defaultChannelMinDr;
    uint8_t defaultChannelMaxDr;
    // Fixed-grid plans: channel n < 64 is base125 + n*step125 (DR min125..max125), channel
    // 64 + k is base500 + k*step500 at DR dr500; the RX1 frequency is downBase + (n % 8) * downStep.
    uint32_t base125Hz, step125Hz, base500Hz, step500Hz;
    uint8_t min125Dr, max125Dr, dr500;
    uint32_t downBaseHz, downStepHz;
    uint8_t channelCount;        // size of the channel table: 16 dynamic, 72 fixed

    uint32_t rx2FrequencyHz;
    uint8_t rx2Dr;
    // RX1 DR = clamp(rx1DrBase + uplinkDr - rx1OffsetTable[RX1DROffset], rx1DrMin, rx1DrMax);
    // under the downlink dwell limit the floor is rx1DrMinDwell.
    uint8_t rx1DrBase, rx1DrMin, rx1DrMinDwell, rx1DrMax;
    uint8_t maxRx1Offset;
    std::array<int8_t, 8> rx1OffsetTable;

    int8_t maxEirpDbm;           // TX power index i gives maxEirp - 2*i dBm
    uint8_t maxTxPowerIndex;
    std::span<const Band> bands; // empty: no duty-cycle bands in this region
    uint8_t cfListFirstChannel;  // CFList frequencies fill channels from here (dynamic plans only)
    bool acceptsCfList;
    bool acceptsNewChannel;      // NewChannelReq / DlChannelReq
    bool acceptsTxParamSetup;
    bool uplinkDwellDefault;     // 400 ms dwell limit on by default
    bool downlinkDwellDefault;
    uint32_t minFrequencyHz, maxFrequencyHz;
};

const Region& region(RegionId id);
std::optional<RegionId> regionFromName(std::string_view name);
std::span<const Region* const> allRegions();

// Derived facts, one function each, all reading only the table.
uint8_t rx1DataRate(const Region& region, uint8_t uplinkDr, uint8_t rx1DrOffset, bool downlinkDwell);
bool validUplinkDr(const Region& region, uint8_t dr);
bool validDownlinkDr(const Region& region, uint8_t dr);
uint8_t maxPayload(const Region& region, uint8_t dr, bool uplinkDwell);
// The lowest uplink DR that may carry a payload (AS923 under the dwell limit: DR2).
uint8_t lowestUplinkDr(const Region& region, bool uplinkDwell);
int8_t txPowerDbm(const Region& region, uint8_t index, int8_t maxEirpDbm);
bool frequencyInRegion(const Region& region, uint32_t hz);
// The duty-cycle band a frequency falls in, or nullptr.
const Band* bandFor(const Region& region, uint32_t hz);
// TxParamSetupReq MaxEIRP code -> dBm (spec 1.0.2 §5.8).
int8_t maxEirpFromCode(uint8_t code);

}  // namespace pyfw::lorawan
