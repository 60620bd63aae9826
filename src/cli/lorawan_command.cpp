// `pyfw lorawan simulate`: devices, gateway and network server in one process on virtual time.
#include <chrono>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "base/file.h"
#include "cli/command_registry.h"
#include "world/simulation.h"

namespace {

using namespace pyfw;

struct SimulateOptions {
    std::string region = "EU868";
    std::string activation = "otaa";
    size_t devices = 10;
    double durationS = 3600;
    double periodS = 600;
    double startSpreadS = 0;
    uint32_t confirmedEvery = 0;
    std::string deviceClass = "A";
    bool noAdr = false;
    double uplinkLoss = 0;
    double downlinkLoss = 0;
    uint64_t seed = 1;
    bool sleepBetweenFrames = false;
    bool dutyCycle = false;
    uint32_t devStatusEvery = 0;
    std::string dumpFrames;
    uint16_t networkPort = 0;
    bool compliance = false;
    std::string writeRegistry;
    std::string registry;
};

// One JSON line per frame on the air, with the keys and counter needed to check it and the
// plaintext we decrypted, so an independent implementation (tests/peer) can verify every frame.
std::string frameRecord(world::Simulation& sim, const world::FrameRecord& f) {
    using namespace lorawan;
    nlohmann::json j;
    const std::string kind = f.kind;
    const world::NsDevice& nsDevice = *sim.server().devices()[f.deviceIndex];
    const Device& device = sim.device(f.deviceIndex);
    j["kind"] = kind;
    j["phy"] = base::toHex(f.phy);
    if (kind == "join_request" || kind == "join_accept") {
        j["appKey"] = base::toHex(nsDevice.entry.appKey);
        if (kind == "join_accept") {
            j["devNonce"] = nsDevice.usedNonces.back();
            j["nwkSKey"] = base::toHex(nsDevice.nwkSKey);
            j["appSKey"] = base::toHex(nsDevice.appSKey);
        }
        return j.dump();
    }
    const bool up = kind == "uplink";
    const Key& nwk = up ? device.session().nwkSKey : nsDevice.nwkSKey;
    const Key& app = up ? device.session().appSKey : nsDevice.appSKey;
    const uint32_t fcnt = up ? device.session().fcntUp - 1 : nsDevice.fcntDown - 1;
    j["nwkSKey"] = base::toHex(nwk);
    j["appSKey"] = base::toHex(app);
    j["fcnt"] = fcnt;
    auto parsed = parseDataFrame(f.phy);
    if (auto* frame = std::get_if<DataFrameView>(&parsed)) {
        SessionCrypto keys(nwk, app);
        base::Bytes plain(frame->payload.size());
        openPayload(keys, *frame, fcnt, plain.data());
        j["plain"] = base::toHex(plain);
    }
    return j.dump();
}

void printSummary(const world::SimulationSummary& s, double wallS, bool externalServer) {
    auto line = [](const char* name, uint64_t value) { std::printf("  %-22s %llu\n", name, (unsigned long long)value); };
    std::printf("simulated %.0f s of %zu devices in %.2f s wall\n", double(s.virtualUs) / 1e6, s.devices, wallS);
    line("joined", s.joined);
    line("join requests", s.joinRequests);
    line("uplinks queued", s.uplinksQueued);
    line("transmissions", s.transmissions);
    line("retries", s.retransmissions);
    if (externalServer) {
        std::printf("  %-22s %s\n", "uplinks delivered", "counted by the external server");
    } else {
        line("uplinks delivered", s.uplinksDelivered);
        line("duplicates", s.duplicates);
    }
    line("downlinks sent", s.downlinksPlanned);
    line("downlinks received", s.downlinksReceived);
    line("confirmed acked", s.ackedUplinks);
    line("confirmed failed", s.failedUplinks);
    if (!externalServer) line("ADR changes", s.adrChanges);
    line("uplinks lost", s.uplinksLost);
    line("collisions", s.collisions);
    line("downlinks lost", s.downlinksLost);
    line("busy skips", s.busySkips);
    line("device drops", s.deviceDrops);
    line("server drops", s.serverDrops);
    if (s.gatewayErrors) line("gateway errors", s.gatewayErrors);
    const double frames = double(s.transmissions + s.downlinksPlanned);
    std::printf("  %-22s %.0f\n", "frames per wall second", wallS > 0 ? frames / wallS : 0.0);
}

void simulate(const SimulateOptions& o) {
    world::SimulationConfig config;
    auto region = lorawan::regionFromName(o.region);
    if (!region) throw cli::CommandFailure("unknown region '" + o.region + "' (use EU868, US915, AU915 or AS923)");
    config.region = *region;
    config.ns.region = *region;
    if (o.activation != "otaa" && o.activation != "abp")
        throw cli::CommandFailure("--activation must be otaa or abp, not '" + o.activation + "'");
    config.otaa = o.activation == "otaa";
    if (o.devices == 0) throw cli::CommandFailure("--devices must be at least 1");
    if (o.periodS <= 0 || o.durationS <= 0) throw cli::CommandFailure("--period and --duration must be positive");
    if (o.deviceClass != "A" && o.deviceClass != "C") throw cli::CommandFailure("--class must be A or C");
    config.deviceClass = o.deviceClass == "C" ? lorawan::DeviceClass::C : lorawan::DeviceClass::A;
    config.devices = o.devices;
    config.periodUs = int64_t(o.periodS * 1e6);
    config.startSpreadUs = int64_t(o.startSpreadS * 1e6);
    config.confirmedEvery = o.confirmedEvery;
    config.adr = !o.noAdr;
    config.ns.adr = !o.noAdr;
    config.uplinkLoss = o.uplinkLoss;
    config.downlinkLoss = o.downlinkLoss;
    config.seed = o.seed;
    config.saveRestoreEveryFrame = o.sleepBetweenFrames;
    config.dutyCycle = o.dutyCycle;
    config.ns.devStatusEvery = o.devStatusEvery;
    if (!o.registry.empty()) {
        auto loaded = world::loadRegistry(o.registry);
        if (!loaded) throw cli::CommandFailure(o.registry + ": " + loaded.error().message);
        for (const auto& device : loaded->devices)
            if (device.otaa) config.identities.push_back(device);
        if (config.identities.empty()) throw cli::CommandFailure(o.registry + " holds no OTAA device");
        if (!config.otaa) throw cli::CommandFailure("--registry gives OTAA identities; drop --activation abp");
    }
    const auto started = std::chrono::steady_clock::now();
    world::Simulation sim(config);
    std::string dump;
    if (!o.dumpFrames.empty())
        sim.observe = [&](const world::FrameRecord& f) { dump += frameRecord(sim, f) + "\n"; };
    if (!o.writeRegistry.empty()) {
        auto saved = world::saveRegistry(o.writeRegistry, sim.registry());
        if (!saved) throw cli::CommandFailure(o.writeRegistry + ": " + saved.error().message);
    }
    if (o.networkPort) {
        auto connected = sim.connectGateway(o.networkPort);
        if (!connected) throw cli::CommandFailure(connected.error().message + " (is `pyfw ns serve --port " +
                                                  std::to_string(o.networkPort) + "` running?)");
    }
    sim.start();
    const int64_t end = int64_t(o.durationS * 1e6);
    if (o.compliance) {
        if (o.networkPort) throw cli::CommandFailure("--compliance drives the in-process server; drop --network-port");
        // The certification test runs on the first device once it is active.
        while (sim.nowUs() < end && !sim.device(0).joined()) sim.runUntil(sim.nowUs() + lorawan::kSecondUs);
        sim.device(0).setComplianceEnabled(true);
        sim.server().startCompliance(sim.server().devices()[0]->entry.devEui);
    }
    sim.runUntil(end);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    printSummary(sim.summary(), wall, o.networkPort != 0);
    if (o.compliance) {
        const world::ComplianceRun& run = sim.server().devices()[0]->compliance;
        std::printf("compliance test on dev0: %d steps passed, %d failed%s\n", run.passed, run.failed,
                    run.finished ? "" : " (not finished in the simulated time)");
        for (const std::string& failure : run.failures) std::printf("  %s\n", failure.c_str());
    }
    if (!o.dumpFrames.empty()) {
        auto written = base::writeFileAtomically(o.dumpFrames, dump);
        if (!written) throw cli::CommandFailure(o.dumpFrames + ": " + written.error().message);
    }
}

pyfw::cli::CommandRegistration lorawanCommand{"lorawan", [](CLI::App& app) {
    auto* lorawan = app.add_subcommand("lorawan", "LoRaWAN tools: the simulated network");
    lorawan->require_subcommand(1);
    auto options = std::make_shared<SimulateOptions>();
    auto* sim = lorawan->add_subcommand("simulate", "Run devices, a gateway and a network server on virtual time");
    sim->add_option("--region", options->region, "EU868, US915, AU915 or AS923")->capture_default_str();
    sim->add_option("--activation", options->activation, "otaa or abp")->capture_default_str();
    sim->add_option("--devices", options->devices, "number of devices")->capture_default_str();
    sim->add_option("--duration", options->durationS, "simulated seconds")->capture_default_str();
    sim->add_option("--period", options->periodS, "seconds between a device's uplinks")->capture_default_str();
    sim->add_option("--start-spread", options->startSpreadS,
                    "devices power up (join) over this many seconds; default one period");
    sim->add_option("--confirmed-every", options->confirmedEvery, "every n-th uplink is confirmed (0: none)");
    sim->add_option("--class", options->deviceClass, "device class, A or C")->capture_default_str();
    sim->add_flag("--no-adr", options->noAdr, "turn adaptive data rate off");
    sim->add_option("--uplink-loss", options->uplinkLoss, "probability that an uplink is lost");
    sim->add_option("--downlink-loss", options->downlinkLoss, "probability that a downlink is lost");
    sim->add_option("--seed", options->seed, "random seed")->capture_default_str();
    sim->add_flag("--sleep-between-frames", options->sleepBetweenFrames,
                  "save, rebuild and restore every device before each uplink (deep sleep)");
    sim->add_flag("--duty-cycle", options->dutyCycle, "enforce the regulatory duty cycle (off by default as in Pycom; always on while the compliance test runs)");
    sim->add_option("--network-port", options->networkPort,
                    "send uplinks over Semtech UDP to a network server on 127.0.0.1:PORT");
    sim->add_option("--write-registry", options->writeRegistry, "write the devices as a registry for `pyfw ns serve`");
    sim->add_option("--registry", options->registry,
                    "give the devices the OTAA identities of this registry (a fleet's), one device each");
    sim->add_flag("--compliance", options->compliance, "run the port-224 certification test on the first device");
    sim->add_option("--dev-status-every", options->devStatusEvery, "the server asks DevStatusReq every n uplinks");
    sim->add_option("--dump-frames", options->dumpFrames, "write every frame with its keys as JSON lines to this file");
    sim->callback([options] { simulate(*options); });
}};

}  // namespace
