#include "world/semtech_udp.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "base/base64.h"
#include "world/json_fields.h"

namespace pyfw::world {

namespace {
constexpr uint8_t kVersion = 2;
constexpr double kMaxTmst = 4294967295.0;           // a 32-bit microsecond counter
constexpr double kMinMhz = 137.0, kMaxMhz = 1020.0;  // what an SX127x/SX1301 can tune to
constexpr size_t kMaxFrameSize = 255;
constexpr size_t kMaxBase64Size = 4 * ((kMaxFrameSize + 2) / 3);

bool hasEui(SemtechType t) { return t == SemtechType::PushData || t == SemtechType::PullData || t == SemtechType::TxAck; }
bool hasJson(SemtechType t) { return t == SemtechType::PushData || t == SemtechType::PullResp || t == SemtechType::TxAck; }

std::string datr(uint8_t sf, uint16_t bw) { return "SF" + std::to_string(sf) + "BW" + std::to_string(bw); }

// LoRa: "SF7BW125"; FSK: the bit rate as a number.
base::Status parseDatr(const nlohmann::json& object, const char* what, uint8_t& sf, uint16_t& bw) {
    JsonFields fields(object, what);
    if (!fields.has("datr")) return base::fail(std::string(what) + ": 'datr' is missing");
    const nlohmann::json& j = object.find("datr").value();
    if (j.is_number()) {
        PYFW_TRY(fields.requiredNumber("datr", 500, 300000, true));
        sf = 0xFF;
        bw = 0;
        return base::okStatus();
    }
    PYFW_ASSIGN(const std::string text, fields.requiredString("datr", 16));
    unsigned s = 0, b = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "SF%uBW%u%c", &s, &b, &tail) != 2 || s < 6 || s > 12 ||
        (b != 125 && b != 250 && b != 500))
        return base::fail(std::string(what) + ": datr '" + text + "' is not SF6..12 with BW 125, 250 or 500");
    sf = uint8_t(s);
    bw = uint16_t(b);
    return base::okStatus();
}

// "modu" is optional, but when present it must agree with the kind of "datr".
base::Status checkModulation(const JsonFields& fields, const char* what, uint8_t sf) {
    PYFW_ASSIGN(const std::optional<std::string> modu, fields.string("modu", 8));
    if (modu && *modu != (sf == 0xFF ? "FSK" : "LORA"))
        return base::fail(std::string(what) + ": 'modu' does not match 'datr'");
    return base::okStatus();
}

base::Result<base::Bytes> payloadOf(const JsonFields& fields, const char* what) {
    PYFW_ASSIGN(const std::string text, fields.requiredString("data", kMaxBase64Size));
    auto data = base::fromBase64(text);
    if (!data.ok()) return base::fail(std::string(what) + ": 'data' is not base64");
    if (data->size() > kMaxFrameSize) return base::fail(std::string(what) + ": 'data' is longer than 255 bytes");
    PYFW_ASSIGN(const std::optional<double> size, fields.number("size", 0, kMaxFrameSize, true));
    if (size && size_t(*size) != data->size()) return base::fail(std::string(what) + ": 'size' does not match 'data'");
    return std::move(data).value();
}

uint32_t hzFromMhz(double mhz) { return uint32_t(std::llround(mhz * 1e6)); }

base::Result<RxPacket> parseRxpk(const nlohmann::json& r) {
    constexpr const char* what = "an rxpk entry";
    if (!r.is_object()) return base::fail(std::string(what) + " is not an object");
    const JsonFields f(r, what);
    RxPacket p;
    PYFW_ASSIGN(const double tmst, f.requiredNumber("tmst", 0, kMaxTmst, true));
    p.tmst = uint32_t(tmst);
    PYFW_ASSIGN(const double mhz, f.requiredNumber("freq", kMinMhz, kMaxMhz));
    p.frequencyHz = hzFromMhz(mhz);
    PYFW_ASSIGN(const std::optional<double> stat, f.number("stat", -1, 1, true));
    p.stat = int(stat.value_or(1));
    PYFW_TRY(parseDatr(r, what, p.spreadingFactor, p.bandwidthKhz));
    PYFW_TRY(checkModulation(f, what, p.spreadingFactor));
    PYFW_TRY(f.string("codr", 8));
    PYFW_TRY(f.string("time", 64));
    PYFW_TRY(f.number("chan", 0, 255, true));
    PYFW_TRY(f.number("rfch", 0, 255, true));
    PYFW_ASSIGN(const std::optional<double> rssi, f.number("rssi", -200, 50));
    PYFW_ASSIGN(const std::optional<double> snr, f.number("lsnr", -50, 50));
    p.rssi = rssi.value_or(0.0);
    p.snr = snr.value_or(0.0);
    PYFW_ASSIGN(p.data, payloadOf(f, what));
    return p;
}
}  // namespace

base::Result<SemtechPacket> parseSemtechPacket(base::ByteView d) {
    if (d.size() < 4) return base::fail("datagram shorter than the 4-byte header");
    if (d[0] != kVersion) return base::fail("protocol version " + std::to_string(d[0]) + " is not 2");
    if (d[3] > uint8_t(SemtechType::TxAck)) return base::fail("unknown packet identifier " + std::to_string(d[3]));
    SemtechPacket p;
    p.token = uint16_t(d[1] << 8 | d[2]);
    p.type = SemtechType(d[3]);
    size_t at = 4;
    if (hasEui(p.type)) {
        if (d.size() < 12) return base::fail("datagram too short for its gateway EUI");
        for (int i = 0; i < 8; ++i) p.gatewayEui = p.gatewayEui << 8 | d[4 + i];  // big-endian on this protocol
        at = 12;
    }
    if (hasJson(p.type)) {
        p.json.assign(d.begin() + at, d.end());
    } else if (at != d.size()) {
        return base::fail("unexpected bytes after the header");
    }
    if (p.type == SemtechType::PushData && p.json.empty()) return base::fail("PUSH_DATA without a JSON body");
    return p;
}

base::Bytes encodeSemtechPacket(const SemtechPacket& p) {
    base::Bytes out{kVersion, uint8_t(p.token >> 8), uint8_t(p.token), uint8_t(p.type)};
    if (hasEui(p.type))
        for (int i = 7; i >= 0; --i) out.push_back(uint8_t(p.gatewayEui >> (8 * i)));
    if (hasJson(p.type)) out.insert(out.end(), p.json.begin(), p.json.end());
    return out;
}

std::string encodeRxpkJson(const std::vector<RxPacket>& packets) {
    nlohmann::json list = nlohmann::json::array();
    for (const RxPacket& p : packets) {
        nlohmann::json r;
        r["tmst"] = p.tmst;
        r["freq"] = double(p.frequencyHz) / 1e6;
        r["chan"] = 0;
        r["rfch"] = 0;
        r["stat"] = p.stat;
        r["modu"] = p.spreadingFactor == 0xFF ? "FSK" : "LORA";
        if (p.spreadingFactor == 0xFF)
            r["datr"] = 50000;
        else
            r["datr"] = datr(p.spreadingFactor, p.bandwidthKhz);
        r["codr"] = "4/5";
        r["rssi"] = std::lround(p.rssi);
        r["lsnr"] = std::round(p.snr * 10) / 10;
        r["size"] = p.data.size();
        r["data"] = base::toBase64(p.data);
        list.push_back(r);
    }
    return nlohmann::json{{"rxpk", list}}.dump();
}

base::Result<std::vector<RxPacket>> parseRxpkJson(const std::string& json) {
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return base::fail("PUSH_DATA body is not a JSON object");
    std::vector<RxPacket> out;
    const auto list = j.find("rxpk");
    if (list == j.end()) return out;  // a status-only report
    if (!list->is_array()) return base::fail("rxpk is not an array");
    for (const auto& r : *list) {
        PYFW_ASSIGN(RxPacket p, parseRxpk(r));
        out.push_back(std::move(p));
    }
    return out;
}

std::string encodeTxpkJson(const TxPacket& p) {
    nlohmann::json t;
    t["imme"] = p.immediate;
    if (!p.immediate) t["tmst"] = p.tmst;
    t["freq"] = double(p.frequencyHz) / 1e6;
    t["rfch"] = 0;
    t["powe"] = p.powerDbm;
    t["modu"] = "LORA";
    t["datr"] = datr(p.spreadingFactor, p.bandwidthKhz);
    t["codr"] = "4/5";
    t["ipol"] = p.invertedIq;
    t["prea"] = 8;
    t["ncrc"] = true;
    t["size"] = p.data.size();
    t["data"] = base::toBase64(p.data);
    return nlohmann::json{{"txpk", t}}.dump();
}

base::Result<TxPacket> parseTxpkJson(const std::string& json) {
    constexpr const char* what = "txpk";
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return base::fail("PULL_RESP body is not a JSON object");
    const auto found = j.find("txpk");
    if (found == j.end() || !found->is_object()) return base::fail("PULL_RESP body has no txpk object");
    const nlohmann::json& t = *found;
    const JsonFields f(t, what);
    TxPacket p;
    PYFW_ASSIGN(const std::optional<bool> imme, f.boolean("imme"));
    p.immediate = imme.value_or(false);
    PYFW_ASSIGN(const std::optional<double> tmst, f.number("tmst", 0, kMaxTmst, true));
    if (!p.immediate && !tmst) return base::fail("txpk has neither imme nor tmst");
    p.tmst = uint32_t(tmst.value_or(0));
    PYFW_ASSIGN(const double mhz, f.requiredNumber("freq", kMinMhz, kMaxMhz));
    p.frequencyHz = hzFromMhz(mhz);
    PYFW_TRY(parseDatr(t, what, p.spreadingFactor, p.bandwidthKhz));
    PYFW_TRY(checkModulation(f, what, p.spreadingFactor));
    PYFW_ASSIGN(const std::optional<double> power, f.number("powe", -20, 40, true));
    p.powerDbm = int(power.value_or(14));
    PYFW_ASSIGN(const std::optional<bool> ipol, f.boolean("ipol"));
    p.invertedIq = ipol.value_or(false);
    PYFW_TRY(f.number("rfch", 0, 255, true));
    PYFW_TRY(f.number("prea", 0, 65535, true));
    PYFW_TRY(f.number("fdev", 0, 200000, true));
    PYFW_TRY(f.string("codr", 8));
    PYFW_TRY(f.boolean("ncrc"));
    PYFW_ASSIGN(p.data, payloadOf(f, what));
    return p;
}

std::string encodeTxAckJson(const std::string& error) {
    return nlohmann::json{{"txpk_ack", {{"error", error}}}}.dump();
}

std::optional<std::string> txAckError(const std::string& json) {
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return std::nullopt;
    const auto ack = j.find("txpk_ack");
    if (ack == j.end() || !ack->is_object()) return std::nullopt;
    auto error = JsonFields(*ack, "txpk_ack").string("error", 32);
    if (!error.ok()) return std::nullopt;
    return *error;
}

}  // namespace pyfw::world
