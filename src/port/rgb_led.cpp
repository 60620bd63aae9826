#include "port/rgb_led.h"

#include <cstdio>

namespace pyfw::port {

void RgbLed::setColorLocked(uint32_t color) {
    color &= 0xFFFFFF;
    if (color == color_) return;
    color_ = color;
    char text[16];
    std::snprintf(text, sizeof text, "0x%06x", unsigned(color));
    io_.record(time_.nowUs(), "LED", text);
}

void RgbLed::setColor(uint32_t color) {
    std::lock_guard lock(mutex_);
    setColorLocked(color);
}

uint32_t RgbLed::color() const {
    std::lock_guard lock(mutex_);
    return color_;
}

void RgbLed::scheduleBlink(uint64_t generation, bool lightUp, int64_t atUs) {
    time_.addTimer(atUs, [this, generation, lightUp, atUs] {
        std::lock_guard lock(mutex_);
        if (generation != generation_) return;
        setColorLocked(lightUp ? kHeartbeatColor : 0);
        int64_t next = lightUp ? atUs + kHeartbeatOnUs : atUs + kHeartbeatPeriodUs - kHeartbeatOnUs;
        scheduleBlink(generation, !lightUp, next);
    });
}

void RgbLed::setHeartbeat(bool on) {
    std::lock_guard lock(mutex_);
    if (on == heartbeat_) return;
    heartbeat_ = on;
    ++generation_;
    if (on) scheduleBlink(generation_, true, time_.nowUs() + kHeartbeatPeriodUs);
    else setColorLocked(0);
}

bool RgbLed::heartbeat() const {
    std::lock_guard lock(mutex_);
    return heartbeat_;
}

void RgbLed::powerDown() {
    std::lock_guard lock(mutex_);
    heartbeat_ = false;
    ++generation_;
    setColorLocked(0);
}

}  // namespace pyfw::port
