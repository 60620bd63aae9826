// The network server's log lines (`pyfw ns serve --verbose`): each names the device (name and
// DevEUI), DevAddr, FCnt, port and payload, the signal and how many gateways heard the frame,
// and for a dropped frame the reason.
#pragma once

#include <string>

#include "world/network_server.h"

namespace pyfw::world {

std::string describe(const NsLogEvent& event);

}  // namespace pyfw::world
