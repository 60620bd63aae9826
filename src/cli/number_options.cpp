#include "cli/number_options.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "cli/command_registry.h"

namespace pyfw::cli {

namespace {
struct Unit {
    const char* suffix;
    double us;
};
constexpr Unit kUnits[] = {{"ms", 1e3}, {"s", 1e6}, {"m", 60e6}, {"h", 3600e6}, {"d", 86400e6}};

// The whole text must be a finite number (strtod alone accepts "nan", "inf" and trailing junk).
bool parseNumber(const std::string& text, double& value, std::string& rest) {
    if (text.empty() || std::isspace(static_cast<unsigned char>(text[0]))) return false;
    for (size_t i = 0; i < text.size(); ++i)
        if (std::isalpha(static_cast<unsigned char>(text[i])) && text[i] != 'e' && text[i] != 'E') {
            rest = text.substr(i);
            break;
        }
    const std::string digits = text.substr(0, text.size() - rest.size());
    char* end = nullptr;
    value = std::strtod(digits.c_str(), &end);
    return !digits.empty() && end == digits.c_str() + digits.size() && std::isfinite(value);
}
}  // namespace

int64_t durationUsOrFail(const std::string& option, const std::string& text, bool allowZero) {
    double value = 0;
    std::string unit;
    const std::string rule = option + " " + text + ": expected a " + (allowZero ? "" : "positive ") +
                             "duration such as 90, 90s, 10m, 24h or 7d";
    if (!parseNumber(text, value, unit)) throw CommandFailure(rule, 2);
    double us = value * 1e6;
    if (!unit.empty()) {
        const Unit* found = nullptr;
        for (const Unit& u : kUnits)
            if (unit == u.suffix) found = &u;
        if (!found) throw CommandFailure(rule, 2);
        us = value * found->us;
    }
    // Up to about 290,000 years fits in int64 microseconds; a simulation needs far less.
    if (us < 0 || (us == 0 && !allowZero) || us > 1e17) throw CommandFailure(rule, 2);
    return int64_t(std::llround(us));
}

uint64_t countOrFail(const std::string& option, const std::string& text, uint64_t min, uint64_t max) {
    const std::string rule = option + " " + text + ": expected a whole number from " + std::to_string(min) + " to " +
                             std::to_string(max);
    if (text.empty() || text.size() > 20) throw CommandFailure(rule, 2);
    for (char c : text)
        if (c < '0' || c > '9') throw CommandFailure(rule, 2);
    const unsigned long long value = std::strtoull(text.c_str(), nullptr, 10);
    if (value < min || value > max) throw CommandFailure(rule, 2);
    return value;
}

double numberOrFail(const std::string& option, const std::string& text, double min, double max) {
    double value = 0;
    std::string rest;
    if (!parseNumber(text, value, rest) || !rest.empty() || value < min || value > max) {
        char range[64];
        std::snprintf(range, sizeof range, "%g to %g", min, max);
        throw CommandFailure(option + " " + text + ": expected a number from " + range, 2);
    }
    return value;
}

double probabilityOrFail(const std::string& option, const std::string& text) {
    double value = 0;
    std::string rest;
    if (!parseNumber(text, value, rest) || !rest.empty() || value < 0 || value > 1)
        throw CommandFailure(option + " " + text + ": expected a probability from 0 to 1", 2);
    return value;
}

}  // namespace pyfw::cli
