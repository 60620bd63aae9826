// Network server side of the MAC commands: answers from devices, LinkCheckAns, and ADR.
#include <algorithm>
#include <cmath>

#include "world/network_server.h"
#include "world/rf.h"

namespace pyfw::world {

using namespace lorawan;

bool NetworkServer::handleAnswers(NsDevice& d, base::ByteView commands, std::span<const UplinkMeta> receptions,
                                  bool& needsDownlink) {
    MacCommandReader reader(commands, Direction::Up);
    MacCommand c;
    bool linkAdrSeen = false;
    while (reader.next(c)) {
        ++stats_.macAnswers;
        const uint8_t status = c.payload.empty() ? 0 : c.payload[0];
        switch (Cid(c.cid)) {
        case Cid::LinkCheck: {
            // The margin of the best reception, and how many gateways heard the request.
            double best = -1000;
            for (const UplinkMeta& r : receptions) best = std::max(best, r.snr - demodulationFloorDb(r.spreadingFactor));
            const uint8_t gateways = uint8_t(std::min<size_t>(receptions.size(), 255));
            d.pendingCommands.add(Cid::LinkCheck, {uint8_t(std::clamp(best, 0.0, 254.0)), gateways});
            ++stats_.linkChecks;
            needsDownlink = true;
            break;
        }
        case Cid::LinkAdr:
            if (d.adrPending && !linkAdrSeen) {
                if (status == 0x07) {
                    d.dr = d.pendingDr;
                    d.txPowerIndex = d.pendingPower;
                    ++stats_.adrChanges;
                }
                d.adrPending = false;
            }
            linkAdrSeen = true;
            break;
        case Cid::RxParamSetup:
            if (d.pendingRxParam && status == 0x07) {
                const auto& p = *d.pendingRxParam;
                d.rx1DrOffset = (p[0] >> 4) & 7;
                d.rx2Dr = p[0] & 0x0F;
                d.rx2FrequencyHz = base::readLe24(&p[1]) * 100;
            }
            d.pendingRxParam.reset();
            ++stats_.stickyAnswers;
            needsDownlink = true;  // the device repeats this answer until it hears from us
            break;
        case Cid::RxTimingSetup:
            if (d.pendingRxDelay) d.rxDelaySeconds = *d.pendingRxDelay;
            d.pendingRxDelay.reset();
            ++stats_.stickyAnswers;
            needsDownlink = true;
            break;
        case Cid::DlChannel:
            ++stats_.stickyAnswers;
            needsDownlink = true;
            break;
        case Cid::DevStatus:
            d.battery = c.payload[0];
            d.margin = int8_t(uint8_t(c.payload[1] << 2)) >> 2;  // 6-bit two's complement
            d.devStatusSeen = true;
            break;
        case Cid::DutyCycle:
        case Cid::NewChannel:
        case Cid::TxParamSetup:
            break;
        }
    }
    if (reader.stoppedOnUnknown() || reader.stoppedOnTruncated()) ++stats_.unknownMacCommands;
    return true;
}

void NetworkServer::noteSentCommands(NsDevice& d, base::ByteView sent) {
    d.unanswered.clear();
    MacCommandReader reader(sent, Direction::Down);
    MacCommand c;
    while (reader.next(c))
        if (c.cid != uint8_t(Cid::LinkCheck)) {  // LinkCheckAns is itself an answer
            const uint8_t cid = c.cid;
            (void)d.unanswered.append({&cid, 1});
            (void)d.unanswered.append(c.payload);
        }
}

bool NetworkServer::resendUnanswered(NsDevice& d, bool answersSeen) {
    if (d.unanswered.size == 0) return false;
    MacCommandBuffer again = d.unanswered;
    d.unanswered.clear();
    if (answersSeen) return false;
    // Ahead of anything queued since, as they were sent first.
    if (!again.append(d.pendingCommands.view())) return false;
    d.pendingCommands = again;
    ++stats_.macResends;
    return true;
}

// The usual network-side ADR: from the best SNR of the last 20 uplinks, spend each 3 dB of
// margin above the demodulation floor (plus an installation margin) on one DR step, then on
// lowering the power; a negative margin raises the power back.
void NetworkServer::runAdr(NsDevice& d, const UplinkMeta& meta, bool adrAckReq) {
    d.snrHistory[d.snrCount % d.snrHistory.size()] = float(meta.snr);
    if (d.snrCount < 255) ++d.snrCount;
    if (d.adrPending || (d.snrCount < d.snrHistory.size() && !adrAckReq)) return;
    const size_t n = std::min<size_t>(d.snrCount, d.snrHistory.size());
    const float best = *std::max_element(d.snrHistory.begin(), d.snrHistory.begin() + n);
    const uint8_t sf = region_->dataRates[d.dr].spreadingFactor;
    int steps = int(std::floor((best - demodulationFloorDb(sf) - config_.adrMarginDb) / 3.0));
    uint8_t maxDr = region_->minUplinkDr;
    for (uint8_t dr = region_->minUplinkDr; dr <= region_->maxUplinkDr; ++dr)
        if (region_->dataRates[dr].bandwidthKhz == 125) maxDr = dr;
    uint8_t dr = d.dr, power = d.txPowerIndex;
    for (; steps > 0 && dr < maxDr; --steps) ++dr;
    for (; steps > 0 && power < region_->maxTxPowerIndex; --steps) ++power;
    for (; steps < 0 && power > 0; ++steps) --power;
    d.snrCount = 0;
    if (dr != d.dr || power != d.txPowerIndex || (adrAckReq && d.pendingCommands.size == 0)) queueLinkAdr(d, dr, power);
}

void NetworkServer::queueLinkAdr(NsDevice& d, uint8_t dr, uint8_t power) {
    const uint8_t drPower = uint8_t(dr << 4 | (power & 0x0F));
    const uint8_t nb = d.nbTrans & 0x0F;
    if (region_->plan == ChannelPlanKind::Dynamic) {
        // ChMaskCntl 6: every channel the device has defined stays on.
        d.pendingCommands.add(Cid::LinkAdr, {drPower, 0x00, 0x00, uint8_t(6 << 4 | nb)});
    } else if (config_.subBand == 0) {
        d.pendingCommands.add(Cid::LinkAdr, {drPower, 0xFF, 0x00, uint8_t(6 << 4 | nb)});
    } else {
        // One atomic block: everything off but the sub-band's 500 kHz channel, then its eight
        // 125 kHz channels back on (the TTN pattern of pitfall 5).
        const uint8_t k = uint8_t(config_.subBand - 1);
        const uint16_t mask125 = k % 2 ? 0xFF00 : 0x00FF;
        d.pendingCommands.add(Cid::LinkAdr, {drPower, uint8_t(1u << k), 0x00, uint8_t(7 << 4 | nb)});
        d.pendingCommands.add(Cid::LinkAdr, {drPower, uint8_t(mask125), uint8_t(mask125 >> 8), uint8_t((k / 2) << 4 | nb)});
    }
    d.pendingDr = dr;
    d.pendingPower = power;
    d.adrPending = true;
}

}  // namespace pyfw::world
