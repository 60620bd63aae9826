// The network side of a running app (one hard boot): the WiFi world around the board, the WLAN
// interface, and the FTP/Telnet servers. It lives as long as the app, so a soft reset keeps WLAN
// up and the servers answering, as on the board; sockets belong to an interpreter and close with it.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "net/wifi_world.h"

namespace pyfw::port {

class RunningApp;
class BoardServers;

// Pycom's WLAN modes (ESP-IDF's wifi_mode_t).
enum class WlanMode : int { Off = 0, Station = 1, AccessPoint = 2, StationAndAccessPoint = 3 };

// ifconfig(): address, netmask, gateway, DNS server.
struct IpConfig {
    uint32_t address = 0, netmask = 0, gateway = 0, dns = 0;
};

struct WlanInterface {
    WlanMode mode = WlanMode::Off;
    // The access point this board offers (AP and STA_AP modes).
    std::string apSsid;
    net::WifiAuth apAuth = net::WifiAuth::Open;
    std::string apPassword;
    int channel = 1;
    int antenna = 0;
    // The station's link: the access point joined (or being joined) and when the link is up.
    std::optional<net::AccessPoint> joined;
    int64_t linkUpAtUs = INT64_MAX;
    std::string joinFailure;   // why the last connect() could not join, for the TimeoutError
    std::optional<IpConfig> staticConfig;
};

class NetworkState {
public:
    explicit NetworkState(RunningApp& app);
    ~NetworkState();

    RunningApp& app() { return app_; }
    const net::WifiWorld& world() const { return world_; }
    // The error in wlan.json, if it could not be read (WLAN then raises it at first use).
    const std::string& worldError() const { return worldError_; }
    // The board's own address on the host's loopback network: its sockets bind to it.
    uint32_t address() const { return address_; }

    WlanInterface wlan;
    // True when an interface can carry packets: an access point offered, a station linked, or an
    // LTE data session up.
    bool linkUp(int64_t nowUs) const;
    // The LTE data session that carries new connections (LteLink::carryingSession), 0 when none:
    // as Pycom makes the PPP interface lwIP's default, LTE takes the traffic while it is up.
    uint64_t lteSession() const;
    IpConfig ipConfig() const;

    // The FTP and Telnet servers (network.Server), made stopped at first use.
    BoardServers& servers();

private:
    RunningApp& app_;
    net::WifiWorld world_;
    std::string worldError_;
    uint32_t address_ = 0;
    std::unique_ptr<BoardServers> servers_;
};

NetworkState& networkState(RunningApp& app);

// Pycom's default access point name: "<board>-wlan-xxxx" from the MAC's last two bytes.
std::string defaultApSsid(RunningApp& app);
inline constexpr const char* kDefaultApPassword = "www.pycom.io";
inline constexpr int kDefaultApChannel = 6;

// The hard boot's wifi_on_boot step (mptask.c): an access point with the config block's SSID and
// password (Pycom's defaults when empty), and the FTP and Telnet servers started (a server that
// cannot listen is reported on stderr; the board goes on without it).
void startWifiOnBoot(RunningApp& app);

}  // namespace pyfw::port
