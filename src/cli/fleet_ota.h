// `pyfw fleet ota` (see fleet_ota.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace pyfw::cli {

struct FleetOtaOptions {
    std::string manifest, image;
    std::vector<std::string> boardImages;  // MAC=FILE: another image for one board
    size_t chunk = 4096;
};

void fleetOta(const FleetOtaOptions& options);

}  // namespace pyfw::cli
