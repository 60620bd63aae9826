#include "port/sigfox_radio.h"

#include "engine/native.h"
#include "port/board_host.h"
#include "port/lora/lora_stack.h"
#include "port/nvs_store.h"
#include "port/running_app.h"
#include "sigfox/zones.h"

namespace pyfw::port {

namespace {

constexpr std::string_view kNvsNamespace = "SIGFOX";
constexpr std::string_view kCounterKey = "counter";

// Where in the zone's band each frame of a message goes: three distinct frequencies that move
// with the counter, as the Sigfox library spreads them, kept inside the band.
int64_t frameFrequency(const sigfox::Zone& zone, uint16_t counter, int rank) {
    const int64_t step = zone.bandHz / 4;
    const int64_t offset = ((counter * 7 + rank * 3) % 5 - 2) * step / 2 + (rank - 1) * (step / 5);
    return zone.uplinkHz + offset;
}

// What the board measures for a keep-alive: supply idle and under transmission (mV), temperature
// (tenths of a degree), little-endian as the control frame carries them.
base::Bytes keepAlivePayload() {
    const uint16_t idleMv = 3300, txMv = 3220, tenthsC = 251;
    return {sigfox::kControlKeepAlive, uint8_t(idleMv), uint8_t(idleMv >> 8), uint8_t(txMv), uint8_t(txMv >> 8),
            uint8_t(tenthsC), uint8_t(tenthsC >> 8)};
}

// Holds the SX127x for a Sigfox message on boards that share it with LoRa; waits on the board's
// clock until LoRa is idle.
void borrowRadio(RunningApp& app) {
    if (lora::LoraStack* lora = app.loraIfStarted()) lora->waitUntil([lora] { return lora->lendRadio(); }, INT64_MAX);
}

void giveRadioBack(RunningApp& app) {
    if (lora::LoraStack* lora = app.loraIfStarted()) lora->takeBackRadio();
}

class RadioLoan {
public:
    explicit RadioLoan(RunningApp& app) : app_(app) { borrowRadio(app_); }
    ~RadioLoan() { giveRadioBack(app_); }

private:
    RunningApp& app_;
};

}  // namespace

// A hard reset, deep sleep or power-off takes the carrier off the air (the LoRa task is gone by
// then: nothing to give the radio back to).
SigfoxRadio::~SigfoxRadio() {
    if (carrierHz_ && air_) air_->carrierOff(app_.time().nowUs());
}

void SigfoxRadio::startCarrier(int64_t frequencyHz) {
    if (!carrierHz_) borrowRadio(app_);
    carrierHz_ = frequencyHz;
    if (air_) air_->carrierOn(frequencyHz, app_.time().nowUs());
}

void SigfoxRadio::stopCarrier() {
    if (!carrierHz_) return;
    if (air_) air_->carrierOff(app_.time().nowUs());
    carrierHz_.reset();
    giveRadioBack(app_);
}

void SigfoxRadio::transmitFrame(base::ByteView frame, int64_t frequencyHz) {
    stopCarrier();
    RadioLoan loan(app_);
    const int64_t airtimeUs = sigfox::uplinkAirtimeUs(frame.size(), sigfox::kZones[zone].bitRate);
    const int64_t startUs = app_.time().nowUs();
    if (air_) air_->transmit(frame, frequencyHz, startUs, airtimeUs);
    waitUntil(startUs + airtimeUs);
}

uint32_t SigfoxRadio::deviceId() const {
    const auto& id = app_.config().sigfoxId;
    return uint32_t(id[0]) << 24 | uint32_t(id[1]) << 16 | uint32_t(id[2]) << 8 | id[3];
}

int SigfoxRadio::nextCounter() {
    NvsStore* nvs = app_.nvs();
    if (!nvs) return 0;
    auto stored = nvs->get(kNvsNamespace, kCounterKey);
    if (!stored.ok() || !*stored || (*stored)->type != formats::nvs::ItemType::U32) return 0;
    return int((*stored)->bits % sigfox::kCounterModulo);
}

void SigfoxRadio::waitUntil(int64_t us) {
    int64_t now = app_.time().nowUs();
    if (us > now) engine::host().sleepMicros(uint64_t(us - now));
}

// The counter is stored, already advanced, before the frame goes out: a reset or a power cut in
// the middle of a message never sends that counter again.
base::Result<uint16_t> SigfoxRadio::takeCounter() {
    NvsStore* nvs = app_.nvs();
    if (!nvs) return base::fail("NVS unavailable: the board's nvs partition cannot be opened");
    auto stored = nvs->get(kNvsNamespace, kCounterKey);
    if (!stored.ok()) return stored.error();
    uint16_t counter = 0;
    if (*stored && (*stored)->type == formats::nvs::ItemType::U32) counter = uint16_t((*stored)->bits % sigfox::kCounterModulo);
    auto set = nvs->set(kNvsNamespace, kCounterKey, NvsValue::u32((counter + 1u) % sigfox::kCounterModulo));
    if (!set.ok()) return set.error();
    if (*set == SetResult::NoSpace) return base::fail("no space in NVS for the Sigfox message counter");
    return counter;
}

void SigfoxRadio::transmit(const sigfox::Uplink& uplink, int repeats, int64_t& firstEndUs) {
    const sigfox::Zone& z = sigfox::kZones[zone];
    sigfox::DeviceKey key = app_.config().sigfoxPrivateKey;
    for (int rank = 0; rank <= repeats; ++rank) {
        auto frame = sigfox::buildUplinkFrame(uplink, key, rank);
        if (!frame.ok()) return;   // the caller checked the message; nothing else can fail here
        const int64_t airtimeUs = sigfox::uplinkAirtimeUs(frame->size(), z.bitRate);
        const int64_t startUs = app_.time().nowUs();
        if (air_) air_->transmit(*frame, frameFrequency(z, uplink.counter, rank), startUs, airtimeUs);
        waitUntil(startUs + airtimeUs);
        if (rank == 0) firstEndUs = startUs + airtimeUs;
        if (rank < repeats) waitUntil(app_.time().nowUs() + z.interFrameUs);
    }
}

std::optional<sigfox::DownlinkPayload> SigfoxRadio::receiveDownlink(const sigfox::Uplink& uplink, int64_t firstEndUs) {
    const sigfox::Zone& z = sigfox::kZones[zone];
    const int64_t openUs = firstEndUs + sigfox::kDownlinkDelayUs, closeUs = openUs + sigfox::kDownlinkWindowUs;
    waitUntil(openUs);
    auto heard = air_ ? air_->listen(z.downlinkHz, openUs, closeUs) : std::nullopt;
    if (!heard) {
        waitUntil(closeUs);
        return std::nullopt;
    }
    // The whole frame (with its 13 bytes of preamble and sync) has to arrive.
    waitUntil(heard->startUs + sigfox::uplinkAirtimeUs(sigfox::kDownlinkFrameSize + 13, sigfox::kDownlinkBitRate));
    auto payload = sigfox::decodeDownlinkFrame(heard->frame, uplink.deviceId, uplink.counter, app_.config().sigfoxPrivateKey);
    if (payload) lastRssi_ = heard->rssiDbm;
    return payload;
}

base::Result<SigfoxRadio::Sent> SigfoxRadio::send(const Message& message) {
    sigfox::Uplink uplink;
    uplink.kind = message.kind;
    uplink.deviceId = deviceId();
    uplink.downlinkRequest = message.downlinkRequest;
    uplink.bit = message.bit;
    uplink.payload = message.kind == sigfox::UplinkKind::Control ? keepAlivePayload() : message.payload;
    if (auto check = sigfox::buildUplinkFrame(uplink, {}, 0); !check.ok()) return check.error();
    auto counter = takeCounter();
    if (!counter.ok()) return counter.error();
    uplink.counter = *counter;
    stopCarrier();
    RadioLoan loan(app_);
    Sent sent{uplink.counter, std::nullopt};
    int64_t firstEndUs = 0;
    transmit(uplink, std::clamp(message.repeats, 0, sigfox::kFrameRanks - 1), firstEndUs);
    if (!uplink.downlinkRequest) return sent;
    sent.downlink = receiveDownlink(uplink, firstEndUs);
    if (!sent.downlink) return sent;
    // The device confirms a downlink with an out-of-band control message, as the protocol asks.
    auto confirmation = takeCounter();
    if (!confirmation.ok()) return sent;
    sigfox::Uplink confirm;
    confirm.kind = sigfox::UplinkKind::Control;
    confirm.deviceId = uplink.deviceId;
    confirm.counter = *confirmation;
    confirm.payload = keepAlivePayload();
    confirm.payload[0] = sigfox::kControlDownlinkConfirmation;
    confirm.payload.push_back(uint8_t(lastRssi_ + 100));
    int64_t unused = 0;
    transmit(confirm, sigfox::kFrameRanks - 1, unused);
    return sent;
}

}  // namespace pyfw::port
