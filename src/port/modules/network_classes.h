// The classes of the `network` module, each defined in its own file (network_<class>.cpp) and listed
// in the table of network_module.cpp.
#pragma once

#include "engine/native.h"

namespace pyfw::port {

extern engine::Type wlanType;     // network_wlan.cpp
extern engine::Type serverType;   // network_server.cpp

}  // namespace pyfw::port
