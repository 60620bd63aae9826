#include "port/network_state.h"

#include <cstdio>

#include "port/board_servers.h"
#include "port/lte_link.h"
#include "port/running_app.h"

namespace pyfw::port {

NetworkState::NetworkState(RunningApp& app) : app_(app) {
    auto world = net::loadWifiWorld(app.board().dir());
    if (world.ok()) world_ = std::move(world).value();
    else worldError_ = world.error().message;
    chip::MacAddress mac = app.board().mac();
    address_ = world_.address.value_or(net::boardLoopbackAddress({mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]}));
}

NetworkState::~NetworkState() = default;

uint64_t NetworkState::lteSession() const {
    LteLink* lte = app_.lteLink.get();
    return lte && lte->initialised ? lte->carryingSession() : 0;
}

bool NetworkState::linkUp(int64_t nowUs) const {
    if (lteSession() != 0) return true;
    if (wlan.mode == WlanMode::AccessPoint || wlan.mode == WlanMode::StationAndAccessPoint) return true;
    return wlan.mode == WlanMode::Station && wlan.joined && nowUs >= wlan.linkUpAtUs;
}

// The board's address stands for the station's DHCP lease and for the access point's 192.168.4.1:
// on this host both are the board's loopback address. A static configuration is reported as set.
IpConfig NetworkState::ipConfig() const {
    if (wlan.staticConfig) return *wlan.staticConfig;
    IpConfig config;
    config.address = address_;
    config.netmask = 0xFF000000;
    config.gateway = 127u << 24 | 1;
    config.dns = 127u << 24 | 1;
    return config;
}

BoardServers& NetworkState::servers() {
    if (!servers_) servers_ = std::make_unique<BoardServers>(app_, address_, world_.ports);
    return *servers_;
}

NetworkState& networkState(RunningApp& app) {
    if (!app.network) app.network = std::make_unique<NetworkState>(app);
    return *app.network;
}

std::string defaultApSsid(RunningApp& app) {
    std::string name(app.board().model().name);
    for (char& c : name) c = char(std::tolower(uint8_t(c)));
    chip::MacAddress mac = app.board().mac();
    char suffix[8];
    std::snprintf(suffix, sizeof suffix, "-%02x%02x", mac[4], mac[5]);
    return name + "-wlan" + suffix;
}

namespace {

// A config-block string field: up to the first NUL; erased flash (0xFF) means unset.
template <size_t N>
std::string configText(const std::array<uint8_t, N>& field) {
    std::string text;
    for (uint8_t byte : field) {
        if (byte == 0 || byte == 0xFF) break;
        text += char(byte);
    }
    return text;
}

}  // namespace

void startWifiOnBoot(RunningApp& app) {
    const formats::ConfigBlock& config = app.config();
    if (!config.wifiOnBoot) return;
    NetworkState& network = networkState(app);
    WlanInterface& wlan = network.wlan;
    std::string ssid = configText(config.wifiSsid);
    wlan.mode = WlanMode::AccessPoint;
    wlan.apSsid = ssid.empty() ? defaultApSsid(app) : ssid;
    wlan.apAuth = net::WifiAuth::Wpa2;
    wlan.apPassword = ssid.empty() ? kDefaultApPassword : configText(config.wifiPassword);
    wlan.channel = kDefaultApChannel;
    if (!network.worldError().empty()) {
        std::fprintf(stderr, "pyfw board: %s\n", network.worldError().c_str());
        return;
    }
    auto started = network.servers().start(ServerSettings{});
    if (!started.ok()) std::fprintf(stderr, "pyfw board: %s\n", started.error().message.c_str());
}

}  // namespace pyfw::port
