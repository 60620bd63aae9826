// network.Sigfox (Pycom's modsigfox_api.c) on the SiPy, LoPy4 and FiPy: the board's Sigfox identity
// from the config block (ID, PAC, public key; the LPWAN MAC), the radio configuration zone and its
// frequencies, the RSSI of the last downlink, the RCZ2/RCZ4 macro-channel configuration, the
// certification tests (test_mode, port/sigfox_test_modes) and an unmodulated carrier (cw). The
// messages themselves go through Sigfox sockets (sigfox_socket.cpp) and port/sigfox_radio; on the
// SiPy, FSK mode turns the radio into a plain FSK link on one frequency (port/sigfox_fsk).
#include <memory>

#include "engine/native.h"
#include "engine/objects/class.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"
#include "port/sigfox_radio.h"
#include "port/sigfox_test_modes.h"
#include "sigfox/zones.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

constexpr int64_t kModeSigfox = 0, kModeFsk = 1;

using sigfox::kZones;

// The macro-channel configuration words of the FCC zones at start (Sigfox's defaults): RCZ2 uses
// channels 1..9, RCZ4 channels 63..72.
constexpr std::array<uint32_t, 3> kDefaultConfig[] = {{0, 0, 0}, {0x1FF, 0, 0}, {0, 0, 0}, {0, 0xF0000000, 0x1F}};

struct SigfoxObject : Object {
    int64_t mode;
    int64_t zone;
};
extern Type sigfoxType;

}  // namespace

SigfoxRadio& sigfoxRadio() {
    RunningApp& app = runningApp();
    if (!app.sigfox) app.sigfox = std::make_unique<SigfoxRadio>(app, app.sigfoxAir);
    return *app.sigfox;
}

namespace {

SigfoxObject* sigfoxOf(Value self) {
    if (!isInstance(self, &sigfoxType)) raiseTypeError("expected a Sigfox object");
    return self.as<SigfoxObject>();
}

bool given(Value value) { return value && value != None(); }

// FSK mode's frequency, as Pycom checks it.
int64_t fskFrequency(Value frequency) {
    if (!given(frequency)) raiseValueError("FSK mode needs a frequency (%lld..%lld Hz)", (long long)kFskMinHz, (long long)kFskMaxHz);
    const int64_t hz = requireInt64(frequency, "frequency");
    if (hz < kFskMinHz || hz > kFskMaxHz)
        raiseValueError("frequency %lld out of range: %lld..%lld Hz", (long long)hz, (long long)kFskMinHz, (long long)kFskMaxHz);
    return hz;
}

void configure(SigfoxObject* sigfox, Value mode, Value rcz, Value frequency) {
    const int64_t m = given(mode) ? requireInt64(mode) : kModeSigfox;
    if (m != kModeSigfox && m != kModeFsk) raiseValueError("invalid mode %lld", (long long)m);
    if (m == kModeFsk && runningApp().board().model().id != "sipy") raiseValueError("FSK mode is only available on the SiPy");
    if (m == kModeSigfox && given(frequency)) raiseValueError("frequency is only valid in FSK mode");
    const int64_t zone = given(rcz) ? requireInt64(rcz) : 0;
    if (zone < 0 || zone >= int64_t(std::size(kZones)))
        raiseValueError("invalid RCZ %lld: Sigfox.RCZ1 to Sigfox.RCZ4", (long long)zone);
    const int64_t fskHz = m == kModeFsk ? fskFrequency(frequency) : 0;
    SigfoxRadio& radio = sigfoxRadio();
    if (m == kModeFsk) {
        radio.stopCarrier();
        radio.fsk.start(fskHz);
    } else {
        radio.fsk.stop();
    }
    sigfox->mode = m;
    sigfox->zone = zone;
    radio.zone = int(zone);
    radio.configWords = kDefaultConfig[zone];
    radio.initialised = true;
}

Value sigfoxMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    const chip::BoardModel& model = runningApp().board().model();
    if (!model.sigfox) raiseError(&exc::OSError, "the %.*s has no Sigfox radio", int(model.name.size()), model.name.data());
    Value a[4];
    parseArgs("Sigfox", args, nargs, kw, {"id", "mode", "rcz", "frequency"}, 0, a);
    if (a[0] && a[0] != None() && requireInt64(a[0]) != 0)
        raiseValueError("Sigfox(%lld) does not exist", (long long)requireInt64(a[0]));
    auto* sigfox = allocateObject<SigfoxObject>(type);
    configure(sigfox, a[1], a[2], a[3]);
    return Value(sigfox);
}

Value sigfoxInit(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("init", args, nargs, kw, {"self", "mode", "rcz", "frequency"}, 1, a);
    configure(sigfoxOf(a[0]), a[1], a[2], a[3]);
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
    const sigfox::Zone& zone = kZones[sigfoxOf(args[0])->zone];
    return Value(newTuple({makeInt(zone.uplinkHz), makeInt(zone.downlinkHz)}));
}

Value sigfoxVersion(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("version", nargs, kw, 1, 1);
    sigfoxOf(args[0]);
    return Value(newStr("1.0.1"));   // SIGFOX_VERSION_NUMBER of release 1.17.2
}

Value sigfoxRssi(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("rssi", nargs, kw, 1, 1);
    sigfoxOf(args[0]);
    return Value::smallInt(sigfoxRadio().lastRssiDbm());
}

// config() gives the three macro-channel words of RCZ2/RCZ4; config([w0, w1, w2]) sets them.
Value sigfoxConfig(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("config", nargs, kw, 1, 2);
    SigfoxObject* self = sigfoxOf(args[0]);
    if (self->zone != 1 && self->zone != 3) raiseValueError("config() applies to RCZ2 and RCZ4 only");
    SigfoxRadio& radio = sigfoxRadio();
    if (nargs == 1) {
        ListObject* words = newList();
        for (uint32_t word : radio.configWords) listAppend(words, makeInt(int64_t(word)));
        return Value(words);
    }
    TupleObject* items = toTuple(args[1]);
    if (items->size != 3) raiseValueError("config takes a list of 3 configuration words");
    std::array<uint32_t, 3> words{};
    for (size_t i = 0; i < 3; ++i) {
        int64_t word = requireInt64(items->items[i]);
        if (word < 0 || word > int64_t(UINT32_MAX)) raiseValueError("a configuration word is 32 bits");
        words[i] = uint32_t(word);
    }
    radio.configWords = words;
    return None();
}

// info(): the zone and the message counter the next uplink will carry, as (rcz, counter).
Value sigfoxInfo(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("info", nargs, kw, 1, 1);
    SigfoxObject* self = sigfoxOf(args[0]);
    return Value(newTuple({Value::smallInt(self->zone), Value::smallInt(sigfoxRadio().nextCounter())}));
}

void requireSigfoxMode(const SigfoxObject* self, const char* what) {
    if (self->mode != kModeSigfox) raiseValueError("%s needs Sigfox(mode=Sigfox.SIGFOX)", what);
}

// test_mode(mode, config): the library's test modes and Pycom's manual transmission.
Value sigfoxTestMode(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("test_mode", nargs, kw, 3, 3);
    SigfoxObject* self = sigfoxOf(args[0]);
    requireSigfoxMode(self, "test_mode");
    const int64_t mode = requireInt64(args[1], "mode"), config = requireInt64(args[2], "config");
    SigfoxRadio& radio = sigfoxRadio();
    TestModeCheck check = checkTestMode(radio, mode, config);
    if (!check.supported) raiseNotImplemented(check.error.c_str());
    if (!check.error.empty()) raiseValueError("%s", check.error.c_str());
    runTestMode(radio, mode, config);
    return None();
}

// cw(frequency, start): an unmodulated carrier on a frequency of the zone's uplink band, on or off.
Value sigfoxCw(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("cw", nargs, kw, 3, 3);
    SigfoxObject* self = sigfoxOf(args[0]);
    requireSigfoxMode(self, "cw");
    const int64_t frequency = requireInt64(args[1], "frequency");
    const sigfox::Zone& zone = kZones[self->zone];
    if (!sigfox::inUplinkBand(zone, frequency))
        raiseValueError("cw takes a frequency in %s's uplink band, %lld..%lld Hz, not %lld", zone.name,
                        (long long)sigfox::uplinkBandLowHz(zone), (long long)sigfox::uplinkBandHighHz(zone), (long long)frequency);
    SigfoxRadio& radio = sigfoxRadio();
    if (truthy(args[2])) {
        radio.startCarrier(frequency);
    } else {
        if (radio.carrierHz() && *radio.carrierHz() != frequency)
            raiseValueError("the carrier is on %lld Hz, not %lld", (long long)*radio.carrierHz(), (long long)frequency);
        radio.stopCarrier();
    }
    return None();
}

const MethodDef sigfoxMethods[] = {
    {"config", sigfoxConfig},
    {"cw", sigfoxCw},
    {"frequencies", sigfoxFrequencies},
    {"id", sigfoxId},
    {"info", sigfoxInfo},
    {"init", sigfoxInit},
    {"mac", sigfoxMac},
    {"pac", sigfoxPac},
    {"public_key", sigfoxPublicKey},
    {"rssi", sigfoxRssi},
    {"test_mode", sigfoxTestMode},
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
