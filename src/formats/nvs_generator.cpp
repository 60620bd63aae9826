#include "formats/nvs_generator.h"

namespace pyfw::formats::nvs {
namespace {

using base::fail;

// The pages being filled, in the generator's order.
class Layout {
public:
    Layout(uint32_t size, PageVersion version) : dataPagesLeft_(size / kPageSize - 1), version_(version) {}

    base::Status start() { return newPage(); }

    base::Status addNamespace(const std::string& name, uint8_t index) {
        return addInteger(0, name, Value::unsignedInteger(ItemType::U8, index));
    }

    base::Status addValue(uint8_t ns, const std::string& key, const Value& value) {
        if (value.isInteger()) return addInteger(ns, key, value);
        base::Bytes payload = value.payload();
        bool splitBlob = version_ == PageVersion::V2 && value.type == ItemType::Blob;
        if (!splitBlob) return addSinglePageItem(ns, key, value.type, payload);
        if (used_ >= kEntryCount) PYFW_TRY(newPage());
        return addChunkedBlob(ns, key, payload);
    }

    // Pads the partition with empty FULL pages and the erased reserve page.
    base::Bytes finish() {
        while (dataPagesLeft_ > 0) (void)newPage();
        markFull();
        pages_.resize(pages_.size() + kPageSize, 0xFF);
        return std::move(pages_);
    }

private:
    uint8_t* page() { return pages_.data() + pages_.size() - kPageSize; }

    void markFull() {
        if (!pages_.empty() && base::readLe32(page()) == uint32_t(PageState::Active))
            base::writeLe32(page(), uint32_t(PageState::Full));
    }

    base::Status newPage() {
        markFull();
        if (dataPagesLeft_ == 0) return fail("the partition is too small for the data in the CSV file");
        --dataPagesLeft_;
        PageHeader header;
        header.state = uint32_t(PageState::Active);
        header.sequence = sequence_++;
        header.version = uint8_t(version_);
        pages_.resize(pages_.size() + kPageSize, 0xFF);
        auto raw = header.serialize();
        std::copy(raw.begin(), raw.end(), page());
        used_ = 0;
        return base::okStatus();
    }

    // Writes `count` entries of raw bytes (the last one padded with 0xFF) and marks them written.
    void put(base::ByteView bytes, uint32_t count) {
        std::copy(bytes.begin(), bytes.end(), page() + entryOffset(used_));
        for (uint32_t i = 0; i < count; ++i) setEntryState({page(), kPageSize}, used_ + i, EntryState::Written);
        used_ += count;
    }

    Entry header(uint8_t ns, const std::string& key, ItemType type, uint8_t span) {
        Entry entry;
        entry.nsIndex = ns;
        entry.type = uint8_t(type);
        entry.span = span;
        entry.chunkIndex = kChunkAny;
        entry.setKey(key);
        entry.data.fill(0xFF);
        return entry;
    }

    base::Status addInteger(uint8_t ns, const std::string& key, const Value& value) {
        if (used_ >= kEntryCount) PYFW_TRY(newPage());
        Entry entry = header(ns, key, value.type, 1);
        entry.data = integerData(value);
        auto raw = entry.sealed().serialize();
        put(raw, 1);
        return base::okStatus();
    }

    base::Status addSinglePageItem(uint8_t ns, const std::string& key, ItemType type, const base::Bytes& payload) {
        size_t limit = version_ == PageVersion::V1 ? kMaxV1Payload : kMaxV2StringPayload;
        if (payload.size() > limit)
            return fail("\"" + key + "\" holds " + std::to_string(payload.size()) + " bytes; page format " +
                        (version_ == PageVersion::V1 ? "v1" : "v2") + " allows " + std::to_string(limit) + " for this type");
        uint32_t total = entriesFor(payload.size());
        // The generator moves on when the item would reach the page's last entry.
        if (used_ + total >= kEntryCount) PYFW_TRY(newPage());
        Entry entry = header(ns, key, type, uint8_t(total));
        entry.setVarData(payload);
        put(entry.sealed().serialize(), 1);
        put(payload, total - 1);
        return base::okStatus();
    }

    base::Status addChunkedBlob(uint8_t ns, const std::string& key, const base::Bytes& payload) {
        size_t offset = 0, remaining = payload.size();
        uint8_t chunks = 0;
        for (;;) {
            size_t tailroom = size_t(kEntryCount - used_ - 1) * kEntrySize;
            size_t chunk = std::min(tailroom, remaining);
            remaining -= chunk;
            if (chunks == 0x80) return fail("\"" + key + "\" needs more than 128 blob chunks");
            uint32_t dataEntries = uint32_t((chunk + kEntrySize - 1) / kEntrySize);
            Entry entry = header(ns, key, ItemType::BlobData, uint8_t(dataEntries + 1));
            entry.chunkIndex = uint8_t(kChunkStartVersion0 + chunks);
            base::ByteView data(payload.data() + offset, chunk);
            entry.setVarData(data);
            put(entry.sealed().serialize(), 1);
            put(data, dataEntries);
            ++chunks;
            if (remaining > 0 || tailroom - chunk < kEntrySize) PYFW_TRY(newPage());
            offset += chunk;
            if (remaining == 0) break;
        }
        Entry index = header(ns, key, ItemType::BlobIndex, 1);
        index.setBlobIndex(uint32_t(payload.size()), chunks, kChunkStartVersion0);
        put(index.sealed().serialize(), 1);
        return base::okStatus();
    }

    base::Bytes pages_;
    uint32_t dataPagesLeft_;
    PageVersion version_;
    uint32_t sequence_ = 0;
    uint32_t used_ = 0;  // entries used in the current page
};

}  // namespace

base::Result<base::Bytes> generatePartition(const std::vector<CsvItem>& items, uint32_t size, PageVersion version) {
    if (size % kPageSize != 0) return fail("the NVS partition size " + base::hexNumber(size) + " is not a multiple of 4096");
    if (size < kMinPartitionSize) return fail("an NVS partition needs at least 0x3000 bytes (three pages)");
    Layout layout(size, version);
    PYFW_TRY(layout.start());
    uint8_t ns = 0;
    for (const auto& item : items) {
        if (item.isNamespace) {
            if (ns == kMaxNamespaces) return fail("more than 254 namespaces");
            PYFW_TRY(layout.addNamespace(item.key, ++ns));
            continue;
        }
        if (ns == 0) return fail("\"" + item.key + "\" comes before the first namespace");
        PYFW_TRY(checkKey(item.key));
        PYFW_TRY(layout.addValue(ns, item.key, item.value));
    }
    return layout.finish();
}

}  // namespace pyfw::formats::nvs
