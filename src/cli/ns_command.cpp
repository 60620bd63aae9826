// `pyfw ns`: the LoRaWAN network server on 127.0.0.1 (Semtech UDP v2), and its device registry.
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <strings.h>

#include <nlohmann/json.hpp>

#include "cli/command_registry.h"
#include "cli/number_options.h"
#include "world/device_registry.h"
#include "world/fleet_http.h"
#include "world/ns_log.h"
#include "world/session_store.h"
#include "world/udp_network_server.h"

namespace {

using namespace pyfw;

std::atomic<bool> stopRequested{false};

struct ServeOptions {
    std::string registry;
    std::string db;
    std::string port = "1700";
    std::string duration;
    std::string dedupWindow = "200ms";
    std::string http;
    std::string devStatusEvery = "0";
    std::string subBand = "0";
    bool verbose = false;
    bool noAdr = false;
    std::vector<std::string> compliance;  // devices to run the certification test on, by name or DevEUI
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

// The sessions live beside the registry unless --db says where.
std::filesystem::path databasePath(const ServeOptions& o) {
    if (!o.db.empty()) return o.db;
    return std::filesystem::path(o.registry).replace_extension(".sqlite");
}

// The fleet page reads the database on a connection and a thread of its own (WAL: it never
// blocks the server's writes).
std::unique_ptr<world::HttpServer> startFleetPage(const std::filesystem::path& dbPath, uint16_t port) {
    auto view = world::FleetView::open(dbPath);
    if (!view) throw cli::CommandFailure(view.error().message);
    auto shared = std::make_shared<world::FleetView>(std::move(view).value());
    auto page = world::HttpServer::start(port, [shared](const world::HttpRequest& request) {
        const int64_t nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  std::chrono::system_clock::now().time_since_epoch()).count();
        return world::answerFleetRequest(*shared, request, nowMs);
    });
    if (!page) throw cli::CommandFailure(page.error().message);
    std::printf("pyfw ns: fleet page on http://127.0.0.1:%u/\n", unsigned((*page)->port()));
    return std::move(page).value();
}

// The device a --compliance value names: its registry name or its DevEUI.
world::NsDevice& complianceDevice(world::NetworkServer& server, const std::string& which) {
    for (const auto& d : server.devices()) {
        char eui[17];
        std::snprintf(eui, sizeof eui, "%016llX", (unsigned long long)d->entry.devEui);
        if (d->entry.name == which || strcasecmp(eui, which.c_str()) == 0) return *d;
    }
    throw cli::CommandFailure("--compliance " + which + ": no such device name or DevEUI in the registry");
}

std::string complianceName(const world::NsDevice& d) {
    char eui[17];
    std::snprintf(eui, sizeof eui, "%016llx", (unsigned long long)d.entry.devEui);
    return (d.entry.name.empty() ? std::string("device") : d.entry.name) + " (" + eui + ")";
}

void serve(const ServeOptions& o) {
    const uint16_t port = uint16_t(cli::countOrFail("--port", o.port, 0, 65535));
    const int64_t durationUs = o.duration.empty() ? 0 : cli::durationUsOrFail("--duration", o.duration);
    world::UdpServerConfig udpConfig;
    udpConfig.dedupWindowMs = int(cli::durationUsOrFail("--dedup-window", o.dedupWindow, true) / 1000);
    world::Registry registry = loadOrFail(o.registry);
    world::NsConfig config;
    config.region = registry.region;
    config.netId = registry.netId;
    config.adr = !o.noAdr;
    config.devStatusEvery = uint32_t(cli::countOrFail("--dev-status-every", o.devStatusEvery, 0, 1000000));
    config.subBand = uint8_t(cli::countOrFail("--sub-band", o.subBand, 0, 8));
    if (config.subBand && lorawan::region(config.region).plan == lorawan::ChannelPlanKind::Dynamic)
        throw cli::CommandFailure("--sub-band is for US915 and AU915; " + std::string(lorawan::region(config.region).name) +
                                  " has no sub-bands");
    const int httpPort = o.http.empty() ? -1 : int(cli::countOrFail("--http", o.http, 0, 65535));
    world::NetworkServer server(config);
    for (const auto& device : registry.devices) server.addDevice(device);
    const std::filesystem::path dbPath = databasePath(o);
    auto store = world::SessionStore::open(dbPath);
    if (!store) throw cli::CommandFailure(store.error().message);
    if (auto attached = store->attach(server); !attached) throw cli::CommandFailure(attached.error().message);
    server.setPersistence(&*store);
    auto socket = world::UdpSocket::bindLoopback(port);
    if (!socket) throw cli::CommandFailure(socket.error().message);
    world::UdpNetworkServer udp(server, std::move(socket).value(), udpConfig);
    if (o.verbose) {
        udp.log = [](const std::string& line) { std::printf("%s\n", line.c_str()); std::fflush(stdout); };
        server.onLog = [&](const world::NsLogEvent& event) { udp.log(world::describe(event)); };
    }
    // The certification test starts with the device's next downlink (after its join, for OTAA).
    std::vector<world::NsDevice*> underTest;
    for (const std::string& which : o.compliance) underTest.push_back(&complianceDevice(server, which));
    for (world::NsDevice* d : underTest) server.startCompliance(d->entry.devEui);
    server.onComplianceStep = [](const world::NsDevice& d, const char* step, bool passed) {
        std::printf("compliance %s: step '%s' %s\n", complianceName(d).c_str(), step, passed ? "passed" : "FAILED");
        std::fflush(stdout);
    };
    size_t restored = 0;
    for (const auto& d : server.devices()) restored += d->active && d->entry.otaa;
    std::printf("pyfw ns: %s, %zu devices (%zu joined sessions restored from %s), listening on 127.0.0.1:%u\n",
                std::string(lorawan::region(config.region).name).c_str(), registry.devices.size(), restored,
                dbPath.c_str(), unsigned(udp.port()));
    std::unique_ptr<world::HttpServer> page;
    if (httpPort >= 0) page = startFleetPage(dbPath, uint16_t(httpPort));
    std::fflush(stdout);
    std::signal(SIGINT, [](int) { stopRequested = true; });
    std::signal(SIGTERM, [](int) { stopRequested = true; });
    const auto started = std::chrono::steady_clock::now();
    auto elapsedUs = [&] {
        return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
    };
    while (!stopRequested && (durationUs <= 0 || elapsedUs() < durationUs)) udp.pollOnce(100);
    const world::NsStats& s = server.stats();
    std::printf("pyfw ns: %llu joins, %llu uplinks, %llu duplicates, %llu downlinks, %llu ADR changes, %llu drops, "
                "%llu bad datagrams, %llu gateway errors\n",
                (unsigned long long)s.joins, (unsigned long long)s.uplinks, (unsigned long long)s.duplicates,
                (unsigned long long)s.downlinks, (unsigned long long)s.adrChanges, (unsigned long long)s.totalDrops(),
                (unsigned long long)udp.stats().badDatagrams, (unsigned long long)udp.stats().txErrors);
    for (const world::NsDevice* d : underTest) {
        const world::ComplianceRun& run = d->compliance;
        std::printf("compliance test on %s: %d steps passed, %d failed, %s\n", complianceName(*d).c_str(), run.passed,
                    run.failed, run.finished ? "finished" : "not finished");
        for (const std::string& failure : run.failures) std::printf("  %s\n", failure.c_str());
    }
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
    auto* serveCmd = ns->add_subcommand("serve", "Serve gateways until interrupted (or for --duration)");
    serveCmd->add_option("--registry", serveOptions->registry, "device registry (JSON)")->required();
    serveCmd->add_option("--db", serveOptions->db,
                         "SQLite database of the sessions (default: the registry's name with .sqlite)");
    serveCmd->add_option("--port", serveOptions->port, "UDP port on 127.0.0.1 (0: any free port)")->capture_default_str();
    serveCmd->add_option("--duration", serveOptions->duration, "stop after this time (90s, 10m, 24h; default: run until SIGINT)");
    serveCmd->add_option("--dedup-window", serveOptions->dedupWindow,
                         "how long copies of a frame from other gateways are awaited at most")->capture_default_str();
    serveCmd->add_flag("--verbose", serveOptions->verbose,
                       "log every join, uplink and downlink (device, DevAddr, FCnt, port, payload) and every dropped "
                       "frame with its reason");
    serveCmd->add_flag("--no-adr", serveOptions->noAdr, "never send LinkADRReq");
    serveCmd->add_option("--http", serveOptions->http,
                         "serve the fleet page and its JSON API on 127.0.0.1:PORT (0: any free port)");
    serveCmd->add_option("--dev-status-every", serveOptions->devStatusEvery,
                         "ask each device for its battery and margin (DevStatusReq) every N uplinks; 0: never")
        ->capture_default_str();
    serveCmd->add_option("--sub-band", serveOptions->subBand,
                         "US915/AU915: keep devices on sub-band 1..8 (eight 125 kHz channels and one 500 kHz), "
                         "through LinkADRReq channel masks; 0: all channels")
        ->capture_default_str();
    serveCmd->add_option("--compliance", serveOptions->compliance,
                         "run the port-224 certification test on this device (name or DevEUI; repeatable)");
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
