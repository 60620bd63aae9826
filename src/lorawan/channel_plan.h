// The uplink channel table and its masks, for both kinds of plan (region.h): default channels,
// CFList, NewChannelReq/DlChannelReq, Pycom's add_channel/remove_channel, LinkADRReq masks
// (applied as one atomic block, spec §5.2) and channel choice for an uplink.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

#include "lorawan/region.h"

namespace pyfw::lorawan {

struct Channel {
    bool operator==(const Channel&) const = default;
    uint32_t frequencyHz = 0;     // 0 = no channel at this index
    uint32_t rx1FrequencyHz = 0;  // 0 = the uplink frequency (dynamic plans)
    uint8_t minDr = 0;
    uint8_t maxDr = 0;
};

inline constexpr size_t kMaxChannels = 72;
inline constexpr size_t kMaskWords = 5;
using ChannelMask = std::array<uint16_t, kMaskWords>;

// One LinkADRReq of a block: ChMask and the Redundancy byte's ChMaskCntl.
struct MaskCommand {
    uint16_t chMask;
    uint8_t chMaskCntl;
};

class ChannelPlan {
public:
    void reset(const Region& region);

    const Channel& channel(size_t index) const { return channels_[index]; }
    bool enabled(size_t index) const { return mask_[index / 16] >> (index % 16) & 1; }
    size_t size() const { return count_; }
    const ChannelMask& mask() const { return mask_; }
    const ChannelMask& remaining() const { return remaining_; }

    // CFList of a join accept (dynamic plans): frequencies for channels from cfListFirstChannel.
    void applyCfList(const Region& region, std::span<const uint32_t> frequenciesHz);
    // NewChannelReq: returns the answer bits (b1 DR range OK, b0 frequency OK); applied if both.
    uint8_t newChannel(const Region& region, uint8_t index, uint32_t frequencyHz, uint8_t minDr, uint8_t maxDr);
    // DlChannelReq: b1 uplink frequency exists, b0 frequency OK.
    uint8_t setRx1Frequency(const Region& region, uint8_t index, uint32_t frequencyHz);
    // Pycom's lora.add_channel / remove_channel: false if the index or values are out of range.
    bool addChannel(const Region& region, uint8_t index, uint32_t frequencyHz, uint8_t minDr, uint8_t maxDr);
    bool removeChannel(const Region& region, uint8_t index);
    // The channel-mask part of a LinkADRReq block: the mask the block would leave, or nullopt if
    // the block is invalid (RFU ChMaskCntl, undefined channel enabled, nothing enabled).
    std::optional<ChannelMask> maskAfter(const Region& region, std::span<const MaskCommand> block) const;
    void setMask(const ChannelMask& mask);
    // Switch every defined channel back on (ADR at its lowest DR, spec 1.1 §4.3.1.1).
    void enableAll(const Region& region);

    bool anyChannelFor(uint8_t dr) const { return anyChannelFor(dr, mask_); }
    bool anyChannelFor(uint8_t dr, const ChannelMask& mask) const;
    // Picks an enabled channel that carries `dr` and whose band is free (`bandFree`), using
    // `random` for the choice; on fixed grids, each channel once per cycle (LoRaMac's
    // ChannelsMaskRemaining).
    template <typename BandFree>
    std::optional<uint8_t> pick(uint8_t dr, uint32_t random, BandFree bandFree);

    // Raw state, for persistence.
    std::array<Channel, kMaxChannels>& channels() { return channels_; }
    ChannelMask& rawMask() { return mask_; }
    ChannelMask& rawRemaining() { return remaining_; }
    void setCount(size_t count) { count_ = count; }

    bool operator==(const ChannelPlan&) const = default;

private:
    bool usable(size_t index, uint8_t dr) const;

    std::array<Channel, kMaxChannels> channels_{};
    ChannelMask mask_{};
    ChannelMask remaining_{};
    size_t count_ = 0;
};

template <typename BandFree>
std::optional<uint8_t> ChannelPlan::pick(uint8_t dr, uint32_t random, BandFree bandFree) {
    auto candidates = [&](bool useRemaining, uint8_t* out) {
        size_t n = 0;
        for (size_t i = 0; i < count_; ++i) {
            if (!usable(i, dr) || !bandFree(channels_[i].frequencyHz)) continue;
            if (useRemaining && !(remaining_[i / 16] >> (i % 16) & 1)) continue;
            out[n++] = uint8_t(i);
        }
        return n;
    };
    std::array<uint8_t, kMaxChannels> list;
    const bool cycle = count_ > 16;
    size_t n = candidates(cycle, list.data());
    if (n == 0 && cycle) {
        remaining_ = mask_;
        n = candidates(true, list.data());
    }
    if (n == 0) return std::nullopt;
    uint8_t chosen = list[random % n];
    if (cycle) remaining_[chosen / 16] &= uint16_t(~(1u << (chosen % 16)));
    return chosen;
}

}  // namespace pyfw::lorawan
