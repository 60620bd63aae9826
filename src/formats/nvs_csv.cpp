#include "formats/nvs_csv.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include "base/base64.h"

namespace pyfw::formats::nvs {
namespace {

using base::fail;

struct RawRecord {
    size_t line;
    std::vector<std::string> fields;
};

// Python csv's excel dialect: a field that starts with a quote runs to the closing quote ("" is a
// quote inside it, line breaks are kept); text after the closing quote is appended to the field.
std::vector<RawRecord> splitRecords(std::string_view text) {
    std::vector<RawRecord> records;
    size_t line = 1, i = 0;
    while (i < text.size()) {
        RawRecord record{line, {}};
        std::string field;
        bool any = false;
        for (;;) {
            bool quoted = i < text.size() && text[i] == '"';
            if (quoted) {
                ++i;
                while (i < text.size()) {
                    if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                    } else if (text[i] == '"') {
                        ++i;
                        break;
                    } else {
                        line += text[i] == '\n';
                        field += text[i++];
                    }
                }
            }
            while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') field += text[i++];
            any = any || quoted || !field.empty() || (i < text.size() && text[i] == ',');
            record.fields.push_back(std::move(field));
            field.clear();
            if (i < text.size() && text[i] == ',') {
                ++i;
                continue;
            }
            break;
        }
        if (i < text.size() && text[i] == '\r') ++i;
        if (i < text.size() && text[i] == '\n') ++i;
        ++line;
        if (any) records.push_back(std::move(record));
    }
    return records;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

std::string at(const CsvRow& row) { return "line " + std::to_string(row.line) + " (\"" + row.key + "\"): "; }

// binascii.a2b_base64 as the generator calls it: characters outside the alphabet are skipped.
base::Result<base::Bytes> lenientBase64(std::string_view text) {
    base::Bytes out;
    uint32_t bits = 0;
    int count = 0;
    for (char c : text) {
        if (c == '=') break;
        int digit = base::base64DigitValue(c);
        if (digit < 0) continue;
        bits = (bits << 6) | uint32_t(digit);
        if (++count == 4) {
            out.push_back(uint8_t(bits >> 16));
            out.push_back(uint8_t(bits >> 8));
            out.push_back(uint8_t(bits));
            bits = 0;
            count = 0;
        }
    }
    if (count == 1) return fail("base64 text ends with a single stray character");
    if (count == 2) out.push_back(uint8_t(bits >> 4));
    if (count == 3) {
        out.push_back(uint8_t(bits >> 10));
        out.push_back(uint8_t(bits >> 2));
    }
    return out;
}

base::Error notAnInteger(std::string_view text) {
    std::string message = "\"";
    message += text;
    message += "\" is not a decimal integer";
    return fail(message);
}

std::string trimmed(std::string_view text) {
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return std::string(text);
}

base::Result<Value> variableValue(const CsvRow& row, const std::string& encoding, base::Bytes raw) {
    if (encoding == "string") {
        if (std::find(raw.begin(), raw.end(), 0) != raw.end()) return fail(at(row) + "a string value cannot contain a NUL byte");
        return Value::string(base::toString(raw));
    }
    if (encoding == "hex2bin") {
        if (raw.size() % 2 != 0) return fail(at(row) + "hex2bin data has an odd number of digits");
        auto bytes = base::fromHex(base::toString(raw));
        if (!bytes.ok()) return fail(at(row) + "hex2bin data is not hexadecimal");
        return Value::blob(*bytes);
    }
    if (encoding == "base64") {
        auto bytes = lenientBase64(base::toString(raw));
        if (!bytes.ok()) return fail(at(row) + bytes.error().message);
        return Value::blob(*bytes);
    }
    return Value::blob(raw);  // binary
}

base::Result<CsvItem> rowItem(const CsvRow& row, const FileLoader& loadFile) {
    std::string type = lower(row.type);
    CsvItem item;
    item.key = row.key;
    if (type == "namespace") {
        auto nameOk = checkKey(row.key);
        if (!nameOk.ok()) return fail(at(row) + "namespace name: " + nameOk.error().message);
        item.isNamespace = true;
        return item;
    }
    if (type != "data" && type != "file") return fail(at(row) + "type \"" + row.type + "\" is not namespace, data or file");
    auto keyOk = checkKey(row.key);
    if (!keyOk.ok()) return fail(at(row) + keyOk.error().message);
    std::string encoding = lower(row.encoding);
    const ItemTypeInfo* integer = findItemType(encoding);
    bool variable = encoding == "string" || encoding == "hex2bin" || encoding == "base64" || encoding == "binary";
    if (!variable && !(integer && integer->width))
        return fail(at(row) + "encoding \"" + row.encoding + "\" is not one of u8, i8, u16, i16, u32, i32, u64, i64, string, hex2bin, base64, binary");
    if (type == "file") {
        if (!variable) return fail(at(row) + "a file row takes the encoding string, hex2bin, base64 or binary");
        auto content = loadFile(row.value);
        if (!content.ok()) return fail(at(row) + content.error().message);
        PYFW_ASSIGN(item.value, variableValue(row, encoding, std::move(*content)));
        return item;
    }
    if (variable) {
        PYFW_ASSIGN(item.value, variableValue(row, encoding, base::toBytes(row.value)));
        return item;
    }
    auto value = parseInteger(integer->type, row.value);
    if (!value.ok()) return fail(at(row) + value.error().message);
    item.value = *value;
    return item;
}

}  // namespace

base::Result<std::vector<CsvRow>> parseCsv(std::string_view text) {
    auto records = splitRecords(text);
    if (records.empty()) return fail("the CSV file is empty; its first row names the columns key,type,encoding,value");
    std::map<std::string, size_t> columns;
    for (size_t i = 0; i < records[0].fields.size(); ++i) columns.emplace(records[0].fields[i], i);
    std::array<size_t, 4> index{};
    const char* names[] = {"key", "type", "encoding", "value"};
    for (int n = 0; n < 4; ++n) {
        auto found = columns.find(names[n]);
        if (found == columns.end())
            return fail("the CSV header row has no \"" + std::string(names[n]) + "\" column (it must name key,type,encoding,value)");
        index[n] = found->second;
    }
    std::vector<CsvRow> rows;
    for (size_t r = 1; r < records.size(); ++r) {
        const auto& fields = records[r].fields;
        auto field = [&](int n) { return index[n] < fields.size() ? fields[index[n]] : std::string(); };
        rows.push_back({records[r].line, field(0), field(1), field(2), field(3)});
    }
    return rows;
}

base::Result<std::vector<CsvItem>> csvItems(const std::vector<CsvRow>& rows, const FileLoader& loadFile) {
    std::vector<CsvItem> items;
    std::set<std::string> namespaces, keys;
    for (const auto& row : rows) {
        PYFW_ASSIGN(auto item, rowItem(row, loadFile));
        if (item.isNamespace) {
            if (!namespaces.insert(item.key).second) return fail(at(row) + "namespace \"" + item.key + "\" is opened twice");
            if (namespaces.size() > kMaxNamespaces) return fail(at(row) + "more than 254 namespaces");
            keys.clear();
        } else if (namespaces.empty()) {
            return fail(at(row) + "a value before the first namespace row");
        } else if (!keys.insert(item.key).second) {
            return fail(at(row) + "key \"" + item.key + "\" is given twice in its namespace");
        }
        items.push_back(std::move(item));
    }
    return items;
}

base::Result<Value> parseInteger(ItemType type, std::string_view text) {
    std::string clean = trimmed(text);
    std::string_view digits = clean;
    bool negative = false;
    if (!digits.empty() && (digits[0] == '+' || digits[0] == '-')) {
        negative = digits[0] == '-';
        digits.remove_prefix(1);
    }
    if (digits.empty() || digits.front() == '_' || digits.back() == '_')
        return notAnInteger(text);
    uint64_t magnitude = 0;
    bool overflow = false;
    char previous = 0;
    for (char c : digits) {
        if (c == '_' && previous != '_') {
            previous = c;
            continue;
        }
        if (c < '0' || c > '9') return notAnInteger(text);
        uint64_t digit = uint64_t(c - '0');
        overflow = overflow || magnitude > (~uint64_t(0) - digit) / 10;
        magnitude = magnitude * 10 + digit;
        previous = c;
    }
    const auto* info = findItemType(uint8_t(type));
    if (overflow) return fail(std::string(text) + " does not fit a " + std::string(info->name));
    PYFW_TRY(checkIntegerRange(type, negative, magnitude));
    return negative ? Value::signedInteger(type, -int64_t(magnitude - 1) - 1) : Value::unsignedInteger(type, magnitude);
}

}  // namespace pyfw::formats::nvs
