#include "base/clock.h"

#include <thread>

namespace pyfw::base {

int64_t RealClock::nowUs() const {
    auto elapsed = std::chrono::steady_clock::now() - start_;
    return std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count();
}

void RealClock::sleepUs(int64_t duration) {
    if (duration > 0) std::this_thread::sleep_for(std::chrono::microseconds(duration));
}

}  // namespace pyfw::base
