// The simulated LTE operator: its JSON description, the cell it offers, its outages.
#include "world/lte_network.h"

#include <gtest/gtest.h>

using namespace pyfw;

TEST(LteNetwork, DefaultRunsPycomsSixBandsAtHome) {
    world::LteNetwork network(world::defaultLteNetwork());
    for (int earfcn : {1575, 2175, 5095, 5230, 6300, 9435}) {
        auto offer = network.findCell({earfcn}, "standard");
        ASSERT_TRUE(offer) << earfcn;
        EXPECT_FALSE(offer->roaming);
        EXPECT_FALSE(offer->denied);
    }
    EXPECT_EQ(world::lteBandOf(6300), 20);
    EXPECT_EQ(world::lteBandOf(9435), 28);
    EXPECT_EQ(world::lteBandOf(70000), 0);
    EXPECT_FALSE(network.findCell({6301}, "standard"));
    EXPECT_TRUE(network.findCell({6300}, "verizon")->denied);
}

TEST(LteNetwork, ParsesCellsRoamingCarrierAndOutages) {
    auto config = world::parseLteNetwork(
        R"({"roaming": true, "carrier": "verizon", "registration_s": 2.5,
            "cells": [{"earfcn": 5230, "tac": "0A0B", "cell_id": "0C0D0E0F"}], "outages": [[10, 20], [30, 31.5]]})");
    ASSERT_TRUE(config.ok()) << config.error().message;
    world::LteNetwork network(*config);
    auto offer = network.findCell({6300, 5230}, "verizon");
    ASSERT_TRUE(offer);
    EXPECT_EQ(offer->earfcn, 5230);
    EXPECT_TRUE(offer->roaming);
    EXPECT_EQ(offer->registrationUs, 2'500'000);
    EXPECT_EQ(offer->cellId, "0C0D0E0F");
    EXPECT_EQ(network.coveredSince(5230, 5'000'000), 0);
    EXPECT_FALSE(network.coveredSince(5230, 10'000'000));
    EXPECT_EQ(network.coveredSince(5230, 25'000'000), 20'000'000);
    EXPECT_FALSE(network.coveredSince(5230, 31'000'000));
    EXPECT_EQ(network.coveredSince(5230, 40'000'000), 31'500'000);
}

TEST(LteNetwork, BadDescriptionsNameTheirFault) {
    struct Case {
        const char* json;
        const char* message;
    } cases[] = {
        {"[1]", "not a JSON object"},
        {"{\"carrier\": \"sprint\"}", "\"carrier\" must be"},
        {"{\"cells\": [{\"earfcn\": 99999}]}", "EARFCN 99999 is in no LTE-M band"},
        {"{\"cells\": [{}]}", "cells[0] needs an integer"},
        {"{\"cells\": [{\"earfcn\": 6300, \"tac\": \"xyz\"}]}", "\"tac\" must be 4 hex digits"},
        {"{\"outages\": [[5, 2]]}", "outages[0] must have"},
        {"{\"outages\": [[1, 5], [4, 6]]}", "outages[1] must start after"},
        {"{\"registration_s\": -1}", "registration_s"},
        {"{\"roaming\": \"yes\"}", "wrong type"},
    };
    for (const Case& c : cases) {
        auto parsed = world::parseLteNetwork(c.json);
        ASSERT_FALSE(parsed.ok()) << c.json;
        EXPECT_NE(parsed.error().message.find(c.message), std::string::npos) << parsed.error().message;
    }
}
