#include "chip/power_cut.h"

namespace pyfw::chip {

std::string_view pendingWriteName(PendingWrite fate) {
    switch (fate) {
    case PendingWrite::Kept: return "kept";
    case PendingWrite::Dropped: return "dropped";
    case PendingWrite::Torn: return "torn";
    }
    return "?";
}

void PowerCutInjector::armAt(uint64_t n, PendingWrite fate, uint32_t seed) {
    cutAt_ = count_ + n;
    fate_ = fate;
    random_.seed(seed);
}

PowerCutInjector::Verdict PowerCutInjector::nextWrite() {
    if (lost_) return Verdict::Drop;
    ++count_;
    if (!cutAt_ || count_ != *cutAt_) return Verdict::Proceed;
    lost_ = true;
    switch (fate_) {
    case PendingWrite::Kept: return Verdict::Keep;
    case PendingWrite::Dropped: return Verdict::Drop;
    case PendingWrite::Torn: return Verdict::Tear;
    }
    return Verdict::Drop;
}

base::Error PowerCutInjector::powerLostError(const std::string& operation) {
    return base::fail("power was cut during " + operation);
}

}  // namespace pyfw::chip
