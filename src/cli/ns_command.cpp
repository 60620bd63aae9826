// `pyfw ns`: the LoRaWAN network server on 127.0.0.1 (Semtech UDP v2), and its device registry.
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli/command_registry.h"
#include "world/device_registry.h"
#include "world/udp_network_server.h"

namespace {

using namespace pyfw;

std::atomic<bool> stopRequested{false};

struct ServeOptions {
    std::string registry;
    uint16_t port = 1700;
    double durationS = 0;
    bool verbose = false;
    bool noAdr = false;
};

struct DeviceOptions {
    std::string registry;
    std::string name, devEui, appEui, appKey, devAddr, nwkSKey, appSKey, deviceClass = "A", region = "EU868";
};

world::Registry loadOrFail(const std::string& path) {
    auto registry = world::loadRegistry(path);
    if (!registry) throw cli::CommandFailure(registry.error().message);
    return std::move(registry).value();
}

void serve(const ServeOptions& o) {
    world::Registry registry = loadOrFail(o.registry);
    world::NsConfig config;
    config.region = registry.region;
    config.netId = registry.netId;
    config.adr = !o.noAdr;
    world::NetworkServer server(config);
    for (const auto& device : registry.devices) server.addDevice(device);
    auto socket = world::UdpSocket::bindLoopback(o.port);
    if (!socket) throw cli::CommandFailure(socket.error().message);
    world::UdpNetworkServer udp(server, std::move(socket).value());
    if (o.verbose) udp.log = [](const std::string& line) { std::printf("%s\n", line.c_str()); };
    std::printf("pyfw ns: %s, %zu devices, listening on 127.0.0.1:%u\n", std::string(lorawan::region(config.region).name).c_str(),
                registry.devices.size(), unsigned(udp.port()));
    std::fflush(stdout);
    std::signal(SIGINT, [](int) { stopRequested = true; });
    std::signal(SIGTERM, [](int) { stopRequested = true; });
    const auto started = std::chrono::steady_clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };
    while (!stopRequested && (o.durationS <= 0 || elapsed() < o.durationS)) udp.pollOnce(100);
    const world::NsStats& s = server.stats();
    uint64_t drops = 0;
    for (uint64_t n : s.drops) drops += n;
    std::printf("pyfw ns: %llu joins, %llu uplinks, %llu duplicates, %llu downlinks, %llu ADR changes, %llu drops, "
                "%llu bad datagrams, %llu gateway errors\n",
                (unsigned long long)s.joins, (unsigned long long)s.uplinks, (unsigned long long)s.duplicates,
                (unsigned long long)s.downlinks, (unsigned long long)s.adrChanges, (unsigned long long)drops,
                (unsigned long long)udp.stats().badDatagrams, (unsigned long long)udp.stats().txErrors);
}

void addDevice(const DeviceOptions& o) {
    world::Registry registry;
    if (std::filesystem::exists(o.registry)) {
        registry = loadOrFail(o.registry);
    } else {
        auto id = lorawan::regionFromName(o.region);
        if (!id) throw cli::CommandFailure("unknown region '" + o.region + "'");
        registry.region = *id;
    }
    // Build the entry through the same parser as the file, so the same rules apply.
    nlohmann::json d{{"name", o.name}, {"devEui", o.devEui}, {"class", o.deviceClass}};
    if (!o.appKey.empty()) {
        d["appEui"] = o.appEui;
        d["appKey"] = o.appKey;
    } else {
        d["devAddr"] = o.devAddr;
        d["nwkSKey"] = o.nwkSKey;
        d["appSKey"] = o.appSKey;
    }
    const std::string json = nlohmann::json{{"devices", nlohmann::json::array({d})}}.dump();
    auto parsed = world::parseRegistry(json);
    if (!parsed) throw cli::CommandFailure(parsed.error().message);
    for (const auto& existing : registry.devices)
        if (existing.devEui == parsed->devices[0].devEui)
            throw cli::CommandFailure("DevEUI " + o.devEui + " is already in " + o.registry);
    registry.devices.push_back(parsed->devices[0]);
    auto saved = world::saveRegistry(o.registry, registry);
    if (!saved) throw cli::CommandFailure(o.registry + ": " + saved.error().message);
}

bool validName(const std::string& text) {
    for (char c : text)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
    return true;
}

pyfw::cli::CommandRegistration nsCommand{"ns", [](CLI::App& app) {
    auto* ns = app.add_subcommand("ns", "LoRaWAN network server on 127.0.0.1 (Semtech UDP packet forwarder v2)");
    ns->require_subcommand(1);

    auto serveOptions = std::make_shared<ServeOptions>();
    auto* serveCmd = ns->add_subcommand("serve", "Serve gateways until interrupted (or for --duration seconds)");
    serveCmd->add_option("--registry", serveOptions->registry, "device registry (JSON)")->required();
    serveCmd->add_option("--port", serveOptions->port, "UDP port on 127.0.0.1")->capture_default_str();
    serveCmd->add_option("--duration", serveOptions->durationS, "stop after this many seconds (0: run until SIGINT)");
    serveCmd->add_flag("--verbose", serveOptions->verbose, "log every uplink and downlink");
    serveCmd->add_flag("--no-adr", serveOptions->noAdr, "never send LinkADRReq");
    serveCmd->callback([serveOptions] { serve(*serveOptions); });

    auto deviceOptions = std::make_shared<DeviceOptions>();
    auto* add = ns->add_subcommand("add-device", "Add an OTAA (--app-key) or ABP (--dev-addr) device to a registry");
    add->add_option("--registry", deviceOptions->registry, "device registry (JSON); created if missing")->required();
    add->add_option("--region", deviceOptions->region, "region of a new registry")->capture_default_str();
    add->add_option("--name", deviceOptions->name, "a name for logs")->required();
    add->add_option("--dev-eui", deviceOptions->devEui, "DevEUI, 16 hex digits")->required();
    add->add_option("--app-eui", deviceOptions->appEui, "AppEUI, 16 hex digits (OTAA)");
    add->add_option("--app-key", deviceOptions->appKey, "AppKey, 32 hex digits (OTAA)");
    add->add_option("--dev-addr", deviceOptions->devAddr, "DevAddr, 8 hex digits (ABP)");
    add->add_option("--nwk-skey", deviceOptions->nwkSKey, "NwkSKey, 32 hex digits (ABP)");
    add->add_option("--app-skey", deviceOptions->appSKey, "AppSKey, 32 hex digits (ABP)");
    add->add_option("--class", deviceOptions->deviceClass, "A or C")->capture_default_str();
    add->callback([deviceOptions] {
        if (!validName(deviceOptions->name)) throw cli::CommandFailure("--name may hold letters, digits, '-' and '_' only");
        if (deviceOptions->appKey.empty() == deviceOptions->devAddr.empty())
            throw cli::CommandFailure("give either --app-key (OTAA) or --dev-addr (ABP)");
        addDevice(*deviceOptions);
    });
}};

}  // namespace
