// network.Sigfox (Pycom's modsigfox_api.c) on the SiPy, LoPy4 and FiPy: the board's Sigfox identity
// from the config block (ID, PAC, public key; the LPWAN MAC), the radio configuration zone and its
// frequencies. Transmitting (Sigfox sockets, rssi, test_mode, cw, FSK between boards) is not there
// yet: those raise NotImplementedError naming what is missing.
#include "engine/native.h"
#include "engine/objects/class.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

constexpr int64_t kModeSigfox = 0, kModeFsk = 1;

// Uplink and downlink centre frequencies of each radio configuration zone, in Hz.
struct Zone {
    const char* name;
    int64_t uplinkHz, downlinkHz;
};
constexpr Zone kZones[] = {
    {"RCZ1", 868'130'000, 869'525'000},
    {"RCZ2", 902'200'000, 905'200'000},
    {"RCZ3", 923'200'000, 922'200'000},
    {"RCZ4", 920'800'000, 922'300'000},
};

struct SigfoxObject : Object {
    int64_t mode;
    int64_t zone;
};
extern Type sigfoxType;

SigfoxObject* sigfoxOf(Value self) {
    if (!isInstance(self, &sigfoxType)) raiseTypeError("expected a Sigfox object");
    return self.as<SigfoxObject>();
}

void configure(SigfoxObject* sigfox, Value mode, Value rcz) {
    const int64_t m = mode && mode != None() ? requireInt64(mode) : kModeSigfox;
    if (m != kModeSigfox && m != kModeFsk) raiseValueError("invalid mode %lld", (long long)m);
    if (m == kModeFsk) {
        if (runningApp().board().model().id != "sipy") raiseValueError("FSK mode is only available on the SiPy");
        raiseNotImplemented("network.Sigfox: FSK mode is not supported by pyfw yet");
    }
    const int64_t zone = rcz && rcz != None() ? requireInt64(rcz) : 0;
    if (zone < 0 || zone >= int64_t(std::size(kZones)))
        raiseValueError("invalid RCZ %lld: Sigfox.RCZ1 to Sigfox.RCZ4", (long long)zone);
    sigfox->mode = m;
    sigfox->zone = zone;
}

Value sigfoxMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    const chip::BoardModel& model = runningApp().board().model();
    if (!model.sigfox) raiseError(&exc::OSError, "the %.*s has no Sigfox radio", int(model.name.size()), model.name.data());
    Value a[4];
    parseArgs("Sigfox", args, nargs, kw, {"id", "mode", "rcz", "frequency"}, 0, a);
    if (a[0] && a[0] != None() && requireInt64(a[0]) != 0)
        raiseValueError("Sigfox(%lld) does not exist", (long long)requireInt64(a[0]));
    auto* sigfox = allocateObject<SigfoxObject>(type);
    configure(sigfox, a[1], a[2]);
    return Value(sigfox);
}

Value sigfoxInit(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("init", args, nargs, kw, {"self", "mode", "rcz", "frequency"}, 1, a);
    configure(sigfoxOf(a[0]), a[1], a[2]);
    return None();
}

template <size_t N>
Value identityField(const Value* args, size_t nargs, TupleObject* kw, const char* name,
                    std::array<uint8_t, N> formats::ConfigBlock::*field) {
    checkArgs(name, nargs, kw, 1, 1);
    sigfoxOf(args[0]);
    const auto& bytes = runningApp().config().*field;
    return Value(newBytes(bytes.data(), bytes.size()));
}

Value sigfoxId(const Value* args, size_t nargs, TupleObject* kw) {
    return identityField(args, nargs, kw, "id", &formats::ConfigBlock::sigfoxId);
}
Value sigfoxPac(const Value* args, size_t nargs, TupleObject* kw) {
    return identityField(args, nargs, kw, "pac", &formats::ConfigBlock::sigfoxPac);
}
Value sigfoxMac(const Value* args, size_t nargs, TupleObject* kw) {
    return identityField(args, nargs, kw, "mac", &formats::ConfigBlock::lpwanMac);
}
Value sigfoxPublicKey(const Value* args, size_t nargs, TupleObject* kw) {
    return identityField(args, nargs, kw, "public_key", &formats::ConfigBlock::sigfoxPublicKey);
}

Value sigfoxFrequencies(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("frequencies", nargs, kw, 1, 1);
    const Zone& zone = kZones[sigfoxOf(args[0])->zone];
    return Value(newTuple({makeInt(zone.uplinkHz), makeInt(zone.downlinkHz)}));
}

Value sigfoxVersion(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("version", nargs, kw, 1, 1);
    sigfoxOf(args[0]);
    return Value(newStr("1.0.1"));   // SIGFOX_VERSION_NUMBER of release 1.17.2
}

Value sigfoxNotYet(const Value* args, size_t nargs, TupleObject*) {
    if (nargs) sigfoxOf(args[0]);
    raiseNotImplemented("network.Sigfox: transmitting (rssi, info, config, test_mode, cw) is not supported by pyfw yet");
}

const MethodDef sigfoxMethods[] = {
    {"config", sigfoxNotYet},
    {"cw", sigfoxNotYet},
    {"frequencies", sigfoxFrequencies},
    {"id", sigfoxId},
    {"info", sigfoxNotYet},
    {"init", sigfoxInit},
    {"mac", sigfoxMac},
    {"pac", sigfoxPac},
    {"public_key", sigfoxPublicKey},
    {"rssi", sigfoxNotYet},
    {"test_mode", sigfoxNotYet},
    {"version", sigfoxVersion},
    {nullptr, nullptr},
};

void traceNothing(Object*, Tracer&) {}

Type sigfoxType{TypeSpec{
    .name = "Sigfox",
    .instanceSize = sizeof(SigfoxObject),
    .flags = kTypeBaseType,
    .trace = traceNothing,
    .make = sigfoxMake,
    .methods = sigfoxMethods,
    .module = "network",
}};

}  // namespace

Value makeSigfoxClass() {
    DictObject* ns = newDict();
    dictSetStr(ns, intern("SIGFOX"), Value::smallInt(kModeSigfox));
    dictSetStr(ns, intern("FSK"), Value::smallInt(kModeFsk));
    for (size_t i = 0; i < std::size(kZones); ++i) dictSetStr(ns, intern(kZones[i].name), Value::smallInt(int64_t(i)));
    return Value(newClass(intern("Sigfox"), newTuple({Value(&sigfoxType)}), ns));
}

}  // namespace pyfw::port
