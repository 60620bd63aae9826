// open()'s repairs: the pages classified, an interrupted reclaim finished, half-written entries,
// duplicates and broken blobs dropped, damaged pages erased, a free page kept.
#include "port/nvs_store_state.h"

namespace pyfw::port {

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

}  // namespace pyfw::port
