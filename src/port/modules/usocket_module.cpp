// usocket (Pycom's modusocket.c): socket(family, type, proto) makes a socket of the family's
// kind, from the table below; the constants are Pycom's (lwIP's numbers: SOL_SOCKET is 0xfff).
// AF_LORA and AF_SIGFOX sockets are always SOCK_RAW, whatever type is asked for; AF_INET sockets
// are host sockets on the board's loopback address (socket_type.cpp).
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>

#include "port/modules/board_library.h"
#include "port/modules/lora_objects.h"
#include "port/modules/socket_address.h"
#include "port/modules/socket_object.h"
#include "port/modules/socket_options.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

struct SocketFamily {
    int64_t family;
    Value (*make)(int64_t type, int64_t proto);
};

Value makeLora(int64_t, int64_t) { return newLoraSocket(); }
Value makeSigfox(int64_t, int64_t) { return newSigfoxSocket(); }

constexpr SocketFamily kFamilies[] = {
    {kAfLora, makeLora},
    {kAfSigfox, makeSigfox},
    {kAfInet, newInetSocket},
};

Value socketMake(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("socket", args, nargs, kw, {"family", "type", "proto"}, 0, a);
    const int64_t family = a[0] ? requireInt64(a[0], "family") : kAfInet;
    const int64_t type = a[1] ? requireInt64(a[1], "type") : kSockStream;
    const int64_t proto = a[2] ? requireInt64(a[2], "proto") : 0;
    for (const SocketFamily& f : kFamilies)
        if (f.family == family) return f.make(type, proto);
    raiseOsError(EAFNOSUPPORT);
}

// getaddrinfo(host, port, af=0, type=0, proto=0, flags=0) -> [(af, type, proto, '', (ip, port))]
Value getaddrinfo(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[6];
    parseArgs("getaddrinfo", args, nargs, kw, {"host", "port", "af", "type", "proto", "flags"}, 2, a);
    std::string_view host = requireStr(a[0], "host")->view();
    int64_t port = requireInt64(a[1], "port");
    if (port < 0 || port > 65535) raiseError(&exc::OverflowError, "port must be 0-65535");
    int64_t type = kSockStream;
    if (a[3] && a[3] != None() && requireInt64(a[3], "type") != 0) type = requireInt64(a[3]);
    auto ip = resolveIpv4(host);
    if (!ip) raiseError(&exc::OSError, "cannot resolve host name '%.*s'", int(host.size()), host.data());
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr = *ip;
    int64_t proto = type == kSockDgram ? kIpprotoUdp : kIpprotoTcp;
    Value entry(newTuple({Value::smallInt(kAfInet), Value::smallInt(type), Value::smallInt(proto), Value(newStr("")),
                          addressTuple(address)}));
    ListObject* list = newList();
    listAppend(list, entry);
    return Value(list);
}

struct Constant {
    const char* name;
    int64_t value;
};
constexpr Constant kConstants[] = {
    {"AF_INET", kAfInet},         {"AF_LORA", kAfLora},           {"AF_SIGFOX", kAfSigfox},
    {"SOCK_STREAM", kSockStream}, {"SOCK_DGRAM", kSockDgram},     {"SOCK_RAW", kSockRaw},
    {"IPPROTO_TCP", kIpprotoTcp}, {"IPPROTO_UDP", kIpprotoUdp},   {"SOL_SOCKET", kSolSocket},
    {"SO_REUSEADDR", kSoReuseaddr}, {"SOL_LORA", kSolLora},       {"SOL_SIGFOX", kSolSigfox},
    {"SO_CONFIRMED", kSoConfirmed}, {"SO_DR", kSoDr},             {"SO_RX", kSoRx},
    {"SO_TX_REPEAT", kSoTxRepeat},  {"SO_OOB", kSoOob},           {"SO_BIT", kSoBit},
    {"AF_INET6", 10},             {"IPPROTO_IP", 0},              {"IPPROTO_ICMP", 1},
    {"IPPROTO_IPV6", 41},         {"IPPROTO_RAW", 255},           {"SO_KEEPALIVE", 0x0008},
    {"SO_BROADCAST", 0x0020},     {"TCP_NODELAY", 0x01},          {"IP_ADD_MEMBERSHIP", 3},
    {"IP_DROP_MEMBERSHIP", 4},    {"IP_MULTICAST_TTL", 5},        {"IP_MULTICAST_LOOP", 7},
};

const MethodDef functions[] = {
    {"socket", socketMake},
    {"getaddrinfo", getaddrinfo},
    {nullptr, nullptr},
};

}  // namespace

void initSocketModule(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    for (const Constant& c : kConstants) moduleSet(module, c.name, Value::smallInt(c.value));
    moduleSet(module, "error", Value(&exc::OSError));
    moduleSet(module, "timeout", Value(&exc::TimeoutError));
}

}  // namespace pyfw::port
