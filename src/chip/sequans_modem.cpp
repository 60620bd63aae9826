#include "chip/sequans_modem.h"

#include <algorithm>
#include <cstdio>

namespace pyfw::chip {

namespace {

constexpr std::string_view kCarriers[] = {"standard", "verizon", "at&t"};

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// The integer after `key` in `text` ("dl-earfcn=6300"), or -1.
int numberAfter(std::string_view text, std::string_view key) {
    size_t at = text.find(key);
    if (at == std::string_view::npos) return -1;
    int value = 0, digits = 0;
    for (size_t i = at + key.size(); i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 7; ++i, ++digits)
        value = value * 10 + (text[i] - '0');
    return digits ? value : -1;
}

// The text between the first pair of double quotes, or nothing.
std::optional<std::string_view> quoted(std::string_view text) {
    size_t open = text.find('"');
    if (open == std::string_view::npos) return std::nullopt;
    size_t close = text.find('"', open + 1);
    if (close == std::string_view::npos) return std::nullopt;
    return text.substr(open + 1, close - open - 1);
}

}  // namespace

SequansModem::SequansModem(base::Clock& clock, const LteAir& air, ModemProfile profile)
    : clock_(clock), air_(air), profile_(std::move(profile)) {
    boot(clock_.nowUs());
}

void SequansModem::boot(int64_t atUs) {
    outputs_.clear();
    lineBuffer_.clear();
    function_ = 0;
    ceregMode_ = 0;
    dataMode_ = false;
    session_.reset();
    bootDoneUs_ = atUs + kBootUs;
    outputs_.push_back({bootDoneUs_, "\r\n+SYSSTART\r\n"});
}

void SequansModem::pulseResetLine() {
    update();
    if (hung_ && profile_.hangSurvivesReset) return;
    hung_ = false;
    boot(clock_.nowUs());
}

void SequansModem::powerCycle() {
    hung_ = false;
    profile_.hangAtUs.reset();
    boot(clock_.nowUs());
}

void SequansModem::update() {
    const int64_t now = clock_.nowUs();
    if (profile_.hangAtUs && now >= *profile_.hangAtUs) {
        profile_.hangAtUs.reset();
        hung_ = true;
        outputs_.clear();
    }
    if (!session_) return;
    auto since = registeredSince();
    if (since && *since == session_->registeredFromUs) return;
    // The registration the session ran over has ended: the network dropped the bearer.
    if (dataMode_ && !hung_) outputs_.push_back({now, "\r\nNO CARRIER\r\n"});
    dataMode_ = false;
    session_.reset();
}

void SequansModem::write(std::string_view bytes) {
    update();
    if (hung_ || !booted()) return;   // nobody listens
    if (dataMode_) {
        // PPP frames are carried, not interpreted; the escape must come alone (guard time).
        if (bytes == "+++") {
            dataMode_ = false;
            session_->paused = true;
            ok();
        }
        return;
    }
    for (char c : bytes) {
        if (c == '\r') {
            std::string line;
            line.swap(lineBuffer_);
            if (!line.empty()) command(std::move(line));
            if (dataMode_) lineBuffer_.clear();
        } else if (c != '\n' && lineBuffer_.size() < 1024) {
            lineBuffer_ += c;
        }
    }
}

std::string SequansModem::read() {
    update();
    std::string out;
    const int64_t now = clock_.nowUs();
    while (!outputs_.empty() && outputs_.front().readyUs <= now) {
        out += outputs_.front().text;
        outputs_.pop_front();
    }
    return out;
}

int64_t SequansModem::nextOutputUs() const {
    if (hung_ || outputs_.empty()) return INT64_MAX;
    return outputs_.front().readyUs;
}

void SequansModem::reply(std::string text, int64_t delayUs) {
    int64_t ready = clock_.nowUs() + delayUs;
    if (!outputs_.empty()) ready = std::max(ready, outputs_.back().readyUs);
    outputs_.push_back({ready, std::move(text)});
}

std::optional<int64_t> SequansModem::registeredSince() const {
    if (function_ != 1) return std::nullopt;
    auto cell = air_.findCell(scanEarfcns_, carrier_);
    if (!cell || cell->denied) return std::nullopt;
    const int64_t now = clock_.nowUs();
    auto covered = air_.coveredSince(cell->earfcn, now);
    if (!covered) return std::nullopt;
    int64_t registered = std::max(searchStartUs_, *covered) + cell->registrationUs;
    if (now < registered) return std::nullopt;
    return registered;
}

// 3GPP TS 27.007 +CEREG stat: 0 not registered and not searching, 1 home, 2 searching, 3 denied,
// 5 roaming.
int SequansModem::statusNow() const {
    if (function_ != 1) return 0;
    const int64_t searching = clock_.nowUs() - searchStartUs_;
    auto cell = air_.findCell(scanEarfcns_, carrier_);
    if (!cell) return searching < kScanGiveUpUs ? 2 : 0;
    if (cell->denied) return searching < cell->registrationUs ? 2 : 3;
    if (registeredSince()) return cell->roaming ? 5 : 1;
    return 2;
}

std::string SequansModem::ceregLine() const {
    const int stat = statusNow();
    const bool bare = profile_.ceregStyle == "bare";
    const int mode = bare ? 0 : ceregMode_;
    std::string line = "+CEREG: " + std::to_string(mode) + "," + std::to_string(stat);
    if (mode >= 2 && (stat == 1 || stat == 5)) {
        auto cell = air_.findCell(scanEarfcns_, carrier_);
        line += ",\"" + cell->trackingArea + "\",\"" + cell->cellId + "\",7";
        if (profile_.ceregStyle == "wide") line += ",,,\"11100000\",\"11100000\"";
    }
    return "\r\n" + line + "\r\n\r\nOK\r\n";
}

void SequansModem::scanCommand(std::string_view args) {
    if (args == "clearscanconfig") {
        scanEarfcns_.clear();
        return ok();
    }
    if (startsWith(args, "RRC::addscanfreq")) {
        int earfcn = numberAfter(args, "dl-earfcn=");
        if (earfcn < 0) return error();
        if (std::find(scanEarfcns_.begin(), scanEarfcns_.end(), earfcn) == scanEarfcns_.end())
            scanEarfcns_.push_back(earfcn);
        return ok();
    }
    error();
}

void SequansModem::setFunction(int level) {
    if (level != 0 && level != 1 && level != 4) return error();
    if (level == 1 && function_ != 1) searchStartUs_ = clock_.nowUs();
    function_ = level;
    update();   // leaving full function ends registration and any data session
    ok();
}

void SequansModem::startData(int cid) {
    auto since = registeredSince();
    if (!since) return reply("\r\nNO CARRIER\r\n");
    session_ = DataSession{cid, clock_.nowUs(), *since, false};
    dataMode_ = true;
    reply("\r\nCONNECT\r\n");
}

void SequansModem::command(std::string line) {
    ++commandsAnswered_;
    std::string_view cmd = line;
    if (cmd == "AT" || cmd == "ATE0" || cmd == "ATE1") return ok();
    if (cmd == "AT+CFUN?") return reply("\r\n+CFUN: " + std::to_string(function_) + "\r\n\r\nOK\r\n");
    if (startsWith(cmd, "AT+CFUN=")) return setFunction(numberAfter(cmd, "AT+CFUN="));
    if (cmd == "AT+CEREG?") return reply(ceregLine());
    if (startsWith(cmd, "AT+CEREG=")) {
        int mode = numberAfter(cmd, "AT+CEREG=");
        if (mode < 0 || mode > 5) return error();
        ceregMode_ = mode;
        return ok();
    }
    if (cmd == "AT+SQNCTM?") return reply("\r\n+SQNCTM: \"" + carrier_ + "\"\r\n\r\nOK\r\n");
    if (startsWith(cmd, "AT+SQNCTM=")) {
        auto name = quoted(cmd);
        // The carrier profile changes only with the radio stack down (+CFUN: 0).
        if (!name || function_ != 0) return error();
        if (std::find(std::begin(kCarriers), std::end(kCarriers), *name) == std::end(kCarriers)) return error();
        carrier_ = std::string(*name);
        return ok();
    }
    if (startsWith(cmd, "AT!=")) {
        auto args = quoted(cmd);
        return args ? scanCommand(*args) : error();
    }
    if (startsWith(cmd, "AT+CGDATA=")) {
        auto mode = quoted(cmd);
        int cid = numberAfter(cmd, "\",");
        if (!mode || *mode != "PPP" || cid < 1 || cid > 16) return error();
        return startData(cid);
    }
    if (cmd == "ATO") {
        if (!session_) return reply("\r\nNO CARRIER\r\n");
        session_->paused = false;
        dataMode_ = true;
        return reply("\r\nCONNECT\r\n");
    }
    if (cmd == "ATH") {
        session_.reset();
        return ok();
    }
    if (startsWith(cmd, "AT+CGPADDR")) {
        if (!session_ || clock_.nowUs() < session_->startUs + kPppUpUs) return reply("\r\n+CGPADDR: 1\r\n\r\nOK\r\n");
        auto cell = air_.findCell(scanEarfcns_, carrier_);
        return reply("\r\n+CGPADDR: " + std::to_string(session_->cid) + ",\"" + cell->address + "\"\r\n\r\nOK\r\n");
    }
    if (cmd == "AT+CGSN") return reply("\r\n" + profile_.imei + "\r\n\r\nOK\r\n");
    if (cmd == "AT+CGSN=1") return reply("\r\n+CGSN: \"" + profile_.imei + "\"\r\n\r\nOK\r\n");
    if (cmd == "AT+SQNCCID?") return reply("\r\n+SQNCCID: \"" + profile_.iccid + "\",\"\"\r\n\r\nOK\r\n");
    if (cmd == "AT^RESET") {
        ok();
        auto answered = outputs_.back();
        boot(answered.readyUs);
        outputs_.push_front(answered);
        return;
    }
    error();
}

}  // namespace pyfw::chip
