// usocket (Pycom's modusocket.c): socket(family, type, proto) makes a socket of the family's
// kind, from the table below; the constants are Pycom's. AF_LORA and AF_SIGFOX sockets are
// always SOCK_RAW, whatever type is asked for.
#include <cerrno>

#include "port/modules/board_library.h"
#include "port/modules/lora_objects.h"
#include "port/modules/socket_options.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

struct SocketFamily {
    int64_t family;
    Value (*make)(int64_t type, int64_t proto);
};

Value makeLora(int64_t, int64_t) { return newLoraSocket(); }

constexpr SocketFamily kFamilies[] = {
    {kAfLora, makeLora},
};

Value socketMake(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("socket", args, nargs, kw, {"family", "type", "proto"}, 0, a);
    const int64_t family = a[0] ? requireInt64(a[0], "family") : kAfInet;
    const int64_t type = a[1] ? requireInt64(a[1], "type") : kSockStream;
    const int64_t proto = a[2] ? requireInt64(a[2], "proto") : kIpprotoTcp;
    for (const SocketFamily& f : kFamilies)
        if (f.family == family) return f.make(type, proto);
    if (family == kAfInet) raiseNotImplemented("usocket AF_INET sockets");
    if (family == kAfSigfox) raiseNotImplemented("usocket AF_SIGFOX sockets");
    raiseOsError(EAFNOSUPPORT);
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
};

const MethodDef functions[] = {
    {"socket", socketMake},
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
