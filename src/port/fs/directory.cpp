#include "port/fs/directory.h"

#include <algorithm>
#include <cstring>

#include "port/fs/fat_name.h"

namespace pyfw::port::fs {
namespace {

constexpr uint32_t kMaxDirectoryEntries = 65536;   // FAT's limit on one directory
constexpr uint32_t kCharsPerLongEntry = 13;
constexpr uint8_t kLastLongEntry = 0x40;
constexpr uint8_t kLongEntryCharOffsets[kCharsPerLongEntry] = {1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30};

bool isFree(const uint8_t* entry) { return entry[0] == 0x00 || entry[0] == kDeletedMark; }

// Collects the long name spread over a run of long-name entries, checking order and checksum.
struct LongNameRun {
    bool active = false;
    uint32_t firstIndex = 0;
    uint8_t expected = 0;   // sequence number of the next entry
    uint8_t checksum = 0;
    std::u16string units;

    void reset() { active = false; }
    void take(const uint8_t* entry, uint32_t index) {
        uint8_t order = entry[0] & 0x3F;
        if (entry[0] & kLastLongEntry) {
            if (order == 0 || order > 20) return reset();
            active = true;
            firstIndex = index;
            checksum = entry[13];
            units.assign(size_t(order) * kCharsPerLongEntry, u'\0');
        } else if (!active || order != expected || entry[13] != checksum) {
            return reset();
        }
        expected = uint8_t(order - 1);
        for (uint32_t k = 0; k < kCharsPerLongEntry; ++k)
            units[(order - 1) * kCharsPerLongEntry + k] = char16_t(base::readLe16(entry + kLongEntryCharOffsets[k]));
    }
    // The name, when the run is complete and belongs to `shortName`.
    std::optional<std::string> finish(const std::array<uint8_t, 11>& shortName) {
        if (!active || expected != 0 || checksum != longNameChecksum(shortName)) return std::nullopt;
        size_t end = units.find(u'\0');
        if (end != std::u16string::npos) units.resize(end);
        if (units.empty()) return std::nullopt;
        return utf16ToUtf8(units);
    }
};

std::vector<DirItem> scanItems(base::ByteView raw) {
    std::vector<DirItem> items;
    LongNameRun run;
    uint32_t count = uint32_t(raw.size() / kDirEntrySize);
    for (uint32_t i = 0; i < count; ++i) {
        const uint8_t* entry = raw.data() + size_t(i) * kDirEntrySize;
        if (entry[0] == 0x00) break;
        if (entry[0] == kDeletedMark) {
            run.reset();
            continue;
        }
        if ((entry[11] & 0x3F) == kAttrLongName) {
            run.take(entry, i);
            continue;
        }
        auto record = DirEntryRecord::decode(entry);
        if ((record.attr & kAttrVolumeLabel) || entry[0] == '.') {
            run.reset();
            continue;
        }
        auto longName = run.finish(record.shortName);
        DirItem item;
        item.name = longName ? *longName : displayShortName(record.shortName, record.caseFlags);
        item.entry = record;
        item.index = i;
        item.firstIndex = longName ? run.firstIndex : i;
        items.push_back(std::move(item));
        run.reset();
    }
    return items;
}

void encodeLongEntry(uint8_t* entry, const std::u16string& units, uint32_t order, bool last, uint8_t checksum) {
    std::memset(entry, 0, kDirEntrySize);
    entry[0] = uint8_t(order | (last ? kLastLongEntry : 0));
    entry[11] = kAttrLongName;
    entry[13] = checksum;
    for (uint32_t k = 0; k < kCharsPerLongEntry; ++k) {
        size_t at = (order - 1) * kCharsPerLongEntry + k;
        // After the name: one 0x0000, then 0xFFFF padding.
        uint16_t unit = at < units.size() ? units[at] : at == units.size() ? 0x0000 : 0xFFFF;
        base::writeLe16(entry + kLongEntryCharOffsets[k], unit);
    }
}

}  // namespace

DirEntryRecord DirEntryRecord::decode(const uint8_t* b) {
    DirEntryRecord r;
    std::memcpy(r.shortName.data(), b, 11);
    r.attr = b[11];
    r.caseFlags = b[12];
    r.createTenths = b[13];
    r.createTime = base::readLe16(b + 14);
    r.createDate = base::readLe16(b + 16);
    r.accessDate = base::readLe16(b + 18);
    r.writeTime = base::readLe16(b + 22);
    r.writeDate = base::readLe16(b + 24);
    r.firstCluster = base::readLe16(b + 26);   // the high half (offset 20) is FAT32's
    r.size = base::readLe32(b + 28);
    return r;
}

void DirEntryRecord::encode(uint8_t* b) const {
    std::memcpy(b, shortName.data(), 11);
    b[11] = attr;
    b[12] = caseFlags;
    b[13] = createTenths;
    base::writeLe16(b + 14, createTime);
    base::writeLe16(b + 16, createDate);
    base::writeLe16(b + 18, accessDate);
    base::writeLe16(b + 20, 0);
    base::writeLe16(b + 22, writeTime);
    base::writeLe16(b + 24, writeDate);
    base::writeLe16(b + 26, uint16_t(firstCluster));
    base::writeLe32(b + 28, size);
}

FsStatus Directory::loadLayout() {
    if (loaded_ || firstCluster_ == 0) return fsOk();
    PYFW_ASSIGN(clusters_, fat_.chain(firstCluster_));
    loaded_ = true;
    return fsOk();
}

FsResult<uint64_t> Directory::entryOffset(uint32_t index) {
    PYFW_TRY(loadLayout());
    if (firstCluster_ == 0) {
        if (index >= geometry_.rootEntries) return fsFail(Errno::Io, "a root directory entry past its end");
        return geometry_.rootOffset() + uint64_t(index) * kDirEntrySize;
    }
    uint32_t perCluster = geometry_.clusterBytes() / kDirEntrySize;
    if (index / perCluster >= clusters_.size()) return fsFail(Errno::Io, "a directory entry past the directory's end");
    return geometry_.clusterOffset(clusters_[index / perCluster]) + uint64_t(index % perCluster) * kDirEntrySize;
}

FsResult<base::Bytes> Directory::readAll() {
    PYFW_TRY(loadLayout());
    if (firstCluster_ == 0) {
        base::Bytes raw(size_t(geometry_.rootEntries) * kDirEntrySize);
        PYFW_TRY(cache_.read(geometry_.rootOffset(), raw));
        return raw;
    }
    base::Bytes raw(clusters_.size() * geometry_.clusterBytes());
    for (size_t i = 0; i < clusters_.size(); ++i)
        PYFW_TRY(cache_.read(geometry_.clusterOffset(clusters_[i]),
                           base::MutableByteView(raw).subspan(i * geometry_.clusterBytes(), geometry_.clusterBytes())));
    return raw;
}

FsResult<std::vector<DirItem>> Directory::items() {
    PYFW_ASSIGN(auto raw, readAll());
    return scanItems(raw);
}

FsResult<std::optional<DirItem>> Directory::find(std::string_view name) {
    PYFW_ASSIGN(auto all, items());
    for (auto& item : all)
        if (sameName(item.name, name) || sameName(displayShortName(item.entry.shortName, 0), name))
            return std::optional<DirItem>(std::move(item));
    return std::optional<DirItem>();
}

FsResult<DirEntryRecord> Directory::entryAt(uint32_t index) {
    PYFW_ASSIGN(uint64_t offset, entryOffset(index));
    uint8_t bytes[kDirEntrySize];
    PYFW_TRY(cache_.read(offset, bytes));
    return DirEntryRecord::decode(bytes);
}

FsStatus Directory::update(uint32_t index, const DirEntryRecord& record) {
    PYFW_ASSIGN(uint64_t offset, entryOffset(index));
    uint8_t bytes[kDirEntrySize];
    record.encode(bytes);
    return cache_.write(offset, bytes);
}

FsStatus Directory::erase(const DirItem& item) {
    const uint8_t mark = kDeletedMark;
    for (uint32_t i = item.firstIndex; i <= item.index; ++i) {
        PYFW_ASSIGN(uint64_t offset, entryOffset(i));
        PYFW_TRY(cache_.write(offset, base::ByteView(&mark, 1)));
    }
    return fsOk();
}

// A short name for `name` that no other entry has: the name itself when it is a valid 8.3 name in
// one case per part, else its basis, with "~n" when the basis is lossy or taken.
FsResult<std::array<uint8_t, 11>> Directory::uniqueShortName(std::string_view name, const std::vector<DirItem>& existing,
                                                              uint8_t& caseFlags, bool& needsLongName) {
    auto taken = [&](const std::array<uint8_t, 11>& candidate) {
        return std::any_of(existing.begin(), existing.end(),
                           [&](const DirItem& item) { return item.entry.shortName == candidate; });
    };
    if (auto exact = exactShortName(name); exact && !taken(exact->bytes)) {
        caseFlags = exact->caseFlags;
        needsLongName = false;
        return exact->bytes;
    }
    caseFlags = 0;
    needsLongName = true;
    bool lossy = false;
    ShortName basis = shortNameBasis(name, lossy);
    if (!lossy && !taken(basis.bytes)) return basis.bytes;
    for (uint32_t n = 1; n <= 999999; ++n) {
        ShortName candidate = withNumericTail(basis, n);
        if (!taken(candidate.bytes)) return candidate.bytes;
    }
    return fsFail(Errno::NoSpace, "no free short name is left for \"" + std::string(name) + "\"");
}

FsStatus Directory::grow() {
    uint32_t perCluster = geometry_.clusterBytes() / kDirEntrySize;
    if ((clusters_.size() + 1) * perCluster > kMaxDirectoryEntries)
        return fsFail(Errno::NoSpace, "a directory holds at most 65536 entries");
    PYFW_ASSIGN(uint32_t cluster, fat_.allocate(clusters_.back()));
    PYFW_TRY(cache_.fill(geometry_.clusterOffset(cluster), geometry_.clusterBytes(), 0));
    PYFW_TRY(fat_.set(clusters_.back(), cluster));
    clusters_.push_back(cluster);
    return fsOk();
}

// The index of the first run of `count` free entries, growing a subdirectory when it has none.
FsResult<uint32_t> Directory::reserveRun(uint32_t count) {
    while (true) {
        PYFW_ASSIGN(auto raw, readAll());
        uint32_t capacity = uint32_t(raw.size() / kDirEntrySize), run = 0;
        for (uint32_t i = 0; i < capacity; ++i) {
            const uint8_t* entry = raw.data() + size_t(i) * kDirEntrySize;
            if (entry[0] == 0x00) {   // the end: everything after it is free
                if (capacity - i + run >= count) return i - run;
                break;
            }
            run = isFree(entry) ? run + 1 : 0;
            if (run == count) return i + 1 - count;
        }
        if (firstCluster_ == 0)
            return fsFail(Errno::NoSpace, "the root directory is full (" + std::to_string(geometry_.rootEntries) + " entries)");
        PYFW_TRY(grow());
    }
}

FsResult<DirItem> Directory::add(std::string_view name, DirEntryRecord record) {
    PYFW_ASSIGN(auto existing, items());
    bool needsLongName = false;
    PYFW_ASSIGN(record.shortName, uniqueShortName(name, existing, record.caseFlags, needsLongName));
    std::u16string units = needsLongName ? utf8ToUtf16(name) : std::u16string();
    uint32_t longEntries = uint32_t((units.size() + kCharsPerLongEntry - 1) / kCharsPerLongEntry);
    PYFW_ASSIGN(uint32_t first, reserveRun(longEntries + 1));
    uint8_t checksum = longNameChecksum(record.shortName);
    uint8_t bytes[kDirEntrySize];
    for (uint32_t k = 0; k < longEntries; ++k) {
        uint32_t order = longEntries - k;   // the last part of the name comes first
        encodeLongEntry(bytes, units, order, k == 0, checksum);
        PYFW_ASSIGN(uint64_t offset, entryOffset(first + k));
        PYFW_TRY(cache_.write(offset, bytes));
    }
    PYFW_TRY(update(first + longEntries, record));
    DirItem item;
    item.name = std::string(name);
    item.entry = record;
    item.index = first + longEntries;
    item.firstIndex = first;
    return item;
}

FsStatus Directory::initialize(BlockCache& cache, const Geometry& geometry, uint32_t cluster, uint32_t parentCluster,
                               const DirEntryRecord& stamp) {
    uint64_t offset = geometry.clusterOffset(cluster);
    PYFW_TRY(cache.fill(offset, geometry.clusterBytes(), 0));
    DirEntryRecord dot = stamp;
    dot.attr = kAttrDirectory;
    dot.caseFlags = 0;
    dot.size = 0;
    dot.shortName.fill(' ');
    dot.shortName[0] = '.';
    dot.firstCluster = cluster;
    uint8_t bytes[kDirEntrySize];
    dot.encode(bytes);
    PYFW_TRY(cache.write(offset, bytes));
    dot.shortName[1] = '.';
    dot.firstCluster = parentCluster;
    dot.encode(bytes);
    return cache.write(offset + kDirEntrySize, bytes);
}

}  // namespace pyfw::port::fs
