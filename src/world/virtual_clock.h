// Virtual time for simulations and tests: it moves only when the event loop moves it.
#pragma once

#include <cstdint>

#include "lorawan/interfaces.h"

namespace pyfw::world {

class VirtualClock : public lorawan::Clock {
public:
    int64_t nowUs() const override { return now_; }
    void advanceTo(int64_t us) { if (us > now_) now_ = us; }

private:
    int64_t now_ = 0;
};

}  // namespace pyfw::world
