#include "port/lora/world_air.h"

#include <algorithm>
#include <cstdio>

namespace pyfw::port::lora {

namespace {

formats::RadioParams paramsOf(const AirSettings& s) {
    formats::RadioParams p;
    p.frequencyHz = s.frequencyHz;
    p.spreadingFactor = s.spreadingFactor;
    p.bandwidthKhz = s.bandwidthKhz;
    p.codingRate = s.codingRate;
    p.preambleSymbols = s.preambleSymbols;
    p.invertedIq = s.invertedIq;
    p.publicSync = s.publicSync;
    p.crc = s.crc;
    return p;
}

AirEvent eventOf(const chip::RadioEvent& e) {
    AirEvent out;
    out.timeUs = e.timeUs;
    out.rssiDbm = e.rssiDbm;
    out.snrDb = e.snrDb;
    out.payload = e.payload;
    switch (e.kind) {
    case chip::RadioEvent::Kind::TxDone: out.kind = AirEvent::Kind::TxDone; break;
    case chip::RadioEvent::Kind::RxDone: out.kind = AirEvent::Kind::RxDone; break;
    default: out.kind = AirEvent::Kind::RxTimeout; break;
    }
    return out;
}

}  // namespace

base::Result<std::unique_ptr<WorldAir>> WorldAir::connect(const std::filesystem::path& socket, const std::string& name,
                                                          double x, double y) {
    PYFW_ASSIGN(chip::RadioLinkClient link, chip::RadioLinkClient::connect(socket, name, x, y));
    std::unique_ptr<WorldAir> air(new WorldAir(std::move(link)));
    if (!air->virtualTime()) air->reader_ = std::thread([raw = air.get()] { raw->readEvents(); });
    return air;
}

WorldAir::~WorldAir() {
    stopping_ = true;
    if (reader_.joinable()) reader_.join();
    std::lock_guard lock(mutex_);
    link_.close();
}

// Real time: the only reader of the link. It waits in short steps so that it sees stopping_;
// the radio calls are sent meanwhile from the board's threads under the mutex.
void WorldAir::readEvents() {
    constexpr int64_t kStepUs = 100000;
    while (!stopping_) {
        auto event = link_.waitUntil(link_.nowUs() + kStepUs);
        if (!event) {
            std::lock_guard lock(mutex_);
            lost(event.error().message);
            return;
        }
        if (event->kind != chip::RadioEvent::Kind::Granted) deliver(*event);
    }
}

void WorldAir::deliver(const chip::RadioEvent& event) {
    AirEvent air = eventOf(event);
    BoardTime* time;
    {
        std::lock_guard lock(mutex_);
        if (!time_ || broken_) return;  // deep sleep, or between two apps: the radio is off
        time = time_;
        air.timeUs -= worldMinusBoardUs_;
    }
    time->addTimer(air.timeUs, [this, air] {
        Listener listener;
        {
            std::lock_guard inner(mutex_);
            listener = listener_;
        }
        if (listener) listener(air);
    });
}

void WorldAir::lost(const std::string& why) {
    if (broken_) return;
    broken_ = true;
    std::fprintf(stderr, "pyfw: the radio lost its world: %s\n", why.c_str());
}

Air* WorldAir::fallback() {
    if (!broken_ || !time_) return nullptr;
    if (!emptyAir_) {
        emptyAir_ = std::make_unique<EmptyAir>(*time_);
        emptyAir_->setListener([this](const AirEvent& e) {
            Listener listener;
            {
                std::lock_guard inner(mutex_);
                listener = listener_;
            }
            if (listener) listener(e);
        });
    }
    return emptyAir_.get();
}

// The time a radio call carries: the board's clock on virtual time (the world's own), the world's
// clock on real time (where the world applies calls as they arrive).
int64_t WorldAir::boardNowUs() const {
    if (!time_) return -1;
    return time_->nowUs() + (link_.virtualTime() ? 0 : worldMinusBoardUs_);
}

void WorldAir::attach(BoardTime& time) {
    std::lock_guard lock(mutex_);
    time_ = &time;
    if (!link_.virtualTime()) {
        // Both clocks are the host's: their difference holds while the app runs.
        worldMinusBoardUs_ = link_.nowUs() - time.nowUs();
        return;
    }
    // The board joins the world's present (a board that slept or started late catches up).
    if (auto* clock = dynamic_cast<base::VirtualClock*>(&time.clock())) clock->advanceTo(link_.nowUs());
    time.setIdleGate([this](int64_t targetUs) { return idleUntil(targetUs); });
}

void WorldAir::detach() {
    std::lock_guard lock(mutex_);
    if (time_ && link_.virtualTime()) time_->setIdleGate(nullptr);
    emptyAir_.reset();
    time_ = nullptr;
    listener_ = nullptr;
    if (!broken_) (void)link_.standby();
}

int64_t WorldAir::idleUntil(int64_t targetUs) {
    std::unique_lock lock(mutex_);
    const int64_t now = boardNowUs();
    if (broken_ || !time_) return targetUs;
    const int64_t until = targetUs == INT64_MAX ? formats::kRadioLinkForever : targetUs;
    auto event = link_.waitUntil(until, now);
    if (!event) {
        lost(event.error().message);
        return targetUs == INT64_MAX ? now : targetUs;
    }
    if (event->kind == chip::RadioEvent::Kind::Granted) return std::max(event->timeUs, now);
    // The event reaches the radio at its own time, through the board's timers, as an interrupt
    // would: it may be behind the board's clock when the board ran ahead while computing.
    AirEvent air = eventOf(*event);
    BoardTime* time = time_;
    lock.unlock();
    time->addTimer(air.timeUs, [this, air] {
        Listener listener;
        {
            std::lock_guard inner(mutex_);
            listener = listener_;
        }
        if (listener) listener(air);
    });
    return std::max(air.timeUs, now);
}

void WorldAir::sleepUntil(int64_t wakeUs) {
    if (!link_.virtualTime()) return;  // the world's time passes by itself
    std::lock_guard lock(mutex_);
    while (!broken_) {
        auto event = link_.waitUntil(wakeUs);
        if (!event) {
            lost(event.error().message);
            return;
        }
        if (event->kind == chip::RadioEvent::Kind::Granted && event->timeUs >= wakeUs) return;
    }
}

void WorldAir::setListener(Listener listener) {
    std::lock_guard lock(mutex_);
    listener_ = std::move(listener);
}

void WorldAir::transmit(const AirSettings& settings, int8_t powerDbm, base::ByteView payload) {
    std::unique_lock lock(mutex_);
    if (Air* empty = fallback()) {
        lock.unlock();
        return empty->transmit(settings, powerDbm, payload);
    }
    if (broken_) return;
    if (auto sent = link_.transmit(paramsOf(settings), powerDbm, payload, boardNowUs()); !sent.ok())
        lost(sent.error().message);
}

void WorldAir::receive(const AirSettings& settings, int64_t openUs, uint32_t windowUs) {
    std::unique_lock lock(mutex_);
    if (Air* empty = fallback()) {
        lock.unlock();
        return empty->receive(settings, openUs, windowUs);
    }
    if (broken_) return;
    const int64_t openWorldUs = openUs > 0 && !link_.virtualTime() ? openUs + worldMinusBoardUs_ : openUs;
    if (auto sent = link_.receive(paramsOf(settings), windowUs, openWorldUs, boardNowUs()); !sent.ok())
        lost(sent.error().message);
}

void WorldAir::standby() {
    std::unique_lock lock(mutex_);
    if (Air* empty = fallback()) {
        lock.unlock();
        return empty->standby();
    }
    if (broken_) return;
    if (auto sent = link_.standby(boardNowUs()); !sent.ok()) lost(sent.error().message);
}

}  // namespace pyfw::port::lora
