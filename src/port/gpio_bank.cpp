#include "port/gpio_bank.h"

#include "base/bytes.h"

namespace pyfw::port {

namespace {

// The firmware's word in RTC slow memory for held pads (RTC_DATA_ATTR on the chip), just below
// deep sleep's: bit i = module pin i held, bit 32 + i = its level.
constexpr size_t kHoldOffset = chip::RtcMemory::kSlowMemorySize - 16;

}  // namespace

GpioBank::GpioBank(BoardIo& io, BoardTime& time) : io_(io), time_(time) {}

size_t GpioBank::indexOf(int gpio) {
    auto pins = modulePins();
    for (size_t i = 0; i < pins.size(); ++i)
        if (pins[i].gpio == gpio) return i;
    return 0;   // callers pass module pins only
}

void GpioBank::restoreHolds(const chip::RtcMemory& rtc) {
    uint64_t word = base::readLe64(rtc.slowMemory.data() + kHoldOffset);
    Lock lock(mutex_);
    for (size_t i = 0; i < pins_.size(); ++i) {
        if (!(word >> i & 1)) continue;
        PinState& pin = pins_[i];
        pin.mode = PinMode::Out;
        pin.held = pin.configured = true;
        pin.heldLevel = pin.latch = pin.pad = word >> (32 + i) & 1;
    }
}

void GpioBank::powerDown(chip::RtcMemory& rtc) {
    uint64_t word = 0;
    Lock lock(mutex_);
    auto pins = modulePins();
    for (size_t i = 0; i < pins_.size(); ++i) {
        PinState& pin = pins_[i];
        if (pin.held) {
            word |= uint64_t(1) << i | uint64_t(pin.heldLevel) << (32 + i);
        } else if (pin.configured && pin.mode != PinMode::In) {
            // The pad floats once its driver is off.
            io_.record(time_.nowUs(), pins[i].name, "z");
            pin = PinState{};
        }
    }
    base::writeLe64(rtc.slowMemory.data() + kHoldOffset, word);
}

bool GpioBank::padLevel(const PinState& pin, int gpio) const {
    bool driven = pin.held ? pin.heldLevel : pin.latch;
    if (pin.mode == PinMode::Out) return driven;
    if (pin.mode == PinMode::OpenDrain && !driven) return false;
    switch (io_.driveAt(gpio, uint64_t(time_.nowUs()))) {
    case chip::Drive::High: return true;
    case chip::Drive::Low: return false;
    case chip::Drive::Released: break;
    }
    return pin.pull == PinPull::Up;
}

void GpioBank::update(Lock& lock, int gpio) {
    PinState& pin = pins_[indexOf(gpio)];
    bool before = pin.pad;
    bool now = padLevel(pin, gpio);
    pin.pad = now;
    if (now == before) return;
    if (pin.configured && pin.mode != PinMode::In)
        io_.record(time_.nowUs(), modulePins()[indexOf(gpio)].name, now ? "1" : "0");
    int event = kIrqNone;
    int trigger = pin.trigger;
    if ((trigger == kIrqRising || trigger == kIrqBothEdges) && now) event = kIrqRising;
    if ((trigger == kIrqFalling || trigger == kIrqBothEdges) && !now) event = kIrqFalling;
    if (trigger == kIrqHighLevel && now) event = kIrqHighLevel;
    if (trigger == kIrqLowLevel && !now) event = kIrqLowLevel;
    if (event == kIrqNone || !irqSink) return;
    lock.unlock();
    irqSink(gpio, event);
    lock.lock();
}

void GpioBank::configure(int gpio, PinMode mode, PinPull pull) {
    Lock lock(mutex_);
    PinState& pin = pins_[indexOf(gpio)];
    pin.mode = mode;
    pin.pull = pull;
    pin.configured = true;
    update(lock, gpio);
}

PinMode GpioBank::mode(int gpio) const {
    Lock lock(mutex_);
    return pins_[indexOf(gpio)].mode;
}

PinPull GpioBank::pull(int gpio) const {
    Lock lock(mutex_);
    return pins_[indexOf(gpio)].pull;
}

void GpioBank::write(int gpio, bool level) {
    Lock lock(mutex_);
    pins_[indexOf(gpio)].latch = level;
    update(lock, gpio);
}

bool GpioBank::latch(int gpio) const {
    Lock lock(mutex_);
    return pins_[indexOf(gpio)].latch;
}

bool GpioBank::read(int gpio) {
    Lock lock(mutex_);
    update(lock, gpio);
    return pins_[indexOf(gpio)].pad;
}

bool GpioBank::setHold(int gpio, bool hold) {
    auto info = pinByGpio(gpio);
    if (!info || !info->rtcDomain || info->inputOnly) return false;
    Lock lock(mutex_);
    PinState& pin = pins_[indexOf(gpio)];
    if (hold && !pin.held) pin.heldLevel = padLevel(pin, gpio);
    pin.held = hold;
    update(lock, gpio);
    return true;
}

bool GpioBank::held(int gpio) const {
    Lock lock(mutex_);
    return pins_[indexOf(gpio)].held;
}

void GpioBank::setTrigger(int gpio, int trigger) {
    Lock lock(mutex_);
    PinState& pin = pins_[indexOf(gpio)];
    pin.trigger = trigger;
    pin.pad = padLevel(pin, gpio);
    // A level trigger whose level is already there fires at once, as the chip's would.
    bool fires = (trigger == kIrqHighLevel && pin.pad) || (trigger == kIrqLowLevel && !pin.pad);
    if (!fires || !irqSink) return;
    lock.unlock();
    irqSink(gpio, trigger);
}

int GpioBank::trigger(int gpio) const {
    Lock lock(mutex_);
    return pins_[indexOf(gpio)].trigger;
}

void GpioBank::clearTriggers() {
    Lock lock(mutex_);
    for (PinState& pin : pins_) pin.trigger = kIrqNone;
}

void GpioBank::inputChanged(int gpio) {
    if (!pinByGpio(gpio)) return;
    Lock lock(mutex_);
    update(lock, gpio);
}

void GpioBank::scheduleInputChanges() {
    int64_t now = time_.nowUs();
    for (auto [gpio, at] : io_.inputEdges()) {
        if (int64_t(at) < now) continue;
        time_.addTimer(int64_t(at), [this, gpio = gpio] { inputChanged(gpio); });
    }
}

}  // namespace pyfw::port
