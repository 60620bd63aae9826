// network.LoRa (Pycom's modlora.c): the board's LoRa radio in raw LORA mode or as a LoRaWAN 1.0.2
// device, over the LoRa task (port/lora/lora_stack.h). Arguments, defaults and errors follow
// Pycom v1.17.2; the class and its constants are made per interpreter (a class with a dict of
// constants over the native type below).
#include <cstring>

#include "engine/objects/class.h"
#include "lib/collections_types.h"
#include "port/board_host.h"
#include "port/lora/lora_stack.h"
#include "port/modules/lora_objects.h"

namespace pyfw::port {

using namespace pyfw::engine;
using lora::LoraMode;
using lora::LoraSettings;
using lora::PowerMode;

namespace {

constexpr int64_t kOtaa = 0, kAbp = 1;
constexpr int64_t kBandwidthsKhz[] = {125, 250, 500};  // LoRa.BW_125KHZ = 0 ...
constexpr int64_t kForeverMs = INT32_MAX;              // Pycom's join(timeout=None)

struct Constant {
    const char* name;
    int64_t value;
};
constexpr Constant kConstants[] = {
    {"LORA", 0},          {"LORAWAN", 1},      {"OTAA", kOtaa},      {"ABP", kAbp},
    {"ALWAYS_ON", 0},     {"TX_ONLY", 1},      {"SLEEP", 2},         {"BW_125KHZ", 0},
    {"BW_250KHZ", 1},     {"BW_500KHZ", 2},    {"CODING_4_5", 1},    {"CODING_4_6", 2},
    {"CODING_4_7", 3},    {"CODING_4_8", 4},   {"RX_PACKET_EVENT", 1}, {"TX_PACKET_EVENT", 2},
    {"TX_FAILED_EVENT", 4}, {"CLASS_A", 0},    {"CLASS_C", 2},       {"AS923", 0},
    {"AU915", 1},         {"EU868", 5},        {"US915", 8},
};

// The LoRa object: Pycom keeps one; here every LoRa() call returns the interpreter's one.
struct LoraObject : Object {
    Value handler;   // callback(trigger, handler, arg)
    Value arg;
    int64_t trigger;
};

extern Type loraBaseType;

// The interpreter's LoRa object and its callback, kept as GC roots until the round ends.
struct Binding {
    Interpreter* interpreter = nullptr;
    RootedValues roots;   // [0] the LoRa object
};
std::unique_ptr<Binding> binding;

LoraObject* loraOf(Value self) {
    if (!isInstance(self, &loraBaseType)) raiseTypeError("expected a LoRa object");
    return self.as<LoraObject>();
}

lora::LoraStack& initialisedStack() {
    lora::LoraStack& stack = loraStack();
    if (!stack.initialised()) raiseError(&exc::OSError, "LoRa is not initialised: call LoRa(...) first");
    return stack;
}

void requireLorawan(lora::LoraStack& stack, const char* what) {
    if (!stack.lorawan()) raiseError(&exc::OSError, "%s is only valid in LoRaWAN mode", what);
}

bool given(Value v) { return v && v != None(); }

// The checks every LoRaWAN-only method starts with: its arguments, self, an initialised LoRa in
// LORAWAN mode.
lora::LoraStack& lorawanMethod(const char* name, const Value* args, size_t nargs, TupleObject* kw, size_t min, size_t max) {
    checkArgs(name, nargs, kw, min, max);
    loraOf(args[0]);
    lora::LoraStack& stack = initialisedStack();
    requireLorawan(stack, name);
    return stack;
}

int64_t intArg(Value v, const char* name, int64_t min, int64_t max) {
    int64_t n = requireInt64(v, name);
    if (n < min || n > max) raiseValueError("invalid %s %lld (%lld..%lld)", name, (long long)n, (long long)min, (long long)max);
    return n;
}

// ---- Arguments of LoRa() and init() ----

const std::initializer_list<const char*> kInitNames = {
    "mode",      "frequency", "tx_power", "bandwidth", "sf",     "preamble",   "coding_rate",  "power_mode",
    "tx_iq",     "rx_iq",     "adr",      "public",    "tx_retries", "device_class", "region"};
enum InitArg { Mode, Frequency, TxPower, Bandwidth, Sf, Preamble, CodingRate, PowerModeArg, TxIq, RxIq, Adr,
               Public, TxRetries, DeviceClass, RegionArg, kInitArgs };

lorawan::RegionId regionArg(Value v) {
    if (!given(v)) {
        // Pycom's default is the region in the config block; an erased one means none.
        uint8_t stored = runningApp().config().loraRegion;
        for (const lorawan::Region* r : lorawan::allRegions())
            if (uint8_t(r->id) == stored) return r->id;
        raiseValueError("no region given and no default region in the config block");
    }
    int64_t n = requireInt64(v, "region");
    for (const lorawan::Region* r : lorawan::allRegions())
        if (r->id == lorawan::RegionId(n) && n >= 0 && n < 256) return r->id;
    raiseValueError("invalid region %lld", (long long)n);
}

uint32_t defaultFrequency(lorawan::RegionId region) {
    switch (region) {
    case lorawan::RegionId::AS923: return 923000000;
    case lorawan::RegionId::EU868: return 868000000;
    default: return 915000000;
    }
}

uint32_t frequencyArg(Value v, lorawan::RegionId region) {
    const lorawan::Region& r = lorawan::region(region);
    uint32_t min = r.minFrequencyHz, max = r.maxFrequencyHz;
    // The LoPy4's SX1276 also tunes the 433 MHz band in EU868.
    if (region == lorawan::RegionId::EU868 && runningApp().board().model().loraRadio == "SX1276") min = 410000000;
    int64_t hz = requireInt64(v, "frequency");
    if (hz < min || hz > max) raiseValueError("frequency %lld out of range (%u..%u)", (long long)hz, min, max);
    return uint32_t(hz);
}

int8_t maxTxPower(lorawan::RegionId region) { return region == lorawan::RegionId::EU868 ? 14 : 20; }

uint16_t bandwidthArg(Value v) { return uint16_t(kBandwidthsKhz[intArg(v, "bandwidth", 0, 2)]); }

int64_t bandwidthIndex(uint16_t khz) { return khz == 500 ? 2 : khz == 250 ? 1 : 0; }

// Applies the given arguments over `s` (init() keeps what it is not given; LoRa() starts from the
// defaults).
void applyInitArgs(LoraSettings& s, const Value* a, bool fresh) {
    if (given(a[Mode])) s.mode = LoraMode(intArg(a[Mode], "mode", 0, 1));
    if (fresh || given(a[RegionArg])) {
        s.region = regionArg(a[RegionArg]);
        s.raw.frequencyHz = defaultFrequency(s.region);
        s.txPowerDbm = maxTxPower(s.region);
    }
    if (given(a[Frequency])) s.raw.frequencyHz = frequencyArg(a[Frequency], s.region);
    if (given(a[TxPower])) s.txPowerDbm = int8_t(intArg(a[TxPower], "tx_power", 2, maxTxPower(s.region)));
    if (given(a[Bandwidth])) s.raw.bandwidthKhz = bandwidthArg(a[Bandwidth]);
    if (given(a[Sf])) s.raw.spreadingFactor = uint8_t(intArg(a[Sf], "sf", 6, 12));
    if (given(a[Preamble])) s.raw.preambleSymbols = uint16_t(intArg(a[Preamble], "preamble", 6, 65535));
    if (given(a[CodingRate])) s.raw.codingRate = uint8_t(intArg(a[CodingRate], "coding_rate", 1, 4));
    if (given(a[PowerModeArg])) s.powerMode = PowerMode(intArg(a[PowerModeArg], "power_mode", 0, 2));
    if (given(a[TxIq])) s.txIq = truthy(a[TxIq]);
    if (given(a[RxIq])) s.rxIq = truthy(a[RxIq]);
    if (given(a[Adr])) s.adr = truthy(a[Adr]);
    if (given(a[Public])) s.raw.publicSync = truthy(a[Public]);
    if (given(a[TxRetries])) s.txRetries = uint8_t(intArg(a[TxRetries], "tx_retries", 0, 255));
    if (given(a[DeviceClass])) {
        int64_t c = requireInt64(a[DeviceClass], "device_class");
        if (c != 0 && c != 2) raiseValueError("invalid device_class %lld", (long long)c);
        s.deviceClass = lorawan::DeviceClass(c);
    }
}

// LoRa events reach the program's callback between instructions, on the interpreter's thread.
void deliverEvents(uint32_t events) {
    if (!binding || binding->interpreter != &runningInterpreter() || binding->roots.values.empty()) return;
    auto* self = binding->roots.values[0].as<LoraObject>();
    if (!(uint32_t(self->trigger) & events) || !given(self->handler)) return;
    call1(self->handler, self->arg);
}

Value bind(LoraObject* self) {
    if (!binding || binding->interpreter != &runningInterpreter()) {
        RunningApp& app = runningApp();
        binding = std::make_unique<Binding>();
        binding->interpreter = &runningInterpreter();
        binding->roots.values.push_back(Value(self));
        Interpreter* in = binding->interpreter;
        app.lora().setListener([in](uint32_t events) { postTask(*in, [events] { deliverEvents(events); }); });
        app.atRoundEnd([&app] {
            app.lora().setListener(nullptr);
            binding.reset();
        });
    }
    return binding->roots.values[0];
}

Value loraMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[kInitArgs + 1];
    parseArgs("LoRa", args, nargs, kw,
              {"id", "mode", "frequency", "tx_power", "bandwidth", "sf", "preamble", "coding_rate", "power_mode",
               "tx_iq", "rx_iq", "adr", "public", "tx_retries", "device_class", "region"},
              0, a);
    if (given(a[0]) && requireInt64(a[0], "id") != 0) raiseValueError("LoRa(%lld) does not exist", (long long)requireInt64(a[0]));
    if (runningApp().board().model().loraRadio.empty())
        raiseError(&exc::OSError, "this board has no LoRa radio");
    LoraSettings s;
    s.raw.spreadingFactor = 7;
    const bool reinitialise = nargs > 1 || kwCount(kw) > 0 || !loraStack().initialised();
    if (reinitialise) applyInitArgs(s, a + 1, true);
    Value existing = binding && binding->interpreter == &runningInterpreter() ? binding->roots.values[0] : Value();
    LoraObject* self = existing ? existing.as<LoraObject>() : nullptr;
    if (!self) {
        // The class made per interpreter keeps an instance dict after the native fields.
        const size_t extra = type->instanceSize > sizeof(LoraObject) ? type->instanceSize - sizeof(LoraObject) : 0;
        self = allocateObject<LoraObject>(type, extra);
        std::memset(reinterpret_cast<char*>(self) + sizeof(Object), 0, sizeof(LoraObject) - sizeof(Object) + extra);
        self->handler = None();
        self->arg = None();
        self->trigger = 0;
    }
    // Like Pycom's, LoRa() with no arguments gives the object as it is, without re-initialising.
    if (reinitialise) loraStack().init(s);
    return bind(self);
}

Value loraInit(const Value* args, size_t nargs, TupleObject* kw) {
    loraOf(args[0]);
    Value a[kInitArgs];
    parseArgs("init", args + 1, nargs - 1, kw, kInitNames, 0, a);
    LoraSettings s = loraStack().settings();
    applyInitArgs(s, a, !loraStack().initialised());
    loraStack().init(s);
    return None();
}

// ---- join ----

base::Bytes bytesArg(Value v, size_t size, const char* what) {
    Buffer b = requireBuffer(v, what);
    if (b.size != size) raiseValueError("%s must be %zu bytes", what, size);
    return base::Bytes(b.data, b.data + b.size);
}

lorawan::Eui euiArg(Value v, const char* what) {
    base::Bytes b = bytesArg(v, 8, what);
    lorawan::Eui eui = 0;
    for (uint8_t byte : b) eui = eui << 8 | byte;  // written most significant byte first
    return eui;
}

lorawan::Key keyArg(Value v, const char* what) {
    base::Bytes b = bytesArg(v, 16, what);
    lorawan::Key key{};
    std::memcpy(key.data(), b.data(), 16);
    return key;
}

lorawan::Eui boardDevEui() {
    RunningApp& app = runningApp();
    const auto& stored = app.config().lpwanMac;
    bool erased = true;
    for (uint8_t b : stored) erased &= b == 0xFF;
    lorawan::Eui eui = 0;
    if (!erased) {
        for (uint8_t b : stored) eui = eui << 8 | b;
        return eui;
    }
    // Pycom's default LPWAN MAC: the chip's MAC with FF FE in the middle (an EUI-64).
    const chip::MacAddress mac = app.board().mac();
    const uint8_t bytes[8] = {mac[0], mac[1], mac[2], 0xFF, 0xFE, mac[3], mac[4], mac[5]};
    for (uint8_t b : bytes) eui = eui << 8 | b;
    return eui;
}

std::vector<Value> tupleItems(Value v, const char* what) {
    std::vector<Value> items;
    forEach(v, [&](Value item) { items.push_back(item); });
    if (items.empty()) raiseValueError("%s must be a tuple", what);
    return items;
}

Value loraJoin(const Value* args, size_t nargs, TupleObject* kw) {
    loraOf(args[0]);
    Value a[4];
    parseArgs("join", args + 1, nargs - 1, kw, {"activation", "auth", "dr", "timeout"}, 2, a);
    lora::LoraStack& stack = initialisedStack();
    requireLorawan(stack, "join");
    const int64_t activation = requireInt64(a[0], "activation");
    std::optional<uint8_t> dr;
    if (given(a[2])) dr = uint8_t(intArg(a[2], "dr", 0, 15));
    int64_t timeoutMs = given(a[3]) ? requireInt64(a[3], "timeout") : kForeverMs;
    if (timeoutMs < 0) raiseValueError("invalid timeout %lld", (long long)timeoutMs);
    std::vector<Value> auth = tupleItems(a[1], "auth");
    base::Status started = base::okStatus();
    if (activation == kOtaa) {
        if (auth.size() != 2 && auth.size() != 3) raiseValueError("OTAA needs (app_eui, app_key) or (dev_eui, app_eui, app_key)");
        const bool withDevEui = auth.size() == 3;
        lorawan::Eui devEui = withDevEui ? euiArg(auth[0], "dev_eui") : boardDevEui();
        lorawan::Eui appEui = euiArg(auth[withDevEui], "app_eui");
        lorawan::Key appKey = keyArg(auth[withDevEui + 1], "app_key");
        started = stack.withDevice([&](lorawan::Device& d) { return d.joinOtaa(devEui, appEui, appKey, dr); });
    } else if (activation == kAbp) {
        if (auth.size() != 3) raiseValueError("ABP needs (dev_addr, nwk_skey, app_skey)");
        int64_t devAddr = requireInt64(auth[0], "dev_addr");
        if (devAddr < 0 || devAddr > 0xFFFFFFFFll) raiseValueError("invalid dev_addr");
        lorawan::Key nwk = keyArg(auth[1], "nwk_skey"), app = keyArg(auth[2], "app_skey");
        started = stack.withDevice([&](lorawan::Device& d) { return d.activateAbp(uint32_t(devAddr), nwk, app); });
    } else {
        raiseValueError("invalid activation type %lld", (long long)activation);
    }
    if (!started.ok()) raiseValueError("%s", started.error().message.c_str());
    if (timeoutMs == 0) return None();
    // Pycom polls every 50 ms; here the wait ends at the join accept's own time.
    auto joined = [&stack] { return stack.withDevice([](lorawan::Device& d) { return d.joined(); }); };
    const int64_t deadline = timeoutMs >= kForeverMs ? INT64_MAX : stack.nowUs() + timeoutMs * 1000;
    if (!stack.waitUntil(joined, deadline)) raiseError(&exc::TimeoutError, "timed out");
    return None();
}

Value loraHasJoined(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("has_joined", nargs, kw, 1, 1);
    loraOf(args[0]);
    lora::LoraStack& stack = initialisedStack();
    if (!stack.lorawan()) return False();
    return boolValue(stack.withDevice([](lorawan::Device& d) { return d.joined(); }));
}

// ---- Radio settings: getters, and setters that re-initialise the radio ----

template <typename Get, typename Set>
Value setting(const char* name, const Value* args, size_t nargs, TupleObject* kw, Get get, Set set) {
    checkArgs(name, nargs, kw, 1, 2);
    loraOf(args[0]);
    lora::LoraStack& stack = initialisedStack();
    LoraSettings s = stack.settings();
    if (nargs == 1) return get(s);
    set(s, args[1]);
    stack.init(s);
    return None();
}

Value loraFrequency(const Value* args, size_t nargs, TupleObject* kw) {
    return setting("frequency", args, nargs, kw, [](const LoraSettings& s) { return makeInt(s.raw.frequencyHz); },
                   [](LoraSettings& s, Value v) { s.raw.frequencyHz = frequencyArg(v, s.region); });
}
Value loraSf(const Value* args, size_t nargs, TupleObject* kw) {
    return setting("sf", args, nargs, kw, [](const LoraSettings& s) { return makeInt(s.raw.spreadingFactor); },
                   [](LoraSettings& s, Value v) { s.raw.spreadingFactor = uint8_t(intArg(v, "sf", 6, 12)); });
}
Value loraBandwidth(const Value* args, size_t nargs, TupleObject* kw) {
    return setting("bandwidth", args, nargs, kw,
                   [](const LoraSettings& s) { return makeInt(bandwidthIndex(s.raw.bandwidthKhz)); },
                   [](LoraSettings& s, Value v) { s.raw.bandwidthKhz = bandwidthArg(v); });
}
Value loraCodingRate(const Value* args, size_t nargs, TupleObject* kw) {
    return setting("coding_rate", args, nargs, kw, [](const LoraSettings& s) { return makeInt(s.raw.codingRate); },
                   [](LoraSettings& s, Value v) { s.raw.codingRate = uint8_t(intArg(v, "coding_rate", 1, 4)); });
}
Value loraPreamble(const Value* args, size_t nargs, TupleObject* kw) {
    return setting("preamble", args, nargs, kw, [](const LoraSettings& s) { return makeInt(s.raw.preambleSymbols); },
                   [](LoraSettings& s, Value v) { s.raw.preambleSymbols = uint16_t(intArg(v, "preamble", 6, 65535)); });
}
Value loraTxPower(const Value* args, size_t nargs, TupleObject* kw) {
    return setting("tx_power", args, nargs, kw, [](const LoraSettings& s) { return makeInt(s.txPowerDbm); },
                   [](LoraSettings& s, Value v) { s.txPowerDbm = int8_t(intArg(v, "tx_power", 2, maxTxPower(s.region))); });
}

// power_mode() changes the radio's listening without restarting the MAC.
Value loraPowerMode(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("power_mode", nargs, kw, 1, 2);
    loraOf(args[0]);
    lora::LoraStack& stack = initialisedStack();
    if (nargs == 1) return makeInt(int64_t(stack.settings().powerMode));
    stack.setPowerMode(PowerMode(intArg(args[1], "power_mode", 0, 2)));
    return None();
}

// ---- Status ----

struct StatsObject : Object {
    Value items[10];
};
constexpr const char* kStatsFields[] = {"rx_timestamp", "rssi",         "snr",           "sfrx",       "sftx",
                                        "tx_trials",    "tx_power",     "tx_time_on_air", "tx_counter", "tx_frequency"};

extern Type statsType;

void statsTrace(Object* o, Tracer& t) {
    for (Value& v : static_cast<StatsObject*>(o)->items) t.visit(v);
}
void statsPrint(std::string& out, Value self, PrintKind kind) {
    out += "(";
    for (size_t i = 0; i < 10; ++i) {
        if (i) out += ", ";
        out += kStatsFields[i];
        out += "=";
        printValue(out, self.as<StatsObject>()->items[i], kind);
    }
    out += ")";
}
Value statsGetItem(Value self, Value index) {
    int64_t i = requireInt64(index, "index");
    if (i < 0) i += 10;
    if (i < 0 || i >= 10) raiseError(&exc::IndexError, "tuple index out of range");
    return self.as<StatsObject>()->items[i];
}
int64_t statsLen(Value) { return 10; }
Value statsGetAttr(Value self, StrObject* name) {
    for (size_t i = 0; i < 10; ++i)
        if (name->view() == kStatsFields[i]) return self.as<StatsObject>()->items[i];
    return Value();
}

Type statsType{TypeSpec{
    .name = "LoRaStats",
    .instanceSize = sizeof(StatsObject),
    .trace = statsTrace,
    .print = statsPrint,
    .getattr = statsGetAttr,
    .len = statsLen,
    .getitem = statsGetItem,
    .module = "network",
}};

Value loraStats(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("stats", nargs, kw, 1, 1);
    loraOf(args[0]);
    const lorawan::DeviceStats s = initialisedStack().stats();
    auto* o = allocateObject<StatsObject>(&statsType);
    const int64_t values[10] = {s.rxTimestampUs, s.rssi,          s.snr,          s.sfRx,      s.sfTx,
                                s.txTrials,      s.txPowerDbm,    s.txTimeOnAirMs, s.txCounter, s.txFrequencyHz};
    for (size_t i = 0; i < 10; ++i) o->items[i] = makeInt(values[i]);
    return Value(o);
}

Value loraMac(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("mac", nargs, kw, 1, 1);
    loraOf(args[0]);
    lorawan::Eui eui = boardDevEui();
    uint8_t bytes[8];
    for (int i = 7; i >= 0; --i, eui >>= 8) bytes[i] = uint8_t(eui);
    return Value(newBytes(bytes, 8));
}

Value loraEvents(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("events", nargs, kw, 1, 1);
    loraOf(args[0]);
    return makeInt(initialisedStack().takeEvents());
}

Value loraCallback(const Value* args, size_t nargs, TupleObject* kw) {
    LoraObject* self = loraOf(args[0]);
    Value a[3];
    parseArgs("callback", args + 1, nargs - 1, kw, {"trigger", "handler", "arg"}, 1, a);
    int64_t trigger = intArg(a[0], "trigger", 0, 7);
    if (given(a[1]) && !isCallable(a[1])) raiseTypeError("handler must be callable");
    self->trigger = trigger;
    self->handler = given(a[1]) ? a[1] : None();
    self->arg = given(a[2]) ? a[2] : args[0];
    return None();
}

// The SX127x compares the channel's RSSI with the threshold. The air is not sensed from here
// (no carrier sense in the radio model): the channel reads as the receiver's noise floor.
Value loraIschannelFree(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("ischannel_free", nargs, kw, 2, 2);
    loraOf(args[0]);
    int64_t threshold = requireInt64(args[1], "rssi");
    const LoraSettings s = initialisedStack().settings();
    const int64_t noiseFloorDbm = s.raw.bandwidthKhz == 500 ? -111 : s.raw.bandwidthKhz == 250 ? -114 : -117;
    return boolValue(noiseFloorDbm < threshold);
}

Value loraSetBatteryLevel(const Value* args, size_t nargs, TupleObject* kw) {
    lora::LoraStack& stack = lorawanMethod("set_battery_level", args, nargs, kw, 2, 2);
    uint8_t level = uint8_t(intArg(args[1], "battery level", 0, 255));
    stack.withDevice([level](lorawan::Device& d) { d.setBatteryLevel(level); });
    return None();
}

Value loraAddChannel(const Value* args, size_t nargs, TupleObject* kw) {
    loraOf(args[0]);
    Value a[4];
    parseArgs("add_channel", args + 1, nargs - 1, kw, {"index", "frequency", "dr_min", "dr_max"}, 4, a);
    lora::LoraStack& stack = initialisedStack();
    requireLorawan(stack, "add_channel");
    const uint8_t index = uint8_t(intArg(a[0], "index", 0, 71));
    const int64_t hz = intArg(a[1], "frequency", 0, UINT32_MAX);
    const uint8_t minDr = uint8_t(intArg(a[2], "dr_min", 0, 15)), maxDr = uint8_t(intArg(a[3], "dr_max", 0, 15));
    if (!stack.withDevice([&](lorawan::Device& d) { return d.addChannel(index, uint32_t(hz), minDr, maxDr); }))
        raiseValueError("invalid channel %u (frequency %lld, DR%u..DR%u) for the region", index, (long long)hz, minDr, maxDr);
    return None();
}

Value loraRemoveChannel(const Value* args, size_t nargs, TupleObject* kw) {
    lora::LoraStack& stack = lorawanMethod("remove_channel", args, nargs, kw, 2, 2);
    const uint8_t index = uint8_t(intArg(args[1], "index", 0, 71));
    if (!stack.withDevice([&](lorawan::Device& d) { return d.removeChannel(index); }))
        raiseValueError("channel %u cannot be removed", index);
    return None();
}

// compliance_test() -> (enabled, running, state, confirmed, downlink_counter, link_check,
// demod_margin, nbr_gateways), Pycom's attrtuple; compliance_test(enable[, state[, link_check]])
// lets the network start the test, and lets the certification script move the test's state on.
Value loraComplianceTest(const Value* args, size_t nargs, TupleObject* kw) {
    lora::LoraStack& stack = lorawanMethod("compliance_test", args, nargs, kw, 1, 4);
    if (nargs > 1) {
        const bool enable = truthy(args[1]);
        const std::optional<uint8_t> state =
            nargs > 2 ? std::optional<uint8_t>(uint8_t(intArg(args[2], "state", 0, 255))) : std::nullopt;
        const std::optional<bool> linkCheck = nargs > 3 ? std::optional<bool>(truthy(args[3])) : std::nullopt;
        stack.withDevice([&](lorawan::Device& d) {
            d.setComplianceEnabled(enable);
            if (state) d.setComplianceState(*state, linkCheck.value_or(d.compliance().linkCheckAnswered));
        });
        return None();
    }
    const lorawan::ComplianceState c = stack.withDevice([](lorawan::Device& d) { return d.compliance(); });
    return lib::newAttrTuple({"enabled", "running", "state", "confirmed", "downlink_counter", "link_check",
                              "demod_margin", "nbr_gateways"},
                             {boolValue(c.enabled), boolValue(c.running), makeInt(c.state), boolValue(c.confirmed),
                              makeInt(c.downlinkCounter), boolValue(c.linkCheckAnswered), makeInt(c.linkMargin),
                              makeInt(c.gatewayCount)});
}

// ---- nvram ----

Value loraNvramSave(const Value* args, size_t nargs, TupleObject* kw) {
    lora::LoraStack& stack = lorawanMethod("nvram_save", args, nargs, kw, 1, 1);
    base::Status saved = stack.withDevice([](lorawan::Device& d) { return d.save(); });
    if (!saved.ok()) raiseError(&exc::OSError, "nvram_save: %s", saved.error().message.c_str());
    return None();
}

// Like Pycom's, a restore without a restorable session leaves the device as it was.
Value loraNvramRestore(const Value* args, size_t nargs, TupleObject* kw) {
    lora::LoraStack& stack = lorawanMethod("nvram_restore", args, nargs, kw, 1, 1);
    (void)stack.withDevice([](lorawan::Device& d) { return d.restore(); });
    return None();
}

Value loraNvramErase(const Value* args, size_t nargs, TupleObject* kw) {
    lora::LoraStack& stack = lorawanMethod("nvram_erase", args, nargs, kw, 1, 1);
    stack.withDevice([](lorawan::Device& d) { d.eraseSaved(); });
    return None();
}

void loraPrint(std::string& out, Value, PrintKind) {
    lora::LoraStack& stack = loraStack();
    const LoraSettings s = stack.settings();
    if (!stack.initialised()) {
        out += "LoRa()";
        return;
    }
    out += "LoRa(mode=" + std::string(s.mode == LoraMode::Lorawan ? "LoRa.LORAWAN" : "LoRa.LORA") +
           ", region=LoRa." + std::string(lorawan::region(s.region).name) +
           ", frequency=" + std::to_string(s.raw.frequencyHz) + ", bandwidth=" +
           std::to_string(bandwidthIndex(s.raw.bandwidthKhz)) + ", sf=" + std::to_string(s.raw.spreadingFactor) +
           ", tx_power=" + std::to_string(s.txPowerDbm) + ")";
}

void loraTrace(Object* o, Tracer& t) {
    auto* self = static_cast<LoraObject*>(o);
    t.visit(self->handler);
    t.visit(self->arg);
}

const MethodDef loraMethods[] = {
    {"add_channel", loraAddChannel},
    {"bandwidth", loraBandwidth},
    {"callback", loraCallback},
    {"coding_rate", loraCodingRate},
    {"compliance_test", loraComplianceTest},
    {"events", loraEvents},
    {"frequency", loraFrequency},
    {"has_joined", loraHasJoined},
    {"init", loraInit},
    {"ischannel_free", loraIschannelFree},
    {"join", loraJoin},
    {"mac", loraMac},
    {"nvram_erase", loraNvramErase},
    {"nvram_restore", loraNvramRestore},
    {"nvram_save", loraNvramSave},
    {"power_mode", loraPowerMode},
    {"preamble", loraPreamble},
    {"remove_channel", loraRemoveChannel},
    {"set_battery_level", loraSetBatteryLevel},
    {"sf", loraSf},
    {"stats", loraStats},
    {"tx_power", loraTxPower},
    {nullptr, nullptr},
};

Type loraBaseType{TypeSpec{
    .name = "LoRa",
    .instanceSize = sizeof(LoraObject),
    .flags = kTypeBaseType,
    .trace = loraTrace,
    .print = loraPrint,
    .make = loraMake,
    .methods = loraMethods,
    .module = "network",
}};

}  // namespace

lora::LoraStack& loraStack() { return runningApp().lora(); }

void raiseOsError(int errnoValue) { raise(newException(&exc::OSError, newTuple({Value::smallInt(errnoValue)}))); }

Value makeLoraClass() {
    DictObject* ns = newDict();
    for (const Constant& c : kConstants) dictSetStr(ns, intern(c.name), Value::smallInt(c.value));
    return Value(newClass(intern("LoRa"), newTuple({Value(&loraBaseType)}), ns));
}

}  // namespace pyfw::port
