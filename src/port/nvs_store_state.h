// The store's working state, shared by its two files: nvs_store.cpp (values, the public calls)
// and nvs_store_repair.cpp (what open() finishes or undoes after a power cut).
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "chip/flash_access.h"
#include "port/nvs_store.h"

namespace pyfw::port {
namespace nvs_detail {

namespace nvs = formats::nvs;
using base::fail;
using nvs::Entry;
using nvs::EntryState;
using nvs::ItemType;
using nvs::kEntryCount;
using nvs::kEntrySize;
using nvs::kPageSize;
using nvs::PageState;

constexpr uint8_t kNvsSubtype = 0x02;
constexpr size_t kMaxBlobSize = 508000;      // ESP-IDF's limit for one blob
constexpr size_t kSmallFirstChunk = 400;     // below this much room a blob starts on a fresh page, as IDF does

// An item as it lies in a page: its header entry's position and contents.
struct Location {
    uint32_t page;
    uint32_t entry;
    Entry header;
};

// The raw entries of one item: a header and its data entries, 32 bytes each.
using ItemBytes = base::Bytes;

inline ItemBytes itemBytes(const Entry& header, base::ByteView payload) {
    auto raw = header.sealed().serialize();
    ItemBytes bytes(size_t(nvs::entriesFor(payload.size())) * kEntrySize, 0xFF);
    std::copy(raw.begin(), raw.end(), bytes.begin());
    std::copy(payload.begin(), payload.end(), bytes.begin() + kEntrySize);
    return bytes;
}

inline Entry makeHeader(uint8_t ns, std::string_view key, ItemType type) {
    Entry entry;
    entry.nsIndex = ns;
    entry.type = uint8_t(type);
    entry.setKey(key);
    entry.data.fill(0xFF);
    return entry;
}

// The bits of an integer value must fit its type (sign-extended for the signed ones).
inline bool integerFits(const NvsValue& value) {
    const auto* info = nvs::findItemType(uint8_t(value.type));
    if (info->width == 8) return true;
    if (!info->isSigned) return value.bits >> (8 * info->width) == 0;
    return uint64_t(value.asSigned()) == value.bits;
}

inline bool erasedBytes(base::ByteView bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](uint8_t b) { return b == 0xFF; });
}

}  // namespace nvs_detail

// Only the store's own two files include this header.
using namespace nvs_detail;

struct NvsStore::State {
    chip::SpiFlash* flash = nullptr;
    uint32_t base = 0;
    uint32_t pageCount = 0;
    base::Bytes image;  // what the partition holds, kept equal to the flash
    uint8_t format = uint8_t(nvs::PageVersion::V2);
    std::vector<uint32_t> used;   // pages in sequence order, oldest first
    std::vector<uint32_t> free;   // erased pages, or damaged ones to erase before use
    std::set<uint32_t> dirtyFree;
    std::optional<uint32_t> active;
    uint32_t nextSequence = 0;
    std::map<std::string, uint8_t> namespaces;
    std::vector<std::string> repairs;
    bool failed = false;

    // ---- raw page access ----
    base::ByteView page(uint32_t p) const { return base::ByteView(image).subspan(p * kPageSize, kPageSize); }
    uint32_t pageState(uint32_t p) const { return base::readLe32(image.data() + p * kPageSize); }
    EntryState state(uint32_t p, uint32_t e) const { return nvs::entryState(page(p), e); }
    Entry entryAt(uint32_t p, uint32_t e) const { return Entry::parse(page(p).subspan(nvs::entryOffset(e), kEntrySize)); }
    base::ByteView payloadOf(const Location& at) const {
        return page(at.page).subspan(nvs::entryOffset(at.entry + 1), at.header.varSize());
    }

    base::Status alive() const {
        if (failed) return fail("the NVS store lost its flash (a power cut or a write error); open it again");
        return base::okStatus();
    }

    base::Status program(uint32_t offset, base::ByteView bytes) {
        index.reset();
        auto status = flash->program(base + offset, bytes);
        if (!status.ok()) {
            failed = true;
            return status;
        }
        for (size_t i = 0; i < bytes.size(); ++i) image[offset + i] &= bytes[i];
        return base::okStatus();
    }

    base::Status erasePage(uint32_t p) {
        index.reset();
        auto status = flash->eraseSector(base + p * kPageSize);
        if (!status.ok()) {
            failed = true;
            return status;
        }
        std::fill_n(image.begin() + p * kPageSize, kPageSize, 0xFF);
        return base::okStatus();
    }

    base::Status setPageState(uint32_t p, PageState newState) {
        uint8_t word[4];
        base::writeLe32(word, uint32_t(newState));
        return program(p * kPageSize, word);
    }

    // ESP-IDF writes the bitmap a 32-bit word at a time, the highest word of a range first, so a
    // cut in a span's erase leaves its header (the lowest entry) written and the span detectably
    // incomplete.
    base::Status setEntryStates(uint32_t p, uint32_t first, uint32_t count, EntryState newState) {
        for (uint32_t word = (first + count - 1) / 16 + 1; word-- > first / 16;) {
            base::Bytes copy(page(p).begin(), page(p).end());
            for (uint32_t e = std::max(first, word * 16); e < std::min(first + count, word * 16 + 16); ++e)
                nvs::setEntryState(copy, e, newState);
            uint32_t at = nvs::bitmapWordOffset(word * 16);
            PYFW_TRY(program(p * kPageSize + at, base::ByteView(copy).subspan(at, 4)));
        }
        return base::okStatus();
    }

    // ---- entries and items ----
    uint32_t nextFreeEntry(uint32_t p) const {
        uint32_t next = 0;
        for (uint32_t e = 0; e < kEntryCount; ++e)
            if (state(p, e) != EntryState::Empty) next = e + 1;
        return next;
    }

    uint32_t writtenEntries(uint32_t p) const {
        uint32_t count = 0;
        for (uint32_t e = 0; e < kEntryCount; ++e) count += state(p, e) == EntryState::Written;
        return count;
    }

    // The intact items of a page: a header with a good CRC, all of its span written, its data CRC good.
    std::vector<Location> items(uint32_t p) const {
        std::vector<Location> found;
        for (uint32_t e = 0; e < kEntryCount;) {
            if (state(p, e) != EntryState::Written) {
                ++e;
                continue;
            }
            Entry header = entryAt(p, e);
            uint32_t span = header.span;
            if (!intact(p, e, header)) {
                ++e;
                continue;
            }
            found.push_back({p, e, header});
            e += span;
        }
        return found;
    }

    bool intact(uint32_t p, uint32_t e, const Entry& header) const {
        uint32_t span = header.span;
        if (!header.crcValid() || !header.keyValid() || span == 0 || e + span > kEntryCount) return false;
        if (!header.isVariableLength()) return span == 1;
        for (uint32_t j = e + 1; j < e + span; ++j)
            if (state(p, j) != EntryState::Written) return false;
        if (header.varSize() > (span - 1) * kEntrySize) return false;
        return nvs::dataCrc(page(p).subspan(nvs::entryOffset(e + 1), header.varSize())) == header.varCrc();
    }

    // The intact items of every used page in write order, and the same by key, parsed once after
    // each change (a get or set would otherwise walk and check every entry of the partition).
    struct ItemIndex {
        std::vector<Location> all;
        std::map<std::pair<uint8_t, std::string>, std::vector<Location>> byKey;
    };
    mutable std::optional<ItemIndex> index;

    const ItemIndex& itemIndex() const {
        if (index) return *index;
        ItemIndex built;
        for (uint32_t p : used)
            for (auto& item : items(p)) {
                built.byKey[{item.header.nsIndex, item.header.keyString()}].push_back(item);
                built.all.push_back(std::move(item));
            }
        index = std::move(built);
        return *index;
    }

    std::vector<Location> allItems() const { return itemIndex().all; }

    // Every item of a key (all types, blob chunks included), oldest first.
    std::vector<Location> itemsOf(uint8_t ns, std::string_view key) const {
        const auto& byKey = itemIndex().byKey;
        auto found = byKey.find({ns, std::string(key)});
        return found == byKey.end() ? std::vector<Location>{} : found->second;
    }

    // After a new value was written: every other item of its key. The new value is the newest item
    // that is not a blob chunk, with (a v2 blob) the chunks its index names. Found by scanning again,
    // since a page reclaim during the write may have moved the old items.
    std::vector<Location> olderItems(uint8_t ns, std::string_view key) const {
        auto all = itemsOf(ns, key);
        const Location* newest = nullptr;
        for (const auto& item : all)
            if (item.header.type != uint8_t(ItemType::BlobData)) newest = &item;
        std::vector<Location> older;
        for (const auto& item : all) {
            if (&item == newest) continue;
            bool chunk = item.header.type == uint8_t(ItemType::BlobData);
            if (chunk && newest && newest->header.type == uint8_t(ItemType::BlobIndex) &&
                item.header.chunkIndex >= newest->header.blobChunkStart() &&
                item.header.chunkIndex < newest->header.blobChunkStart() + newest->header.blobChunkCount())
                continue;
            older.push_back(item);
        }
        return older;
    }

    base::Status eraseItem(const Location& at) { return setEntryStates(at.page, at.entry, at.header.span, EntryState::Erased); }

    // A blob index first, then its chunks, so a cut leaves chunks that open() sweeps, never an
    // index without its data.
    base::Status eraseItems(const std::vector<Location>& locations) {
        for (const auto& at : locations)
            if (at.header.type != uint8_t(ItemType::BlobData)) PYFW_TRY(eraseItem(at));
        for (const auto& at : locations)
            if (at.header.type == uint8_t(ItemType::BlobData)) PYFW_TRY(eraseItem(at));
        return base::okStatus();
    }

    // ---- pages ----
    base::Status activate(uint32_t p) {
        if (dirtyFree.count(p)) {
            PYFW_TRY(erasePage(p));
            dirtyFree.erase(p);
        }
        nvs::PageHeader header;
        header.state = uint32_t(PageState::Active);
        header.sequence = nextSequence++;
        header.version = format;
        auto raw = header.serialize();
        PYFW_TRY(program(p * kPageSize, raw));
        free.erase(std::find(free.begin(), free.end(), p));
        used.push_back(p);
        index.reset();
        active = p;
        return base::okStatus();
    }

    // Copies a page's intact items to the start of the active page: their entries in one program,
    // then their states.
    base::Status copyItems(uint32_t from) {
        base::Bytes block;
        for (const auto& item : items(from)) {
            auto bytes = page(from).subspan(nvs::entryOffset(item.entry), item.header.span * kEntrySize);
            base::append(block, bytes);
        }
        if (block.empty()) return base::okStatus();
        uint32_t to = *active, first = nextFreeEntry(to);
        PYFW_TRY(program(to * kPageSize + nvs::entryOffset(first), block));
        return setEntryStates(to, first, uint32_t(block.size() / kEntrySize), EntryState::Written);
    }

    // Page reclaim: mark the victim FREEING, start a new page, copy the victim's items, erase it.
    base::Status reclaim(uint32_t victim) {
        PYFW_TRY(setPageState(victim, PageState::Freeing));
        PYFW_TRY(activate(free.front()));
        PYFW_TRY(copyItems(victim));
        PYFW_TRY(erasePage(victim));
        used.erase(std::find(used.begin(), used.end(), victim));
        index.reset();
        free.push_back(victim);
        return base::okStatus();
    }

    // The used page whose reclaim frees the most entries (the oldest of equals), as ESP-IDF picks.
    std::optional<uint32_t> reclaimVictim(uint32_t* unused = nullptr) const {
        std::optional<uint32_t> best;
        uint32_t bestUnused = 0;
        for (uint32_t p : used) {
            uint32_t unusedHere = kEntryCount - writtenEntries(p);
            if (unusedHere > bestUnused) {
                best = p;
                bestUnused = unusedHere;
            }
        }
        if (unused) *unused = bestUnused;
        return best;
    }

    bool activeHasRoom(uint32_t entries) const { return active && nextFreeEntry(*active) + entries <= kEntryCount; }

    // Whether a fresh page with room for `entries` can be had: a spare free page, or a reclaim.
    bool canGetNewPage(uint32_t entries) const {
        if (free.size() >= 2) return true;
        uint32_t unused = 0;
        return free.size() == 1 && reclaimVictim(&unused) && unused >= entries;
    }

    // Whether an item of `entries` entries can be placed, with a reclaim if need be.
    bool canPlace(uint32_t entries) const { return activeHasRoom(entries) || canGetNewPage(entries); }

    // Makes room for an item: closes the active page and takes a free page, or reclaims one.
    base::Result<bool> newPageFor(uint32_t entries) {
        if (!canGetNewPage(entries)) return false;
        if (active) {
            if (pageState(*active) == uint32_t(PageState::Active)) PYFW_TRY(setPageState(*active, PageState::Full));
            active.reset();
        }
        if (free.size() >= 2) {
            PYFW_TRY(activate(free.front()));
            return true;
        }
        PYFW_TRY(reclaim(*reclaimVictim()));
        return activeHasRoom(entries);
    }

    // Writes one item at the active page's next free entry, as Page::writeItem does: the header
    // entry and its state, then the data entries and theirs. False when there is no room.
    base::Result<bool> place(const ItemBytes& bytes) {
        uint32_t entries = uint32_t(bytes.size() / kEntrySize);
        if (!activeHasRoom(entries)) {
            PYFW_ASSIGN(bool room, newPageFor(entries));
            if (!room) return false;
        }
        uint32_t p = *active, e = nextFreeEntry(p);
        PYFW_TRY(program(p * kPageSize + nvs::entryOffset(e), base::ByteView(bytes).first(kEntrySize)));
        PYFW_TRY(setEntryStates(p, e, 1, EntryState::Written));
        if (entries > 1) {
            PYFW_TRY(program(p * kPageSize + nvs::entryOffset(e + 1), base::ByteView(bytes).subspan(kEntrySize)));
            PYFW_TRY(setEntryStates(p, e + 1, entries - 1, EntryState::Written));
        }
        return true;
    }

    uint32_t reachableEntries() const {
        uint32_t total = free.empty() ? 0 : uint32_t(free.size() - 1) * kEntryCount;
        for (uint32_t p : used) total += kEntryCount - writtenEntries(p);
        return total;
    }

    // ---- open: what the runtime repairs after a cut ----
    base::Status classifyPages();
    base::Status finishReclaim();
    base::Status repairEntries(uint32_t p);
    base::Status dropDuplicates();
    base::Status dropBrokenBlobs();
    base::Status dropUnusable();
    base::Status eraseDamagedPages();
    base::Status settleActivePage();
    void loadNamespaces();
    base::Status keepAFreePage();

    // ---- values ----
    std::optional<NvsValue> decode(const std::vector<Location>& locations) const;
    base::Result<bool> writeValue(uint8_t ns, std::string_view key, const NvsValue& value, uint8_t chunkStart);
    base::Result<bool> writeChunkedBlob(uint8_t ns, std::string_view key, base::ByteView data, uint8_t chunkStart);
    base::Result<uint8_t> namespaceFor(std::string_view name);
};

}  // namespace pyfw::port
