#include "lorawan/compliance.h"

#include <algorithm>
#include <cstring>

namespace pyfw::lorawan {

namespace {
enum Command : uint8_t { Deactivate = 0, Activate = 1, Confirmed = 2, Unconfirmed = 3, Echo = 4, LinkCheck = 5, Rejoin = 6 };
}

void Compliance::countDownlink() {
    if (state_.running) ++state_.downlinkCounter;
}

ComplianceAction Compliance::onCommand(base::ByteView p) {
    ComplianceAction action;
    if (p.empty()) return action;
    if (!state_.running) {
        const bool magic = p.size() == 4 && p[0] == 1 && p[1] == 1 && p[2] == 1 && p[3] == 1;
        if (!state_.enabled || !magic) return action;
        state_.running = true;
        state_.state = Activate;
        state_.downlinkCounter = 0;
        state_.confirmed = false;
        state_.echoSize = 0;
        state_.linkCheckAnswered = false;
        action.activate = true;
        return action;
    }
    state_.state = p[0];
    switch (p[0]) {
    case Deactivate:
        state_.running = false;
        state_.downlinkCounter = 0;
        action.deactivate = true;
        break;
    case Activate:
        break;
    case Confirmed:
        state_.confirmed = true;
        state_.state = Activate;
        break;
    case Unconfirmed:
        state_.confirmed = false;
        state_.state = Activate;
        break;
    case Echo:
        state_.echo[0] = Echo;
        state_.echoSize = uint8_t(std::min<size_t>(p.size(), state_.echo.size()));
        for (size_t i = 1; i < state_.echoSize; ++i) state_.echo[i] = uint8_t(p[i] + 1);
        break;
    case LinkCheck:
        state_.linkCheckAnswered = false;
        action.linkCheck = true;
        break;
    case Rejoin:
        state_.running = false;
        state_.downlinkCounter = 0;
        action.deactivate = true;
        action.rejoin = true;
        break;
    default:
        ++state_.unsupportedCommands;  // 07 TX continuous wave: Pycom never implemented it
        state_.state = Activate;
    }
    return action;
}

void Compliance::onLinkCheckAnswer(uint8_t margin, uint8_t gatewayCount) {
    state_.linkMargin = margin;
    state_.gatewayCount = gatewayCount;
    state_.linkCheckAnswered = true;
}

size_t Compliance::nextUplink(uint8_t* out) {
    if (state_.state == Echo && state_.echoSize > 0) {
        size_t n = state_.echoSize;
        std::memcpy(out, state_.echo.data(), n);
        state_.echoSize = 0;
        state_.state = Activate;
        return n;
    }
    if (state_.state == LinkCheck && state_.linkCheckAnswered) {
        out[0] = LinkCheck;
        out[1] = state_.linkMargin;
        out[2] = state_.gatewayCount;
        state_.linkCheckAnswered = false;
        state_.state = Activate;
        return 3;
    }
    out[0] = uint8_t(state_.downlinkCounter >> 8);
    out[1] = uint8_t(state_.downlinkCounter);
    return 2;
}

}  // namespace pyfw::lorawan
