#include "cli/simulation_options.h"

#include "cli/command_registry.h"
#include "cli/number_options.h"

namespace pyfw::cli {

void addSimulationOptions(CLI::App* c, SimulationOptions& o, const std::string& defaultDevices) {
    o.devices = defaultDevices;
    c->add_option("--region", o.region, "EU868, US915, AU915 or AS923")->capture_default_str();
    c->add_option("--activation", o.activation, "otaa or abp")->capture_default_str();
    c->add_option("--devices", o.devices, "number of simulated devices")->capture_default_str();
    c->add_option("--period", o.period, "time between a device's uplinks (90s, 10m, 1h)")->capture_default_str();
    c->add_option("--start-spread", o.startSpread, "devices power up (join) over this time; 0: all at once; default one period");
    c->add_option("--join-retry", o.joinRetry, "backoff (LoRaWAN §7 random back-off) or pycom (Pycom's fixed 10 s)")
        ->capture_default_str();
    c->add_option("--gateways", o.gateways, "gateways (one frame heard by several is deduplicated)")->capture_default_str();
    c->add_option("--confirmed-every", o.confirmedEvery, "every n-th uplink is confirmed (0: none)");
    c->add_option("--class", o.deviceClass, "device class, A or C")->capture_default_str();
    c->add_flag("--no-adr", o.noAdr, "turn adaptive data rate off");
    c->add_option("--uplink-loss", o.uplinkLoss, "probability that an uplink is lost");
    c->add_option("--downlink-loss", o.downlinkLoss, "probability that a downlink is lost");
    c->add_option("--seed", o.seed, "random seed")->capture_default_str();
    c->add_flag("--sleep-between-frames", o.sleepBetweenFrames,
                "save, rebuild and restore every device before each uplink (deep sleep)");
    c->add_flag("--duty-cycle", o.dutyCycle,
                "enforce the regulatory duty cycle (off by default as in Pycom; always on while the compliance test runs)");
    c->add_option("--dev-status-every", o.devStatusEvery, "the server asks DevStatusReq every n uplinks");
    c->add_option("--network-port", o.networkPort, "send uplinks over Semtech UDP to a network server on 127.0.0.1:PORT");
    c->add_option("--server-wait", o.serverWait,
                  "with --network-port: real time given to the server after each uplink (e.g. 200ms) for servers "
                  "that answer later than they acknowledge");
}

world::SimulationConfig simulationConfig(const SimulationOptions& o, uint64_t minDevices) {
    world::SimulationConfig config;
    auto region = lorawan::regionFromName(o.region);
    if (!region) throw CommandFailure("unknown region '" + o.region + "' (use EU868, US915, AU915 or AS923)");
    config.region = *region;
    config.ns.region = *region;
    if (o.activation != "otaa" && o.activation != "abp")
        throw CommandFailure("--activation must be otaa or abp, not '" + o.activation + "'");
    config.otaa = o.activation == "otaa";
    if (o.deviceClass != "A" && o.deviceClass != "C") throw CommandFailure("--class must be A or C");
    config.deviceClass = o.deviceClass == "C" ? lorawan::DeviceClass::C : lorawan::DeviceClass::A;
    if (o.joinRetry != "backoff" && o.joinRetry != "pycom")
        throw CommandFailure("--join-retry must be backoff or pycom, not '" + o.joinRetry + "'");
    config.joinRetry = o.joinRetry == "pycom" ? lorawan::JoinRetry::PycomFixed : lorawan::JoinRetry::Backoff;
    config.devices = size_t(countOrFail("--devices", o.devices, minDevices, 1000000));
    config.gateways = size_t(countOrFail("--gateways", o.gateways, 1, 64));
    config.periodUs = durationUsOrFail("--period", o.period);
    if (!o.startSpread.empty()) config.startSpreadUs = durationUsOrFail("--start-spread", o.startSpread, true);
    config.confirmedEvery = uint32_t(countOrFail("--confirmed-every", o.confirmedEvery, 0, 1000000));
    config.adr = !o.noAdr;
    config.ns.adr = !o.noAdr;
    config.uplinkLoss = probabilityOrFail("--uplink-loss", o.uplinkLoss);
    config.downlinkLoss = probabilityOrFail("--downlink-loss", o.downlinkLoss);
    config.seed = countOrFail("--seed", o.seed, 0, UINT64_MAX);
    config.saveRestoreEveryFrame = o.sleepBetweenFrames;
    config.dutyCycle = o.dutyCycle;
    config.ns.devStatusEvery = uint32_t(countOrFail("--dev-status-every", o.devStatusEvery, 0, 1000000));
    config.serverWaitMs = int(durationUsOrFail("--server-wait", o.serverWait, true) / 1000);
    return config;
}

uint16_t networkPort(const SimulationOptions& o) {
    return o.networkPort.empty() ? 0 : uint16_t(countOrFail("--network-port", o.networkPort, 1, 65535));
}

}  // namespace pyfw::cli
