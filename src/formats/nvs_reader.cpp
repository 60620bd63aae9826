#include "formats/nvs_reader.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace pyfw::formats::nvs {
namespace {

using base::ByteView;

// One item as it lies in a page: its header entry and, for variable-length types, its payload.
struct RawItem {
    uint32_t page;
    uint32_t entry;
    Entry header;
    base::Bytes payload;
};

std::string where(uint32_t page, uint32_t entry) {
    return "page " + std::to_string(page) + " entry " + std::to_string(entry);
}

bool allErased(ByteView bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](uint8_t b) { return b == 0xFF; });
}

PageInfo inspectPage(ByteView page, uint32_t index, std::vector<std::string>& problems) {
    PageInfo info;
    info.index = index;
    info.header = PageHeader::parse(page);
    std::string name = "page " + std::to_string(index);
    if (info.header.state == uint32_t(PageState::Uninitialized)) {
        info.blank = allErased(page);
        if (!info.blank) {
            info.corrupt = true;
            problems.push_back(name + ": its header is erased but the page holds data (a torn page set-up or erase)");
        }
        return info;
    }
    if (!info.header.crcValid()) {
        info.corrupt = true;
        problems.push_back(name + ": header CRC is wrong, so the page is corrupt");
        return info;
    }
    auto state = PageState(info.header.state);
    if (state != PageState::Active && state != PageState::Full && state != PageState::Freeing) {
        info.corrupt = true;
        problems.push_back(name + ": unknown page state " + base::hexNumber(info.header.state, 8));
    }
    return info;
}

base::Status checkVersion(const PageInfo& info) {
    if (info.blank || info.corrupt) return base::okStatus();
    uint8_t version = info.header.version;
    if (version != uint8_t(PageVersion::V1) && version != uint8_t(PageVersion::V2))
        return base::fail("page " + std::to_string(info.index) + " is in NVS page format " + base::hexNumber(version) +
                          ", newer than the v1 (0xff) and v2 (0xfe) formats this reader knows");
    return base::okStatus();
}

// Walks the entries of one page, collecting intact items; everything else becomes a problem.
void collectItems(ByteView page, const PageInfo& info, std::vector<RawItem>& items, std::vector<std::string>& problems) {
    for (uint32_t i = 0; i < kEntryCount;) {
        ByteView raw = page.subspan(entryOffset(i), kEntrySize);
        EntryState state = entryState(page, i);
        if (state == EntryState::Empty) {
            if (!allErased(raw)) problems.push_back(where(info.index, i) + ": data in an entry marked empty (a write cut short)");
            ++i;
            continue;
        }
        if (state == EntryState::Illegal) problems.push_back(where(info.index, i) + ": illegal entry state 01");
        if (state != EntryState::Written) {
            ++i;
            continue;
        }
        Entry entry = Entry::parse(raw);
        if (!entry.crcValid()) {
            problems.push_back(where(info.index, i) + ": entry CRC is wrong");
            ++i;
            continue;
        }
        uint32_t span = entry.span;
        if (span == 0 || i + span > kEntryCount || (!entry.isVariableLength() && span != 1)) {
            problems.push_back(where(info.index, i) + ": impossible span " + std::to_string(span));
            ++i;
            continue;
        }
        bool complete = true;
        for (uint32_t j = i + 1; j < i + span; ++j) complete = complete && entryState(page, j) == EntryState::Written;
        if (!complete) {
            problems.push_back(where(info.index, i) + ": a variable-length item whose data entries are not all written");
            i += span;
            continue;
        }
        RawItem item{info.index, i, entry, {}};
        if (entry.isVariableLength()) {
            size_t size = entry.varSize();
            if (size > (span - 1) * kEntrySize) {
                problems.push_back(where(info.index, i) + ": data size " + std::to_string(size) + " exceeds its span");
                i += span;
                continue;
            }
            auto data = page.subspan(entryOffset(i + 1), size);
            item.payload.assign(data.begin(), data.end());
            if (dataCrc(item.payload) != entry.varCrc()) {
                problems.push_back(where(info.index, i) + ": data CRC is wrong");
                i += span;
                continue;
            }
        }
        if (!entry.keyValid()) problems.push_back(where(info.index, i) + ": key is empty or not NUL-terminated");
        else items.push_back(std::move(item));
        i += span;
    }
}

void checkPageSet(const std::vector<PageInfo>& pages, std::vector<std::string>& problems) {
    std::vector<uint32_t> active;
    int freeing = 0, free = 0;
    for (const auto& page : pages) {
        if (page.blank || page.corrupt) {
            free += 1;
            continue;
        }
        if (page.header.state == uint32_t(PageState::Active)) active.push_back(page.header.sequence);
        freeing += page.header.state == uint32_t(PageState::Freeing);
    }
    // Only the newest page may be ACTIVE: the runtime writes into no other.
    if (active.size() > 1) problems.push_back(std::to_string(active.size()) + " pages are ACTIVE; the runtime keeps one");
    if (freeing > 0) problems.push_back("a page is FREEING: a page reclaim was cut short");
    if (free == 0) problems.push_back("no free page: ESP-IDF needs one to start (ESP_ERR_NVS_NO_FREE_PAGES)");
}

Value integerValue(const Entry& header, const ItemTypeInfo& info) {
    uint64_t bits = 0;
    for (int i = 0; i < info.width; ++i) bits |= uint64_t(header.data[i]) << (8 * i);
    return Value::unsignedInteger(info.type, bits);
}

using ItemKey = std::tuple<uint8_t, std::string>;  // namespace index, key

class RecordBuilder {
public:
    RecordBuilder(Partition& out) : out_(out) {}

    void namespaces(const std::vector<RawItem>& items) {
        std::set<std::string> names;
        for (const auto& item : items) {
            if (item.header.nsIndex != 0) continue;
            std::string name = item.header.keyString();
            uint8_t index = item.header.data[0];
            std::string at = where(item.page, item.entry);
            if (item.header.type != uint8_t(ItemType::U8)) out_.problems.push_back(at + ": namespace entry that is not a u8");
            else if (index == 0 || index == 0xFF) out_.problems.push_back(at + ": namespace \"" + name + "\" has index " + std::to_string(index));
            else if (out_.namespaces.count(index)) out_.problems.push_back(at + ": namespace index " + std::to_string(index) + " is used twice");
            else if (!names.insert(name).second) out_.problems.push_back(at + ": namespace \"" + name + "\" is defined twice");
            else out_.namespaces[index] = name;
        }
    }

    void values(const std::vector<RawItem>& items) {
        for (const auto& item : items) {
            if (item.header.nsIndex == 0) continue;
            if (!out_.namespaces.count(item.header.nsIndex)) {
                out_.problems.push_back(where(item.page, item.entry) + ": item \"" + item.header.keyString() +
                                        "\" in namespace index " + std::to_string(item.header.nsIndex) + ", which has no name");
                continue;
            }
            if (item.header.type == uint8_t(ItemType::BlobData)) {
                chunks_[{item.header.nsIndex, item.header.keyString(), item.header.chunkIndex}] = &item;
                continue;
            }
            addValue(item);
        }
        for (const auto& [key, chunk] : chunks_)
            if (!claimed_.count(key))
                out_.problems.push_back(where(chunk->page, chunk->entry) + ": blob chunk of \"" + std::get<1>(key) +
                                        "\" that no blob index refers to");
        std::sort(out_.records.begin(), out_.records.end(), [](const Record& a, const Record& b) {
            return std::tie(a.nsIndex, a.key) < std::tie(b.nsIndex, b.key);
        });
    }

private:
    void addValue(const RawItem& item) {
        const Entry& header = item.header;
        const auto* info = findItemType(header.type);
        std::string at = where(item.page, item.entry);
        std::optional<Value> value;
        if (!info) {
            out_.problems.push_back(at + ": unknown item type " + base::hexNumber(header.type));
        } else if (info->width) {
            value = integerValue(header, *info);
        } else if (info->type == ItemType::String) {
            if (item.payload.empty() || item.payload.back() != 0) out_.problems.push_back(at + ": string without its NUL");
            else value = Value::string(std::string_view(reinterpret_cast<const char*>(item.payload.data()), item.payload.size() - 1));
        } else if (info->type == ItemType::Blob) {
            value = Value::blob(item.payload);
        } else if (info->type == ItemType::BlobIndex) {
            value = assembleBlob(item);
        }
        if (!value) return;
        ItemKey key{header.nsIndex, header.keyString()};
        auto seen = latest_.find(key);
        if (seen != latest_.end()) {
            out_.problems.push_back(at + ": \"" + header.keyString() + "\" is stored twice (a write cut before the old value was erased)");
            out_.records[seen->second].value = *value;  // items arrive oldest first: the later one wins
            out_.records[seen->second].page = item.page;
            out_.records[seen->second].entry = item.entry;
            return;
        }
        latest_[key] = out_.records.size();
        out_.records.push_back({out_.namespaces[header.nsIndex], header.nsIndex, header.keyString(), *value, item.page, item.entry});
    }

    std::optional<Value> assembleBlob(const RawItem& index) {
        const Entry& header = index.header;
        base::Bytes data;
        for (uint32_t n = 0; n < header.blobChunkCount(); ++n) {
            std::tuple<uint8_t, std::string, uint8_t> key{header.nsIndex, header.keyString(), uint8_t(header.blobChunkStart() + n)};
            auto chunk = chunks_.find(key);
            if (chunk == chunks_.end()) {
                out_.problems.push_back(where(index.page, index.entry) + ": blob \"" + header.keyString() + "\" lacks chunk " +
                                        std::to_string(header.blobChunkStart() + n));
                return std::nullopt;
            }
            claimed_.insert(key);
            base::append(data, chunk->second->payload);
        }
        if (data.size() != header.blobSize()) {
            out_.problems.push_back(where(index.page, index.entry) + ": blob \"" + header.keyString() + "\" chunks hold " +
                                    std::to_string(data.size()) + " bytes, its index says " + std::to_string(header.blobSize()));
            return std::nullopt;
        }
        return Value::blob(data);
    }

    Partition& out_;
    std::map<std::tuple<uint8_t, std::string, uint8_t>, const RawItem*> chunks_;
    std::set<std::tuple<uint8_t, std::string, uint8_t>> claimed_;
    std::map<ItemKey, size_t> latest_;
};

}  // namespace

const Record* Partition::find(std::string_view nsName, std::string_view key) const {
    for (const auto& record : records)
        if (record.nsName == nsName && record.key == key) return &record;
    return nullptr;
}

base::Result<Partition> readPartition(base::ByteView partition) {
    if (partition.empty() || partition.size() % kPageSize != 0)
        return base::fail("an NVS partition is a whole number of 4096-byte pages; this one is " +
                          std::to_string(partition.size()) + " bytes");
    Partition out;
    for (uint32_t i = 0; i < partition.size() / kPageSize; ++i) {
        out.pages.push_back(inspectPage(partition.subspan(i * kPageSize, kPageSize), i, out.problems));
        PYFW_TRY(checkVersion(out.pages.back()));
    }
    checkPageSet(out.pages, out.problems);
    std::vector<const PageInfo*> order;
    for (auto& page : out.pages)
        if (!page.blank && !page.corrupt) order.push_back(&page);
    std::stable_sort(order.begin(), order.end(),
                     [](const PageInfo* a, const PageInfo* b) { return a->header.sequence < b->header.sequence; });
    std::vector<RawItem> items;
    for (const PageInfo* info : order) {
        ByteView page = partition.subspan(info->index * kPageSize, kPageSize);
        auto& counts = out.pages[info->index];
        for (uint32_t i = 0; i < kEntryCount; ++i) {
            EntryState state = entryState(page, i);
            counts.written += state == EntryState::Written;
            counts.erased += state == EntryState::Erased;
            counts.empty += state == EntryState::Empty;
        }
        collectItems(page, *info, items, out.problems);
    }
    RecordBuilder builder(out);
    builder.namespaces(items);
    builder.values(items);
    return out;
}

}  // namespace pyfw::formats::nvs
