// Everything a device must remember between two frames: activation, keys, counters, the MAC
// parameters the network set, channels and masks, pending MAC answers, ADR and duty-cycle state.
// Saving this one struct (session_codec.h) before a deep sleep and restoring it after loses
// nothing, which is the v1.17.2 nvram fix done completely.
#pragma once

#include <array>
#include <cstdint>

#include "lorawan/channel_plan.h"
#include "lorawan/frame.h"
#include "lorawan/mac_commands.h"
#include "lorawan/region.h"

namespace pyfw::lorawan {

enum class Activation : uint8_t { None = 0, Otaa = 1, Abp = 2 };
enum class DeviceClass : uint8_t { A = 0, C = 2 };  // Pycom's LoRa.CLASS_A / CLASS_C

inline constexpr size_t kMaxBands = 8;

struct Session {
    RegionId region = RegionId::EU868;
    Activation activation = Activation::None;
    uint32_t devAddr = 0;
    uint32_t netId = 0;
    Key nwkSKey{};
    Key appSKey{};
    uint32_t fcntUp = 0;        // the next uplink counter to use
    uint32_t fcntDown = 0;      // the last downlink counter accepted
    bool downlinkSeen = false;  // fcntDown is meaningful

    // MAC parameters the network may change; a join sets them back to the region defaults.
    uint8_t dr = 0;
    uint8_t txPowerIndex = 0;
    uint8_t nbTrans = 1;
    uint8_t rx1DrOffset = 0;
    uint8_t rx2Dr = 0;
    uint32_t rx2FrequencyHz = 0;
    uint8_t rxDelaySeconds = 1;
    uint8_t maxDutyCycle = 0;
    bool uplinkDwell = false;
    bool downlinkDwell = false;
    int8_t maxEirpDbm = 0;
    ChannelPlan channels;

    bool adr = false;
    uint32_t adrAckCounter = 0;
    bool ackDownlink = false;          // the last downlink was confirmed: set ACK in the next uplink
    MacCommandBuffer answers;          // sent once, in the next uplink
    MacCommandBuffer stickyAnswers;    // repeated until a downlink arrives (spec §5.4, §5.7, §5.10)
    uint64_t random = 0x9E3779B97F4A7C15ull;  // channel choice and back-off jitter
    std::array<int64_t, kMaxBands> bandFreeAtUs{};
    int64_t aggregatedFreeAtUs = 0;

    bool operator==(const Session&) const = default;
};

// The region defaults for a fresh session (what a join resets).
void resetMacParameters(Session& session, const Region& region);
uint32_t nextRandom(Session& session);

}  // namespace pyfw::lorawan
