// The simulated RF medium: demodulation floors per spreading factor, collisions of frames that
// overlap on one channel and spreading factor, and capture of the stronger one.
#include <gtest/gtest.h>

#include "world/simulation.h"

using namespace pyfw;
using namespace pyfw::lorawan;
using namespace pyfw::world;

namespace {

SimulationConfig abpNetwork(size_t devices, uint8_t dr, double pathLossDb) {
    SimulationConfig c;
    c.otaa = false;
    c.devices = devices;
    c.adr = c.ns.adr = false;
    c.dataDr = dr;
    c.periodUs = 60 * kSecondUs;
    c.minPathLossDb = c.maxPathLossDb = pathLossDb;
    return c;
}

SimulationSummary run(const SimulationConfig& c, int periods) {
    Simulation sim(c);
    sim.start();
    sim.runUntil(c.periodUs * periods);
    return sim.summary();
}

}  // namespace

TEST(RfMedium, AWeakLinkCarriesSf12ButNotSf7) {
    // 145 dB of path loss: about -130 dBm at the gateway, 13 dB under the 125 kHz noise floor;
    // SF12 demodulates down to -20 dB SNR, SF7 only to -7.5 dB.
    const SimulationSummary sf7 = run(abpNetwork(1, 5, 145), 30);
    const SimulationSummary sf12 = run(abpNetwork(1, 0, 145), 30);
    EXPECT_GE(sf7.uplinksQueued, 29u);
    EXPECT_EQ(sf7.uplinksDelivered, 0u);
    EXPECT_EQ(sf7.uplinksLost, sf7.transmissions);
    EXPECT_EQ(sf12.uplinksDelivered, sf12.uplinksQueued);
    EXPECT_EQ(sf12.uplinksLost, 0u);
}

TEST(RfMedium, OverlappingFramesCollideUnlessOneIsMuchStronger) {
    // 150 devices at SF12 (about 1.2 s on air each) on three channels, one frame a minute each.
    SimulationConfig equal = abpNetwork(150, 0, 110);
    const SimulationSummary collided = run(equal, 20);
    EXPECT_GT(collided.collisions, 100u);
    EXPECT_EQ(collided.uplinksDelivered + collided.collisions + collided.uplinksLost, collided.transmissions);

    SimulationConfig clear = equal;
    clear.collisions = false;
    const SimulationSummary noCollisions = run(clear, 20);
    EXPECT_EQ(noCollisions.collisions, 0u);
    EXPECT_EQ(noCollisions.uplinksDelivered, noCollisions.transmissions);

    // Spread over 40 dB of path loss, most overlaps leave one frame 6 dB above the other, and
    // the receiver captures it: that frame survives, the weaker one is still lost.
    SimulationConfig spread = equal;
    spread.minPathLossDb = 100;
    spread.maxPathLossDb = 140;
    const SimulationSummary captured = run(spread, 20);
    EXPECT_LT(captured.collisions * 10, collided.collisions * 9);
    EXPECT_GT(captured.uplinksDelivered, collided.uplinksDelivered);
}

TEST(RfMedium, ASignalAtTheGatewaysPositionReadsAsTheReceiversMaximumSnr) {
    // Distance 0 (and 1 m): the true ratio is about 90 dB; a LoRa receiver reports at most +10 dB,
    // which a Semtech UDP server accepts as lsnr. Far away the SNR is the true one.
    AirFrame frame;
    frame.settings.spreadingFactor = 7;
    frame.settings.bandwidthKhz = 125;
    frame.powerDbm = 20;
    const LinkBudget near = linkBudget(frame, frame.from);
    EXPECT_DOUBLE_EQ(near.snrDb, kMaxMeasuredSnrDb);
    EXPECT_TRUE(near.aboveFloor);
    EXPECT_GT(near.rssiDbm, -30.0);
    EXPECT_LT(near.rssiDbm, 0.0);
    const LinkBudget far = linkBudget(frame, positionAtLoss(145, 0));
    EXPECT_NEAR(far.snrDb, 20 - 145 - noiseFloorDbm(125), 0.01);
    EXPECT_FALSE(far.aboveFloor);
}
