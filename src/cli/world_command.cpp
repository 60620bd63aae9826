// `pyfw world serve`: the simulated outside world as a process that boards connect their radios
// to (src/world/README.md): simulated devices, gateways, and a network server in process or over
// Semtech UDP, on virtual or real time.
#include <atomic>
#include <csignal>
#include <cstdio>

#include "cli/command_registry.h"
#include "cli/number_options.h"
#include "cli/simulation_options.h"
#include "world/device_registry.h"
#include "world/ns_log.h"
#include "world/world_server.h"

namespace {

using namespace pyfw;

std::atomic<bool> stopWorld{false};

struct WorldOptions {
    cli::SimulationOptions network;
    std::string socket;
    bool realTime = false;
    std::string boards = "0";
    std::string duration;
    std::string registry;
    bool verbose = false;
};

void serveWorld(const WorldOptions& o) {
    world::SimulationConfig config = cli::simulationConfig(o.network, 0);
    const uint16_t port = cli::networkPort(o.network);
    world::WorldServerConfig serverConfig;
    serverConfig.socket = o.socket;
    serverConfig.time = o.realTime ? formats::RadioLinkTime::Real : formats::RadioLinkTime::Virtual;
    serverConfig.waitForBoards = size_t(cli::countOrFail("--boards", o.boards, 0, 256));
    if (!o.duration.empty()) serverConfig.endUs = cli::durationUsOrFail("--duration", o.duration);
    if (serverConfig.endUs == 0 && serverConfig.waitForBoards == 0 && config.devices > 0)
        throw cli::CommandFailure("give --duration or --boards: a world with no board and no end would run for ever");

    world::Simulation sim(config);
    if (!o.registry.empty()) {
        // The boards' devices, for the in-process server.
        auto registry = world::loadRegistry(o.registry);
        if (!registry) throw cli::CommandFailure(registry.error().message);
        if (registry->region != config.region)
            throw cli::CommandFailure(o.registry + " is for " + std::string(lorawan::region(registry->region).name) +
                                      ", the world for " + std::string(lorawan::region(config.region).name));
        for (const world::DeviceEntry& e : registry->devices) sim.server().addDevice(e);
    }
    if (port) {
        auto connected = sim.connectGateway(port);
        if (!connected) throw cli::CommandFailure(connected.error().message);
    }
    auto server = world::WorldServer::listen(sim.world(), serverConfig);
    if (!server) throw cli::CommandFailure(server.error().message);
    if (o.verbose) {
        (*server)->log = [](const std::string& line) { std::printf("%s\n", line.c_str()); std::fflush(stdout); };
        sim.server().onLog = [](const world::NsLogEvent& e) {
            std::printf("ns: %s\n", world::describe(e).c_str());
            std::fflush(stdout);
        };
    }
    std::printf("pyfw world: %s time, %zu simulated devices, %zu gateway%s, boards connect to %s\n",
                o.realTime ? "real" : "virtual", config.devices, config.gateways, config.gateways == 1 ? "" : "s",
                o.socket.c_str());
    std::fflush(stdout);
    std::signal(SIGINT, [](int) { stopWorld = true; });
    std::signal(SIGTERM, [](int) { stopWorld = true; });
    sim.start();
    auto ran = (*server)->run(stopWorld);
    if (!ran) throw cli::CommandFailure(ran.error().message);
    const world::SimulationSummary s = sim.summary();
    const world::WorldServerStats& b = (*server)->stats();
    std::printf("pyfw world: %.0f s simulated; %llu boards; %llu frames on the air, %llu heard by gateways; "
                "%llu downlinks sent; %zu of %zu simulated devices joined; server: %llu joins, %llu uplinks\n",
                double(sim.nowUs()) / 1e6, (unsigned long long)b.boardsConnected,
                (unsigned long long)s.transmissions,
                (unsigned long long)sim.world().counters().gatewayReceptions, (unsigned long long)s.downlinksPlanned,
                s.joined, s.devices, (unsigned long long)sim.server().stats().joins,
                (unsigned long long)sim.server().stats().uplinks);
}

pyfw::cli::CommandRegistration worldCommand{"world", [](CLI::App& app) {
    auto* world = app.add_subcommand("world", "The simulated outside world that boards connect their radios to");
    world->require_subcommand(1);
    auto options = std::make_shared<WorldOptions>();
    auto* serve = world->add_subcommand("serve", "Serve boards' radios on a Unix socket, with simulated devices, "
                                                 "gateways and a network server");
    serve->add_option("--socket", options->socket, "the Unix socket boards connect to")->required();
    serve->add_flag("--real-time", options->realTime, "run on the host's clock (default: virtual time)");
    serve->add_option("--boards", options->boards, "virtual time starts when this many boards have connected")
        ->capture_default_str();
    serve->add_option("--duration", options->duration, "stop at this world time (default: when the last board leaves)");
    serve->add_option("--registry", options->registry, "the boards' devices, for the in-process network server");
    serve->add_flag("--verbose", options->verbose, "log boards joining and leaving, and the network server's frames");
    cli::addSimulationOptions(serve, options->network, "0");
    serve->callback([options] { serveWorld(*options); });
}};

}  // namespace
