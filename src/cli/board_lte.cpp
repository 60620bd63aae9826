#include "cli/board_lte.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "base/file.h"
#include "cli/command_registry.h"

namespace pyfw::cli {

namespace {

using nlohmann::json;

bool allDigits(const std::string& text, size_t minLength, size_t maxLength) {
    return text.size() >= minLength && text.size() <= maxLength &&
           std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(uint8_t(c)); });
}

// A board's own IMEI: Sequans' type allocation code, six digits from the MAC, the Luhn digit.
std::string imeiOf(const chip::MacAddress& mac) {
    std::string digits = "35434709" + std::to_string(100000 + (mac[3] << 16 | mac[4] << 8 | mac[5]) % 900000);
    int sum = 0;
    for (size_t i = 0; i < digits.size(); ++i) {
        int d = digits[i] - '0';
        if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return digits + char('0' + (10 - sum % 10) % 10);
}

chip::ModemProfile modemProfile(const json& doc, const chip::Board& board, const std::string& file) {
    chip::ModemProfile profile;
    profile.imei = imeiOf(board.mac());
    if (!doc.contains("modem")) return profile;
    const json& modem = doc["modem"];
    auto bad = [&](const std::string& what) { throw CommandFailure(file + ": \"modem\": " + what, 2); };
    if (!modem.is_object()) bad("must be an object");
    try {
        if (modem.contains("hang_at_s")) {
            double at = modem["hang_at_s"].get<double>();
            if (!(at >= 0 && at < 1e9)) bad("\"hang_at_s\" must be a time in seconds");
            profile.hangAtUs = int64_t(at * 1e6);
        }
        profile.hangSurvivesReset = modem.value("hang_survives_reset", false);
        profile.ceregStyle = modem.value("cereg", profile.ceregStyle);
        profile.imei = modem.value("imei", profile.imei);
        profile.iccid = modem.value("iccid", profile.iccid);
    } catch (const json::exception&) {
        bad("a key has the wrong type");
    }
    if (profile.ceregStyle != "pycom" && profile.ceregStyle != "wide" && profile.ceregStyle != "bare")
        bad("\"cereg\" must be pycom, wide or bare");
    if (!allDigits(profile.imei, 15, 15)) bad("\"imei\" must be 15 digits");
    if (!allDigits(profile.iccid, 19, 20)) bad("\"iccid\" must be 19 or 20 digits");
    return profile;
}

}  // namespace

// The network as the modem's antenna meets it.
class BoardLte::Air final : public chip::LteAir {
public:
    explicit Air(const world::LteNetwork& network) : network_(network) {}
    std::optional<chip::LteCell> findCell(const std::vector<int>& earfcns, std::string_view carrier) const override {
        auto offer = network_.findCell(earfcns, carrier);
        if (!offer) return std::nullopt;
        return chip::LteCell{offer->earfcn,       offer->roaming, offer->denied, offer->registrationUs,
                             offer->trackingArea, offer->cellId,  offer->address};
    }
    std::optional<int64_t> coveredSince(int earfcn, int64_t nowUs) const override {
        return network_.coveredSince(earfcn, nowUs);
    }

private:
    const world::LteNetwork& network_;
};

BoardLte::BoardLte(chip::Board& board, const std::string& networkFile, const std::string& logFile) {
    json doc = json::object();
    world::LteNetworkConfig config = world::defaultLteNetwork();
    if (!networkFile.empty()) {
        auto bytes = base::readFile(networkFile);
        if (!bytes.ok()) throw CommandFailure(bytes.error().message, 2);
        std::string text(bytes->begin(), bytes->end());
        auto parsed = world::parseLteNetwork(text);
        if (!parsed.ok()) throw CommandFailure(networkFile + ": " + parsed.error().message, 2);
        config = *parsed;
        doc = json::parse(text);
    }
    network_ = std::make_unique<world::LteNetwork>(config);
    air_ = std::make_unique<Air>(*network_);
    modem_ = std::make_unique<chip::SequansModem>(board.clock(), *air_, modemProfile(doc, board, networkFile));
    if (!logFile.empty()) {
        log_ = std::fopen(logFile.c_str(), "w");
        if (!log_) throw CommandFailure("cannot write the LTE log " + logFile, 2);
    }
}

BoardLte::~BoardLte() {
    if (log_) std::fclose(log_);
}

void BoardLte::trace(const std::string& line) {
    if (!log_) return;
    std::fputs((line + "\n").c_str(), log_);
    std::fflush(log_);
}

}  // namespace pyfw::cli
