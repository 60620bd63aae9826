// Device receive path: RX1/RX2 window timing, class C continuous reception, and the checks every
// downlink must pass (address, counter, MIC) before its MAC commands and payload are used.
#include "lorawan/device.h"

#include "lorawan/time_on_air.h"

namespace pyfw::lorawan {

namespace {
constexpr uint32_t kMinRxSymbols = 6;  // LoRaMac-node v4.4.0 MinRxSymbols
}

// The window must catch a preamble that starts up to rxError early or late
// (LoRaMac-node v4.4.0 RegionCommonComputeRxWindowParameters).
RxRequest Device::windowFor(uint32_t frequencyHz, uint8_t dr, int64_t targetUs) const {
    const DataRate& rate = region_->dataRates[dr];
    const uint32_t ts = symbolTimeUs(modulationFor(rate, false));
    const int64_t err = config_.rxErrorUs;
    RxRequest request{frequencyHz, dr, rate, targetUs - err, uint32_t(2 * err)};
    if (ts > 0) {
        const int64_t needed = (int64_t(2 * kMinRxSymbols - 8) * ts + 2 * err + ts - 1) / ts;
        const int64_t symbols = std::max<int64_t>(needed, kMinRxSymbols);
        request.windowUs = uint32_t(symbols * ts);
        request.openUs = targetUs + int64_t(4 * ts) - symbols * ts / 2;
    }
    return request;
}

void Device::openWindow(bool first) {
    const int64_t target = uplink_.txEndUs + (uplink_.join ? (first ? 5 : 6) * kSecondUs
                                                           : int64_t(session_.rxDelaySeconds + (first ? 0 : 1)) * kSecondUs);
    uint32_t hz;
    uint8_t dr;
    if (first) {
        const Channel& ch = session_.channels.channel(uplink_.channel);
        hz = ch.rx1FrequencyHz ? ch.rx1FrequencyHz : ch.frequencyHz;
        dr = rx1DataRate(*region_, uplink_.dr, uplink_.join ? 0 : session_.rx1DrOffset, session_.downlinkDwell);
    } else {
        hz = session_.rx2FrequencyHz;
        dr = session_.rx2Dr;
    }
    RxRequest request = windowFor(hz, dr, target);
    request.openUs = std::max(request.openUs, clock_.nowUs());
    phase_ = first ? Phase::Rx1 : Phase::Rx2;
    wakeAt_ = INT64_MAX;
    radio_.receive(request);
}

void Device::listenContinuously() {
    if (config_.deviceClass != DeviceClass::C || !joined()) return;
    const uint8_t dr = session_.rx2Dr;
    radio_.receive(RxRequest{session_.rx2FrequencyHz, dr, region_->dataRates[dr], clock_.nowUs(), 0});
}

void Device::onRxTimeout(int64_t timeUs) {
    if (phase_ == Phase::Rx1) {
        listenContinuously();  // class C: RX2 between the two windows
        phase_ = Phase::WaitRx2;
        const int64_t target = uplink_.txEndUs + (uplink_.join ? 6 * kSecondUs
                                                                : int64_t(session_.rxDelaySeconds + 1) * kSecondUs);
        wakeAt_ = std::max(timeUs, windowFor(session_.rx2FrequencyHz, session_.rx2Dr, target).openUs);
    } else if (phase_ == Phase::Rx2) {
        finishUplink();
    }
}

void Device::onRxDone(base::ByteView frame, int16_t rssi, int8_t snr, int64_t timeUs) {
    const bool classAWindow = phase_ == Phase::Rx1 || phase_ == Phase::Rx2;
    bool accepted;
    if (classAWindow && uplink_.join)
        accepted = acceptJoinAccept(frame);
    else
        accepted = acceptDownlink(frame, rssi, snr, timeUs, classAWindow);
    if (accepted) {
        stats_.rxTimestampUs = timeUs;
        stats_.rssi = rssi;
        stats_.snr = snr;
    }
    if (!classAWindow) return;
    if (accepted) {
        uplink_.gotDownlink = true;
        finishUplink();  // a frame for us in RX1 means no RX2 (spec §3.3.4)
    } else {
        onRxTimeout(timeUs);
    }
}

bool Device::acceptJoinAccept(base::ByteView frame) {
    auto opened = openJoinAccept(appKey_, frame);
    if (auto* failure = std::get_if<ParseFailure>(&opened)) {
        ++stats_.drops[size_t(failure->reason)];
        return false;
    }
    const JoinAccept& accept = std::get<JoinAccept>(opened);
    const SessionKeys keys = deriveSessionKeys(appKey_, accept.appNonce, accept.netId, devNonce_);
    session_.activation = Activation::Otaa;
    session_.devAddr = accept.devAddr;
    session_.netId = accept.netId;
    session_.nwkSKey = keys.nwkSKey;
    session_.appSKey = keys.appSKey;
    session_.fcntUp = 0;
    session_.fcntDown = 0;
    session_.downlinkSeen = false;
    const uint8_t rx1Offset = (accept.dlSettings >> 4) & 7;
    const uint8_t rx2Dr = accept.dlSettings & 0x0F;
    if (rx1Offset <= region_->maxRx1Offset) session_.rx1DrOffset = rx1Offset;
    if (validDownlinkDr(*region_, rx2Dr)) session_.rx2Dr = rx2Dr;
    session_.rxDelaySeconds = std::max<uint8_t>(accept.rxDelay & 0x0F, 1);
    if (accept.hasCfList && region_->acceptsCfList) session_.channels.applyCfList(*region_, accept.cfListHz);
    session_.dr = joinDr_;  // Pycom 1.17.2 keeps the join DR after the accept
    crypto_.emplace(keys.nwkSKey, keys.appSKey);
    ++stats_.downlinks;
    return true;
}

bool Device::acceptDownlink(base::ByteView phy, int16_t rssi, int8_t snr, int64_t timeUs, bool classAWindow) {
    auto drop = [&](DropReason reason) {
        ++stats_.drops[size_t(reason)];
        return false;
    };
    auto parsed = parseDataFrame(phy);
    if (auto* failure = std::get_if<ParseFailure>(&parsed)) return drop(failure->reason);
    const DataFrameView& frame = std::get<DataFrameView>(parsed);
    if (!isDownlink(frame.type)) return drop(DropReason::UnexpectedType);
    if (!joined() || !crypto_) return drop(DropReason::NotJoined);
    if (frame.devAddr != session_.devAddr) return drop(DropReason::NotForUs);

    // The 32-bit counter is rebuilt from its 16 wire bits (spec §4.3.1.5; LoRaMac v4.4.0).
    const uint16_t diff = uint16_t(frame.fcnt16 - uint16_t(session_.fcntDown));
    if (session_.downlinkSeen && diff == 0) return drop(DropReason::Replay);
    if (diff >= kMaxFcntGap) return drop(DropReason::CounterGap);
    const uint32_t fcnt32 = session_.fcntDown + diff;
    if (!micMatches(*crypto_, frame, fcnt32)) return drop(DropReason::BadMic);

    session_.fcntDown = fcnt32;
    session_.downlinkSeen = true;
    session_.adrAckCounter = 0;
    session_.stickyAnswers.clear();
    if (isConfirmed(frame.type)) session_.ackDownlink = true;
    if (classAWindow && uplink_.confirmed && frame.ack()) uplink_.acked = true;
    ++stats_.downlinks;
    stats_.sfRx = region_->dataRates[classAWindow && phase_ == Phase::Rx1
                                         ? rx1DataRate(*region_, uplink_.dr, session_.rx1DrOffset, session_.downlinkDwell)
                                         : session_.rx2Dr]
                      .spreadingFactor;
    compliance_.countDownlink();
    deliver(frame, fcnt32, snr);
    (void)rssi;
    (void)timeUs;
    return true;
}

void Device::deliver(const DataFrameView& frame, uint32_t fcnt32, int8_t snr) {
    if (!frame.fopts.empty()) handleMacCommands(frame.fopts, snr);
    if (!frame.port) return;
    std::array<uint8_t, kMaxPhySize> plain;
    openPayload(*crypto_, frame, fcnt32, plain.data());
    const base::ByteView payload(plain.data(), frame.payload.size());
    const uint8_t port = *frame.port;
    if (port == 0) {
        handleMacCommands(payload, snr);
    } else if (port == kCompliancePort && (compliance_.running() || compliance_.state().enabled)) {
        runCompliance(compliance_.onCommand(payload));
        // Pycom's certification script reads the echo request from its socket and answers it.
        if (config_.complianceByApplication && compliance_.running() && compliance_.state().state == 4)
            queueReceived(port, payload);
    } else if (port < kCompliancePort) {
        queueReceived(port, payload);
    }
}

void Device::queueReceived(uint8_t port, base::ByteView payload) {
    if (rxCount_ < rxQueue_.size()) {
        Downlink& d = rxQueue_[(rxHead_ + rxCount_) % rxQueue_.size()];
        d.port = port;
        d.size = uint8_t(std::min(payload.size(), d.data.size()));
        std::copy_n(payload.begin(), d.size, d.data.begin());
        ++rxCount_;
    }
    raise(RxPacketEvent);
}

}  // namespace pyfw::lorawan
