#include "world/join_diagnosis.h"

namespace pyfw::world {

namespace {
std::string n(uint64_t value) { return std::to_string(value); }

// The server's reasons for refusing join requests, largest first.
std::string serverRefusals(const NsStats& ns) {
    using lorawan::DropReason;
    struct Reason {
        uint64_t count;
        const char* text;
    };
    const Reason reasons[] = {
        {ns.drops[size_t(DropReason::UnknownDevice)], "the DevEUI or AppEUI is not in its registry"},
        {ns.drops[size_t(DropReason::BadMic)], "the MIC did not match its AppKey"},
        {ns.drops[size_t(DropReason::Replay)],
         "the DevNonce had been used before (keep the devices' DevNonce with --write-registry FILE across runs)"},
        {ns.wrongFrequencyPlan, "the frequency or data rate is not in its region's plan"},
        {ns.storeFailures, "it could not save the session"},
    };
    const Reason* top = nullptr;
    for (const Reason& r : reasons)
        if (r.count && (!top || r.count > top->count)) top = &r;
    return top ? std::string(top->text) + " (" + n(top->count) + " requests)" : "";
}
}  // namespace

std::string whyNoJoin(const SimulationSummary& s, const NsStats* ns) {
    if (s.joinRequests == 0) return "no device sent a join request before the simulated time ended";
    if (s.joinRequestsHeard == 0)
        return "none of the " + n(s.joinRequests) + " join requests reached a gateway (" + n(s.collisions) +
               " collided, " + n(s.uplinksLost) + " lost or below the demodulation floor)";
    if (s.downlinksPlanned == 0) {
        if (ns) {
            const std::string refused = serverRefusals(*ns);
            if (!refused.empty()) return "the network server refused the join requests: " + refused;
        }
        return "the network server answered none of the " + n(s.joinRequestsHeard) +
               " join requests that reached a gateway (is each device in its registry, with this AppKey, "
               "in this region?)";
    }
    const uint64_t unsent = s.downlinksTooLate + s.downlinksRefused;
    if (s.downlinksTooLate > 0 && unsent >= s.downlinksPlanned)
        return "the network server's " + n(s.downlinksPlanned) + " answers came too late for the gateway (" +
               n(s.downlinksTooLate) + " TX_ACK TOO_LATE); a server that answers after the window needs "
               "--server-wait MS";
    if (s.downlinksRefused > 0 && unsent >= s.downlinksPlanned)
        return "the gateway refused the network server's " + n(s.downlinksRefused) +
               " answers (a frequency outside the region, a power it cannot send, or two at once)";
    if (s.joinAcceptsHeard == 0) {
        if (s.gatewayErrors > 0)
            return "the network server's answers could not be used (" + n(s.gatewayErrors) +
                   " unacknowledged or malformed datagrams)";
        return "the gateway sent " + n(s.downlinksPlanned - unsent) +
               " join accepts but no device heard one: they went out at a time, frequency, data rate or IQ "
               "polarity the devices were not listening on";
    }
    const uint64_t badMic = s.deviceDropsByReason[size_t(lorawan::DropReason::BadMic)];
    if (badMic > 0)
        return "the devices heard " + n(s.joinAcceptsHeard) + " join accepts and refused " + n(badMic) +
               " of them for a bad MIC (does the server use the same AppKey?)";
    if (s.deviceDrops > 0) return "the devices refused the join accepts they heard (" + n(s.deviceDrops) + " drops)";
    return "the devices heard " + n(s.joinAcceptsHeard) + " join accepts but did not join";
}

}  // namespace pyfw::world
