// `pyfw fleet provision` (see fleet_provision.cpp).
#pragma once

#include <string>
#include <vector>

namespace pyfw::cli {

struct FleetProvisionOptions {
    std::vector<std::string> boards;
    std::string build, keys = "fleet-keys", manifest = "fleet.json", registry, nvsTemplate, nvsFormat = "v2";
    std::string appEui = "0000000000000000", region = "EU868";
    bool release = false, yes = false, skipProvisioned = false;
};

void provisionFleet(const FleetProvisionOptions& options);

}  // namespace pyfw::cli
