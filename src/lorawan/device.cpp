// Device: activation, the application-facing API and persistence glue. The transmit path is in
// device_tx.cpp, receive windows and downlink checks in device_rx.cpp, MAC commands in device_mac.cpp.
#include "lorawan/device.h"

#include "lorawan/session_codec.h"
#include "lorawan/time_on_air.h"

namespace pyfw::lorawan {

namespace {
constexpr const char* kSessionKey = "session";
constexpr const char* kSendResultNames[] = {"ok", "not joined", "busy", "payload too long for the data rate",
                                            "data rate not allowed", "port not allowed"};
}  // namespace

const char* sendResultName(SendResult result) { return kSendResultNames[size_t(result)]; }

Device::Device(const DeviceConfig& config, Radio& radio, Clock& clock, Storage& storage)
    : config_(config), radio_(radio), clock_(clock), storage_(storage), region_(&region(config.region)) {
    resetMacParameters(session_, *region_);
    session_.channels.reset(*region_);
    session_.adr = config.adr;
    session_.random ^= config.seed * 0xD1B54A32D192ED03ull;
    if (session_.random == 0) session_.random = 1;
}

base::Status Device::joinOtaa(Eui devEui, Eui appEui, const Key& appKey, std::optional<uint8_t> dr) {
    const uint8_t joinDr = dr.value_or(region_->defaultJoinDr);
    if (joinDr >= 16 || !(region_->allowedJoinDrs >> joinDr & 1))
        return base::fail(std::string(region_->name) + " does not allow joining at DR" + std::to_string(joinDr));
    devEui_ = devEui;
    appEui_ = appEui;
    appKey_ = appKey;
    joinDr_ = joinDr;
    // LoRaMac resets the MAC parameters when a join starts; the channel table stays (pitfall 4).
    session_.activation = Activation::None;
    resetMacParameters(session_, *region_);
    crypto_.reset();
    if (phase_ != Phase::Idle) radio_.standby();
    phase_ = Phase::Idle;
    joining_ = true;
    joinStartedUs_ = clock_.nowUs();
    if (joinEpochUs_ < 0) joinEpochUs_ = joinStartedUs_;  // the budget counts from power-up
    joinAttempts_ = 0;
    // Even a join the application starts again keeps within the airtime budget.
    const int64_t airUs = timeOnAirUs(modulationFor(region_->dataRates[joinDr], true), kJoinRequestSize);
    const int64_t at = config_.joinRetry == JoinRetry::Backoff ? withinJoinBudget(joinStartedUs_, airUs) : joinStartedUs_;
    if (at > joinStartedUs_) {
        wakeAt_ = at;  // onTimer sends it
        return base::okStatus();
    }
    queueJoin();
    return base::okStatus();
}

base::Status Device::activateAbp(uint32_t devAddr, const Key& nwkSKey, const Key& appSKey) {
    if (phase_ != Phase::Idle) radio_.standby();
    phase_ = Phase::Idle;
    wakeAt_ = INT64_MAX;
    joining_ = false;
    resetMacParameters(session_, *region_);
    session_.activation = Activation::Abp;
    session_.devAddr = devAddr;
    session_.netId = 0;
    session_.nwkSKey = nwkSKey;
    session_.appSKey = appSKey;
    session_.fcntUp = 0;
    session_.fcntDown = 0;
    session_.downlinkSeen = false;
    crypto_.emplace(nwkSKey, appSKey);
    listenContinuously();
    return base::okStatus();
}

std::optional<Downlink> Device::receive() {
    if (rxCount_ == 0) return std::nullopt;
    Downlink d = rxQueue_[rxHead_];
    rxHead_ = uint8_t((rxHead_ + 1) % rxQueue_.size());
    --rxCount_;
    return d;
}

uint32_t Device::takeEvents() {
    uint32_t e = events_;
    events_ = 0;
    return e;
}

void Device::raise(uint32_t events) {
    events_ |= events;
    if (callback_) callback_(events);
}

bool Device::addChannel(uint8_t index, uint32_t frequencyHz, uint8_t minDr, uint8_t maxDr) {
    return session_.channels.addChannel(*region_, index, frequencyHz, minDr, maxDr);
}

bool Device::removeChannel(uint8_t index) { return session_.channels.removeChannel(*region_, index); }

base::Status Device::save() {
    SavedSession saved{session_, true};
    return storage_.store(kSessionKey, encodeSession(saved));
}

base::Status Device::restore() {
    auto blob = storage_.load(kSessionKey);
    if (!blob) return base::fail("no LoRaWAN session has been saved");
    PYFW_ASSIGN(SavedSession saved, decodeSession(*blob));
    if (saved.session.region != region_->id) {
        storage_.erase(kSessionKey);
        return base::fail("the saved LoRaWAN session is for another region");
    }
    if (!saved.restorable || saved.session.activation == Activation::None)
        return base::fail("the saved LoRaWAN session was already restored once; save it again first");
    session_ = saved.session;
    crypto_.emplace(session_.nwkSKey, session_.appSKey);
    joining_ = false;
    phase_ = Phase::Idle;
    wakeAt_ = INT64_MAX;
    saved.restorable = false;
    PYFW_TRY(storage_.store(kSessionKey, encodeSession(saved)));
    listenContinuously();
    return base::okStatus();
}

void Device::eraseSaved() { storage_.erase(kSessionKey); }

void Device::onTimer(int64_t nowUs) {
    if (complianceWakeUs_ <= nowUs) {
        if (phase_ == Phase::Idle && !joining_ && compliance_.running()) {
            sendComplianceUplink();
        } else if (!compliance_.running()) {
            complianceWakeUs_ = INT64_MAX;
        }
    }
    if (wakeAt_ > nowUs) return;
    wakeAt_ = INT64_MAX;
    switch (phase_) {
    case Phase::WaitSlot:
    case Phase::WaitRetry:
        startTransmission();
        break;
    case Phase::WaitRx1:
        openWindow(true);
        break;
    case Phase::WaitRx2:
        openWindow(false);
        break;
    case Phase::Idle:
        if (joining_) queueJoin();
        break;
    default:
        break;
    }
}

void Device::runCompliance(const ComplianceAction& action) {
    const bool byApplication = config_.complianceByApplication;
    if (action.activate) {
        adrBeforeTest_ = session_.adr;
        session_.adr = true;  // the duty cycle is on while the test runs: see dutyCycle()
        rxCount_ = 0;  // the test flushes the application's RX queue
        if (!byApplication) complianceWakeUs_ = clock_.nowUs() + kComplianceTxPeriodUs;
    }
    if (action.deactivate) {
        session_.adr = adrBeforeTest_;
        complianceWakeUs_ = INT64_MAX;
    }
    if (action.linkCheck) linkCheckWanted_ = true;
    if (action.rejoin && devEui_ != 0 && !byApplication) {
        // Joining needs the radio, which is still busy with this uplink's windows: do it when idle.
        rejoinWanted_ = true;
    }
}

void Device::sendComplianceUplink() {
    std::array<uint8_t, 242> payload;
    size_t n = compliance_.nextUplink(payload.data());
    uint8_t dr = session_.dr;
    const size_t room = maxPayload(*region_, dr, session_.uplinkDwell);
    if (n > room) n = room;
    queueData(kCompliancePort, {payload.data(), n}, compliance_.state().confirmed, dr);
    complianceWakeUs_ = clock_.nowUs() + kComplianceTxPeriodUs;
}

}  // namespace pyfw::lorawan
