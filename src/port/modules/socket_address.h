// Addresses as usocket's scripts write them, ('192.168.1.10', 80) or ('example.org', 80), and the
// host's sockaddr_in under them. Names resolve with the host's resolver (IPv4 only, as Pycom's lwIP).
#pragma once

#include <netinet/in.h>

#include <optional>
#include <string_view>

#include "engine/native.h"

namespace pyfw::port {

// The IPv4 address of a host name or dotted quad; nullopt when it does not resolve.
std::optional<in_addr> resolveIpv4(std::string_view host);

// (host, port) -> sockaddr_in; raises TypeError/ValueError/OSError naming what is wrong.
sockaddr_in requireAddress(engine::Value address);

// sockaddr_in -> ('a.b.c.d', port)
engine::Value addressTuple(const sockaddr_in& address);

}  // namespace pyfw::port
