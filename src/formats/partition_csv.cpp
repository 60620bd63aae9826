#include "formats/partition_csv.h"

#include <algorithm>
#include <cctype>
#include <climits>

namespace pyfw::formats {

namespace {

const std::vector<Keyword> kTypes = {{"app", 0x00}, {"data", 0x01}};

// In gen_esp32part's dictionary order, which decides the name printed for a value.
const std::vector<Keyword>& subtypesOf(int64_t type) {
    static const std::vector<Keyword> app = [] {
        std::vector<Keyword> k = {{"factory", 0x00}, {"test", 0x20}};
        static const char* names[16] = {"ota_0", "ota_1", "ota_2",  "ota_3",  "ota_4",  "ota_5",  "ota_6",  "ota_7",
                                        "ota_8", "ota_9", "ota_10", "ota_11", "ota_12", "ota_13", "ota_14", "ota_15"};
        for (uint32_t i = 0; i < 16; ++i) k.push_back({names[i], 0x10 + i});
        return k;
    }();
    static const std::vector<Keyword> data = {{"ota", 0x00},      {"phy", 0x01}, {"nvs", 0x02},   {"coredump", 0x03},
                                              {"esphttpd", 0x80}, {"fat", 0x81}, {"spiffs", 0x82}};
    static const std::vector<Keyword> none;
    return type == 0 ? app : type == 1 ? data : none;
}

std::string trim(std::string_view text) {
    size_t begin = 0, end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    return std::string(text.substr(begin, end - begin));
}

std::string lower(std::string text) {
    for (char& c : text) c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Python's int(text, 0): optional sign, 0x/0o/0b prefixes, decimal without leading zeros, and
// single underscores between digits.
std::optional<int64_t> pythonInt(std::string text) {
    text = trim(text);
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        text.erase(0, 1);
    }
    int base = 10;
    if (text.size() > 1 && text[0] == '0' && std::isalpha(static_cast<unsigned char>(text[1]))) {
        char p = char(std::tolower(static_cast<unsigned char>(text[1])));
        base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (base == 0) return std::nullopt;
        text.erase(0, 2);
        if (!text.empty() && text[0] == '_') text.erase(0, 1);
    }
    if (text.empty() || text.front() == '_' || text.back() == '_') return std::nullopt;
    if (base == 10 && text.size() > 1 && text[0] == '0' &&
        text.find_first_not_of("0_") != std::string::npos)
        return std::nullopt;
    int64_t value = 0;
    char previous = 0;
    for (char c : text) {
        if (c == '_') {
            if (previous == '_') return std::nullopt;
            previous = c;
            continue;
        }
        int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                                                                  : 99;
        if (digit >= base) return std::nullopt;
        if (value > (INT64_MAX - digit) / base) return std::nullopt;
        value = value * base + digit;
        previous = c;
    }
    return negative ? -value : value;
}

base::Result<std::string> expandVariables(const std::string& line, const VariableLookup& lookup) {
    std::string out;
    for (size_t i = 0; i < line.size();) {
        if (line[i] != '$' || (i > 0 && line[i - 1] == '\\')) {
            out += line[i++];
            continue;
        }
        bool braced = i + 1 < line.size() && line[i + 1] == '{';
        size_t start = i + (braced ? 2 : 1), end = start;
        while (end < line.size() && (std::isalnum(static_cast<unsigned char>(line[end])) || line[end] == '_')) ++end;
        std::string name = line.substr(start, end - start);
        bool validName = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0]));
        if (!validName || (braced && (end >= line.size() || line[end] != '}'))) {
            out += line[i++];
            continue;
        }
        auto value = lookup ? lookup(name) : std::nullopt;
        if (!value) return base::fail("unknown variable '" + name + "'");
        out += *value;
        i = end + (braced ? 1 : 0);
    }
    return out;
}

std::vector<std::string> splitFields(const std::string& line) {
    std::vector<std::string> fields;
    std::string withDefaults = line + ",,,,";  // missing trailing fields are empty
    size_t start = 0;
    for (size_t comma; (comma = withDefaults.find(',', start)) != std::string::npos; start = comma + 1)
        fields.push_back(trim(std::string_view(withDefaults).substr(start, comma - start)));
    fields.push_back(trim(std::string_view(withDefaults).substr(start)));
    return fields;
}

base::Result<uint8_t> byteField(std::string_view text, const std::vector<Keyword>& keywords, const char* what) {
    PYFW_ASSIGN(int64_t value, parsePartitionNumber(text, keywords));
    if (value < 0 || value > 0xFF) return base::fail(std::string(what) + " " + std::string(text) + " does not fit in a byte");
    return uint8_t(value);
}

struct PendingEntry {
    Partition partition;
    std::optional<int64_t> offset;
    int64_t size = 0;
};

base::Result<PendingEntry> parseLine(const std::string& line) {
    auto fields = splitFields(line);
    PendingEntry entry;
    entry.partition.label = fields[0];
    if (fields[1].empty()) return base::fail("Field 'type' can't be left empty.");
    PYFW_ASSIGN(entry.partition.type, byteField(fields[1], kTypes, "type"));
    if (!fields[2].empty()) {
        PYFW_ASSIGN(entry.partition.subtype, byteField(fields[2], subtypesOf(entry.partition.type), "subtype"));
    }
    if (!fields[3].empty()) {
        PYFW_ASSIGN(entry.offset, parsePartitionNumber(fields[3]));
    }
    if (fields[4].empty()) return base::fail("Size field can't be empty");
    PYFW_ASSIGN(entry.size, parsePartitionNumber(fields[4]));
    size_t start = 0;
    const std::string& flags = fields[5];
    while (start <= flags.size()) {
        size_t colon = flags.find(':', start);
        std::string flag = flags.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
        if (flag == "encrypted") entry.partition.encrypted = true;
        else if (!flag.empty()) return base::fail("CSV flag column contains unknown flag '" + flag + "'");
        if (colon == std::string::npos) break;
        start = colon + 1;
    }
    return entry;
}

std::string nameFor(uint32_t value, const std::vector<Keyword>& keywords) {
    for (const auto& k : keywords)
        if (k.value == value) return std::string(k.name);
    return std::to_string(value);
}

std::string sizeText(uint32_t size) {
    if (size % 0x100000 == 0) return std::to_string(size / 0x100000) + "M";
    if (size % 0x400 == 0) return std::to_string(size / 0x400) + "K";
    return base::hexNumber(size);
}

}  // namespace

base::Result<int64_t> parsePartitionNumber(std::string_view text, const std::vector<Keyword>& keywords) {
    std::string value(text);
    for (auto [letter, multiplier] : {std::pair{'k', int64_t(1024)}, std::pair{'m', int64_t(1024 * 1024)}}) {
        if (!value.empty() && std::tolower(static_cast<unsigned char>(value.back())) == letter) {
            PYFW_ASSIGN(int64_t base, parsePartitionNumber(std::string_view(value).substr(0, value.size() - 1), keywords));
            int64_t product;
            if (__builtin_mul_overflow(base, multiplier, &product)) return base::fail("Value " + value + " is too large");
            return product;
        }
    }
    if (auto number = pythonInt(value)) return *number;
    if (keywords.empty()) return base::fail("Invalid field value " + value);
    std::string key = lower(value);
    for (const auto& k : keywords)
        if (k.name == key) return int64_t(k.value);
    std::string known;
    for (const auto& k : keywords) known += (known.empty() ? "" : ", ") + std::string(k.name);
    return base::fail("Value '" + value + "' is not valid. Known keywords: " + known);
}

base::Result<PartitionTable> parsePartitionCsv(std::string_view csv, const VariableLookup& lookup, uint32_t firstOffset) {
    std::vector<PendingEntry> pending;
    size_t lineNumber = 0, start = 0;
    while (start < csv.size()) {
        size_t end = csv.find_first_of("\r\n", start);
        std::string raw(csv.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        start = end == std::string_view::npos ? csv.size() : end + ((csv[end] == '\r' && end + 1 < csv.size() && csv[end + 1] == '\n') ? 2 : 1);
        ++lineNumber;
        auto expanded = expandVariables(raw, lookup);
        if (!expanded.ok()) return base::fail("line " + std::to_string(lineNumber) + ": " + expanded.error().message);
        std::string line = trim(*expanded);
        if (line.empty() || line[0] == '#') continue;
        auto entry = parseLine(line);
        if (!entry.ok()) return base::fail("line " + std::to_string(lineNumber) + ": " + entry.error().message);
        pending.push_back(std::move(entry).value());
    }
    PartitionTable table;
    int64_t lastEnd = firstOffset;
    for (auto& entry : pending) {
        int64_t offset;
        if (entry.offset) {
            offset = *entry.offset;
            if (offset < 0 || offset > UINT32_MAX)
                return base::fail("partition " + entry.partition.label + " has an offset outside 0..0xffffffff");
        } else {
            int64_t align = entry.partition.type == uint8_t(PartitionType::App) ? 0x10000 : 4;
            offset = (lastEnd + align - 1) / align * align;
        }
        if (entry.size > UINT32_MAX || entry.size < -int64_t(UINT32_MAX))
            return base::fail("partition " + entry.partition.label + " has a size outside 0..0xffffffff");
        int64_t size = entry.size < 0 ? -entry.size - offset : entry.size;
        if (offset < 0 || offset > UINT32_MAX || size < 0 || size > UINT32_MAX)
            return base::fail("partition " + entry.partition.label + " has an offset or size outside 0..0xffffffff");
        entry.partition.offset = uint32_t(offset);
        entry.partition.size = uint32_t(size);
        lastEnd = offset + size;
        table.entries.push_back(entry.partition);
    }
    return table;
}

std::string formatPartitionCsv(const PartitionTable& table) {
    std::string out = "# Espressif ESP32 Partition Table\n# Name, Type, SubType, Offset, Size, Flags\n";
    for (const auto& p : table.entries) {
        out += p.label + "," + nameFor(p.type, kTypes) + "," + nameFor(p.subtype, subtypesOf(p.type)) + "," + base::hexNumber(p.offset) +
               "," + sizeText(p.size) + "," + (p.encrypted ? "encrypted" : "") + "\n";
    }
    return out;
}

}  // namespace pyfw::formats
