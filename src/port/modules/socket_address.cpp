#include "port/modules/socket_address.h"

#include <arpa/inet.h>
#include <netdb.h>

#include <cerrno>
#include <string>

#include "port/net_wait.h"

namespace pyfw::port {

using namespace pyfw::engine;

std::optional<in_addr> resolveIpv4(std::string_view host) {
    in_addr address{};
    std::string name(host);
    if (name.empty()) return in_addr{htonl(INADDR_ANY)};
    if (inet_pton(AF_INET, name.c_str(), &address) == 1) return address;
    addrinfo hints{};
    hints.ai_family = AF_INET;
    addrinfo* found = nullptr;
    if (getaddrinfo(name.c_str(), nullptr, &hints, &found) != 0 || !found) return std::nullopt;
    address = reinterpret_cast<sockaddr_in*>(found->ai_addr)->sin_addr;
    freeaddrinfo(found);
    return address;
}

sockaddr_in requireAddress(Value address) {
    if (!isInstance(address, &tupleType) && !isInstance(address, &listType))
        raiseTypeError("an address is a (host, port) tuple");
    Value host, port;
    if (isInstance(address, &tupleType)) {
        auto* t = address.as<TupleObject>();
        if (t->size != 2) raiseTypeError("an address is a (host, port) tuple");
        host = t->items[0];
        port = t->items[1];
    } else {
        auto* l = address.as<ListObject>();
        if (l->size != 2) raiseTypeError("an address is a (host, port) tuple");
        host = l->items[0];
        port = l->items[1];
    }
    std::string_view name = requireStr(host, "host")->view();
    int64_t number = requireInt64(port, "port");
    if (number < 0 || number > 65535) raiseError(&exc::OverflowError, "port must be 0-65535");
    auto ip = resolveIpv4(name);
    if (!ip) raiseError(&exc::OSError, "cannot resolve host name '%.*s'", int(name.size()), name.data());
    sockaddr_in out{};
    out.sin_family = AF_INET;
    out.sin_port = htons(uint16_t(number));
    out.sin_addr = *ip;
    return out;
}

Value addressTuple(const sockaddr_in& address) {
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &address.sin_addr, text, sizeof text);
    return Value(newTuple({Value(newStr(text)), Value::smallInt(ntohs(address.sin_port))}));
}

}  // namespace pyfw::port
