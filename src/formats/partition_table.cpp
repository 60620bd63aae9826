#include "formats/partition_table.h"

#include <algorithm>
#include <cstdio>

#include "crypto/hash.h"

namespace pyfw::formats {

namespace {

constexpr uint8_t kEntryMagic[2] = {0xAA, 0x50};
constexpr uint8_t kMd5Magic[2] = {0xEB, 0xEB};
constexpr uint32_t kEncryptedFlag = 1;

base::Status verifyEntry(const Partition& p) {
    if (p.label.size() > 16) return base::fail("partition " + p.label + " invalid: the name is longer than 16 bytes");
    uint32_t align = p.type == uint8_t(PartitionType::App) ? 0x10000 : 4;
    if (p.offset % align != 0)
        return base::fail("partition " + p.label + " invalid: offset " + base::hexNumber(p.offset) + " is not aligned to " + base::hexNumber(align));
    if (uint64_t(p.offset) + p.size > 0x100000000ull)
        return base::fail("partition " + p.label + " invalid: it ends beyond the 4 GiB address space");
    return base::okStatus();
}

}  // namespace

const Partition* PartitionTable::find(const std::string& label) const {
    for (const auto& entry : entries)
        if (entry.label == label) return &entry;
    return nullptr;
}

base::Status verifyPartitionTable(const PartitionTable& table, std::optional<uint32_t> flashSize, uint32_t firstOffset) {
    for (const auto& entry : table.entries) PYFW_TRY(verifyEntry(entry));
    std::vector<const Partition*> sorted;
    for (const auto& entry : table.entries) sorted.push_back(&entry);
    std::stable_sort(sorted.begin(), sorted.end(), [](auto a, auto b) { return a->offset < b->offset; });
    const Partition* last = nullptr;
    for (const Partition* p : sorted) {
        if (p->offset < firstOffset)
            return base::fail("partition " + p->label + " at offset " + base::hexNumber(p->offset) + " is below " + base::hexNumber(firstOffset));
        if (last && p->offset < uint64_t(last->offset) + last->size)
            return base::fail("partition " + p->label + " at " + base::hexNumber(p->offset) + " overlaps " + last->label + " (" +
                              base::hexNumber(last->offset) + "-" + base::hexNumber(last->offset + last->size - 1) + ")");
        if (flashSize && uint64_t(p->offset) + p->size > *flashSize)
            return base::fail("partition " + p->label + " ends at " + base::hexNumber(p->offset + p->size) +
                              ", beyond the flash size " + base::hexNumber(*flashSize));
        last = p;
    }
    return base::okStatus();
}

base::Result<base::Bytes> serializePartitionTable(const PartitionTable& table, bool withMd5) {
    base::Bytes out;
    for (const auto& p : table.entries) {
        if (p.label.size() > 16) return base::fail("partition name '" + p.label + "' is longer than 16 bytes");
        out.insert(out.end(), std::begin(kEntryMagic), std::end(kEntryMagic));
        out.push_back(p.type);
        out.push_back(p.subtype);
        base::appendLe32(out, p.offset);
        base::appendLe32(out, p.size);
        base::Bytes label(16, 0);
        std::copy(p.label.begin(), p.label.end(), label.begin());
        base::append(out, label);
        base::appendLe32(out, p.encrypted ? kEncryptedFlag : 0);
    }
    if (withMd5) {
        auto digest = crypto::md5(out);
        out.insert(out.end(), std::begin(kMd5Magic), std::end(kMd5Magic));
        out.insert(out.end(), 14, 0xFF);
        base::append(out, digest);
    }
    if (out.size() >= kPartitionTableSize)
        return base::fail("the partition table takes " + std::to_string(out.size()) + " bytes, more than fits in " +
                          std::to_string(kPartitionTableSize) + " with its end marker");
    out.resize(kPartitionTableSize, 0xFF);
    return out;
}

base::Result<PartitionTable> parsePartitionTable(base::ByteView bytes) {
    PartitionTable table;
    size_t limit = std::min(bytes.size(), kPartitionTableSize);
    for (size_t o = 0; o < limit; o += kPartitionEntrySize) {
        if (limit - o < kPartitionEntrySize)
            return base::fail("the partition table ends inside entry " + std::to_string(o / kPartitionEntrySize));
        base::ByteView e = bytes.subspan(o, kPartitionEntrySize);
        if (std::all_of(e.begin(), e.end(), [](uint8_t b) { return b == 0xFF; })) return table;
        if (e[0] == kMd5Magic[0] && e[1] == kMd5Magic[1]) {
            auto digest = crypto::md5(bytes.first(o));
            if (!std::equal(digest.begin(), digest.end(), e.begin() + 16))
                return base::fail("the partition table's MD5 entry does not match its entries");
            table.hasMd5 = true;
            continue;
        }
        if (e[0] != kEntryMagic[0] || e[1] != kEntryMagic[1])
            return base::fail("partition entry " + std::to_string(o / kPartitionEntrySize) + " has magic " +
                              base::toHex(e.first(2)) + ", not aa50");
        if (table.hasMd5) return base::fail("a partition entry follows the MD5 entry");
        Partition p;
        p.type = e[2];
        p.subtype = e[3];
        p.offset = base::readLe32(e.data() + 4);
        p.size = base::readLe32(e.data() + 8);
        auto label = e.subspan(12, 16);
        p.label.assign(label.begin(), std::find(label.begin(), label.end(), 0));
        p.encrypted = base::readLe32(e.data() + 28) & kEncryptedFlag;
        table.entries.push_back(std::move(p));
    }
    return base::fail("the partition table has no end-of-table marker");
}

}  // namespace pyfw::formats
