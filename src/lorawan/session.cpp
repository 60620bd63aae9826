#include "lorawan/session.h"

namespace pyfw::lorawan {

void resetMacParameters(Session& s, const Region& r) {
    s.region = r.id;
    s.dr = r.defaultDr;
    s.txPowerIndex = 0;
    s.nbTrans = 1;
    s.rx1DrOffset = 0;
    s.rx2Dr = r.rx2Dr;
    s.rx2FrequencyHz = r.rx2FrequencyHz;
    s.rxDelaySeconds = 1;
    s.maxDutyCycle = 0;
    s.uplinkDwell = r.uplinkDwellDefault;
    s.downlinkDwell = r.downlinkDwellDefault;
    s.maxEirpDbm = r.maxEirpDbm;
    s.adrAckCounter = 0;
    s.ackDownlink = false;
    s.answers.clear();
    s.stickyAnswers.clear();
}

uint32_t nextRandom(Session& s) {
    // xorshift64*: small state that persists with the session, so a restored device draws the
    // same numbers it would have drawn without the sleep.
    uint64_t x = s.random;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    s.random = x;
    return uint32_t((x * 0x2545F4914F6CDD1Dull) >> 32);
}

}  // namespace pyfw::lorawan
