#include "port/net_wait.h"

#include <cerrno>
#include <chrono>

#include "engine/native.h"
#include "port/board_host.h"

namespace pyfw::port {

namespace {

// Ctrl-C and callbacks are looked at this often while a wait lasts.
constexpr int64_t kSliceUs = 20'000;

int64_t realNowUs() {
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int waitForFds(std::vector<pollfd>& fds, int64_t timeoutUs, const std::function<bool()>& extraReady) {
    BoardTime& time = runningApp().time();
    const int64_t startUs = realNowUs();
    int64_t chargedUs = 0;
    while (true) {
        if (extraReady && extraReady()) return 0;
        int64_t elapsedUs = realNowUs() - startUs;
        int64_t sliceUs = kSliceUs;
        if (timeoutUs >= 0) sliceUs = std::clamp<int64_t>(timeoutUs - elapsedUs, 0, kSliceUs);
        int ready;
        {
            // Other _thread threads run meanwhile; on virtual time this one is not runnable.
            engine::WaitingOutside waiting;
            ready = ::poll(fds.data(), fds.size(), int((sliceUs + 999) / 1000));
        }
        if (time.isVirtual()) {
            int64_t nowElapsed = realNowUs() - startUs;
            time.chargeUs(nowElapsed - chargedUs);
            chargedUs = nowElapsed;
        }
        if (ready < 0 && errno != EINTR) raiseSocketError(errno);
        if (ready > 0) return ready;
        engine::runPendingEvents();
        if (timeoutUs >= 0 && realNowUs() - startUs >= timeoutUs) return 0;
    }
}

bool waitForFd(int fd, short events, int64_t timeoutUs) {
    std::vector<pollfd> fds{{fd, events, 0}};
    return waitForFds(fds, timeoutUs) > 0;
}

void raiseSocketError(int error) {
    using namespace engine;
    Type* type = error == ETIMEDOUT ? &exc::TimeoutError : &exc::OSError;
    raise(newException(type, newTuple({Value::smallInt(error)})));
}

}  // namespace pyfw::port
