// The compliance driver: the server side of the port-224 test protocol (reference/lorawan.md §4).
// Each step sends one command and checks the device's next test uplinks against what the
// protocol says it must answer.
#include <array>

#include "world/network_server.h"

namespace pyfw::world {

using namespace lorawan;

namespace {
enum class Expect { CounterUplink, Confirmed, Unconfirmed, Echo, LinkCheck, AppUplink, JoinRequest };

// Which devices a step is for: an ABP device has nothing to rejoin with, so its run ends by
// leaving the test mode instead.
enum class For { All, Otaa, Abp };

struct ComplianceStep {
    const char* name;
    std::array<uint8_t, 4> command;
    uint8_t size;
    Expect expect;
    For devices;
};

constexpr ComplianceStep kSteps[] = {
    {"activate", {1, 1, 1, 1}, 4, Expect::CounterUplink, For::All},
    {"confirmed", {2}, 1, Expect::Confirmed, For::All},
    {"unconfirmed", {3}, 1, Expect::Unconfirmed, For::All},
    {"echo", {4, 1, 2, 0xFF}, 4, Expect::Echo, For::All},
    {"link check", {5}, 1, Expect::LinkCheck, For::All},
    {"deactivate", {0}, 1, Expect::AppUplink, For::All},
    {"activate again", {1, 1, 1, 1}, 4, Expect::CounterUplink, For::All},
    {"rejoin", {6}, 1, Expect::JoinRequest, For::Otaa},
    {"leave the test", {0}, 1, Expect::AppUplink, For::Abp},
};
constexpr int kStepCount = int(std::size(kSteps));
constexpr int kMaxMisses = 4;  // uplinks already on their way when a command is sent

bool stepMet(Expect expect, const DataFrameView& frame, base::ByteView payload, bool testFrame) {
    switch (expect) {
    case Expect::CounterUplink: return testFrame && payload.size() == 2;
    case Expect::Confirmed: return testFrame && frame.type == MType::ConfirmedUp;
    case Expect::Unconfirmed: return testFrame && frame.type == MType::UnconfirmedUp;
    case Expect::Echo:
        return testFrame && payload.size() == 4 && payload[0] == 4 && payload[1] == 2 && payload[2] == 3 && payload[3] == 0;
    case Expect::LinkCheck: return testFrame && payload.size() == 3 && payload[0] == 5 && payload[2] >= 1;
    case Expect::AppUplink: return !testFrame;  // back on the application's port
    case Expect::JoinRequest: return false;     // answered in complianceJoin
    }
    return false;
}
}  // namespace

void NetworkServer::startCompliance(Eui devEui) {
    NsDevice* d = device(devEui);
    if (!d) return;
    d->compliance = ComplianceRun{};
    d->compliance.step = 0;
    const ComplianceStep& s = kSteps[0];
    d->queue.push_back({kCompliancePort, base::Bytes(s.command.begin(), s.command.begin() + s.size), false, 0});
}

void NetworkServer::complianceUplink(NsDevice& d, const DataFrameView& frame, base::ByteView payload) {
    ComplianceRun& run = d.compliance;
    if (run.step < 0 || run.finished) return;
    const ComplianceStep& s = kSteps[run.step];
    const bool testFrame = frame.port == kCompliancePort;
    if (!testFrame && s.expect != Expect::AppUplink) return;  // application traffic between test frames
    if (testFrame && payload.size() == 2) {
        const uint16_t counter = uint16_t(payload[0] << 8 | payload[1]);
        if (counter < run.lastCounter) {
            ++run.failed;
            run.failures.push_back("the downlink counter went backwards");
        }
        run.lastCounter = counter;
    }
    if (s.expect == Expect::JoinRequest || !stepMet(s.expect, frame, payload, testFrame)) {
        if (s.expect != Expect::JoinRequest && ++run.misses > kMaxMisses) {
            ++run.failed;
            run.failures.push_back(std::string("step '") + s.name + "' got no matching uplink");
            run.finished = true;
            if (onComplianceStep) onComplianceStep(d, s.name, false);
        }
        return;
    }
    run.misses = 0;
    if (s.expect == Expect::AppUplink) run.lastCounter = 0;  // a new activation counts from zero
    passStep(d);
}

void NetworkServer::complianceJoin(NsDevice& d) {
    ComplianceRun& run = d.compliance;
    if (run.step < 0 || run.finished || kSteps[run.step].expect != Expect::JoinRequest) return;
    passStep(d);
}

// The step is done: the next one for this kind of device is queued, or the run is over.
void NetworkServer::passStep(NsDevice& d) {
    ComplianceRun& run = d.compliance;
    ++run.passed;
    if (onComplianceStep) onComplianceStep(d, kSteps[run.step].name, true);
    const For skipped = d.entry.otaa ? For::Abp : For::Otaa;
    do ++run.step;
    while (run.step < kStepCount && kSteps[run.step].devices == skipped);
    if (run.step == kStepCount) {
        run.finished = true;
        return;
    }
    const ComplianceStep& next = kSteps[run.step];
    d.queue.push_back({kCompliancePort, base::Bytes(next.command.begin(), next.command.begin() + next.size), false, 0});
}

}  // namespace pyfw::world
