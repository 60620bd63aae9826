// Partition tables in both forms: binary parsing (with the MD5 entry), CSV parsing and printing.
// A table that parses and verifies must survive binary and CSV round trips unchanged.
#include <cstddef>
#include <cstdint>
#include <string>

#include "formats/partition_csv.h"
#include "formats/partition_table.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    base::ByteView input(data, size);
    auto binary = formats::parsePartitionTable(input);
    if (binary.ok() && formats::verifyPartitionTable(*binary).ok()) {
        auto bytes = formats::serializePartitionTable(*binary);
        if (bytes.ok()) {
            auto again = formats::parsePartitionTable(*bytes);
            if (!again.ok() || again->entries != binary->entries) __builtin_trap();
        }
        (void)formats::formatPartitionCsv(*binary);
    }
    auto csv = formats::parsePartitionCsv(std::string(reinterpret_cast<const char*>(data), size));
    if (csv.ok() && formats::verifyPartitionTable(*csv).ok()) {
        bool printable = true;
        for (const auto& p : csv->entries)
            for (char c : p.label) printable = printable && c != ',' && c != '\n' && c != '\r' && c != '#' && c != '$' && c > ' ';
        if (printable) {
            auto again = formats::parsePartitionCsv(formats::formatPartitionCsv(*csv));
            if (!again.ok() || again->entries != csv->entries) __builtin_trap();
        }
    }
    return 0;
}
