// network.LTE (Pycom's modlte.c) on the GPy and FiPy: the Sequans modem driven over its UART with
// the AT commands Pycom sends. Pycom's API and messages, made robust where users got stuck:
// - LTE() sets the modem up once per hard boot; after a soft reboot it finds it as it was
//   (attached, or in a data session) and sends nothing;
// - a modem that does not answer is revived (AT, the "+++" escape of a data session left over from
//   before a reset, then its reset line) or reported with OSError, never waited on forever (#225);
// - isattached() reads +CEREG by its fields, home and roaming, in any layout (#290/#349/#585);
// - a carrier switch takes the modem down to CFUN=0 first, the only state that accepts it.
// LTE(debug=True) prints every AT exchange on the console.
#include <cctype>
#include <memory>
#include <optional>

#include "engine/native.h"
#include "port/board_host.h"
#include "port/lte_link.h"
#include "port/lte_registration.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

// The bands attach(band=) takes, with the EARFCN Pycom scans on each (modlte.c).
struct BandScan {
    int band;
    int earfcn;
};
constexpr BandScan kBandScans[] = {{3, 1575}, {4, 2175}, {12, 5095}, {13, 5230}, {20, 6300}, {28, 9435}};
constexpr const char* kCarriers[] = {"standard", "verizon", "at&t"};

struct LteObject : Object {};
extern Type lteType;

LteLink& link() {
    RunningApp& app = runningApp();
    if (!app.lteLink) {
        if (!app.board().model().lte)
            raiseError(&exc::OSError, "the %.*s has no LTE modem", int(app.board().model().name.size()),
                       app.board().model().name.data());
        if (!app.lteModem) raiseError(&exc::OSError, "no LTE modem is connected to this board's LTE UART");
        auto wait = [](int64_t untilUs) {
            int64_t now = runningApp().time().nowUs();
            if (untilUs > now) host().sleepMicros(uint64_t(untilUs - now));
        };
        app.lteLink = std::make_unique<LteLink>(*app.lteModem, app.board().clock(), wait, app.lteTrace);
    }
    return *app.lteLink;
}

[[noreturn]] void modemMute(LteLink& lte, const std::string& line) {
    lte.initialised = false;
    raiseError(&exc::OSError, "the LTE modem did not answer %s; LTE().init() or lte.reset() brings it back", line.c_str());
}

// A command that must be answered (any final result code).
LteLink::Reply answered(LteLink& lte, const std::string& line) {
    LteLink::Reply reply = lte.command(line);
    if (!reply.answered) modemMute(lte, line);
    return reply;
}

LteLink& initialisedLink() {
    LteLink& lte = link();
    if (!lte.initialised) raiseError(&exc::OSError, "LTE is not initialised: call LTE() or lte.init() first");
    return lte;
}

std::string quotedField(const std::string& text, const char* prefix) {
    size_t at = text.find(prefix);
    if (at == std::string::npos) return {};
    size_t open = text.find('"', at), close = open == std::string::npos ? open : text.find('"', open + 1);
    if (close == std::string::npos) return {};
    return text.substr(open + 1, close - open - 1);
}

std::optional<std::string> carrierArgument(Value value) {
    if (!value || value == None()) return std::nullopt;
    std::string name(requireStr(value, "carrier")->view());
    for (char& c : name) c = char(std::tolower(uint8_t(c)));
    for (const char* known : kCarriers)
        if (name == known) return name;
    raiseValueError("invalid carrier %s: standard, verizon or at&t", name.c_str());
}

// Pycom's lte_init_helper, with the recovery of a mute modem and a carrier switch that works.
void setUpModem(LteLink& lte, const std::optional<std::string>& carrier) {
    if (!lte.revive())
        raiseError(&exc::OSError, "the LTE modem does not answer (AT, the +++ escape and its reset line were tried); "
                                  "power-cycle the board");
    std::string function = answered(lte, "AT+CFUN?").text;
    bool stackDown = function.find("+CFUN: 0") != std::string::npos;
    lte.carrier = quotedField(answered(lte, "AT+SQNCTM?").text, "+SQNCTM:");
    if (carrier && *carrier != lte.carrier) {
        if (!stackDown) answered(lte, "AT+CFUN=0");
        stackDown = true;
        if (!answered(lte, "AT+SQNCTM=\"" + *carrier + "\"").ok())
            raiseError(&exc::OSError, "the LTE modem refused the carrier profile %s", carrier->c_str());
        lte.carrier = *carrier;
    }
    if (stackDown) answered(lte, "AT+CFUN=4");
    answered(lte, "AT+CEREG=2");
    lte.initialised = true;
}

bool registered(LteLink& lte) {
    if (lte.dataSessionAlive()) return true;   // the modem ends the session when it loses the network
    auto registration = parseCereg(answered(lte, "AT+CEREG?").text);
    return registration && isAttached(*registration);
}

Value lteMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("LTE", args, nargs, kw, {"id", "carrier", "debug"}, 0, a);
    if (a[0] && a[0] != None() && requireInt64(a[0]) != 0) raiseValueError("LTE(%lld) does not exist", (long long)requireInt64(a[0]));
    auto carrier = carrierArgument(a[1]);
    LteLink& lte = link();
    if (a[2] && a[2] != None())
        lte.consoleTrace = truthy(a[2]) ? LteLink::Trace([](const std::string& line) { runningApp().say("LTE: " + line + "\n"); })
                                        : LteLink::Trace();
    if (!lte.initialised || (carrier && *carrier != lte.carrier)) setUpModem(lte, carrier);
    return Value(allocateObject<LteObject>(type));
}

Value lteInit(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("init", args, nargs, kw, {"self", "carrier"}, 1, a);
    setUpModem(link(), carrierArgument(a[1]));
    return None();
}

Value lteDeinit(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("deinit", nargs, kw, 1, 1);
    LteLink& lte = link();
    if (!lte.initialised) return None();
    lte.endData();
    answered(lte, "AT+CFUN=0");
    lte.initialised = false;
    return None();
}

Value lteAttach(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("attach", args, nargs, kw, {"self", "band"}, 1, a);
    std::optional<int64_t> band;
    if (a[1] && a[1] != None()) {
        band = requireInt64(a[1]);
        bool known = false;
        for (const BandScan& row : kBandScans) known |= row.band == *band;
        if (!known) raiseValueError("band %lld not supported", (long long)*band);
    }
    LteLink& lte = initialisedLink();
    if (registered(lte)) return None();
    // A search already running would keep its old scan list: restart it.
    answered(lte, "AT+CFUN=4");
    answered(lte, "AT!=\"clearscanconfig\"");
    for (const BandScan& row : kBandScans)
        if (!band || row.band == *band)
            answered(lte, "AT!=\"RRC::addscanfreq band=" + std::to_string(row.band) + " dl-earfcn=" +
                              std::to_string(row.earfcn) + "\"");
    answered(lte, "AT+CFUN=1");
    return None();
}

Value lteDettach(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("dettach", nargs, kw, 1, 1);
    LteLink& lte = initialisedLink();
    lte.endData();
    answered(lte, "AT+CFUN=4");
    return None();
}

Value lteIsattached(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("isattached", nargs, kw, 1, 1);
    return boolValue(registered(initialisedLink()));
}

Value lteConnect(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("connect", args, nargs, kw, {"self", "cid"}, 1, a);
    int64_t cid = a[1] && a[1] != None() ? requireInt64(a[1]) : 1;
    if (cid < 1 || cid > 16) raiseValueError("cid %lld is not a PDP context (1..16)", (long long)cid);
    LteLink& lte = initialisedLink();
    if (lte.dataSessionAlive()) return None();
    if (!registered(lte)) raiseError(&exc::OSError, "modem not attached");
    if (!lte.startData(int(cid))) raiseError(&exc::OSError, "the network refused the data session on cid %lld", (long long)cid);
    return None();
}

Value lteDisconnect(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("disconnect", nargs, kw, 1, 1);
    initialisedLink().endData();
    return None();
}

Value lteIsconnected(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("isconnected", nargs, kw, 1, 1);
    LteLink& lte = link();
    return boolValue(lte.initialised && lte.pppUp());
}

Value lteSendAtCmd(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("send_at_cmd", args, nargs, kw, {"self", "cmd"}, 2, a);
    std::string line(requireStr(a[1], "cmd")->view());
    if (line.empty() || line.find_first_of("\r\n") != std::string::npos)
        raiseValueError("an AT command is one non-empty line");
    std::string text = initialisedLink().command(line).text;
    return Value(newStr(text));
}

Value lteImei(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("imei", nargs, kw, 1, 1);
    return Value(newStr(quotedField(answered(initialisedLink(), "AT+CGSN=1").text, "+CGSN:")));
}

Value lteIccid(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("iccid", nargs, kw, 1, 1);
    return Value(newStr(quotedField(answered(initialisedLink(), "AT+SQNCCID?").text, "+SQNCCID:")));
}

Value lteReset(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("reset", nargs, kw, 1, 1);
    LteLink& lte = link();
    if (!lte.resetModem()) raiseError(&exc::OSError, "the LTE modem did not start again after its reset");
    setUpModem(lte, std::nullopt);
    return None();
}

const MethodDef lteMethods[] = {
    {"attach", lteAttach},
    {"connect", lteConnect},
    {"deinit", lteDeinit},
    {"detach", lteDettach},    // the spelling later Pycom releases use
    {"dettach", lteDettach},
    {"disconnect", lteDisconnect},
    {"iccid", lteIccid},
    {"imei", lteImei},
    {"init", lteInit},
    {"isattached", lteIsattached},
    {"isconnected", lteIsconnected},
    {"reset", lteReset},
    {"send_at_cmd", lteSendAtCmd},
    {nullptr, nullptr},
};

void traceNothing(Object*, Tracer&) {}

void ltePrint(std::string& out, Value, PrintKind) { out += "<LTE>"; }

Type lteType{TypeSpec{
    .name = "LTE",
    .instanceSize = sizeof(LteObject),
    .trace = traceNothing,
    .print = ltePrint,
    .make = lteMake,
    .methods = lteMethods,
    .module = "network",
}};

}  // namespace

Value makeLteClass() { return Value(&lteType); }

void lteBeforeDeepSleep() {
    if (runningApp().lteLink) runningApp().lteLink->powerDownForDeepSleep();
}

}  // namespace pyfw::port
