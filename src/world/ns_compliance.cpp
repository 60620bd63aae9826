// The compliance driver: the server side of the port-224 test protocol (reference/lorawan.md §4).
// Each step sends one command and checks the device's next test uplinks against what the
// protocol says it must answer.
#include <array>

#include "world/network_server.h"

namespace pyfw::world {

using namespace lorawan;

namespace {
enum class Expect { CounterUplink, Confirmed, Unconfirmed, Echo, LinkCheck, JoinRequest };

struct ComplianceStep {
    const char* name;
    std::array<uint8_t, 4> command;
    uint8_t size;
    Expect expect;
};

constexpr ComplianceStep kSteps[] = {
    {"activate", {1, 1, 1, 1}, 4, Expect::CounterUplink},
    {"confirmed", {2}, 1, Expect::Confirmed},
    {"unconfirmed", {3}, 1, Expect::Unconfirmed},
    {"echo", {4, 1, 2, 0xFF}, 4, Expect::Echo},
    {"link check", {5}, 1, Expect::LinkCheck},
    {"rejoin", {6}, 1, Expect::JoinRequest},
};
constexpr int kStepCount = int(std::size(kSteps));
constexpr int kMaxMisses = 4;  // uplinks already on their way when a command is sent
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
    bool met = false;
    switch (s.expect) {
    case Expect::CounterUplink:
        met = payload.size() == 2;
        break;
    case Expect::Confirmed:
        met = frame.type == MType::ConfirmedUp;
        break;
    case Expect::Unconfirmed:
        met = frame.type == MType::UnconfirmedUp;
        break;
    case Expect::Echo:
        met = payload.size() == 4 && payload[0] == 4 && payload[1] == 2 && payload[2] == 3 && payload[3] == 0;
        break;
    case Expect::LinkCheck:
        met = payload.size() == 3 && payload[0] == 5 && payload[2] >= 1;
        break;
    case Expect::JoinRequest:
        return;  // answered in handleJoin
    }
    if (payload.size() == 2) {
        const uint16_t counter = uint16_t(payload[0] << 8 | payload[1]);
        if (counter < run.lastCounter) {
            ++run.failed;
            run.failures.push_back("the downlink counter went backwards");
        }
        run.lastCounter = counter;
    }
    if (!met) {
        if (++run.misses > kMaxMisses) {
            ++run.failed;
            run.failures.push_back(std::string("step '") + s.name + "' got no matching uplink");
            run.finished = true;
        }
        return;
    }
    run.misses = 0;
    ++run.passed;
    ++run.step;
    const ComplianceStep& next = kSteps[run.step];
    d.queue.push_back({kCompliancePort, base::Bytes(next.command.begin(), next.command.begin() + next.size), false, 0});
}

void NetworkServer::complianceJoin(NsDevice& d) {
    ComplianceRun& run = d.compliance;
    if (run.step < 0 || run.finished || kSteps[run.step].expect != Expect::JoinRequest) return;
    ++run.passed;
    run.finished = true;
    run.step = kStepCount;
}

}  // namespace pyfw::world
