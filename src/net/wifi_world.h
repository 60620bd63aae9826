// The WiFi around a virtual board: the access points it can scan and join, the loopback address
// its sockets use on the host, and the ports its servers listen on. Read from `wlan.json` in the
// board's folder (absent: no access points, default address and ports):
//
//   {"address": "127.0.0.42",
//    "access_points": [{"ssid": "home", "auth": "WPA2", "password": "secret",
//                       "rssi": -55, "channel": 6, "bssid": "11:22:33:44:55:66"}],
//    "ports": {"ftp": 21, "telnet": 23}}
//
// The FTP server's passive data connections use a port of each session's own, picked free.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace pyfw::net {

// ESP-IDF's wifi_auth_mode_t values, which Pycom's WLAN.WEP/WPA/WPA2/WPA2_ENT are.
enum class WifiAuth : int { Open = 0, Wep = 1, Wpa = 2, Wpa2 = 3, Wpa2Enterprise = 5 };

struct AccessPoint {
    std::string ssid;
    std::array<uint8_t, 6> bssid{};
    WifiAuth auth = WifiAuth::Open;
    std::string password;
    int rssi = -60;
    int channel = 1;
};

struct ServerPorts {
    uint16_t ftp = 21;
    uint16_t telnet = 23;
};

struct WifiWorld {
    std::vector<AccessPoint> accessPoints;
    std::optional<uint32_t> address;   // host byte order, in 127.0.0.0/8
    ServerPorts ports;
};

// `name` is for messages ("wlan.json: access_points[1] has no ssid").
base::Result<WifiWorld> parseWifiWorld(std::string_view json, std::string_view name);
// The board folder's wlan.json, or an empty world when there is none.
base::Result<WifiWorld> loadWifiWorld(const std::filesystem::path& boardDir);

// Why joining failed, or the access point joined.
struct JoinOutcome {
    const AccessPoint* joined = nullptr;
    std::string failure;   // "no access point named 'x'", "wrong password for 'x'"
};
JoinOutcome joinAccessPoint(const WifiWorld& world, std::string_view ssid, std::optional<std::string_view> password);

// 127.a.b.c from the board's MAC (its last three bytes), kept away from 127.0.0.x and from .0/.255.
uint32_t boardLoopbackAddress(const std::array<uint8_t, 6>& mac);
std::string formatIpv4(uint32_t address);
std::optional<uint32_t> parseIpv4(std::string_view text);

}  // namespace pyfw::net
