#include "port/lora/empty_air.h"

#include <algorithm>

#include "lorawan/time_on_air.h"

namespace pyfw::port::lora {

void EmptyAir::setListener(Listener listener) {
    std::lock_guard lock(mutex_);
    listener_ = std::move(listener);
}

void EmptyAir::transmit(const AirSettings& s, int8_t, base::ByteView payload) {
    lorawan::Modulation m{s.spreadingFactor, s.bandwidthKhz, s.codingRate, s.preambleSymbols, s.crc, false};
    schedule(time_.nowUs() + lorawan::timeOnAirUs(m, uint32_t(payload.size())), AirEvent::Kind::TxDone);
}

void EmptyAir::receive(const AirSettings&, int64_t openUs, uint32_t windowUs) {
    if (windowUs == 0) {
        standby();  // continuous reception: nothing will come
        return;
    }
    schedule(std::max(openUs, time_.nowUs()) + windowUs, AirEvent::Kind::RxTimeout);
}

void EmptyAir::standby() {
    std::lock_guard lock(mutex_);
    if (timer_) time_.cancelTimer(timer_);
    timer_ = 0;
    ++generation_;
}

// One operation at a time, as on the chip: a new one replaces what was pending.
void EmptyAir::schedule(int64_t atUs, AirEvent::Kind kind) {
    std::lock_guard lock(mutex_);
    if (timer_) time_.cancelTimer(timer_);
    const uint64_t generation = ++generation_;
    timer_ = time_.addTimer(atUs, [this, atUs, kind, generation] {
        Listener listener;
        {
            std::lock_guard inner(mutex_);
            if (generation != generation_) return;  // replaced while it was firing
            timer_ = 0;
            listener = listener_;
        }
        AirEvent event;
        event.kind = kind;
        event.timeUs = atUs;
        if (listener) listener(event);
    });
}

}  // namespace pyfw::port::lora
