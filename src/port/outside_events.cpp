#include "port/outside_events.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "port/pins.h"

namespace pyfw::port {

namespace {

std::vector<std::string_view> words(std::string_view line) {
    std::vector<std::string_view> out;
    size_t at = 0;
    while (at < line.size()) {
        while (at < line.size() && (line[at] == ' ' || line[at] == '\t' || line[at] == '\r')) ++at;
        size_t start = at;
        while (at < line.size() && line[at] != ' ' && line[at] != '\t' && line[at] != '\r') ++at;
        if (at > start) out.push_back(line.substr(start, at - start));
    }
    return out;
}

// A plain decimal number (digits, one optional point, an optional leading minus) followed by
// `suffix`; strtod alone would also take hex, exponents, inf and nan.
std::optional<double> numberWith(std::string_view word, std::string_view suffix) {
    if (!word.ends_with(suffix)) return std::nullopt;
    std::string_view digits = word.substr(0, word.size() - suffix.size());
    if (digits.empty() || digits.size() > 24) return std::nullopt;
    bool point = false, any = false;
    for (size_t i = 0; i < digits.size(); ++i) {
        char c = digits[i];
        if (c == '-' && i == 0) continue;
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        any = true;
    }
    if (!any) return std::nullopt;
    return std::strtod(std::string(digits).c_str(), nullptr);
}

// Board time, at most about 292,000 years.
std::optional<std::optional<uint64_t>> parseTime(std::string_view word) {
    if (word == "now") return std::optional<uint64_t>{};
    struct Unit {
        std::string_view suffix;
        double micros;
    };
    for (Unit unit : {Unit{"us", 1}, Unit{"ms", 1e3}, Unit{"s", 1e6}, Unit{"", 1e3}}) {
        auto value = numberWith(word, unit.suffix);
        if (!value) continue;
        double micros = *value * unit.micros;
        if (micros < 0 || micros > 9.2e18) return std::nullopt;
        return std::optional<uint64_t>(uint64_t(std::llround(micros)));
    }
    return std::nullopt;
}

std::optional<int> parseMillivolts(std::string_view word) {
    std::optional<double> volts = numberWith(word, "mV");
    if (volts) *volts /= 1000;
    else volts = numberWith(word, "V");
    if (!volts || *volts < 0 || *volts > 100) return std::nullopt;
    return int(std::lround(*volts * 1000));
}

base::Error wrong(std::string_view what, std::string_view word) {
    return base::fail(std::string(what) + " '" + std::string(word) + "'");
}

}  // namespace

base::Result<std::optional<OutsideEvent>> parseOutsideLine(std::string_view line) {
    auto w = words(line);
    if (w.empty() || w[0].starts_with("#")) return std::optional<OutsideEvent>{};
    if (w.size() < 3) return base::fail("expected TIME WHAT VALUE, e.g. '2500ms P10 1'");
    auto time = parseTime(w[0]);
    if (!time) return wrong("invalid time (e.g. 2500ms, 1.5s, 300us, now)", w[0]);
    OutsideEvent event;
    event.atUs = *time;
    if (w[1] == "si7006") {
        if (w.size() != 4) return base::fail("expected TIME si7006 CELSIUS HUMIDITY, e.g. '0 si7006 21.5C 40%'");
        auto celsius = numberWith(w[2], "C");
        if (!celsius || *celsius < -40 || *celsius > 125) return wrong("invalid temperature (-40C..125C)", w[2]);
        auto humidity = numberWith(w[3], "%");
        if (!humidity || *humidity < 0 || *humidity > 100) return wrong("invalid relative humidity (0%..100%)", w[3]);
        event.kind = OutsideEvent::Kind::Climate;
        event.celsius = *celsius;
        event.humidity = *humidity;
        return std::optional(event);
    }
    if (w.size() != 3) return base::fail("expected one value after '" + std::string(w[1]) + "'");
    if (w[1] == "battery") {
        auto mv = parseMillivolts(w[2]);
        if (!mv) return wrong("invalid battery voltage (e.g. 3.7V)", w[2]);
        event.kind = OutsideEvent::Kind::Battery;
        event.millivolts = *mv;
        return std::optional(event);
    }
    auto pin = pinByName(w[1]);
    if (!pin) return wrong("unknown pin or device (P0..P23, battery, si7006)", w[1]);
    event.gpio = pin->gpio;
    if (w[2] == "0" || w[2] == "1" || w[2] == "z") {
        event.kind = OutsideEvent::Kind::Drive;
        event.drive = w[2] == "z" ? chip::Drive::Released : w[2] == "1" ? chip::Drive::High : chip::Drive::Low;
        return std::optional(event);
    }
    auto mv = parseMillivolts(w[2]);
    if (!mv) return wrong("invalid level (0, 1, z or a voltage such as 1.35V)", w[2]);
    event.kind = OutsideEvent::Kind::Voltage;
    event.millivolts = *mv;
    return std::optional(event);
}

}  // namespace pyfw::port
