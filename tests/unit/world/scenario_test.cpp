// End-to-end scenarios on virtual time, for each region x activation: devices, RF medium and the
// network server in one process (world/simulation.h).
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "world/simulation.h"

using namespace pyfw;
using namespace pyfw::lorawan;
using namespace pyfw::world;

namespace {

struct Case {
    RegionId region;
    bool otaa;
};

std::string caseName(const testing::TestParamInfo<Case>& info) {
    return std::string(region(info.param.region).name) + (info.param.otaa ? "_OTAA" : "_ABP");
}

class Scenario : public testing::TestWithParam<Case> {
protected:
    SimulationConfig base() const {
        SimulationConfig c;
        c.region = c.ns.region = GetParam().region;
        c.otaa = GetParam().otaa;
        c.devices = 1;
        c.periodUs = 60 * kSecondUs;
        c.startSpreadUs = kSecondUs;
        c.minPathLossDb = c.maxPathLossDb = 100;  // a strong link: ADR can climb to the top DR
        return c;
    }
    static int64_t periods(const SimulationConfig& c, int n) { return c.startSpreadUs + int64_t(n) * c.periodUs + 30 * kSecondUs; }
};

uint8_t topAdrDr(const Region& r) {
    uint8_t top = r.minUplinkDr;
    for (uint8_t dr = r.minUplinkDr; dr <= r.maxUplinkDr; ++dr)
        if (r.dataRates[dr].bandwidthKhz == 125) top = dr;
    return top;
}

}  // namespace

TEST_P(Scenario, JoinThen1000UplinksWithAdrConverging) {
    SimulationConfig c = base();
    c.dataDr = region(c.region).minUplinkDr + (c.region == RegionId::AS923 ? 2 : 0);
    Simulation sim(c);
    sim.start();
    sim.runUntil(periods(c, 1000));
    const SimulationSummary s = sim.summary();
    EXPECT_EQ(s.joined, 1u);
    EXPECT_GE(s.uplinksQueued, 999u);
    EXPECT_EQ(s.uplinksDelivered, s.uplinksQueued);
    EXPECT_GE(s.adrChanges, 1u);
    const Device& d = sim.device(0);
    // ADR climbs to the fastest 125 kHz DR; a US915/AU915 join at a 500 kHz DR is already above it.
    const uint8_t joinDr = c.otaa ? d.regionTable().defaultJoinDr : 0;
    EXPECT_EQ(d.session().dr, std::max(topAdrDr(d.regionTable()), joinDr));
    EXPECT_EQ(d.session().dr, sim.server().devices()[0]->dr);
    EXPECT_EQ(s.deviceDrops + s.serverDrops, 0u);
}

TEST_P(Scenario, ConfirmedUplinksWithLostAcksAreRetried) {
    SimulationConfig c = base();
    c.confirmedEvery = 1;
    c.adr = c.ns.adr = false;
    Simulation sim(c);
    int downlinks = 0;
    sim.loseFrame = [&](const FrameRecord& f) {
        return std::string(f.kind) == "downlink" && ++downlinks % 3 != 0;  // two ACKs of three are lost
    };
    sim.start();
    sim.runUntil(periods(c, 100));
    const SimulationSummary s = sim.summary();
    EXPECT_GT(s.retransmissions, 50u);
    EXPECT_GT(s.duplicates, 50u);  // the server saw the retries and acknowledged them again
    EXPECT_GT(s.ackedUplinks, 80u);
    EXPECT_EQ(s.ackedUplinks + s.failedUplinks, s.uplinksQueued - (sim.device(0).busy() ? 1 : 0));
    EXPECT_EQ(s.uplinksDelivered, s.uplinksQueued);  // each frame reached the application once
}

TEST_P(Scenario, LostDownlinksAreCountedAndTheSessionSurvives) {
    SimulationConfig c = base();
    c.confirmedEvery = 2;
    c.downlinkLoss = 0.3;
    c.uplinkLoss = 0.1;
    Simulation sim(c);
    sim.start();
    sim.runUntil(periods(c, 300));
    const SimulationSummary s = sim.summary();
    EXPECT_GT(s.downlinksLost, 10u);
    EXPECT_GT(s.uplinksLost, 10u);
    EXPECT_GT(s.failedUplinks + s.retransmissions, 0u);
    EXPECT_GT(s.uplinksDelivered, 200u);
    EXPECT_EQ(s.deviceDrops + s.serverDrops, 0u);
}

TEST_P(Scenario, AdrConvergesWhenItsDownlinksAreLost) {
    SimulationConfig c = base();
    c.dataDr = region(c.region).minUplinkDr + (c.region == RegionId::AS923 ? 2 : 0);
    c.downlinkLoss = 0.3;
    Simulation sim(c);
    int adrRequestsToLose = 2;  // and the first two downlinks carrying a LinkADRReq in any case
    sim.loseFrame = [&](const FrameRecord& f) {
        if (std::string(f.kind) != "downlink") return false;
        auto frame = parseDataFrame(f.phy);
        const auto* view = std::get_if<DataFrameView>(&frame);
        return view && !view->fopts.empty() && view->fopts[0] == uint8_t(Cid::LinkAdr) && adrRequestsToLose-- > 0;
    };
    sim.start();
    sim.runUntil(periods(c, 300));
    const Device& d = sim.device(0);
    ASSERT_TRUE(d.joined());
    const uint8_t joinDr = c.otaa ? d.regionTable().defaultJoinDr : 0;
    EXPECT_EQ(d.session().dr, std::max(topAdrDr(d.regionTable()), joinDr));
    EXPECT_EQ(d.session().dr, sim.server().devices()[0]->dr);
    EXPECT_GT(sim.server().stats().macResends, 0u);  // lost LinkADRReqs were sent again
}

TEST_P(Scenario, FrameCountersPast65535BothWays) {
    SimulationConfig c = base();
    c.confirmedEvery = 1;  // every uplink brings an ACK downlink, so FCntDown climbs too
    c.adr = c.ns.adr = false;
    c.periodUs = 10 * kSecondUs;
    Simulation sim(c);
    sim.start();
    sim.runUntil(periods(c, 66000));
    const SimulationSummary s = sim.summary();
    const Session& session = sim.device(0).session();
    EXPECT_GT(session.fcntUp, 65536u);
    EXPECT_GT(session.fcntDown, 65536u);
    EXPECT_GE(s.uplinksDelivered + 1, s.uplinksQueued);  // the last one may still be on the air
    EXPECT_EQ(s.failedUplinks, 0u);
    EXPECT_EQ(s.deviceDrops + s.serverDrops, 0u);
}

TEST_P(Scenario, MacCommandsAnsweredAndStickyAnswersRepeated) {
    SimulationConfig c = base();
    c.adr = c.ns.adr = false;
    Simulation sim(c);
    const Region& r = region(c.region);
    std::vector<std::string> uplinkFopts;
    int downlinksToLose = 0;
    sim.server().onData = [&](const ReceivedUplink& up) { uplinkFopts.push_back(base::toHex(up.fopts)); };
    sim.loseFrame = [&](const FrameRecord& f) { return std::string(f.kind) == "downlink" && downlinksToLose-- > 0; };
    sim.start();
    sim.runUntil(periods(c, 2));
    ASSERT_TRUE(sim.device(0).joined());
    NsDevice& nsDevice = *sim.server().devices()[0];
    // RXParamSetupReq (RX1 offset 1, RX2 at the region's RX2 DR + 1 on its RX2 frequency),
    // RXTimingSetupReq (2 s), DevStatusReq, DutyCycleReq (no limit).
    const uint8_t rx2Dr = uint8_t(r.rx2Dr + 1);
    uint8_t freq[3];
    base::writeLe24(freq, r.rx2FrequencyHz / 100);
    const std::array<uint8_t, 10> commands = {0x05, uint8_t(0x10 | rx2Dr), freq[0], freq[1], freq[2], 0x08, 0x02, 0x06, 0x04, 0x00};
    ASSERT_TRUE(sim.server().queueMacCommands(nsDevice.entry.devEui, {commands.data(), commands.size()}));
    const uint8_t broken[] = {0x05, 0x01};
    EXPECT_FALSE(sim.server().queueMacCommands(nsDevice.entry.devEui, broken));
    const size_t before = uplinkFopts.size();
    sim.runUntil(sim.nowUs() + 60 * kSecondUs);  // the commands go out with the next uplink's downlink
    downlinksToLose = 2;                         // the answers to the sticky answers are lost twice
    sim.runUntil(sim.nowUs() + 10 * 60 * kSecondUs);
    size_t first = before;
    while (first < uplinkFopts.size() && uplinkFopts[first].empty()) ++first;
    ASSERT_LT(first + 3, uplinkFopts.size());
    // The first answer frame holds every answer in command order (the one-shot DevStatusAns and
    // DutyCycleAns, then the sticky RXParamSetupAns and RXTimingSetupAns); while the downlinks that
    // follow are lost, only the sticky ones are repeated; once one gets through, they stop.
    const std::string sticky = "0507" "08";
    EXPECT_EQ(uplinkFopts[first].substr(0, 4), "06ff");
    EXPECT_EQ(uplinkFopts[first].substr(6), "04" + sticky);
    EXPECT_EQ(uplinkFopts[first + 1], sticky);
    EXPECT_EQ(uplinkFopts[first + 2], sticky);
    EXPECT_EQ(uplinkFopts[first + 3], "");
    const Session& s = sim.device(0).session();
    EXPECT_EQ(s.rx1DrOffset, 1);
    EXPECT_EQ(s.rx2Dr, rx2Dr);
    EXPECT_EQ(s.rxDelaySeconds, 2);
    EXPECT_EQ(nsDevice.rx2Dr, rx2Dr);
    EXPECT_EQ(nsDevice.rxDelaySeconds, 2);
    EXPECT_TRUE(nsDevice.devStatusSeen);
    EXPECT_EQ(nsDevice.battery, 255);
    EXPECT_EQ(sim.summary().deviceDrops + sim.summary().serverDrops, 0u);
}

TEST_P(Scenario, ComplianceTestSequence) {
    SimulationConfig c = base();
    Simulation sim(c);
    sim.start();
    sim.runUntil(periods(c, 2));
    ASSERT_TRUE(sim.device(0).joined());
    sim.device(0).setComplianceEnabled(true);
    // The test runs with the regulatory duty cycle on (off otherwise): in EU868 an uplink sent while
    // it runs keeps its 1 % band for 99 times its time on air.
    struct Sent { int64_t startUs, endUs; const Band* band; bool underTest; };
    std::vector<Sent> uplinks;
    int testUplinks = 0;
    sim.observe = [&](const FrameRecord& f) {
        if (std::string(f.kind) != "uplink" && std::string(f.kind) != "join_request") return;
        const Device& d = sim.device(0);
        const int64_t airUs = int64_t(d.stats().txTimeOnAirMs) * 1000;
        uplinks.push_back({sim.nowUs() - airUs, sim.nowUs(), bandFor(d.regionTable(), d.stats().txFrequencyHz),
                           d.compliance().running});
        EXPECT_EQ(d.dutyCycle(), d.compliance().running);
        testUplinks += d.compliance().running;
    };
    const Eui eui = sim.server().devices()[0]->entry.devEui;
    sim.server().startCompliance(eui);
    sim.runUntil(sim.nowUs() + 20 * 60 * kSecondUs);
    EXPECT_GT(testUplinks, 5);
    if (c.region == RegionId::EU868) {
        int checked = 0;
        for (size_t i = 0; i < uplinks.size(); ++i) {
            if (!uplinks[i].underTest) continue;
            size_t next = i + 1;
            while (next < uplinks.size() && uplinks[next].band != uplinks[i].band) ++next;
            if (next == uplinks.size() || !uplinks[next].underTest) continue;  // the test ended in between
            const int64_t offUs = (uplinks[i].endUs - uplinks[i].startUs - 1000) * 99;  // less the ms rounding
            EXPECT_GE(uplinks[next].startUs + 1000, uplinks[i].endUs + offUs) << "uplink " << next << " broke the duty cycle";
            ++checked;
        }
        EXPECT_GE(checked, 3);
    }
    const ComplianceRun& run = sim.server().device(eui)->compliance;
    for (const std::string& failure : run.failures) ADD_FAILURE() << failure;
    // activate, confirmed, unconfirmed, echo, link check, deactivate, activate again, then rejoin
    // (OTAA) or leave the test (ABP: it has nothing to rejoin with).
    EXPECT_TRUE(run.finished);
    EXPECT_EQ(run.passed, 8);
    EXPECT_FALSE(sim.device(0).compliance().running);
    if (c.otaa) {
        EXPECT_TRUE(sim.device(0).joined());  // the rejoin went through
    }
    EXPECT_GT(sim.device(0).compliance().downlinkCounter + run.passed, 0);
}

TEST_P(Scenario, SaveRestoreBetweenEveryFrameChangesNothing) {
    SimulationConfig c = base();
    c.confirmedEvery = 3;
    c.downlinkLoss = 0.2;
    auto run = [&](bool sleep) {
        SimulationConfig config = c;
        config.saveRestoreEveryFrame = sleep;
        Simulation sim(config);
        std::vector<std::string> frames;
        sim.observe = [&](const FrameRecord& f) { frames.push_back(std::string(f.kind) + base::toHex(f.phy)); };
        sim.start();
        sim.runUntil(periods(config, 20));
        // MAC commands whose answers are pending (the sticky ones repeated while downlinks are
        // lost) across the sleeps: RXParamSetupReq, RXTimingSetupReq, DevStatusReq, DutyCycleReq.
        const Region& r = region(config.region);
        uint8_t freq[3];
        base::writeLe24(freq, r.rx2FrequencyHz / 100);
        const uint8_t commands[] = {0x05, uint8_t(0x10 | r.rx2Dr), freq[0], freq[1], freq[2], 0x08, 0x02, 0x06, 0x04, 0x00};
        EXPECT_TRUE(sim.server().queueMacCommands(sim.server().devices()[0]->entry.devEui, commands));
        sim.runUntil(periods(config, 200));
        EXPECT_EQ(sim.device(0).session().rxDelaySeconds, 2);
        return std::make_pair(frames, sim.device(0).session());
    };
    const auto awake = run(false);
    const auto slept = run(true);
    ASSERT_GT(awake.first.size(), 200u);
    EXPECT_EQ(awake.first, slept.first);
    EXPECT_TRUE(awake.second == slept.second);
}

TEST_P(Scenario, ClassCDownlinksArriveBetweenUplinks) {
    SimulationConfig c = base();
    c.deviceClass = DeviceClass::C;
    c.adr = c.ns.adr = false;
    Simulation sim(c);
    sim.start();
    sim.runUntil(periods(c, 1));
    ASSERT_TRUE(sim.device(0).joined());
    int received = 0;
    for (uint8_t i = 0; i < 10; ++i) {
        sim.runUntil(sim.nowUs() + 25 * kSecondUs);  // between two uplinks, outside their windows
        const uint8_t payload[] = {i, 0xC0};
        sim.sendDownlink(0, 7, payload, false);
        sim.runUntil(sim.nowUs() + 5 * kSecondUs);
        while (auto d = sim.device(0).receive()) {
            EXPECT_EQ(d->port, 7);
            EXPECT_EQ(d->data[0], i);
            ++received;
        }
    }
    EXPECT_GE(received, 9);  // one may meet an uplink in progress and be lost, as on the air
    EXPECT_EQ(sim.summary().deviceDrops, 0u);
}

TEST_P(Scenario, ConfirmedDownlinksAreAcknowledgedAndResentWhenTheAckIsLost) {
    SimulationConfig c = base();
    c.adr = c.ns.adr = false;
    Simulation sim(c);
    std::vector<bool> acks;
    int uplinksToLose = 0;
    sim.loseFrame = [&](const FrameRecord& f) { return std::string(f.kind) == "uplink" && uplinksToLose-- > 0; };
    sim.observe = [&](const FrameRecord& f) {
        if (std::string(f.kind) == "uplink") acks.push_back(f.phy[5] & kFCtrlAck);
    };
    sim.start();
    sim.runUntil(periods(c, 2));
    ASSERT_TRUE(sim.device(0).joined());
    const Eui eui = sim.server().devices()[0]->entry.devEui;
    const uint8_t payload[] = {0x42};
    sim.server().enqueue(eui, 9, payload, true);
    sim.runUntil(sim.nowUs() + c.periodUs);  // the downlink goes out after the next uplink
    auto first = sim.device(0).receive();
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->port, 9);
    const size_t before = acks.size();
    uplinksToLose = 1;  // the uplink carrying the ACK is lost: the server sends the frame again
    sim.runUntil(sim.nowUs() + 3 * c.periodUs);
    ASSERT_GE(acks.size(), before + 2);
    EXPECT_TRUE(acks[before]);      // the lost one carried the ACK
    EXPECT_EQ(sim.server().stats().downlinksNotAcked, 1u);
    auto again = sim.device(0).receive();
    ASSERT_TRUE(again.has_value());  // the application sees the resent frame (a new counter)
    EXPECT_EQ(again->data[0], 0x42);
    sim.runUntil(sim.nowUs() + 2 * c.periodUs);
    EXPECT_EQ(sim.server().stats().downlinksNotAcked, 1u);  // the second copy was acknowledged
    EXPECT_FALSE(sim.server().devices()[0]->awaitingAck.has_value());
}

INSTANTIATE_TEST_SUITE_P(AllRegions, Scenario,
                         testing::Values(Case{RegionId::EU868, true}, Case{RegionId::EU868, false},
                                         Case{RegionId::US915, true}, Case{RegionId::US915, false},
                                         Case{RegionId::AU915, true}, Case{RegionId::AU915, false},
                                         Case{RegionId::AS923, true}, Case{RegionId::AS923, false}),
                         caseName);
