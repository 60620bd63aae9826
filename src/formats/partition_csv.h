// Partition tables as CSV, with the rules of IDF v3.0's gen_esp32part.py: "name, type, subtype,
// offset, size, flags"; numbers in any Python int(x, 0) form with optional K/M suffixes; type and
// subtype as keywords or numbers; an empty offset follows the previous partition (64 KiB aligned
// for apps, 4 bytes for data, starting at 0x5000); a negative size means "up to that address";
// $VARIABLES are expanded from the environment given.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "formats/partition_table.h"

namespace pyfw::formats {

using VariableLookup = std::function<std::optional<std::string>(const std::string& name)>;

// Errors name the line: "line 4: Value 'bogus' is not valid. Known keywords: ...".
// Partitions without an offset follow `firstOffset` (0x5000 in v3.0; the table's end in v3.1).
base::Result<PartitionTable> parsePartitionCsv(std::string_view csv, const VariableLookup& lookup = {},
                                               uint32_t firstOffset = kFirstPartitionOffset);

// What gen_esp32part prints for a binary table: two comment lines, then one row per entry with
// keyword names, hex offsets and K/M sizes.
std::string formatPartitionCsv(const PartitionTable& table);

// int(x, 0) of Python plus K/M suffixes, with keywords as a fallback (case-insensitive).
struct Keyword {
    std::string_view name;
    uint32_t value;
};
base::Result<int64_t> parsePartitionNumber(std::string_view text, const std::vector<Keyword>& keywords = {});

}  // namespace pyfw::formats
