// The firmware's NVS: ESP-IDF's non-volatile storage on the board's `nvs` partition (0x9000,
// 28 KiB in the Pycom layout), in ESP-IDF's own format (formats/nvs_format.h), so a partition made
// by nvs_partition_gen.py at manufacturing is read here, and what is written here is read by
// ESP-IDF's runtime and tools.
//
// Callers:
//   pycom.nvs_set(key, value)   -> set("PY_NVM", key, Value::u32(value)); SetResult::NoSpace is
//                                  OSError("no space available"); checkKey() first for ValueError
//   pycom.nvs_get(key)          -> get("PY_NVM", key): a u32 value, or None (absent or another type)
//   pycom.nvs_erase(key)        -> erase("PY_NVM", key): false means KeyError
//   pycom.nvs_erase_all()       -> eraseNamespace("PY_NVM")
//   LoRa nvram_save/restore/erase -> set/get of blobs and integers in "LORA_NVM", eraseNamespace
//
// Power cuts. Every change is a sequence of NOR programs and sector erases in ESP-IDF's order, and
// open() finishes or undoes whatever a cut interrupted, so after a cut at any flash write of a
// set() the key holds its old or its new value and every other key is intact:
//   - a new value is written (entry, then its state WRITTEN) before the old one is marked ERASED;
//     a cut between the two leaves both, and open() keeps the newer one;
//   - a page's state only loses bits: ACTIVE -> FULL -> FREEING; a cut in a half-written entry
//     leaves data in an entry still marked EMPTY, which open() marks ERASED;
//   - page reclaim (when the free pages run out) marks the victim FREEING, starts a new page,
//     copies the victim's live items and erases it; a cut anywhere in it is redone by open() from
//     the FREEING page, so one erased page is always left for the next reclaim;
//   - v2 blobs are written as chunks under the blob version the old value does not use, then their
//     index; chunks no index refers to are erased by open().
// A page whose header is damaged is treated as free (as ESP-IDF does) and erased when opening;
// the other pages, and every entry whose CRC holds, keep their data. repairs() lists what open()
// did, for the boot log.
//
// Errors are values: a failed flash operation (a power cut) returns an Error and leaves the store
// unusable until it is opened again, as a real chip would restart.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"
#include "chip/board.h"
#include "chip/spi_flash.h"
#include "formats/nvs_format.h"

namespace pyfw::port {

using NvsValue = formats::nvs::Value;

enum class SetResult { Stored, NoSpace };

struct NvsStoreOptions {
    // The page format of new pages when the partition is blank; otherwise the format of the
    // partition's newest page is kept (a v1 partition stays readable by IDF v3.0/3.1).
    formats::nvs::PageVersion blankFormat = formats::nvs::PageVersion::V2;
};

struct NvsUsage {
    uint32_t usedEntries = 0;   // live items' entries
    uint32_t freeEntries = 0;   // entries a write can still reach (reclaim included), less the reserve page
    uint32_t namespaces = 0;
};

class NvsStore {
public:
    // The board's `nvs` data partition, found in its partition table (read through the flash
    // cache, so an encrypted table works); the partition itself is raw, as in ESP-IDF v3.
    static base::Result<NvsStore> openOnBoard(chip::Board& board, NvsStoreOptions options = {});
    // `size` bytes at `offset` of the flash, both multiples of 4096, at least two pages.
    static base::Result<NvsStore> open(chip::SpiFlash& flash, uint32_t offset, uint32_t size, NvsStoreOptions options = {});

    NvsStore(NvsStore&&) noexcept;
    NvsStore& operator=(NvsStore&&) noexcept;
    ~NvsStore();

    // Namespace names and keys: 1 to 15 bytes (formats::nvs::checkKey).
    static base::Status checkName(std::string_view name);

    // The value of a key, of whatever type it was stored as; nullopt when absent.
    base::Result<std::optional<NvsValue>> get(std::string_view ns, std::string_view key) const;
    // Stores a value, replacing the key's old value of any type. Writes nothing when the value is
    // unchanged. Fails (an Error) for a bad name, a value too large for the partition or a flash
    // failure; a full partition is SetResult::NoSpace, with nothing changed.
    base::Result<SetResult> set(std::string_view ns, std::string_view key, const NvsValue& value);
    // Removes a key; false when it did not exist.
    base::Result<bool> erase(std::string_view ns, std::string_view key);
    // Removes every key of a namespace (the namespace itself stays); returns how many.
    base::Result<size_t> eraseNamespace(std::string_view ns);
    // The keys of a namespace, sorted.
    std::vector<std::string> keys(std::string_view ns) const;

    NvsUsage usage() const;
    const std::vector<std::string>& repairs() const;
    uint32_t offset() const;
    uint32_t size() const;

private:
    struct State;
    explicit NvsStore(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace pyfw::port
