#include "port/nvs_store.h"

#include "formats/partition_table.h"
#include "port/nvs_store_state.h"

namespace pyfw::port {

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
