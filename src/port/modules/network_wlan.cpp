// network.WLAN (Pycom's modwlan.c) on the virtual board: the access points are those of the board
// folder's wlan.json, and a linked interface carries the board's sockets over the host's loopback
// network (network_state.h). There is one WLAN: every WLAN() is the same interface.
//
// Pycom's semantics: WLAN() without keywords does not change the interface; connect() returns at
// once and the link comes up after the association time, unless a timeout (ms) is given, which
// waits and raises TimeoutError("Connection to AP Timeout!") when the link is not up by then.
#include <cerrno>

#include "engine/objects/type_constants.h"
#include "port/board_host.h"
#include "port/modules/network_classes.h"
#include "port/network_state.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

// How long joining an access point takes on the board's clock (scan, authentication, DHCP).
constexpr int64_t kAssociationUs = 1'200'000;
constexpr int kAntennaInternal = 0, kAntennaExternal = 1;

struct WlanObject : Object {};

NetworkState& network() {
    NetworkState& state = networkState(runningApp());
    if (!state.worldError().empty()) raiseError(&exc::OSError, "%s", state.worldError().c_str());
    return state;
}

WlanObject* wlanOf(Value self) {
    if (!isInstance(self, &wlanType)) raiseTypeError("expected a WLAN");
    return self.as<WlanObject>();
}

int64_t nowUs() { return runningApp().time().nowUs(); }

std::string ipText(uint32_t address) { return net::formatIpv4(address); }

uint32_t requireIp(Value v, const char* what) {
    std::string_view text = requireStr(v, what)->view();
    auto address = net::parseIpv4(text);
    if (!address) raiseValueError("invalid IP address: %.*s", int(text.size()), text.data());
    return *address;
}

WlanMode requireMode(Value v) {
    int64_t mode = requireInt64(v, "mode");
    if (mode < 1 || mode > 3) raiseValueError("invalid WLAN mode %lld", (long long)mode);
    return WlanMode(mode);
}

int requireChannel(Value v) {
    int64_t channel = requireInt64(v, "channel");
    if (channel < 1 || channel > 16) raiseValueError("invalid channel %lld", (long long)channel);
    return int(channel);
}

int requireAntenna(Value v) {
    int64_t antenna = requireInt64(v, "antenna");
    if (antenna != kAntennaInternal && antenna != kAntennaExternal) raiseValueError("invalid antenna type");
    return int(antenna);
}

// auth=(security, key) or None; returns the security and sets `key`.
net::WifiAuth parseAuth(Value v, std::optional<std::string>& key) {
    if (!v || v == None()) return net::WifiAuth::Open;
    if (!isInstance(v, &tupleType) || v.as<TupleObject>()->size < 1 || v.as<TupleObject>()->size > 3)
        raiseTypeError("auth must be a tuple (sec, key) or None");
    auto* tuple = v.as<TupleObject>();
    int64_t sec = requireInt64(tuple->items[0], "auth");
    if (sec != 0 && sec != 1 && sec != 2 && sec != 3 && sec != 5) raiseValueError("invalid authentication type %lld", (long long)sec);
    if (sec == int64_t(net::WifiAuth::Wpa2Enterprise))
        raiseError(&exc::NotImplementedError, "WLAN.WPA2_ENT: enterprise authentication is not simulated");
    if (tuple->size > 1 && tuple->items[tuple->size - 1] != None()) key = std::string(requireStr(tuple->items[tuple->size - 1], "key")->view());
    if (sec != 0 && !key) raiseValueError("a key is needed for this security type");
    return net::WifiAuth(sec);
}

// WLAN.init(mode, *, ssid, auth, channel, antenna, power_save)
void initInterface(const Value* a) {
    NetworkState& state = network();
    WlanInterface& wlan = state.wlan;
    WlanMode mode = a[0] && a[0] != None() ? requireMode(a[0]) : WlanMode::Station;
    int channel = a[3] && a[3] != None() ? requireChannel(a[3]) : 1;
    int antenna = a[4] && a[4] != None() ? requireAntenna(a[4]) : kAntennaInternal;
    std::optional<std::string> key;
    net::WifiAuth auth = parseAuth(a[2], key);
    std::string ssid;
    if (a[1] && a[1] != None()) {
        ssid = std::string(requireStr(a[1], "ssid")->view());
        if (ssid.empty() || ssid.size() > 32) raiseValueError("an SSID has 1 to 32 bytes");
    }
    if (key && auth == net::WifiAuth::Wpa2 && key->size() < 8) raiseValueError("a WPA2 key has at least 8 characters");
    wlan = WlanInterface{};
    wlan.mode = mode;
    wlan.channel = channel;
    wlan.antenna = antenna;
    if (mode != WlanMode::Station) {
        wlan.apSsid = ssid.empty() ? defaultApSsid(state.app()) : ssid;
        wlan.apAuth = auth;
        wlan.apPassword = key.value_or("");
    }
}

Value wlanMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[7];
    parseArgs("WLAN", args, nargs, kw, {"id", "mode", "ssid", "auth", "channel", "antenna", "power_save"}, 0, a);
    if (a[0] && a[0] != None() && requireInt64(a[0], "id") != 0) raiseValueError("WLAN(%lld) does not exist", (long long)requireInt64(a[0]));
    network();
    if (kwCount(kw) > 0 || nargs > 1) initInterface(a + 1);
    return Value(allocateObject<WlanObject>(type));
}

Value wlanInit(const Value* args, size_t nargs, TupleObject* kw) {
    wlanOf(args[0]);
    Value a[6];
    parseArgs("init", args + 1, nargs - 1, kw, {"mode", "ssid", "auth", "channel", "antenna", "power_save"}, 0, a);
    initInterface(a);
    return None();
}

Value wlanDeinit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("deinit", nargs, kw, 1, 1);
    wlanOf(args[0]);
    network().wlan = WlanInterface{};
    return None();
}

void requireStation(const WlanInterface& wlan, const char* what) {
    if (wlan.mode != WlanMode::Station && wlan.mode != WlanMode::StationAndAccessPoint)
        raiseError(&exc::OSError, "%s needs the WLAN in STA or STA_AP mode", what);
}

Value accessPointTuple(const net::AccessPoint& ap) {
    return Value(newTuple({Value(newStr(ap.ssid)), Value(newBytes(ap.bssid.data(), ap.bssid.size())),
                           Value::smallInt(int(ap.auth)), Value::smallInt(ap.channel), Value::smallInt(ap.rssi)}));
}

// scan(): every access point of the world, as (ssid, bssid, sec, channel, rssi).
Value wlanScan(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("scan", nargs, kw, 1, 1);
    wlanOf(args[0]);
    NetworkState& state = network();
    requireStation(state.wlan, "scan()");
    ListObject* list = newList();
    for (const net::AccessPoint& ap : state.world().accessPoints) listAppend(list, accessPointTuple(ap));
    return Value(list);
}

Value wlanConnect(const Value* args, size_t nargs, TupleObject* kw) {
    wlanOf(args[0]);
    Value a[8];
    parseArgs("connect", args + 1, nargs - 1, kw, {"ssid", "auth", "bssid", "timeout", "ca_certs", "keyfile", "certfile", "identity"}, 1, a);
    NetworkState& state = network();
    WlanInterface& wlan = state.wlan;
    requireStation(wlan, "connect()");
    std::string ssid(requireStr(a[0], "ssid")->view());
    std::optional<std::string> key;
    parseAuth(a[1], key);
    int64_t timeoutMs = -1;
    if (a[3] && a[3] != None()) {
        timeoutMs = requireInt64(a[3], "timeout");
        if (timeoutMs < 0) raiseValueError("timeout must not be negative");
    }
    net::JoinOutcome outcome = net::joinAccessPoint(state.world(), ssid, key ? std::optional<std::string_view>(*key) : std::nullopt);
    if (outcome.joined && a[2] && a[2] != None()) {
        Buffer bssid = requireBuffer(a[2], "bssid");
        if (bssid.size != 6 || !std::equal(bssid.data, bssid.data + 6, outcome.joined->bssid.begin()))
            outcome = {nullptr, "no access point '" + ssid + "' with that BSSID"};
    }
    wlan.joined.reset();
    wlan.linkUpAtUs = INT64_MAX;
    wlan.joinFailure = outcome.failure;
    int64_t startUs = nowUs();
    if (outcome.joined) {
        wlan.joined = *outcome.joined;
        wlan.linkUpAtUs = startUs + kAssociationUs;
    }
    if (timeoutMs < 0) return None();
    int64_t deadlineUs = startUs + std::min<int64_t>(timeoutMs, INT64_MAX / 4000) * 1000;
    int64_t waitUntil = std::min(deadlineUs, wlan.linkUpAtUs);
    if (waitUntil > startUs) host().sleepMicros(uint64_t(waitUntil - startUs));
    if (state.linkUp(nowUs())) return None();
    std::string reason = wlan.joinFailure.empty() ? "" : " (" + wlan.joinFailure + ")";
    raiseError(&exc::TimeoutError, "Connection to AP Timeout!%s", reason.c_str());
}

Value wlanDisconnect(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("disconnect", nargs, kw, 1, 1);
    wlanOf(args[0]);
    WlanInterface& wlan = network().wlan;
    wlan.joined.reset();
    wlan.linkUpAtUs = INT64_MAX;
    return None();
}

Value wlanIsconnected(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("isconnected", nargs, kw, 1, 1);
    wlanOf(args[0]);
    NetworkState& state = network();
    return boolValue(state.wlan.mode != WlanMode::AccessPoint && state.wlan.joined && nowUs() >= state.wlan.linkUpAtUs);
}

// ifconfig(id=0, config=None): (ip, netmask, gateway, dns); config sets a static one, 'dhcp' clears it.
Value wlanIfconfig(const Value* args, size_t nargs, TupleObject* kw) {
    wlanOf(args[0]);
    Value a[2];
    parseArgs("ifconfig", args + 1, nargs - 1, kw, {"id", "config"}, 0, a);
    if (a[0] && a[0] != None()) {
        int64_t id = requireInt64(a[0], "id");
        if (id != 0 && id != 1) raiseValueError("invalid interface id %lld", (long long)id);
    }
    NetworkState& state = network();
    if (a[1] && a[1] != None()) {
        if (isStr(a[1])) {
            if (a[1].as<StrObject>()->view() != "dhcp") raiseValueError("config must be 'dhcp' or a 4-tuple");
            state.wlan.staticConfig.reset();
            return None();
        }
        if (!isInstance(a[1], &tupleType) || a[1].as<TupleObject>()->size != 4) raiseValueError("config must be 'dhcp' or a 4-tuple");
        auto* t = a[1].as<TupleObject>();
        state.wlan.staticConfig = IpConfig{requireIp(t->items[0], "ip"), requireIp(t->items[1], "netmask"),
                                           requireIp(t->items[2], "gateway"), requireIp(t->items[3], "dns")};
        return None();
    }
    IpConfig config = state.linkUp(nowUs()) || state.wlan.staticConfig ? state.ipConfig() : IpConfig{};
    return Value(newTuple({Value(newStr(ipText(config.address))), Value(newStr(ipText(config.netmask))),
                           Value(newStr(ipText(config.gateway))), Value(newStr(ipText(config.dns)))}));
}

Value wlanMode(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("mode", nargs, kw, 1, 2);
    wlanOf(args[0]);
    WlanInterface& wlan = network().wlan;
    if (nargs == 1) return Value::smallInt(int(wlan.mode));
    WlanMode mode = requireMode(args[1]);
    if (mode != WlanMode::Station && wlan.apSsid.empty()) wlan.apSsid = defaultApSsid(runningApp());
    if (mode == WlanMode::AccessPoint) wlan.joined.reset();
    wlan.mode = mode;
    return None();
}

Value wlanSsid(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("ssid", nargs, kw, 1, 2);
    wlanOf(args[0]);
    WlanInterface& wlan = network().wlan;
    if (nargs == 1) {
        if (wlan.mode == WlanMode::Station) return wlan.joined ? Value(newStr(wlan.joined->ssid)) : None();
        return Value(newStr(wlan.apSsid));
    }
    std::string ssid(requireStr(args[1], "ssid")->view());
    if (ssid.empty() || ssid.size() > 32) raiseValueError("an SSID has 1 to 32 bytes");
    wlan.apSsid = ssid;
    return None();
}

Value wlanBssid(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("bssid", nargs, kw, 1, 1);
    wlanOf(args[0]);
    WlanInterface& wlan = network().wlan;
    if (wlan.joined) return Value(newBytes(wlan.joined->bssid.data(), 6));
    chip::MacAddress mac = runningApp().board().mac();
    return Value(newBytes(mac.data(), mac.size()));
}

Value wlanAuth(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("auth", nargs, kw, 1, 2);
    wlanOf(args[0]);
    WlanInterface& wlan = network().wlan;
    if (nargs == 1) {
        if (wlan.apAuth == net::WifiAuth::Open) return None();
        return Value(newTuple({Value::smallInt(int(wlan.apAuth)), Value(newStr(wlan.apPassword))}));
    }
    std::optional<std::string> key;
    wlan.apAuth = parseAuth(args[1], key);
    wlan.apPassword = key.value_or("");
    return None();
}

Value wlanChannel(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("channel", nargs, kw, 1, 2);
    wlanOf(args[0]);
    WlanInterface& wlan = network().wlan;
    if (nargs == 1) return Value::smallInt(wlan.joined ? wlan.joined->channel : wlan.channel);
    wlan.channel = requireChannel(args[1]);
    return None();
}

Value wlanAntenna(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("antenna", nargs, kw, 1, 2);
    wlanOf(args[0]);
    WlanInterface& wlan = network().wlan;
    if (nargs == 1) return Value::smallInt(wlan.antenna);
    wlan.antenna = requireAntenna(args[1]);
    return None();
}

Value wlanMac(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("mac", nargs, kw, 1, 1);
    wlanOf(args[0]);
    chip::MacAddress mac = runningApp().board().mac();
    return Value(newBytes(mac.data(), mac.size()));
}

void wlanPrint(std::string& out, Value, PrintKind) { out += "<WLAN>"; }

void traceNothing(Object*, Tracer&) {}

const MethodDef wlanMethods[] = {
    {"init", wlanInit},
    {"deinit", wlanDeinit},
    {"scan", wlanScan},
    {"connect", wlanConnect},
    {"disconnect", wlanDisconnect},
    {"isconnected", wlanIsconnected},
    {"ifconfig", wlanIfconfig},
    {"mode", wlanMode},
    {"ssid", wlanSsid},
    {"bssid", wlanBssid},
    {"auth", wlanAuth},
    {"channel", wlanChannel},
    {"antenna", wlanAntenna},
    {"mac", wlanMac},
    {nullptr, nullptr},
};

const ConstantDef wlanConstants[] = {
    {"STA", int(WlanMode::Station)},
    {"AP", int(WlanMode::AccessPoint)},
    {"STA_AP", int(WlanMode::StationAndAccessPoint)},
    {"WEP", int(net::WifiAuth::Wep)},
    {"WPA", int(net::WifiAuth::Wpa)},
    {"WPA2", int(net::WifiAuth::Wpa2)},
    {"WPA2_ENT", int(net::WifiAuth::Wpa2Enterprise)},
    {"INT_ANT", kAntennaInternal},
    {"EXT_ANT", kAntennaExternal},
    {nullptr, 0},
};

}  // namespace

Type wlanType{TypeSpec{
    .name = "WLAN",
    .instanceSize = sizeof(WlanObject),
    .trace = traceNothing,
    .print = wlanPrint,
    .make = wlanMake,
    .methods = wlanMethods,
    .module = "network",
}};

const TypeConstants wlanConstantsOf{&wlanType, wlanConstants};

}  // namespace pyfw::port
