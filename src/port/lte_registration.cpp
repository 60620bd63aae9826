#include "port/lte_registration.h"

#include <vector>

namespace pyfw::port {

namespace {

std::optional<int> smallNumber(std::string_view field) {
    while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
    while (!field.empty() && (field.back() == ' ' || field.back() == '\r')) field.remove_suffix(1);
    if (field.empty() || field.size() > 3) return std::nullopt;
    int value = 0;
    for (char c : field) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

std::optional<Registration> parseCereg(std::string_view reply) {
    size_t at = reply.find("+CEREG:");
    if (at == std::string_view::npos) return std::nullopt;
    std::string_view line = reply.substr(at + 7);
    line = line.substr(0, line.find_first_of("\r\n"));
    std::vector<std::string_view> fields;
    for (size_t start = 0;;) {
        size_t comma = line.find(',', start);
        fields.push_back(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    // A query answer is "<n>,<stat>[,<tac>,<ci>[,<AcT>...]]"; a lone "<stat>" is an unsolicited report.
    Registration result;
    if (fields.size() == 1) {
        auto stat = smallNumber(fields[0]);
        if (!stat) return std::nullopt;
        result.status = *stat;
        return result;
    }
    auto mode = smallNumber(fields[0]);
    auto stat = smallNumber(fields[1]);
    if (!mode || !stat) return std::nullopt;
    result.mode = *mode;
    result.status = *stat;
    if (fields.size() >= 5 && !fields[4].empty()) {
        auto tech = smallNumber(fields[4]);
        if (!tech) return std::nullopt;
        result.accessTech = *tech;
    }
    return result;
}

bool isAttached(const Registration& registration) {
    bool registered = registration.status == 1 || registration.status == 5;
    bool lte = registration.accessTech < 0 || registration.accessTech == 7 || registration.accessTech == 9;
    return registered && lte;
}

}  // namespace pyfw::port
