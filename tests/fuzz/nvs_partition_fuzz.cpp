// NVS partitions from outside (a board's flash, a file given to `pyfw nvs show`): the format reader
// and the firmware's store must take any bytes. The input is laid over a generated partition (so
// the fuzzer starts from valid pages), read, then opened as a store, repaired and used; after the
// store's repairs and writes the reader must find the partition clean.
#include <cstddef>
#include <cstdint>

#include "formats/nvs_csv.h"
#include "formats/nvs_generator.h"
#include "formats/nvs_reader.h"
#include "port/nvs_store.h"

using namespace pyfw;
namespace nvs = formats::nvs;

namespace {

base::Bytes seedPartition() {
    auto rows = nvs::parseCsv("key,type,encoding,value\nPY_NVM,namespace,,\ncount,data,u32,5\n"
                              "LORA_NVM,namespace,,\nMACPARAMS,data,hex2bin,00112233445566778899\n");
    auto items = nvs::csvItems(*rows, [](const std::string&) -> base::Result<base::Bytes> { return base::fail("no files"); });
    return *nvs::generatePartition(*items, 0x5000, nvs::PageVersion::V2);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const base::Bytes seed = seedPartition();
    base::Bytes partition = seed;
    // The first two bytes choose where the rest lands, so every page can be reached.
    size_t at = size >= 2 ? (size_t(data[0]) << 8 | data[1]) % partition.size() : 0;
    for (size_t i = 2; i < size && at + i - 2 < partition.size(); ++i) partition[at + i - 2] = data[i];
    (void)nvs::readPartition(partition);

    auto flash = chip::SpiFlash::inMemory(partition);
    if (!flash.ok()) return 0;
    auto store = port::NvsStore::open(*flash, 0, uint32_t(partition.size()));
    if (!store.ok()) return 0;
    (void)store->get("PY_NVM", "count");
    (void)store->get("LORA_NVM", "MACPARAMS");
    auto set = store->set("PY_NVM", "count", port::NvsValue::u32(6));
    (void)store->set("LORA_NVM", "MACPARAMS", port::NvsValue::blob(base::Bytes(100, 0x5A)));
    (void)store->erase("PY_NVM", "other");
    if (!set.ok()) return 0;
    auto after = nvs::readPartition(flash->contents());
    if (!after.ok() || !after->problems.empty()) __builtin_trap();
    return 0;
}
