// Why the devices of a simulation did not join, in one sentence, from what each part of the
// path counted: the devices' requests, the gateways, the network server, the gateways' TX_ACKs,
// the devices' receivers and their checks of the join accepts.
#pragma once

#include <string>

#include "world/network_server.h"
#include "world/simulation.h"

namespace pyfw::world {

// inProcess: the server's counters when the simulation used its own server; nullptr for one over UDP.
std::string whyNoJoin(const SimulationSummary& summary, const NsStats* inProcess);

}  // namespace pyfw::world
