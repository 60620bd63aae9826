#include "world/device_registry.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "base/file.h"

namespace pyfw::world {

namespace {
using nlohmann::json;

std::string hexNumber(uint64_t value, int digits) {
    char text[24];
    std::snprintf(text, sizeof text, "%0*llx", digits, (unsigned long long)value);
    return text;
}

base::Result<uint64_t> number(const json& device, const char* field, int digits, const std::string& who) {
    if (!device.contains(field) || !device[field].is_string())
        return base::fail(who + ": '" + field + "' is missing or not a string");
    const std::string text = device[field].get<std::string>();
    if (text.size() != size_t(digits)) return base::fail(who + ": '" + field + "' must be " + std::to_string(digits) + " hex digits");
    auto bytes = base::fromHex(text);
    if (!bytes.ok()) return base::fail(who + ": '" + field + "' is not hex");
    uint64_t value = 0;
    for (uint8_t b : *bytes) value = value << 8 | b;
    return value;
}

base::Result<Key> key(const json& device, const char* field, const std::string& who) {
    if (!device.contains(field) || !device[field].is_string())
        return base::fail(who + ": '" + field + "' is missing or not a string");
    auto bytes = base::fromHex(device[field].get<std::string>());
    if (!bytes.ok() || bytes->size() != 16) return base::fail(who + ": '" + field + "' must be 32 hex digits");
    Key k;
    std::copy(bytes->begin(), bytes->end(), k.begin());
    return k;
}

base::Result<DeviceEntry> parseDevice(const json& d, size_t index) {
    std::string who = "device " + std::to_string(index);
    if (!d.is_object()) return base::fail(who + " is not an object");
    DeviceEntry e;
    if (d.contains("name") && d["name"].is_string()) e.name = d["name"].get<std::string>(), who = "device '" + e.name + "'";
    PYFW_ASSIGN(e.devEui, number(d, "devEui", 16, who));
    const std::string cls = d.contains("class") && d["class"].is_string() ? d["class"].get<std::string>() : "A";
    if (cls != "A" && cls != "C") return base::fail(who + ": class must be A or C");
    e.deviceClass = cls == "C" ? lorawan::DeviceClass::C : lorawan::DeviceClass::A;
    if (d.contains("devNonce")) {
        if (!d["devNonce"].is_number_unsigned() || d["devNonce"].get<uint64_t>() > 0xFFFF)
            return base::fail(who + ": 'devNonce' must be a number from 0 to 65535");
        e.nextDevNonce = uint16_t(d["devNonce"].get<uint64_t>());
    }
    e.otaa = d.contains("appKey");
    if (e.otaa) {
        PYFW_ASSIGN(e.appEui, number(d, "appEui", 16, who));
        PYFW_ASSIGN(e.appKey, key(d, "appKey", who));
    } else {
        PYFW_ASSIGN(uint64_t addr, number(d, "devAddr", 8, who));
        e.devAddr = uint32_t(addr);
        PYFW_ASSIGN(e.nwkSKey, key(d, "nwkSKey", who));
        PYFW_ASSIGN(e.appSKey, key(d, "appSKey", who));
    }
    return e;
}
}  // namespace

base::Result<Registry> parseRegistry(const std::string& text) {
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return base::fail("the registry is not a JSON object");
    Registry r;
    if (j.contains("region")) {
        auto id = j["region"].is_string() ? lorawan::regionFromName(j["region"].get<std::string>()) : std::nullopt;
        if (!id) return base::fail("the registry's region must be EU868, US915, AU915 or AS923");
        r.region = *id;
    }
    if (j.contains("netId")) {
        PYFW_ASSIGN(uint64_t netId, number(j, "netId", 6, "the registry"));
        r.netId = uint32_t(netId);
    }
    if (!j.contains("devices") || !j["devices"].is_array()) return base::fail("the registry has no 'devices' array");
    for (size_t i = 0; i < j["devices"].size(); ++i) {
        PYFW_ASSIGN(DeviceEntry e, parseDevice(j["devices"][i], i));
        for (const DeviceEntry& other : r.devices)
            if (other.devEui == e.devEui) return base::fail("DevEUI " + hexNumber(e.devEui, 16) + " is listed twice");
        r.devices.push_back(std::move(e));
    }
    return r;
}

std::string serializeRegistry(const Registry& r) {
    json devices = json::array();
    for (const DeviceEntry& e : r.devices) {
        json d;
        d["name"] = e.name;
        d["devEui"] = hexNumber(e.devEui, 16);
        d["class"] = e.deviceClass == lorawan::DeviceClass::C ? "C" : "A";
        if (e.otaa) {
            d["appEui"] = hexNumber(e.appEui, 16);
            d["appKey"] = base::toHex(e.appKey);
            if (e.nextDevNonce) d["devNonce"] = *e.nextDevNonce;
        } else {
            d["devAddr"] = hexNumber(e.devAddr, 8);
            d["nwkSKey"] = base::toHex(e.nwkSKey);
            d["appSKey"] = base::toHex(e.appSKey);
        }
        devices.push_back(d);
    }
    json j{{"region", std::string(lorawan::region(r.region).name)}, {"netId", hexNumber(r.netId, 6)}, {"devices", devices}};
    return j.dump(2) + "\n";
}

base::Result<Registry> loadRegistry(const std::filesystem::path& path) {
    PYFW_ASSIGN(base::Bytes bytes, base::readFile(path));
    auto registry = parseRegistry(base::toString(bytes));
    if (!registry.ok()) return base::fail(path.string() + ": " + registry.error().message);
    return registry;
}

base::Status saveRegistry(const std::filesystem::path& path, const Registry& registry) {
    return base::writeFileAtomically(path, serializeRegistry(registry));
}

}  // namespace pyfw::world
