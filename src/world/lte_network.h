// A simulated LTE-M operator network, as a GPy or FiPy modem meets it: the cells it runs (one
// EARFCN each), whether the SIM is at home or roaming there, the carrier profile it admits, how long
// a registration takes, and when its coverage goes away. Times are on the board's clock, from its
// power-on. Written as JSON (pyfw board boot --lte-network FILE):
//
//   {"operator": "pyfw mobile", "roaming": false, "carrier": "standard", "registration_s": 4,
//    "cells": [{"earfcn": 6300, "tac": "2B2A", "cell_id": "01A2D301"}],
//    "outages": [[30, 90]]}
//
// Every key is optional; the default network is at home and runs a cell on each of the six EARFCNs
// Pycom's firmware scans (bands 3, 4, 12, 13, 20, 28).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace pyfw::world {

struct LteCellSite {
    int earfcn = 0;
    std::string trackingArea = "2B2A";
    std::string cellId;
};

struct LteOutage {
    int64_t fromUs = 0;
    int64_t untilUs = 0;
};

// What the network offers a modem that scans some EARFCNs.
struct LteCellOffer {
    int earfcn = 0;
    bool roaming = false;
    bool denied = false;         // the modem's carrier profile is not the one the network admits
    int64_t registrationUs = 0;
    std::string trackingArea, cellId;
    std::string address;         // the IPv4 address of a data session
};

struct LteNetworkConfig {
    std::string operatorName = "pyfw mobile";
    bool roaming = false;
    std::string carrier = "standard";   // the modem profile the network admits
    int64_t registrationUs = 4'000'000;
    std::vector<LteCellSite> cells;
    std::vector<LteOutage> outages;      // sorted, not overlapping
};

// The LTE band (3GPP TS 36.101) a downlink EARFCN lies in, or 0.
int lteBandOf(int earfcn);

base::Result<LteNetworkConfig> parseLteNetwork(const std::string& json);
LteNetworkConfig defaultLteNetwork();

class LteNetwork {
public:
    explicit LteNetwork(LteNetworkConfig config) : config_(std::move(config)) {}
    const LteNetworkConfig& config() const { return config_; }

    // The first of the network's cells on one of `earfcns`, as offered to a modem with `carrier`.
    std::optional<LteCellOffer> findCell(const std::vector<int>& earfcns, std::string_view carrier) const;
    // When the current coverage period on `earfcn` began, or nothing during an outage.
    std::optional<int64_t> coveredSince(int earfcn, int64_t nowUs) const;

private:
    LteNetworkConfig config_;
};

}  // namespace pyfw::world
