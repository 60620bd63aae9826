#include "port/lora/lora_stack.h"

#include "engine/native.h"
#include "lorawan/time_on_air.h"
#include "port/lora/empty_air.h"

namespace pyfw::port::lora {

// The MAC's radio: LoRaWAN's settings on the board's air (uplinks with normal IQ and a CRC,
// downlinks listened for with inverted IQ and none).
class LoraStack::MacRadio final : public lorawan::Radio {
public:
    explicit MacRadio(LoraStack& stack) : stack_(stack) {}

    void transmit(const lorawan::TxRequest& r) override {
        stack_.air().transmit(settingsFor(r.frequencyHz, r.rate, false), r.powerDbm, r.frame);
    }
    void receive(const lorawan::RxRequest& r) override {
        stack_.air().receive(settingsFor(r.frequencyHz, r.rate, true), r.openUs, r.windowUs);
    }
    void standby() override { stack_.air().standby(); }

private:
    AirSettings settingsFor(uint32_t frequencyHz, const lorawan::DataRate& rate, bool downlink) const {
        AirSettings s;
        s.frequencyHz = frequencyHz;
        s.spreadingFactor = rate.spreadingFactor;
        s.bandwidthKhz = rate.bandwidthKhz;
        s.codingRate = 1;
        s.preambleSymbols = 8;
        s.invertedIq = downlink;
        s.publicSync = stack_.settings_.raw.publicSync;
        s.crc = !downlink;
        return s;
    }
    LoraStack& stack_;
};

LoraStack::LoraStack(BoardTime& time, lorawan::Storage& storage, uint64_t seed)
    : time_(time), storage_(storage), seed_(seed), emptyAir_(std::make_unique<EmptyAir>(time)) {
    emptyAir_->setListener([this](const AirEvent& e) { onAir(e); });
}

LoraStack::~LoraStack() {
    std::lock_guard lock(mutex_);
    if (wakeTimer_) time_.cancelTimer(wakeTimer_);
    air().standby();
    if (air_) air_->setListener(nullptr);
    emptyAir_->setListener(nullptr);
}

void LoraStack::connect(Air* air) {
    std::lock_guard lock(mutex_);
    this->air().standby();
    air_ = air;
    if (air_) air_->setListener([this](const AirEvent& e) { onAir(e); });
}

void LoraStack::init(const LoraSettings& settings) {
    std::lock_guard lock(mutex_);
    air().standby();
    settings_ = settings;
    initialised_ = true;
    device_.reset();
    rawTransmitting_ = false;
    rawHead_ = rawCount_ = 0;
    rawEvents_ = 0;
    if (settings.mode == LoraMode::Lorawan) {
        lorawan::DeviceConfig config;
        config.region = settings.region;
        config.deviceClass = settings.deviceClass;
        config.adr = settings.adr;
        config.txRetries = settings.txRetries;
        config.seed = seed_;
        config.complianceByApplication = true;  // Pycom's certification script answers the test
        macRadio_ = std::make_unique<MacRadio>(*this);
        device_ = std::make_unique<lorawan::Device>(config, *macRadio_, time_.clock(), storage_);
        device_->setCallback([this](uint32_t events) { raise(events); });
    } else {
        listenRaw();
    }
    armWakeTimer();
}

LoraSettings LoraStack::settings() const {
    std::lock_guard lock(mutex_);
    return settings_;
}

bool LoraStack::initialised() const {
    std::lock_guard lock(mutex_);
    return initialised_;
}

bool LoraStack::lorawan() const {
    std::lock_guard lock(mutex_);
    return device_ != nullptr;
}

void LoraStack::setListener(std::function<void(uint32_t)> listener) {
    std::lock_guard lock(mutex_);
    listener_ = std::move(listener);
}

void LoraStack::raise(uint32_t events) {
    if (listener_) listener_(events);
    time_.wake();
}

// ---- LORA mode ----

void LoraStack::listenRaw() {
    if (settings_.powerMode != PowerMode::AlwaysOn || rawTransmitting_ || lent_) return;
    AirSettings s = settings_.raw;
    s.invertedIq = settings_.rxIq;
    air().receive(s, 0, 0);
}

LoraStack::RawSend LoraStack::rawSend(base::ByteView payload) {
    std::lock_guard lock(mutex_);
    if (settings_.powerMode == PowerMode::Sleep) return RawSend::Sleeping;
    if (rawTransmitting_ || lent_) return RawSend::Busy;
    AirSettings s = settings_.raw;
    s.invertedIq = settings_.txIq;
    rawTransmitting_ = true;
    lorawan::Modulation m{s.spreadingFactor, s.bandwidthKhz, s.codingRate, s.preambleSymbols, s.crc, false};
    rawStats_.sfTx = s.spreadingFactor;
    rawStats_.txTrials = 1;
    rawStats_.txPowerDbm = settings_.txPowerDbm;
    rawStats_.txTimeOnAirMs = lorawan::timeOnAirMs(m, uint32_t(payload.size()));
    rawStats_.txFrequencyHz = s.frequencyHz;
    ++rawStats_.txCounter;
    air().transmit(s, settings_.txPowerDbm, payload);
    return RawSend::Sent;
}

bool LoraStack::rawBusy() const {
    std::lock_guard lock(mutex_);
    return rawTransmitting_ || lent_;
}

bool LoraStack::lendRadio() {
    std::lock_guard lock(mutex_);
    if (lent_) return true;
    if (rawTransmitting_ || (initialised_ && settings_.mode == LoraMode::Lorawan && device_ && device_->busy())) return false;
    lent_ = true;
    air().standby();
    return true;
}

void LoraStack::takeBackRadio() {
    std::lock_guard lock(mutex_);
    lent_ = false;
    if (initialised_ && settings_.mode == LoraMode::Lora) listenRaw();
    time_.wake();   // sends waiting for the radio
}

bool LoraStack::radioLent() const {
    std::lock_guard lock(mutex_);
    return lent_;
}

std::optional<base::Bytes> LoraStack::rawReceive() {
    std::lock_guard lock(mutex_);
    if (rawCount_ == 0) return std::nullopt;
    base::Bytes frame = std::move(rawQueue_[rawHead_]);
    rawHead_ = (rawHead_ + 1) % rawQueue_.size();
    --rawCount_;
    return frame;
}

void LoraStack::setPowerMode(PowerMode mode) {
    std::lock_guard lock(mutex_);
    settings_.powerMode = mode;
    if (device_) return;
    if (!rawTransmitting_) air().standby();
    listenRaw();
}

void LoraStack::onRawAir(const AirEvent& event) {
    switch (event.kind) {
    case AirEvent::Kind::TxDone:
        rawTransmitting_ = false;
        rawEvents_ |= lorawan::TxPacketEvent;
        raise(lorawan::TxPacketEvent);
        listenRaw();
        break;
    case AirEvent::Kind::RxDone:
        // A full queue drops the new frame, as Pycom's xQueueSend with no wait does.
        if (rawCount_ < rawQueue_.size()) {
            rawQueue_[(rawHead_ + rawCount_) % rawQueue_.size()] = event.payload;
            ++rawCount_;
        }
        rawStats_.rxTimestampUs = event.timeUs;
        rawStats_.rssi = event.rssiDbm;
        rawStats_.snr = int8_t(event.snrDb);
        rawStats_.sfRx = settings_.raw.spreadingFactor;
        rawEvents_ |= lorawan::RxPacketEvent;
        raise(lorawan::RxPacketEvent);
        break;
    case AirEvent::Kind::RxTimeout:
        listenRaw();
        break;
    }
}

// ---- Both modes ----

void LoraStack::onAir(const AirEvent& event) {
    std::lock_guard lock(mutex_);
    if (!device_) {
        onRawAir(event);
        return;
    }
    switch (event.kind) {
    case AirEvent::Kind::TxDone: device_->onTxDone(event.timeUs); break;
    case AirEvent::Kind::RxDone:
        device_->onRxDone(event.payload, event.rssiDbm, int8_t(event.snrDb), event.timeUs);
        break;
    case AirEvent::Kind::RxTimeout: device_->onRxTimeout(event.timeUs); break;
    }
    armWakeTimer();
    time_.wake();
}

uint32_t LoraStack::takeEvents() {
    std::lock_guard lock(mutex_);
    if (device_) return device_->takeEvents();
    uint32_t events = rawEvents_;
    rawEvents_ = 0;
    return events;
}

lorawan::DeviceStats LoraStack::stats() const {
    std::lock_guard lock(mutex_);
    return device_ ? device_->stats() : rawStats_;
}

// The MAC asks to be woken at wakeAt(); one board timer stands for that.
void LoraStack::armWakeTimer() {
    std::lock_guard lock(mutex_);
    const int64_t at = device_ ? device_->wakeAt() : INT64_MAX;
    if (at == wakeTimerAtUs_ && (wakeTimer_ || at == INT64_MAX)) return;
    if (wakeTimer_) time_.cancelTimer(wakeTimer_);
    wakeTimer_ = 0;
    wakeTimerAtUs_ = at;
    if (at != INT64_MAX) wakeTimer_ = time_.addTimer(at, [this] { onWakeTimer(); });
}

void LoraStack::onWakeTimer() {
    std::lock_guard lock(mutex_);
    wakeTimer_ = 0;
    wakeTimerAtUs_ = INT64_MAX;
    if (device_) device_->onTimer(time_.nowUs());
    armWakeTimer();
    time_.wake();
}

bool LoraStack::waitUntil(const std::function<bool()>& ready, int64_t deadlineUs) {
    for (;;) {
        {
            std::lock_guard lock(mutex_);
            if (ready()) return true;
        }
        if (time_.nowUs() >= deadlineUs) return false;
        // Other threads run while this one waits (a LoRa send waiting for the radio Sigfox holds).
        std::optional<engine::ReleasedGil> released;
        bool reached = time_.sleepUntil(deadlineUs, nullptr, engine::reserveGilTurn, [&] { released.emplace(); });
        released.reset();
        if (!reached) engine::runPendingEvents();
    }
}

}  // namespace pyfw::port::lora
