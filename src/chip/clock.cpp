#include "chip/clock.h"

#include <thread>

namespace pyfw::chip {

uint64_t RealClock::nowUs() const {
    auto elapsed = std::chrono::steady_clock::now() - start_;
    return uint64_t(std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count());
}

void RealClock::sleepUs(uint64_t duration) { std::this_thread::sleep_for(std::chrono::microseconds(duration)); }

}  // namespace pyfw::chip
