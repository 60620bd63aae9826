#include "port/sigfox_fsk.h"

#include <algorithm>

#include "port/lora/lora_stack.h"
#include "port/running_app.h"

namespace pyfw::port {

namespace {

// What both ends must agree on: the frequency, FSK (spreading factor 0xFF in the air's terms),
// and a sync word that is not LoRaWAN's.
lora::LoraSettings fskSettings(int64_t frequencyHz) {
    lora::LoraSettings settings;
    settings.mode = lora::LoraMode::Lora;
    settings.raw.frequencyHz = uint32_t(frequencyHz);
    settings.raw.spreadingFactor = 0xFF;
    settings.raw.bandwidthKhz = 0;
    settings.raw.publicSync = false;
    settings.powerMode = lora::PowerMode::AlwaysOn;
    return settings;
}

}  // namespace

void SigfoxFsk::start(int64_t frequencyHz) {
    app_.lora().init(fskSettings(frequencyHz));
    frequencyHz_ = frequencyHz;
    rest_.clear();
}

void SigfoxFsk::stop() {
    if (!frequencyHz_) return;
    app_.lora().setPowerMode(lora::PowerMode::Sleep);
    frequencyHz_.reset();
    rest_.clear();
}

int64_t SigfoxFsk::nowUs() const { return app_.lora().nowUs(); }

bool SigfoxFsk::send(base::ByteView payload, int64_t deadlineUs) {
    lora::LoraStack& radio = app_.lora();
    auto idle = [&radio] { return !radio.rawBusy(); };
    if (!radio.waitUntil(idle, deadlineUs)) return false;
    if (radio.rawSend(payload) != lora::LoraStack::RawSend::Sent) return false;
    return radio.waitUntil(idle, deadlineUs);
}

std::optional<base::Bytes> SigfoxFsk::receive(size_t size, int64_t deadlineUs) {
    if (rest_.empty()) {
        lora::LoraStack& radio = app_.lora();
        std::optional<base::Bytes> frame;
        auto heard = [&] { return (frame = radio.rawReceive()).has_value(); };
        if (!radio.waitUntil(heard, deadlineUs)) return std::nullopt;
        rest_ = std::move(*frame);
    }
    const size_t taken = std::min(size, rest_.size());
    base::Bytes out(rest_.begin(), rest_.begin() + taken);
    rest_.erase(rest_.begin(), rest_.begin() + taken);
    return out;
}

}  // namespace pyfw::port
