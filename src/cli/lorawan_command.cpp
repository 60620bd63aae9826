// `pyfw lorawan simulate`: devices, gateways and a network server on virtual time.
#include <unistd.h>

#include <chrono>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "base/file.h"
#include "cli/command_registry.h"
#include "cli/number_options.h"
#include "cli/simulation_options.h"
#include "world/join_diagnosis.h"
#include "world/simulation.h"

namespace {

using namespace pyfw;

struct SimulateOptions {
    cli::SimulationOptions network;
    std::string duration = "1h";
    std::string dumpFrames;
    bool compliance = false;
    std::string writeRegistry;
    std::string registry;
};

// One JSON line per frame on the air, with the keys and counter needed to check it and the
// plaintext, so an independent implementation (tests/peer) can verify every frame. The keys come
// from the device, so this works whichever server answered.
std::string frameRecord(world::Simulation& sim, const world::FrameRecord& f) {
    using namespace lorawan;
    nlohmann::json j;
    const std::string kind = f.kind;
    const Device& device = sim.device(f.deviceIndex);
    const Session& session = device.session();
    j["kind"] = kind;
    j["phy"] = base::toHex(f.phy);
    if (kind == "join_request" || kind == "join_accept") {
        j["appKey"] = base::toHex(sim.entry(f.deviceIndex).appKey);
        if (kind == "join_accept") {
            j["devNonce"] = device.lastDevNonce();
            j["nwkSKey"] = base::toHex(session.nwkSKey);
            j["appSKey"] = base::toHex(session.appSKey);
        }
        return j.dump();
    }
    const uint32_t fcnt = kind == "uplink" ? session.fcntUp - 1 : session.fcntDown;
    j["nwkSKey"] = base::toHex(session.nwkSKey);
    j["appSKey"] = base::toHex(session.appSKey);
    j["fcnt"] = fcnt;
    auto parsed = parseDataFrame(f.phy);
    if (auto* frame = std::get_if<DataFrameView>(&parsed)) {
        SessionCrypto keys(session.nwkSKey, session.appSKey);
        base::Bytes plain(frame->payload.size());
        openPayload(keys, *frame, fcnt, plain.data());
        j["plain"] = base::toHex(plain);
    }
    return j.dump();
}

void printSummary(const world::SimulationSummary& s, double wallS, bool externalServer, bool otaa) {
    auto line = [](const char* name, uint64_t value) { std::printf("  %-22s %llu\n", name, (unsigned long long)value); };
    std::printf("simulated %.0f s of %zu devices in %.2f s wall\n", double(s.virtualUs) / 1e6, s.devices, wallS);
    line("joined", s.joined);
    line("join requests", s.joinRequests);
    if (otaa && s.timeToJoin.count > 0)
        std::printf("  %-22s median %.1f s, p99 %.1f s, max %.1f s\n", "time to join", s.timeToJoin.medianS,
                    s.timeToJoin.p99S, s.timeToJoin.maxS);
    line("uplinks queued", s.uplinksQueued);
    line("other frames", s.otherFrames);
    line("transmissions", s.transmissions);
    line("retries", s.retransmissions);
    if (externalServer) {
        std::printf("  %-22s %s\n", "uplinks delivered", "counted by the external server");
    } else {
        line("uplinks delivered", s.uplinksDelivered);
        line("other delivered", s.otherDelivered);
        line("duplicates", s.duplicates);
    }
    line("downlinks sent", s.downlinksPlanned);
    if (s.gatewayAirtimeUs) std::printf("  %-22s %.0f s\n", "gateway airtime", double(s.gatewayAirtimeUs) / 1e6);
    line("downlinks received", s.downlinksReceived);
    line("confirmed acked", s.ackedUplinks);
    line("confirmed failed", s.failedUplinks);
    if (!externalServer) line("ADR changes", s.adrChanges);
    line("uplinks lost", s.uplinksLost);
    line("collisions", s.collisions);
    if (s.deafGateway) line("gateway transmitting", s.deafGateway);
    line("downlinks lost", s.downlinksLost);
    if (s.downlinksTooLate) line("downlinks too late", s.downlinksTooLate);
    if (s.downlinksRefused) line("downlinks refused", s.downlinksRefused);
    line("busy skips", s.busySkips);
    line("device drops", s.deviceDrops);
    for (size_t i = 0; i < s.deviceDropsByReason.size(); ++i)
        if (s.deviceDropsByReason[i] && lorawan::DropReason(i) != lorawan::DropReason::NotForUs)
            std::printf("    %-20s %llu\n", lorawan::dropReasonName(lorawan::DropReason(i)),
                        (unsigned long long)s.deviceDropsByReason[i]);
    if (s.overheard) line("overheard (for others)", s.overheard);
    if (!externalServer) line("server drops", s.serverDrops);
    if (s.gatewayErrors) line("gateway errors", s.gatewayErrors);
    const double frames = double(s.transmissions + s.downlinksPlanned);
    std::printf("  %-22s %.0f\n", "frames per wall second", wallS > 0 ? frames / wallS : 0.0);
}

// An output file is checked before the run: a simulation of hours must not end in "cannot write".
void checkWritable(const std::string& option, const std::string& path) {
    if (path.empty()) return;
    if (std::filesystem::is_directory(path)) throw cli::CommandFailure(option + " " + path + ": is a folder");
    auto probe = base::OutputFile::create(path);  // removed again when it goes out of scope
    if (!probe) throw cli::CommandFailure(option + " " + probe.error().message);
}

std::string durationText(int64_t us) {
    char text[32];
    const double s = double(us) / 1e6;
    if (s < 120) std::snprintf(text, sizeof text, "%.0f s", s);
    else if (s < 7200) std::snprintf(text, sizeof text, "%.0f min", s / 60);
    else std::snprintf(text, sizeof text, "%.1f h", s / 3600);
    return text;
}

// Runs to `end`, showing how far it got on a terminal (stderr) twice a second.
void runWithProgress(world::Simulation& sim, int64_t end) {
    const bool terminal = isatty(STDERR_FILENO);
    const int64_t step = std::max<int64_t>(end / 1000, lorawan::kSecondUs);
    auto lastShown = std::chrono::steady_clock::now();
    bool shown = false;
    while (sim.nowUs() < end) {
        sim.runUntil(std::min(end, sim.nowUs() + step));
        if (!terminal) continue;
        const auto now = std::chrono::steady_clock::now();
        if (now - lastShown < std::chrono::milliseconds(500)) continue;
        lastShown = now;
        shown = true;
        std::fprintf(stderr, "\rsimulated %s of %s (%.0f %%)   ", durationText(sim.nowUs()).c_str(),
                     durationText(end).c_str(), 100.0 * double(sim.nowUs()) / double(end));
        std::fflush(stderr);
    }
    if (shown) std::fprintf(stderr, "\r%60s\r", "");
}

// DevNonces continue from a registry an earlier run wrote, so a server that remembers the
// DevNonces it has seen still accepts these devices' joins.
void continueDevNonces(world::Simulation& sim, const std::string& path) {
    if (path.empty() || !std::filesystem::exists(path)) return;
    auto earlier = world::loadRegistry(path);
    if (!earlier) throw cli::CommandFailure(earlier.error().message);
    for (const world::DeviceEntry& e : earlier->devices)
        for (size_t i = 0; i < sim.deviceCount(); ++i)
            if (sim.entry(i).devEui == e.devEui && e.nextDevNonce) sim.setNextDevNonce(i, *e.nextDevNonce);
}

void writeRegistry(world::Simulation& sim, const std::string& path) {
    if (path.empty()) return;
    world::Registry registry = sim.registry();
    for (size_t i = 0; i < registry.devices.size(); ++i)
        if (registry.devices[i].otaa) registry.devices[i].nextDevNonce = sim.nextDevNonce(i);
    auto saved = world::saveRegistry(path, registry);
    if (!saved) throw cli::CommandFailure(path + ": " + saved.error().message);
}

void simulate(const SimulateOptions& o) {
    world::SimulationConfig config = cli::simulationConfig(o.network, 1);
    const int64_t end = cli::durationUsOrFail("--duration", o.duration);
    const uint16_t port = cli::networkPort(o.network);
    if (o.compliance && port) throw cli::CommandFailure("--compliance drives the in-process server; drop --network-port");
    if (!o.registry.empty()) {
        auto loaded = world::loadRegistry(o.registry);
        if (!loaded) throw cli::CommandFailure(o.registry + ": " + loaded.error().message);
        for (const auto& device : loaded->devices)
            if (device.otaa) config.identities.push_back(device);
        if (config.identities.empty()) throw cli::CommandFailure(o.registry + " holds no OTAA device");
        if (!config.otaa) throw cli::CommandFailure("--registry gives OTAA identities; drop --activation abp");
    }
    checkWritable("--dump-frames", o.dumpFrames);
    checkWritable("--write-registry", o.writeRegistry);

    const auto started = std::chrono::steady_clock::now();
    world::Simulation sim(config);
    continueDevNonces(sim, o.writeRegistry);
    writeRegistry(sim, o.writeRegistry);  // before the run, so a server can be started on it
    std::string dump;
    if (!o.dumpFrames.empty())
        sim.observe = [&](const world::FrameRecord& f) { dump += frameRecord(sim, f) + "\n"; };
    if (port) {
        auto connected = sim.connectGateway(port);
        if (!connected) throw cli::CommandFailure(connected.error().message + " (is `pyfw ns serve --port " +
                                                  std::to_string(port) + "` running?)");
    }
    sim.start();
    if (o.compliance) {
        // The certification test runs on the first device once it is active.
        while (sim.nowUs() < end && !sim.device(0).joined()) sim.runUntil(sim.nowUs() + lorawan::kSecondUs);
        sim.device(0).setComplianceEnabled(true);
        sim.server().startCompliance(sim.entry(0).devEui);
    }
    runWithProgress(sim, end);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const world::SimulationSummary summary = sim.summary();
    printSummary(summary, wall, port != 0, config.otaa);
    if (o.compliance) {
        const world::ComplianceRun& run = sim.server().devices()[0]->compliance;
        std::printf("compliance test on dev0: %d steps passed, %d failed%s\n", run.passed, run.failed,
                    run.finished ? "" : " (not finished in the simulated time)");
        for (const std::string& failure : run.failures) std::printf("  %s\n", failure.c_str());
    }
    writeRegistry(sim, o.writeRegistry);
    if (!o.dumpFrames.empty()) {
        auto written = base::writeFileAtomically(o.dumpFrames, dump);
        if (!written) throw cli::CommandFailure(o.dumpFrames + ": " + written.error().message);
    }
    if (config.otaa && summary.joined < summary.devices && summary.joinRequests > 0) {
        const std::string why = world::whyNoJoin(summary, port ? nullptr : &sim.server().stats());
        const size_t missing = summary.devices - summary.joined;
        if (summary.joined == 0) throw cli::CommandFailure("no device joined: " + why);
        std::printf("%zu of %zu devices did not join: %s\n", missing, summary.devices, why.c_str());
    }
}

pyfw::cli::CommandRegistration lorawanCommand{"lorawan", [](CLI::App& app) {
    auto* lorawan = app.add_subcommand("lorawan", "LoRaWAN tools: the simulated network");
    lorawan->require_subcommand(1);
    auto options = std::make_shared<SimulateOptions>();
    auto* sim = lorawan->add_subcommand("simulate", "Run devices, gateways and a network server on virtual time");
    cli::addSimulationOptions(sim, options->network, "10");
    sim->add_option("--duration", options->duration, "simulated time (90s, 10m, 24h, 7d; seconds without a unit)")
        ->capture_default_str();
    sim->add_option("--write-registry", options->writeRegistry,
                    "write the devices as a registry for `pyfw ns serve`; if it exists, the devices continue "
                    "their DevNonce from it");
    sim->add_option("--registry", options->registry,
                    "give the devices the OTAA identities of this registry (a fleet's), one device each");
    sim->add_flag("--compliance", options->compliance, "run the port-224 certification test on the first device");
    sim->add_option("--dump-frames", options->dumpFrames, "write every frame with its keys as JSON lines to this file");
    sim->callback([options] { simulate(*options); });
}};

}  // namespace
