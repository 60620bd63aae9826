// Device transmit path: building uplinks, ADR back-off, channel choice, duty cycle, retries.
#include "lorawan/device.h"

#include "lorawan/time_on_air.h"

namespace pyfw::lorawan {

namespace {
constexpr const char* kDevNonceKey = "devnonce";
constexpr uint16_t kDevNonceRecordSize = 2;
constexpr int64_t kHourUs = 3600 * kSecondUs;

// The spec §7 windows after power-up: the first hour, the next ten hours, then each day.
int joinWindowAt(int64_t sinceUs) {
    if (sinceUs < kHourUs) return 0;
    if (sinceUs < 11 * kHourUs) return 1;
    return 2 + int((sinceUs - 11 * kHourUs) / (24 * kHourUs));
}
int64_t joinWindowStartUs(int window) {
    return window == 0 ? 0 : window == 1 ? kHourUs : 11 * kHourUs + int64_t(window - 2) * 24 * kHourUs;
}
int64_t joinWindowBudgetUs(int window) { return window < 2 ? 36 * kSecondUs : 8700 * 1000; }
int64_t joinDutyInverse(int window) { return window == 0 ? 100 : window == 1 ? 1000 : 10000; }
}  // namespace

const char* joinRetryName(JoinRetry retry) { return retry == JoinRetry::Backoff ? "backoff" : "pycom"; }

// When the next join request may start (JoinRetry says how). The back-off draws a random delay in
// [U/2, U), U doubling per attempt, keeps the join duty cycle of the current window after the
// request that just ended, and moves a request that would overrun its window's airtime budget
// into the next window, at a random point of its first tenth.
int64_t Device::nextJoinAttemptUs() {
    if (config_.joinRetry == JoinRetry::PycomFixed) return uplink_.txStartUs + config_.joinRetryIntervalUs;
    const int64_t airUs = uplink_.txEndUs - uplink_.txStartUs;
    const int shift = int(std::min<uint32_t>(joinAttempts_ > 0 ? joinAttempts_ - 1 : 0, 20));
    const int64_t upper = std::min(kJoinBackoffMaxUs, kJoinBackoffFirstUs << shift);
    const int64_t half = upper / 2;
    int64_t delay = half + int64_t(nextRandom(session_) % uint64_t(half));
    const int window = joinWindowAt(uplink_.txStartUs - joinEpochUs_);
    delay = std::max(delay, airUs * (joinDutyInverse(window) - 1));
    return withinJoinBudget(uplink_.txStartUs + delay, airUs);
}

int64_t Device::withinJoinBudget(int64_t at, int64_t airUs) {
    for (;;) {
        const int w = joinWindowAt(at - joinEpochUs_);
        const int64_t used = w == joinWindow_ ? joinAirUsedUs_ : 0;
        if (used + airUs <= joinWindowBudgetUs(w)) return at;
        const int64_t next = joinEpochUs_ + joinWindowStartUs(w + 1);
        const int64_t spread = (joinWindowStartUs(w + 2) - joinWindowStartUs(w + 1)) / 10;
        at = std::max(at, next + int64_t(nextRandom(session_) % uint64_t(spread)));
    }
}

SendResult Device::send(uint8_t port, base::ByteView payload, const SendOptions& options) {
    if (!joined()) return SendResult::NotJoined;
    if (busy()) return SendResult::Busy;
    if (port == 0 || port > kCompliancePort) return SendResult::InvalidPort;
    bool confirmed = options.confirmed;
    if (config_.complianceByApplication && compliance_.running()) {
        // Pycom: while the test runs, the script's frames are the test's uplinks.
        port = kCompliancePort;
        confirmed = compliance_.state().confirmed;
    }
    uint8_t dr = session_.dr;
    if (!session_.adr && options.dr) dr = *options.dr;
    if (!validUplinkDr(*region_, dr) || maxPayload(*region_, dr, session_.uplinkDwell) == 0 ||
        !session_.channels.anyChannelFor(dr))
        return SendResult::InvalidDr;
    if (!session_.adr) session_.dr = dr;  // Pycom sets the MAC's DR to the socket's DR

    const size_t pendingAnswers = session_.answers.size + session_.stickyAnswers.size + (linkCheckWanted_ ? 1 : 0);
    const size_t room = maxPayload(*region_, dr, session_.uplinkDwell);
    if (pendingAnswers > kMaxFOpts || payload.size() + pendingAnswers > room) {
        // As Pycom does: flush the MAC answers in an empty frame and report the payload as too long.
        if (pendingAnswers > 0) queueData(0, {}, false, dr);
        return SendResult::TooLong;
    }
    return queueData(port, payload, confirmed, dr);
}

SendResult Device::queueData(uint8_t port, base::ByteView payload, bool confirmed, uint8_t dr) {
    adrBeforeUplink();
    MacCommandBuffer fopts = session_.answers;
    fopts.append(session_.stickyAnswers.view());
    if (linkCheckWanted_) {
        fopts.add(Cid::LinkCheck, {});
        linkCheckWanted_ = false;
    }
    session_.answers.clear();

    DataFrameFields fields;
    fields.type = confirmed ? MType::ConfirmedUp : MType::UnconfirmedUp;
    fields.devAddr = session_.devAddr;
    fields.fctrl = uint8_t((session_.adr ? kFCtrlAdr : 0) |
                           (session_.adr && session_.adrAckCounter >= kAdrAckLimit &&
                                    dr > lowestUplinkDr(*region_, session_.uplinkDwell)
                                ? kFCtrlAdrAckReq
                                : 0) |
                           (session_.ackDownlink ? kFCtrlAck : 0));
    fields.fcnt = session_.fcntUp++;
    if (fopts.size <= kMaxFOpts && (port != 0 || !payload.empty())) {
        fields.fopts = fopts.view();
        fields.port = port;
        fields.payload = payload;
    } else if (fopts.size <= kMaxFOpts) {
        fields.fopts = fopts.view();  // an empty frame that only carries MAC answers
    } else {
        fields.port = 0;
        fields.payload = fopts.view();  // too many answers for FOpts: send them on port 0
    }
    session_.ackDownlink = false;
    if (session_.adr) ++session_.adrAckCounter;
    sealDataFrame(*crypto_, fields, uplink_.frame);

    uplink_.join = false;
    uplink_.confirmed = confirmed;
    uplink_.dr = dr;
    uplink_.tries = 0;
    uplink_.maxTries = confirmed ? uint8_t(1 + config_.txRetries) : std::max<uint8_t>(session_.nbTrans, 1);
    startTransmission();
    return SendResult::Ok;
}

void Device::queueJoin() {
    // DevNonce: a counter kept in storage and advanced before the request goes out, so no value
    // is ever sent twice, whatever resets or power cuts happen in between.
    uint16_t nonce = 0;
    if (auto stored = storage_.load(kDevNonceKey); stored && stored->size() == kDevNonceRecordSize)
        nonce = base::readLe16(stored->data());
    uint8_t next[kDevNonceRecordSize];
    base::writeLe16(next, uint16_t(nonce + 1));
    if (!storage_.store(kDevNonceKey, {next, kDevNonceRecordSize}).ok()) {
        raise(TxFailedEvent);
        return;
    }
    devNonce_ = nonce;
    buildJoinRequest(appKey_, appEui_, devEui_, devNonce_, uplink_.frame);
    uplink_.join = true;
    uplink_.confirmed = false;
    uplink_.dr = joinDr_;
    uplink_.tries = 0;
    uplink_.maxTries = 1;
    ++stats_.joinRequests;
    startTransmission();
}

// ADR back-off (spec §4.3.1.1; LoRaMac-node v4.4.0 RegionCommon AdrNext): with no downlink for
// ADR_ACK_LIMIT uplinks ask for one at full power; after ADR_ACK_DELAY more, step the DR down.
void Device::adrBeforeUplink() {
    if (!session_.adr) return;
    const uint8_t minDr = lowestUplinkDr(*region_, session_.uplinkDwell);
    if (session_.dr <= minDr) {
        session_.adrAckCounter = 0;
        return;
    }
    if (session_.adrAckCounter >= kAdrAckLimit) session_.txPowerIndex = 0;
    if (session_.adrAckCounter >= kAdrAckLimit + kAdrAckDelay && session_.adrAckCounter % kAdrAckDelay == 1) {
        uint8_t dr = uint8_t(session_.dr - 1);
        while (dr > minDr && !session_.channels.anyChannelFor(dr)) --dr;
        session_.dr = dr;
        if (dr == minDr) session_.channels.enableAll(*region_);
    }
}

int64_t Device::channelFreeAtUs(uint32_t frequencyHz) const {
    int64_t at = session_.aggregatedFreeAtUs;
    const auto bands = region_->bands;
    for (size_t i = 0; i < bands.size() && i < kMaxBands; ++i)
        if (&bands[i] == bandFor(*region_, frequencyHz)) at = std::max(at, session_.bandFreeAtUs[i]);
    return at;
}

void Device::recordAirtime(uint32_t frequencyHz, uint32_t timeOnAirUs) {
    const int64_t now = clock_.nowUs();
    const Band* band = bandFor(*region_, frequencyHz);
    uint32_t inverse = band ? band->dutyCycleInverse : 1;
    if (uplink_.join) {
        // Join back-off (spec §7; RegionCommonGetJoinDc): 1 % in the first hour, 0.1 % up to 11 h, then 0.01 %.
        const int64_t elapsed = now - joinStartedUs_;
        const uint32_t joinInverse = elapsed < 3600 * kSecondUs ? 100 : elapsed < 11 * 3600 * kSecondUs ? 1000 : 10000;
        inverse = std::max(inverse, joinInverse);
    }
    for (size_t i = 0; i < region_->bands.size() && i < kMaxBands; ++i)
        if (&region_->bands[i] == band) session_.bandFreeAtUs[i] = now + int64_t(timeOnAirUs) * (inverse - 1);
    session_.aggregatedFreeAtUs = now + int64_t(timeOnAirUs) * ((int64_t(1) << session_.maxDutyCycle) - 1);
}

void Device::startTransmission() {
    const int64_t now = clock_.nowUs();
    if (uplink_.confirmed && uplink_.tries > 0 && uplink_.tries % 2 == 0 &&
        uplink_.dr > lowestUplinkDr(*region_, session_.uplinkDwell)) {
        // Confirmed retries step the DR down every second try (spec §18.4); later frames keep it.
        uint8_t dr = uint8_t(uplink_.dr - 1);
        if (session_.channels.anyChannelFor(dr)) uplink_.dr = session_.dr = dr;
    }
    const bool limited = dutyCycle();
    auto choice = session_.channels.pick(uplink_.dr, nextRandom(session_),
                                         [&](uint32_t hz) { return !limited || channelFreeAtUs(hz) <= now; });
    if (!choice) {
        int64_t earliest = INT64_MAX;
        if (limited)
            for (size_t i = 0; i < session_.channels.size(); ++i)
                if (session_.channels.enabled(i) && session_.channels.channel(i).frequencyHz)
                    earliest = std::min(earliest, channelFreeAtUs(session_.channels.channel(i).frequencyHz));
        if (earliest == INT64_MAX) {  // no channel carries this DR at all
            phase_ = Phase::Idle;
            ++stats_.failedUplinks;
            raise(TxFailedEvent);
            return;
        }
        phase_ = Phase::WaitSlot;
        wakeAt_ = earliest;
        return;
    }
    uplink_.channel = *choice;
    const uint32_t hz = frequencyOf(uplink_.channel);
    const DataRate& rate = region_->dataRates[uplink_.dr];
    const int8_t power = txPowerDbm(*region_, uplink_.join ? 0 : session_.txPowerIndex, session_.maxEirpDbm);
    if (uplink_.tries > 0) ++stats_.retransmissions;
    ++uplink_.tries;
    uplink_.txStartUs = now;
    uplink_.gotDownlink = false;
    uplink_.acked = false;
    stats_.txTrials = uplink_.tries;
    stats_.sfTx = rate.spreadingFactor;
    stats_.txPowerDbm = power;
    stats_.txFrequencyHz = hz;
    ++stats_.txCounter;
    phase_ = Phase::Transmitting;
    wakeAt_ = INT64_MAX;
    radio_.transmit(TxRequest{hz, uplink_.dr, rate, power, uplink_.frame.view()});
}

void Device::onTxDone(int64_t timeUs) {
    if (phase_ != Phase::Transmitting) return;
    uplink_.txEndUs = timeUs;
    const uint32_t airUs = uint32_t(timeUs - uplink_.txStartUs);
    if (uplink_.join) {
        const int window = joinWindowAt(uplink_.txStartUs - joinEpochUs_);
        if (window != joinWindow_) {
            joinWindow_ = window;
            joinAirUsedUs_ = 0;
        }
        joinAirUsedUs_ += airUs;
        ++joinAttempts_;
    }
    stats_.txTimeOnAirMs = (airUs + 999) / 1000;
    if (dutyCycle()) recordAirtime(frequencyOf(uplink_.channel), airUs);
    listenContinuously();
    phase_ = Phase::WaitRx1;
    const int64_t delay = uplink_.join ? 5 * kSecondUs : int64_t(session_.rxDelaySeconds) * kSecondUs;
    const Channel& ch = session_.channels.channel(uplink_.channel);
    const uint8_t dr = rx1DataRate(*region_, uplink_.dr, uplink_.join ? 0 : session_.rx1DrOffset, session_.downlinkDwell);
    wakeAt_ = windowFor(ch.rx1FrequencyHz ? ch.rx1FrequencyHz : ch.frequencyHz, dr, timeUs + delay).openUs;
}

void Device::finishUplink() {
    phase_ = Phase::Idle;
    wakeAt_ = INT64_MAX;
    listenContinuously();
    const int64_t now = clock_.nowUs();
    if (uplink_.join) {
        if (joined()) {
            joining_ = false;
        } else {
            wakeAt_ = std::max(now, nextJoinAttemptUs());
        }
        return;
    }
    if (uplink_.confirmed) {
        if (uplink_.acked) {
            ++stats_.ackedUplinks;
            raise(TxPacketEvent);
        } else if (uplink_.tries < uplink_.maxTries) {
            // ACK_TIMEOUT: 2 s +/- 1 s after the second receive window (spec §18.4 / RP).
            phase_ = Phase::WaitRetry;
            wakeAt_ = std::max(now, uplink_.txEndUs + int64_t(session_.rxDelaySeconds + 1) * kSecondUs +
                                        kSecondUs + int64_t(nextRandom(session_) % (2 * kSecondUs)));
            return;
        } else {
            ++stats_.failedUplinks;
            raise(TxFailedEvent);
        }
    } else if (!uplink_.gotDownlink && uplink_.tries < uplink_.maxTries) {
        phase_ = Phase::WaitRetry;  // NbTrans repetition, right after the windows (spec §5.2)
        wakeAt_ = now;
        return;
    } else {
        raise(TxPacketEvent);
    }
    if (rejoinWanted_) {
        rejoinWanted_ = false;
        (void)joinOtaa(devEui_, appEui_, appKey_, joinDr_);
    }
}

}  // namespace pyfw::lorawan
