// The network server's device registry as a JSON file:
//   {"region": "EU868", "netId": "000013",
//    "devices": [{"name": "n1", "devEui": "70b3d57ed0000001", "appEui": "70b3d57ed0000000",
//                 "appKey": "<32 hex>", "class": "A"},
//                {"name": "n2", "devEui": "...", "devAddr": "26000001", "nwkSKey": "...", "appSKey": "..."}]}
// EUIs and DevAddr are written as numbers in hex (most significant byte first), keys as on a label.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/result.h"
#include "world/network_server.h"

namespace pyfw::world {

struct Registry {
    lorawan::RegionId region = lorawan::RegionId::EU868;
    uint32_t netId = 0x000013;
    std::vector<DeviceEntry> devices;
};

base::Result<Registry> parseRegistry(const std::string& json);
std::string serializeRegistry(const Registry& registry);
base::Result<Registry> loadRegistry(const std::filesystem::path& path);
base::Status saveRegistry(const std::filesystem::path& path, const Registry& registry);

}  // namespace pyfw::world
