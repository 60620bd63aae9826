#include "port/nvs_store.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "chip/flash_access.h"
#include "formats/partition_table.h"

namespace pyfw::port {
namespace {

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

ItemBytes itemBytes(const Entry& header, base::ByteView payload) {
    auto raw = header.sealed().serialize();
    ItemBytes bytes(size_t(nvs::entriesFor(payload.size())) * kEntrySize, 0xFF);
    std::copy(raw.begin(), raw.end(), bytes.begin());
    std::copy(payload.begin(), payload.end(), bytes.begin() + kEntrySize);
    return bytes;
}

Entry makeHeader(uint8_t ns, std::string_view key, ItemType type) {
    Entry entry;
    entry.nsIndex = ns;
    entry.type = uint8_t(type);
    entry.setKey(key);
    entry.data.fill(0xFF);
    return entry;
}

// The bits of an integer value must fit its type (sign-extended for the signed ones).
bool integerFits(const NvsValue& value) {
    const auto* info = nvs::findItemType(uint8_t(value.type));
    if (info->width == 8) return true;
    if (!info->isSigned) return value.bits >> (8 * info->width) == 0;
    return uint64_t(value.asSigned()) == value.bits;
}

bool erasedBytes(base::ByteView bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](uint8_t b) { return b == 0xFF; });
}

}  // namespace

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

// ---------------------------------------------------------------- open and repair

base::Status NvsStore::State::classifyPages() {
    std::vector<std::pair<uint32_t, uint32_t>> sequenced;  // sequence, page
    for (uint32_t p = 0; p < pageCount; ++p) {
        auto header = nvs::PageHeader::parse(page(p));
        std::string name = "page " + std::to_string(p);
        bool known = header.state == uint32_t(PageState::Active) || header.state == uint32_t(PageState::Full) ||
                     header.state == uint32_t(PageState::Freeing);
        if (header.state == uint32_t(PageState::Uninitialized) && erasedBytes(page(p))) {
            free.push_back(p);
        } else if (header.state == uint32_t(PageState::Uninitialized) || !header.crcValid() || !known) {
            repairs.push_back(name + ": damaged header (" + std::string(nvs::pageStateName(header.state)) +
                              "); its data cannot be trusted, so the page was erased");
            free.push_back(p);
            dirtyFree.insert(p);
        } else if (header.version != uint8_t(nvs::PageVersion::V1) && header.version != uint8_t(nvs::PageVersion::V2)) {
            return fail(name + " is in NVS page format " + base::hexNumber(header.version) + ", newer than this firmware knows");
        } else {
            sequenced.emplace_back(header.sequence, p);
        }
    }
    std::stable_sort(sequenced.begin(), sequenced.end());
    for (const auto& [sequence, p] : sequenced) used.push_back(p);
    if (!sequenced.empty()) {
        nextSequence = sequenced.back().first + 1;
        format = nvs::PageHeader::parse(page(used.back())).version;
    }
    return base::okStatus();
}

// A reclaim cut short: the new page (if started) is dropped and the copy done again.
base::Status NvsStore::State::finishReclaim() {
    for (;;) {
        auto freeing = std::find_if(used.begin(), used.end(), [&](uint32_t p) { return pageState(p) == uint32_t(PageState::Freeing); });
        if (freeing == used.end()) return base::okStatus();
        uint32_t victim = *freeing;
        uint32_t newest = used.back();
        if (newest != victim && pageState(newest) == uint32_t(PageState::Active)) {
            PYFW_TRY(erasePage(newest));
            used.pop_back();
            index.reset();
            free.push_back(newest);
        }
        if (free.empty()) return fail("page " + std::to_string(victim) + " is being reclaimed and no free page is left");
        repairs.push_back("page " + std::to_string(victim) + ": reclaim interrupted; finished");
        active.reset();
        PYFW_TRY(reclaim(victim));
    }
}

base::Status NvsStore::State::repairEntries(uint32_t p) {
    std::string name = "page " + std::to_string(p);
    for (uint32_t e = 0; e < kEntryCount; ++e) {
        auto raw = page(p).subspan(nvs::entryOffset(e), kEntrySize);
        if (state(p, e) == EntryState::Empty && !erasedBytes(raw)) {
            repairs.push_back(name + " entry " + std::to_string(e) + ": half-written; erased");
            PYFW_TRY(setEntryStates(p, e, 1, EntryState::Erased));
        } else if (state(p, e) == EntryState::Illegal) {
            repairs.push_back(name + " entry " + std::to_string(e) + ": illegal state; erased");
            PYFW_TRY(setEntryStates(p, e, 1, EntryState::Erased));
        }
    }
    for (uint32_t e = 0; e < kEntryCount;) {
        if (state(p, e) != EntryState::Written) {
            ++e;
            continue;
        }
        Entry header = entryAt(p, e);
        if (intact(p, e, header)) {
            e += header.span;
            continue;
        }
        bool spanKnown = header.crcValid() && header.span > 0 && e + header.span <= kEntryCount;
        uint32_t span = spanKnown ? header.span : 1;
        repairs.push_back(name + " entry " + std::to_string(e) + ": incomplete or damaged item; erased");
        PYFW_TRY(setEntryStates(p, e, span, EntryState::Erased));
        e += span;
    }
    return base::okStatus();
}

// A value written again before its old copy was erased: the newest copy stays.
base::Status NvsStore::State::dropDuplicates() {
    std::map<std::tuple<uint8_t, std::string, uint8_t>, Location> newest;
    std::vector<Location> older;
    for (const auto& item : allItems()) {
        bool chunk = item.header.type == uint8_t(ItemType::BlobData);
        std::tuple<uint8_t, std::string, uint8_t> key{item.header.nsIndex, item.header.keyString(),
                                                      chunk ? item.header.chunkIndex : nvs::kChunkAny};
        auto seen = newest.find(key);
        if (seen != newest.end()) older.push_back(seen->second);
        newest[key] = item;
    }
    for (const auto& item : older) {
        repairs.push_back("\"" + item.header.keyString() + "\": an older copy left by an interrupted write; erased");
        PYFW_TRY(eraseItem(item));
    }
    return base::okStatus();
}

// Blob chunks that no index claims (an interrupted write or erase), and indexes whose chunks are
// not all there.
base::Status NvsStore::State::dropBrokenBlobs() {
    auto all = allItems();
    std::map<std::tuple<uint8_t, std::string, uint8_t>, Location> chunks;
    for (const auto& item : all)
        if (item.header.type == uint8_t(ItemType::BlobData))
            chunks[{item.header.nsIndex, item.header.keyString(), item.header.chunkIndex}] = item;
    std::set<std::tuple<uint8_t, std::string, uint8_t>> claimed;
    for (const auto& index : all) {
        if (index.header.type != uint8_t(ItemType::BlobIndex)) continue;
        std::vector<std::tuple<uint8_t, std::string, uint8_t>> mine;
        size_t size = 0;
        for (uint32_t n = 0; n < index.header.blobChunkCount(); ++n) {
            std::tuple<uint8_t, std::string, uint8_t> key{index.header.nsIndex, index.header.keyString(),
                                                          uint8_t(index.header.blobChunkStart() + n)};
            auto chunk = chunks.find(key);
            if (chunk == chunks.end()) break;
            size += chunk->second.header.varSize();
            mine.push_back(key);
        }
        if (mine.size() == index.header.blobChunkCount() && size == index.header.blobSize()) {
            claimed.insert(mine.begin(), mine.end());
            continue;
        }
        repairs.push_back("\"" + index.header.keyString() + "\": blob index without all its data; erased");
        PYFW_TRY(eraseItem(index));
    }
    for (const auto& [key, chunk] : chunks) {
        if (claimed.count(key)) continue;
        repairs.push_back("\"" + std::get<1>(key) + "\": blob data that no index refers to; erased");
        PYFW_TRY(eraseItem(chunk));
    }
    return base::okStatus();
}

// Items no reader can use: namespace entries that are not a u8 index 1..254 (or repeat an index),
// values in a namespace that has no name, unknown types, strings without their NUL.
base::Status NvsStore::State::dropUnusable() {
    std::set<uint8_t> indices;
    auto all = allItems();
    auto drop = [&](const Location& item, const std::string& why) -> base::Status {
        repairs.push_back("\"" + item.header.keyString() + "\": " + why + "; erased");
        return eraseItem(item);
    };
    for (const auto& item : all) {
        if (item.header.nsIndex != 0) continue;
        uint8_t index = item.header.data[0];
        if (item.header.type != uint8_t(ItemType::U8) || index == 0 || index == nvs::kChunkAny)
            PYFW_TRY(drop(item, "a malformed namespace entry"));
        else if (!indices.insert(index).second)
            PYFW_TRY(drop(item, "a namespace entry repeating index " + std::to_string(index)));
    }
    for (const auto& item : all) {
        if (item.header.nsIndex == 0) continue;
        const auto* info = nvs::findItemType(item.header.type);
        if (!indices.count(item.header.nsIndex)) PYFW_TRY(drop(item, "a value in a namespace that has no name"));
        else if (!info) PYFW_TRY(drop(item, "an item of unknown type"));
        else if (info->type == ItemType::String && (item.header.varSize() == 0 || payloadOf(item).back() != 0))
            PYFW_TRY(drop(item, "a string without its NUL"));
    }
    return base::okStatus();
}

// Pages whose header is damaged hold nothing the runtime trusts: erased now, they are free pages.
base::Status NvsStore::State::eraseDamagedPages() {
    for (uint32_t p : std::vector<uint32_t>(dirtyFree.begin(), dirtyFree.end())) {
        PYFW_TRY(erasePage(p));
        dirtyFree.erase(p);
    }
    return base::okStatus();
}

// The newest page takes writes if it is ACTIVE; an older ACTIVE page is closed (marked FULL).
base::Status NvsStore::State::settleActivePage() {
    for (size_t i = 0; i < used.size(); ++i) {
        if (pageState(used[i]) != uint32_t(PageState::Active)) continue;
        if (i + 1 == used.size()) {
            active = used[i];
        } else {
            repairs.push_back("page " + std::to_string(used[i]) + ": an older page still ACTIVE; marked FULL");
            PYFW_TRY(setPageState(used[i], PageState::Full));
        }
    }
    return base::okStatus();
}

void NvsStore::State::loadNamespaces() {
    for (const auto& item : allItems())
        if (item.header.nsIndex == 0 && item.header.type == uint8_t(ItemType::U8))
            namespaces.emplace(item.header.keyString(), item.header.data[0]);
}

// A partition with no erased page (never left by this store or ESP-IDF) gets one back from a page
// that holds nothing live.
base::Status NvsStore::State::keepAFreePage() {
    if (!free.empty()) return base::okStatus();
    for (uint32_t p : used) {
        if (writtenEntries(p) != 0) continue;
        repairs.push_back("page " + std::to_string(p) + ": no free page was left; this empty page was erased");
        PYFW_TRY(erasePage(p));
        used.erase(std::find(used.begin(), used.end(), p));
        index.reset();
        free.push_back(p);
        if (active == p) active.reset();
        return base::okStatus();
    }
    repairs.push_back("no free page is left; writes will report no space");
    return base::okStatus();
}

// ---------------------------------------------------------------- values

std::optional<NvsValue> NvsStore::State::decode(const std::vector<Location>& locations) const {
    const Location* item = nullptr;
    for (const auto& at : locations)
        if (at.header.type != uint8_t(ItemType::BlobData)) item = &at;  // the newest wins
    if (!item) return std::nullopt;
    const auto* info = nvs::findItemType(item->header.type);
    if (!info) return std::nullopt;
    if (info->width) {
        uint64_t bits = 0;
        for (int i = 0; i < info->width; ++i) bits |= uint64_t(item->header.data[i]) << (8 * i);
        return NvsValue::unsignedInteger(info->type, bits);
    }
    if (info->type == ItemType::String) {
        auto payload = payloadOf(*item);
        if (payload.empty() || payload.back() != 0) return std::nullopt;
        return NvsValue::string(std::string_view(reinterpret_cast<const char*>(payload.data()), payload.size() - 1));
    }
    if (info->type == ItemType::Blob) return NvsValue::blob(payloadOf(*item));
    if (info->type != ItemType::BlobIndex) return std::nullopt;
    base::Bytes data;
    for (uint32_t n = 0; n < item->header.blobChunkCount(); ++n) {
        uint8_t wanted = uint8_t(item->header.blobChunkStart() + n);
        auto chunk = std::find_if(locations.begin(), locations.end(), [&](const Location& at) {
            return at.header.type == uint8_t(ItemType::BlobData) && at.header.chunkIndex == wanted;
        });
        if (chunk == locations.end()) return std::nullopt;
        base::append(data, payloadOf(*chunk));
    }
    if (data.size() != item->header.blobSize()) return std::nullopt;
    return NvsValue::blob(data);
}

base::Result<bool> NvsStore::State::writeChunkedBlob(uint8_t ns, std::string_view key, base::ByteView data, uint8_t chunkStart) {
    uint8_t count = 0;
    // The chunks written so far, found again by their index (a reclaim may have moved them).
    auto giveUp = [&]() -> base::Result<bool> {
        std::vector<Location> partial;
        for (const auto& item : itemsOf(ns, key))
            if (item.header.type == uint8_t(ItemType::BlobData) && item.header.chunkIndex >= chunkStart &&
                item.header.chunkIndex < chunkStart + count)
                partial.push_back(item);
        PYFW_TRY(eraseItems(partial));
        return false;
    };
    size_t offset = 0;
    uint32_t newPages = 0;
    do {
        size_t next = active ? nextFreeEntry(*active) : kEntryCount;
        size_t tailroom = next + 1 < kEntryCount ? (kEntryCount - next - 1) * kEntrySize : 0;
        size_t remaining = data.size() - offset;
        // A blob does not start in the last few entries of a page (as IDF), but takes what a new
        // page offers; every page asked for must bring room, or there is none.
        bool smallStart = count == 0 && newPages == 0 && tailroom < remaining && tailroom < kSmallFirstChunk;
        if (tailroom == 0 || smallStart) {
            if (++newPages > pageCount) return giveUp();
            PYFW_ASSIGN(bool room, newPageFor(2));
            if (!room) return giveUp();
            continue;
        }
        if (count == 0x80) return fail("\"" + std::string(key) + "\" would need more than 128 blob chunks");
        size_t size = std::min(remaining, tailroom);
        Entry header = makeHeader(ns, key, ItemType::BlobData);
        header.chunkIndex = uint8_t(chunkStart + count);
        header.span = uint8_t(nvs::entriesFor(size));
        header.setVarData(data.subspan(offset, size));
        PYFW_ASSIGN(bool placed, place(itemBytes(header, data.subspan(offset, size))));
        if (!placed) return giveUp();
        offset += size;
        ++count;
    } while (offset < data.size());
    Entry index = makeHeader(ns, key, ItemType::BlobIndex);
    index.span = 1;
    index.setBlobIndex(uint32_t(data.size()), count, chunkStart);
    PYFW_ASSIGN(bool placed, place(itemBytes(index, {})));
    if (!placed) return giveUp();
    return true;
}

base::Result<bool> NvsStore::State::writeValue(uint8_t ns, std::string_view key, const NvsValue& value, uint8_t chunkStart) {
    Entry header = makeHeader(ns, key, value.type);
    if (value.isInteger()) {
        header.data = nvs::integerData(value);
        return place(itemBytes(header, {}));
    }
    base::Bytes payload = value.payload();
    if (value.type == ItemType::Blob && format == uint8_t(nvs::PageVersion::V2))
        return writeChunkedBlob(ns, key, payload, chunkStart);
    header.span = uint8_t(nvs::entriesFor(payload.size()));
    header.setVarData(payload);
    return place(itemBytes(header, payload));
}

base::Result<uint8_t> NvsStore::State::namespaceFor(std::string_view name) {
    auto known = namespaces.find(std::string(name));
    if (known != namespaces.end()) return known->second;
    std::set<uint8_t> taken;
    for (const auto& [_, index] : namespaces) taken.insert(index);
    uint8_t index = 1;
    while (taken.count(index)) ++index;
    if (index > nvs::kMaxNamespaces) return fail("the NVS partition already holds 254 namespaces");
    Entry header = makeHeader(0, name, ItemType::U8);
    header.data = nvs::integerData(NvsValue::unsignedInteger(ItemType::U8, index));
    PYFW_ASSIGN(bool placed, place(itemBytes(header, {})));
    if (!placed) return uint8_t(0);
    namespaces.emplace(std::string(name), index);
    return index;
}

// ---------------------------------------------------------------- the store

NvsStore::NvsStore(std::unique_ptr<State> state) : state_(std::move(state)) {}
NvsStore::NvsStore(NvsStore&&) noexcept = default;
NvsStore& NvsStore::operator=(NvsStore&&) noexcept = default;
NvsStore::~NvsStore() = default;

base::Result<NvsStore> NvsStore::open(chip::SpiFlash& flash, uint32_t offset, uint32_t size, NvsStoreOptions options) {
    if (offset % kPageSize != 0 || size % kPageSize != 0 || size < 2 * kPageSize)
        return fail("an NVS partition is at least two 4096-byte pages at a 4096-byte boundary; got " +
                    base::hexNumber(size) + " bytes at " + base::hexNumber(offset));
    auto state = std::make_unique<State>();
    state->flash = &flash;
    state->base = offset;
    state->pageCount = size / kPageSize;
    state->format = uint8_t(options.blankFormat);
    PYFW_ASSIGN(state->image, flash.read(offset, size));
    PYFW_TRY(state->classifyPages());
    PYFW_TRY(state->eraseDamagedPages());
    PYFW_TRY(state->finishReclaim());
    for (uint32_t p : state->used) PYFW_TRY(state->repairEntries(p));
    PYFW_TRY(state->dropDuplicates());
    PYFW_TRY(state->dropUnusable());
    PYFW_TRY(state->dropBrokenBlobs());
    PYFW_TRY(state->settleActivePage());
    state->loadNamespaces();
    PYFW_TRY(state->keepAFreePage());
    return NvsStore(std::move(state));
}

base::Result<NvsStore> NvsStore::openOnBoard(chip::Board& board, NvsStoreOptions options) {
    chip::FlashAccess flash(board.flash(), board.efuses());
    PYFW_ASSIGN(auto bytes, flash.read(formats::kPartitionTableAddress, uint32_t(formats::kPartitionTableSize)));
    auto table = formats::parsePartitionTable(bytes);
    if (!table.ok()) return fail("the partition table cannot be read: " + table.error().message);
    for (const auto& partition : table->entries)
        if (partition.type == uint8_t(formats::PartitionType::Data) && partition.subtype == kNvsSubtype)
            return open(board.flash(), partition.offset, partition.size, options);
    return fail("the partition table has no nvs partition");
}

base::Status NvsStore::checkName(std::string_view name) { return nvs::checkKey(name); }

base::Result<std::optional<NvsValue>> NvsStore::get(std::string_view ns, std::string_view key) const {
    PYFW_TRY(state_->alive());
    PYFW_TRY(checkName(ns));
    PYFW_TRY(checkName(key));
    auto index = state_->namespaces.find(std::string(ns));
    if (index == state_->namespaces.end()) return std::optional<NvsValue>();
    return state_->decode(state_->itemsOf(index->second, key));
}

base::Result<SetResult> NvsStore::set(std::string_view ns, std::string_view key, const NvsValue& value) {
    State& s = *state_;
    PYFW_TRY(s.alive());
    PYFW_TRY(checkName(ns));
    PYFW_TRY(checkName(key));
    base::Bytes payload = value.payload();
    bool chunked = value.type == ItemType::Blob && s.format == uint8_t(nvs::PageVersion::V2);
    size_t limit = chunked ? std::min(kMaxBlobSize, size_t(s.pageCount - 1) * nvs::kMaxChunkSize) : nvs::kMaxChunkSize;
    if (!value.isInteger() && payload.size() > limit)
        return fail("an NVS value of " + std::to_string(payload.size()) + " bytes is too large (at most " + std::to_string(limit) +
                    " here)");
    bool storable = value.isInteger() || value.type == ItemType::String || value.type == ItemType::Blob;
    if (!storable) return fail("only integers, strings and blobs can be stored");
    if (value.isInteger() && !integerFits(value)) return fail("the value " + std::to_string(value.bits) + " does not fit its type");
    std::vector<Location> old;
    auto known = s.namespaces.find(std::string(ns));
    if (known != s.namespaces.end()) {
        old = s.itemsOf(known->second, key);
        auto current = s.decode(old);
        if (current && *current == value) return SetResult::Stored;
    }
    uint32_t entries = (known == s.namespaces.end() ? 1 : 0) +
                       (chunked ? nvs::entriesFor(payload.size()) + uint32_t(payload.size() / nvs::kMaxChunkSize) + 1
                                : value.isInteger() ? 1 : nvs::entriesFor(payload.size()));
    bool fits = chunked ? s.reachableEntries() >= entries : s.canPlace(entries);
    if (!fits) return SetResult::NoSpace;
    PYFW_ASSIGN(uint8_t nsIndex, s.namespaceFor(ns));
    if (nsIndex == 0) return SetResult::NoSpace;
    uint8_t chunkStart = nvs::kChunkStartVersion0;
    for (const auto& item : old)
        if (item.header.type == uint8_t(ItemType::BlobIndex) && item.header.blobChunkStart() == nvs::kChunkStartVersion0)
            chunkStart = nvs::kChunkStartVersion1;
    PYFW_ASSIGN(bool written, s.writeValue(nsIndex, key, value, chunkStart));
    if (!written) return SetResult::NoSpace;
    PYFW_TRY(s.eraseItems(s.olderItems(nsIndex, key)));
    return SetResult::Stored;
}

base::Result<bool> NvsStore::erase(std::string_view ns, std::string_view key) {
    PYFW_TRY(state_->alive());
    PYFW_TRY(checkName(ns));
    PYFW_TRY(checkName(key));
    auto known = state_->namespaces.find(std::string(ns));
    if (known == state_->namespaces.end()) return false;
    auto items = state_->itemsOf(known->second, key);
    if (items.empty()) return false;
    PYFW_TRY(state_->eraseItems(items));
    return true;
}

base::Result<size_t> NvsStore::eraseNamespace(std::string_view ns) {
    PYFW_TRY(state_->alive());
    PYFW_TRY(checkName(ns));
    auto known = state_->namespaces.find(std::string(ns));
    if (known == state_->namespaces.end()) return size_t(0);
    std::vector<Location> items;
    std::set<std::string> keys;
    for (const auto& item : state_->allItems())
        if (item.header.nsIndex == known->second) {
            items.push_back(item);
            if (item.header.type != uint8_t(ItemType::BlobData)) keys.insert(item.header.keyString());
        }
    PYFW_TRY(state_->eraseItems(items));
    return keys.size();
}

std::vector<std::string> NvsStore::keys(std::string_view ns) const {
    std::set<std::string> names;
    auto known = state_->namespaces.find(std::string(ns));
    if (known == state_->namespaces.end() || state_->failed) return {};
    for (const auto& item : state_->allItems())
        if (item.header.nsIndex == known->second && item.header.type != uint8_t(ItemType::BlobData))
            names.insert(item.header.keyString());
    return {names.begin(), names.end()};
}

NvsUsage NvsStore::usage() const {
    NvsUsage usage;
    for (uint32_t p : state_->used) usage.usedEntries += state_->writtenEntries(p);
    usage.freeEntries = state_->reachableEntries();
    usage.namespaces = uint32_t(state_->namespaces.size());
    return usage;
}

const std::vector<std::string>& NvsStore::repairs() const { return state_->repairs; }
uint32_t NvsStore::offset() const { return state_->base; }
uint32_t NvsStore::size() const { return state_->pageCount * kPageSize; }

}  // namespace pyfw::port
