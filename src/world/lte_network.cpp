#include "world/lte_network.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace pyfw::world {

namespace {

using nlohmann::json;

// Downlink EARFCN ranges of the LTE-M bands a Monarch modem supports (3GPP TS 36.101 table 5.7.3-1).
struct BandRange {
    int band, firstEarfcn, lastEarfcn;
};
constexpr BandRange kBands[] = {
    {1, 0, 599},        {2, 600, 1199},     {3, 1200, 1949},    {4, 1950, 2399},   {5, 2400, 2649},
    {8, 3450, 3799},    {12, 5010, 5179},   {13, 5180, 5279},   {17, 5730, 5849},  {18, 5850, 5999},
    {19, 6000, 6149},   {20, 6150, 6449},   {25, 8040, 8689},   {26, 8690, 9039},  {28, 9210, 9659},
    {66, 66436, 67335},
};

// The cells of the default network: one on each EARFCN that Pycom's attach() scans.
constexpr int kDefaultEarfcns[] = {1575, 2175, 5095, 5230, 6300, 9435};

bool isHex(const std::string& text, size_t length) {
    return text.size() == length && std::all_of(text.begin(), text.end(), [](char c) { return std::isxdigit(uint8_t(c)); });
}

std::string cellIdFor(size_t index) {
    char id[24];
    std::snprintf(id, sizeof id, "01A2D%03X", unsigned(index + 1) & 0xFFF);
    return id;
}

base::Result<LteCellSite> parseCell(const json& entry, size_t index) {
    const std::string where = "cells[" + std::to_string(index) + "]";
    if (!entry.is_object() || !entry.contains("earfcn") || !entry["earfcn"].is_number_integer())
        return base::fail(where + " needs an integer \"earfcn\"");
    LteCellSite cell;
    cell.earfcn = entry["earfcn"].get<int>();
    if (lteBandOf(cell.earfcn) == 0)
        return base::fail(where + ": EARFCN " + std::to_string(cell.earfcn) + " is in no LTE-M band");
    cell.trackingArea = entry.value("tac", std::string("2B2A"));
    cell.cellId = entry.value("cell_id", cellIdFor(index));
    if (!isHex(cell.trackingArea, 4)) return base::fail(where + ": \"tac\" must be 4 hex digits");
    if (!isHex(cell.cellId, 8)) return base::fail(where + ": \"cell_id\" must be 8 hex digits");
    return cell;
}

base::Result<LteOutage> parseOutage(const json& entry, size_t index) {
    const std::string where = "outages[" + std::to_string(index) + "]";
    if (!entry.is_array() || entry.size() != 2 || !entry[0].is_number() || !entry[1].is_number())
        return base::fail(where + " must be [from_s, until_s]");
    double from = entry[0].get<double>(), until = entry[1].get<double>();
    if (!(from >= 0 && until > from && until < 1e9)) return base::fail(where + " must have 0 <= from_s < until_s");
    return LteOutage{int64_t(from * 1e6), int64_t(until * 1e6)};
}

}  // namespace

int lteBandOf(int earfcn) {
    for (const BandRange& range : kBands)
        if (earfcn >= range.firstEarfcn && earfcn <= range.lastEarfcn) return range.band;
    return 0;
}

LteNetworkConfig defaultLteNetwork() {
    LteNetworkConfig config;
    for (size_t i = 0; i < std::size(kDefaultEarfcns); ++i) config.cells.push_back({kDefaultEarfcns[i], "2B2A", cellIdFor(i)});
    return config;
}

base::Result<LteNetworkConfig> parseLteNetwork(const std::string& text) {
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return base::fail("the LTE network is not a JSON object");
    LteNetworkConfig config = defaultLteNetwork();
    try {
        config.operatorName = doc.value("operator", config.operatorName);
        config.roaming = doc.value("roaming", false);
        config.carrier = doc.value("carrier", config.carrier);
        double registration = doc.value("registration_s", 4.0);
        if (!(registration >= 0 && registration <= 3600)) return base::fail("\"registration_s\" must be 0..3600");
        config.registrationUs = int64_t(registration * 1e6);
    } catch (const json::exception&) {
        return base::fail("the LTE network has a key of the wrong type (operator, roaming, carrier, registration_s)");
    }
    if (config.carrier != "standard" && config.carrier != "verizon" && config.carrier != "at&t")
        return base::fail("\"carrier\" must be standard, verizon or at&t");
    if (doc.contains("cells")) {
        if (!doc["cells"].is_array()) return base::fail("\"cells\" must be a list");
        config.cells.clear();
        for (size_t i = 0; i < doc["cells"].size(); ++i) {
            PYFW_ASSIGN(LteCellSite cell, parseCell(doc["cells"][i], i));
            config.cells.push_back(cell);
        }
    }
    if (doc.contains("outages")) {
        if (!doc["outages"].is_array()) return base::fail("\"outages\" must be a list");
        for (size_t i = 0; i < doc["outages"].size(); ++i) {
            PYFW_ASSIGN(LteOutage outage, parseOutage(doc["outages"][i], i));
            if (!config.outages.empty() && outage.fromUs < config.outages.back().untilUs)
                return base::fail("outages[" + std::to_string(i) + "] must start after the one before it ends");
            config.outages.push_back(outage);
        }
    }
    return config;
}

std::optional<LteCellOffer> LteNetwork::findCell(const std::vector<int>& earfcns, std::string_view carrier) const {
    for (size_t i = 0; i < config_.cells.size(); ++i) {
        const LteCellSite& site = config_.cells[i];
        if (std::find(earfcns.begin(), earfcns.end(), site.earfcn) == earfcns.end()) continue;
        LteCellOffer offer;
        offer.earfcn = site.earfcn;
        offer.roaming = config_.roaming;
        offer.denied = carrier != config_.carrier;
        offer.registrationUs = config_.registrationUs;
        offer.trackingArea = site.trackingArea;
        offer.cellId = site.cellId;
        offer.address = "10.64." + std::to_string(i) + ".2";
        return offer;
    }
    return std::nullopt;
}

// Coverage fails for the whole network at once (the outages are the operator's, not a cell's).
std::optional<int64_t> LteNetwork::coveredSince(int, int64_t nowUs) const {
    int64_t since = 0;
    for (const LteOutage& outage : config_.outages) {
        if (nowUs < outage.fromUs) break;
        if (nowUs < outage.untilUs) return std::nullopt;
        since = outage.untilUs;
    }
    return since;
}

}  // namespace pyfw::world
