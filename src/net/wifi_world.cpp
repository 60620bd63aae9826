#include "net/wifi_world.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace pyfw::net {

namespace {

using nlohmann::json;

struct AuthName {
    const char* name;
    WifiAuth auth;
};
constexpr AuthName kAuthNames[] = {
    {"OPEN", WifiAuth::Open}, {"WEP", WifiAuth::Wep}, {"WPA", WifiAuth::Wpa},
    {"WPA2", WifiAuth::Wpa2}, {"WPA2_ENT", WifiAuth::Wpa2Enterprise},
};

std::optional<WifiAuth> authByName(std::string_view name) {
    for (const AuthName& row : kAuthNames)
        if (name == row.name) return row.auth;
    return std::nullopt;
}

std::optional<std::array<uint8_t, 6>> parseMac(std::string_view text) {
    std::array<uint8_t, 6> mac{};
    if (text.size() != 17) return std::nullopt;
    for (size_t i = 0; i < 6; ++i) {
        if (i && text[i * 3 - 1] != ':') return std::nullopt;
        unsigned value = 0;
        for (size_t k = 0; k < 2; ++k) {
            char c = text[i * 3 + k];
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) return std::nullopt;
            value = value * 16 + unsigned(digit);
        }
        mac[i] = uint8_t(value);
    }
    return mac;
}

base::Result<AccessPoint> parseAccessPoint(const json& item, const std::string& where) {
    if (!item.is_object()) return base::fail(where + " is not an object");
    AccessPoint ap;
    if (!item.contains("ssid") || !item["ssid"].is_string()) return base::fail(where + " has no ssid");
    ap.ssid = item["ssid"].get<std::string>();
    if (ap.ssid.empty() || ap.ssid.size() > 32) return base::fail(where + ": an ssid has 1 to 32 bytes");
    std::string auth = item.value("auth", std::string(item.contains("password") ? "WPA2" : "OPEN"));
    auto parsedAuth = authByName(auth);
    if (!parsedAuth) return base::fail(where + ": unknown auth '" + auth + "' (OPEN, WEP, WPA, WPA2, WPA2_ENT)");
    ap.auth = *parsedAuth;
    ap.password = item.value("password", std::string());
    if (ap.auth != WifiAuth::Open && ap.password.empty()) return base::fail(where + ": a secured access point needs a password");
    ap.rssi = item.value("rssi", -60);
    ap.channel = item.value("channel", 1);
    if (ap.channel < 1 || ap.channel > 14) return base::fail(where + ": channel must be 1 to 14");
    if (item.contains("bssid")) {
        auto mac = item["bssid"].is_string() ? parseMac(item["bssid"].get<std::string>()) : std::nullopt;
        if (!mac) return base::fail(where + ": bssid must look like 11:22:33:44:55:66");
        ap.bssid = *mac;
    } else {
        // A stable made-up BSSID per SSID, so scans agree from run to run.
        uint32_t hash = 2166136261u;
        for (char c : ap.ssid) hash = (hash ^ uint8_t(c)) * 16777619u;
        ap.bssid = {0x02, 0x00, uint8_t(hash >> 24), uint8_t(hash >> 16), uint8_t(hash >> 8), uint8_t(hash)};
    }
    return ap;
}

base::Result<uint16_t> parsePort(const json& ports, const char* key, uint16_t fallback, std::string_view name) {
    if (!ports.contains(key)) return fallback;
    const json& value = ports[key];
    if (!value.is_number_integer() || value.get<int64_t>() < 1 || value.get<int64_t>() > 65535)
        return base::fail(std::string(name) + ": ports." + key + " must be a port number 1 to 65535");
    return uint16_t(value.get<int64_t>());
}

}  // namespace

base::Result<WifiWorld> parseWifiWorld(std::string_view text, std::string_view name) {
    json root = json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object()) return base::fail(std::string(name) + " is not a JSON object");
    WifiWorld world;
    if (root.contains("access_points")) {
        const json& list = root["access_points"];
        if (!list.is_array()) return base::fail(std::string(name) + ": access_points must be a list");
        for (size_t i = 0; i < list.size(); ++i) {
            PYFW_ASSIGN(AccessPoint ap, parseAccessPoint(list[i], std::string(name) + ": access_points[" + std::to_string(i) + "]"));
            world.accessPoints.push_back(std::move(ap));
        }
    }
    if (root.contains("address")) {
        auto address = root["address"].is_string() ? parseIpv4(root["address"].get<std::string>()) : std::nullopt;
        if (!address || (*address >> 24) != 127)
            return base::fail(std::string(name) + ": address must be an IPv4 address in 127.0.0.0/8");
        world.address = *address;
    }
    if (root.contains("ports")) {
        const json& ports = root["ports"];
        if (!ports.is_object()) return base::fail(std::string(name) + ": ports must be an object");
        PYFW_ASSIGN(world.ports.ftp, parsePort(ports, "ftp", world.ports.ftp, name));
        PYFW_ASSIGN(world.ports.telnet, parsePort(ports, "telnet", world.ports.telnet, name));
    }
    return world;
}

base::Result<WifiWorld> loadWifiWorld(const std::filesystem::path& boardDir) {
    std::filesystem::path path = boardDir / "wlan.json";
    std::ifstream in(path);
    if (!in) return WifiWorld{};
    std::stringstream text;
    text << in.rdbuf();
    return parseWifiWorld(text.str(), path.string());
}

JoinOutcome joinAccessPoint(const WifiWorld& world, std::string_view ssid, std::optional<std::string_view> password) {
    for (const AccessPoint& ap : world.accessPoints) {
        if (ap.ssid != ssid) continue;
        if (ap.auth != WifiAuth::Open && password.value_or("") != ap.password)
            return {nullptr, "wrong password for '" + std::string(ssid) + "'"};
        return {&ap, {}};
    }
    return {nullptr, "no access point named '" + std::string(ssid) + "'"};
}

uint32_t boardLoopbackAddress(const std::array<uint8_t, 6>& mac) {
    uint32_t b = mac[3], c = mac[4], d = mac[5];
    if (b == 0 && c == 0) b = 1;   // 127.0.0.x is the host's own
    if (d == 0 || d == 255) d = 1;
    return 127u << 24 | b << 16 | c << 8 | d;
}

std::string formatIpv4(uint32_t address) {
    return std::to_string(address >> 24) + "." + std::to_string((address >> 16) & 255) + "." +
           std::to_string((address >> 8) & 255) + "." + std::to_string(address & 255);
}

std::optional<uint32_t> parseIpv4(std::string_view text) {
    uint32_t address = 0;
    int parts = 0;
    size_t at = 0;
    while (parts < 4) {
        size_t digits = 0;
        uint32_t part = 0;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9' && digits < 4) part = part * 10 + uint32_t(text[at++] - '0'), ++digits;
        if (digits == 0 || digits > 3 || part > 255) return std::nullopt;
        address = address << 8 | part;
        if (++parts < 4) {
            if (at >= text.size() || text[at] != '.') return std::nullopt;
            ++at;
        }
    }
    if (at != text.size()) return std::nullopt;
    return address;
}

}  // namespace pyfw::net
