// The options that describe a simulated network (devices, gateways, radio conditions, the
// server behind the gateways), shared by `pyfw lorawan simulate` and `pyfw world serve`.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>

#include "world/simulation.h"

namespace pyfw::cli {

struct SimulationOptions {
    std::string region = "EU868";
    std::string activation = "otaa";
    std::string devices;
    std::string period = "10m";
    std::string startSpread;
    std::string confirmedEvery = "0";
    std::string deviceClass = "A";
    bool noAdr = false;
    std::string uplinkLoss = "0";
    std::string downlinkLoss = "0";
    std::string seed = "1";
    bool sleepBetweenFrames = false;
    bool dutyCycle = false;
    std::string devStatusEvery = "0";
    std::string networkPort;
    std::string serverWait = "0";
    std::string gateways = "1";
    std::string joinRetry = "backoff";
};

void addSimulationOptions(CLI::App* command, SimulationOptions& options, const std::string& defaultDevices);
// Checked values; a CommandFailure naming the option otherwise.
world::SimulationConfig simulationConfig(const SimulationOptions& options, uint64_t minDevices);
// 0: the in-process server.
uint16_t networkPort(const SimulationOptions& options);

}  // namespace pyfw::cli
