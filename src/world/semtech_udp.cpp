#include "world/semtech_udp.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "base/base64.h"

namespace pyfw::world {

namespace {
constexpr uint8_t kVersion = 2;

bool hasEui(SemtechType t) { return t == SemtechType::PushData || t == SemtechType::PullData || t == SemtechType::TxAck; }
bool hasJson(SemtechType t) { return t == SemtechType::PushData || t == SemtechType::PullResp || t == SemtechType::TxAck; }

std::string datr(uint8_t sf, uint16_t bw) { return "SF" + std::to_string(sf) + "BW" + std::to_string(bw); }

base::Status parseDatr(const nlohmann::json& j, uint8_t& sf, uint16_t& bw) {
    if (j.is_number()) {  // FSK: the bit rate
        sf = 0xFF;
        bw = 0;
        return base::okStatus();
    }
    if (!j.is_string()) return base::fail("datr is neither a string nor a number");
    unsigned s = 0, b = 0;
    char tail = 0;
    const std::string text = j.get<std::string>();
    if (std::sscanf(text.c_str(), "SF%uBW%u%c", &s, &b, &tail) != 2 || s < 6 || s > 12 ||
        (b != 125 && b != 250 && b != 500))
        return base::fail("datr '" + text + "' is not SF6..12 with BW 125, 250 or 500");
    sf = uint8_t(s);
    bw = uint16_t(b);
    return base::okStatus();
}

uint32_t hzFromMhz(double mhz) { return uint32_t(std::llround(mhz * 1e6)); }
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
    if (!j.contains("rxpk")) return out;  // a status-only report
    if (!j["rxpk"].is_array()) return base::fail("rxpk is not an array");
    for (const auto& r : j["rxpk"]) {
        if (!r.is_object()) return base::fail("an rxpk entry is not an object");
        for (const char* field : {"tmst", "freq", "datr", "data"})
            if (!r.contains(field)) return base::fail(std::string("an rxpk entry has no ") + field);
        if (!r["tmst"].is_number_unsigned() || !r["freq"].is_number() || !r["data"].is_string())
            return base::fail("an rxpk entry has a field of the wrong type");
        RxPacket p;
        p.tmst = r["tmst"].get<uint32_t>();
        p.frequencyHz = hzFromMhz(r["freq"].get<double>());
        PYFW_TRY(parseDatr(r["datr"], p.spreadingFactor, p.bandwidthKhz));
        p.stat = r.value("stat", 1);
        p.rssi = r.contains("rssi") && r["rssi"].is_number() ? r["rssi"].get<double>() : 0.0;
        p.snr = r.contains("lsnr") && r["lsnr"].is_number() ? r["lsnr"].get<double>() : 0.0;
        PYFW_ASSIGN(p.data, base::fromBase64(r["data"].get<std::string>()));
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
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("txpk") || !j["txpk"].is_object())
        return base::fail("PULL_RESP body has no txpk object");
    const auto& t = j["txpk"];
    for (const char* field : {"freq", "datr", "data"})
        if (!t.contains(field)) return base::fail(std::string("txpk has no ") + field);
    if (!t["freq"].is_number() || !t["data"].is_string()) return base::fail("txpk has a field of the wrong type");
    TxPacket p;
    p.immediate = t.value("imme", false);
    if (!p.immediate) {
        if (!t.contains("tmst") || !t["tmst"].is_number_unsigned()) return base::fail("txpk has neither imme nor tmst");
        p.tmst = t["tmst"].get<uint32_t>();
    }
    p.frequencyHz = hzFromMhz(t["freq"].get<double>());
    PYFW_TRY(parseDatr(t["datr"], p.spreadingFactor, p.bandwidthKhz));
    p.powerDbm = t.contains("powe") && t["powe"].is_number_integer() ? t["powe"].get<int>() : 14;
    p.invertedIq = t.value("ipol", false);
    PYFW_ASSIGN(p.data, base::fromBase64(t["data"].get<std::string>()));
    return p;
}

std::string encodeTxAckJson(const std::string& error) {
    return nlohmann::json{{"txpk_ack", {{"error", error}}}}.dump();
}

std::optional<std::string> txAckError(const std::string& json) {
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.contains("txpk_ack") || !j["txpk_ack"].is_object()) return std::nullopt;
    const auto& ack = j["txpk_ack"];
    if (!ack.contains("error") || !ack["error"].is_string()) return std::nullopt;
    return ack["error"].get<std::string>();
}

}  // namespace pyfw::world
