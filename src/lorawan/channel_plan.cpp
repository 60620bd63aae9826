#include "lorawan/channel_plan.h"

namespace pyfw::lorawan {

namespace {
void setBit(ChannelMask& mask, size_t index, bool on) {
    uint16_t bit = uint16_t(1u << (index % 16));
    mask[index / 16] = on ? uint16_t(mask[index / 16] | bit) : uint16_t(mask[index / 16] & ~bit);
}
bool anySet(const ChannelMask& mask) {
    for (uint16_t word : mask)
        if (word) return true;
    return false;
}
bool drRangeValid(const Region& region, uint8_t minDr, uint8_t maxDr) {
    return minDr <= maxDr && validUplinkDr(region, minDr) && validUplinkDr(region, maxDr);
}
}  // namespace

void ChannelPlan::reset(const Region& region) {
    channels_ = {};
    mask_ = {};
    count_ = region.channelCount;
    if (region.plan == ChannelPlanKind::Dynamic) {
        for (size_t i = 0; i < region.defaultChannelCount; ++i) {
            channels_[i] = {region.defaultChannelsHz[i], 0, region.defaultChannelMinDr, region.defaultChannelMaxDr};
            setBit(mask_, i, true);
        }
    } else {
        for (size_t n = 0; n < 64; ++n)
            channels_[n] = {region.base125Hz + uint32_t(n) * region.step125Hz,
                            region.downBaseHz + uint32_t(n % 8) * region.downStepHz, region.min125Dr, region.max125Dr};
        for (size_t k = 0; k < 8; ++k)
            channels_[64 + k] = {region.base500Hz + uint32_t(k) * region.step500Hz,
                                 region.downBaseHz + uint32_t(k) * region.downStepHz, region.dr500, region.dr500};
        mask_ = {0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0x00FF};
    }
    remaining_ = mask_;
}

void ChannelPlan::applyCfList(const Region& region, std::span<const uint32_t> frequenciesHz) {
    if (region.plan != ChannelPlanKind::Dynamic) return;
    size_t index = region.cfListFirstChannel;
    for (uint32_t hz : frequenciesHz) {
        if (index >= count_) break;
        if (hz != 0 && frequencyInRegion(region, hz)) {
            channels_[index] = {hz, 0, region.defaultChannelMinDr, region.defaultChannelMaxDr};
            setBit(mask_, index, true);
        } else {
            channels_[index] = {};
            setBit(mask_, index, false);
        }
        ++index;
    }
}

uint8_t ChannelPlan::newChannel(const Region& region, uint8_t index, uint32_t frequencyHz, uint8_t minDr,
                                uint8_t maxDr) {
    if (region.plan != ChannelPlanKind::Dynamic || index >= count_ || index < region.defaultChannelCount) return 0;
    if (frequencyHz == 0) {  // removes the channel
        channels_[index] = {};
        setBit(mask_, index, false);
        return 0x03;
    }
    uint8_t status = 0;
    if (drRangeValid(region, minDr, maxDr)) status |= 0x02;
    if (frequencyInRegion(region, frequencyHz) && (region.bands.empty() || bandFor(region, frequencyHz))) status |= 0x01;
    if (status == 0x03) {
        channels_[index] = {frequencyHz, 0, minDr, maxDr};
        setBit(mask_, index, true);
    }
    return status;
}

uint8_t ChannelPlan::setRx1Frequency(const Region& region, uint8_t index, uint32_t frequencyHz) {
    uint8_t status = 0;
    if (index < count_ && channels_[index].frequencyHz != 0) status |= 0x02;
    if (frequencyInRegion(region, frequencyHz)) status |= 0x01;
    if (status == 0x03) channels_[index].rx1FrequencyHz = frequencyHz;
    return status;
}

bool ChannelPlan::addChannel(const Region& region, uint8_t index, uint32_t frequencyHz, uint8_t minDr, uint8_t maxDr) {
    if (index >= count_ || !frequencyInRegion(region, frequencyHz) || !drRangeValid(region, minDr, maxDr)) return false;
    channels_[index].frequencyHz = frequencyHz;
    channels_[index].minDr = minDr;
    channels_[index].maxDr = maxDr;
    setBit(mask_, index, true);
    setBit(remaining_, index, true);
    return true;
}

bool ChannelPlan::removeChannel(const Region& region, uint8_t index) {
    if (index >= count_) return false;
    if (region.plan == ChannelPlanKind::Dynamic) {
        if (index < region.defaultChannelCount) return false;  // the join channels stay (RP §2.x.2)
        channels_[index] = {};
    }
    setBit(mask_, index, false);
    setBit(remaining_, index, false);
    return true;
}

std::optional<ChannelMask> ChannelPlan::maskAfter(const Region& region, std::span<const MaskCommand> block) const {
    ChannelMask mask = mask_;
    for (const MaskCommand& command : block) {
        const uint8_t cntl = command.chMaskCntl;
        if (region.plan == ChannelPlanKind::Dynamic) {
            if (cntl == 0) {
                mask[0] = command.chMask;
            } else if (cntl == 6) {
                mask[0] = 0;
                for (size_t i = 0; i < count_; ++i)
                    if (channels_[i].frequencyHz) setBit(mask, i, true);
            } else {
                return std::nullopt;
            }
        } else if (cntl <= 3) {
            mask[cntl] = command.chMask;
        } else if (cntl == 4) {
            mask[4] = command.chMask & 0xFF;
        } else if (cntl == 6 || cntl == 7) {
            for (size_t w = 0; w < 4; ++w) mask[w] = cntl == 6 ? 0xFFFF : 0;
            mask[4] = command.chMask & 0xFF;
        } else {
            return std::nullopt;  // 5 is RFU in RP 1.0.2rB
        }
    }
    for (size_t i = 0; i < kMaxChannels; ++i)
        if ((mask[i / 16] >> (i % 16) & 1) && (i >= count_ || channels_[i].frequencyHz == 0)) return std::nullopt;
    if (!anySet(mask)) return std::nullopt;
    return mask;
}

void ChannelPlan::setMask(const ChannelMask& mask) {
    mask_ = mask;
    for (size_t w = 0; w < kMaskWords; ++w) remaining_[w] &= mask_[w];
}

void ChannelPlan::enableAll(const Region& region) {
    for (size_t i = 0; i < count_; ++i)
        if (channels_[i].frequencyHz) setBit(mask_, i, true);
    remaining_ = mask_;
}

bool ChannelPlan::usable(size_t index, uint8_t dr) const {
    const Channel& c = channels_[index];
    return enabled(index) && c.frequencyHz != 0 && dr >= c.minDr && dr <= c.maxDr;
}

bool ChannelPlan::anyChannelFor(uint8_t dr, const ChannelMask& mask) const {
    for (size_t i = 0; i < count_; ++i) {
        const Channel& c = channels_[i];
        if ((mask[i / 16] >> (i % 16) & 1) && c.frequencyHz != 0 && dr >= c.minDr && dr <= c.maxDr) return true;
    }
    return false;
}

}  // namespace pyfw::lorawan
