// Directories of a FAT volume: the fixed root directory or a cluster chain of 32-byte entries.
// Lists them with their long (VFAT) names, finds a name, adds an entry with the long-name entries
// and the unique short name it needs (growing a directory by a cluster when it is full), erases
// and rewrites entries. Every change goes through the block cache.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "port/fs/block_cache.h"
#include "port/fs/errors.h"
#include "port/fs/fat_geometry.h"
#include "port/fs/fat_table.h"

namespace pyfw::port::fs {

inline constexpr uint8_t kAttrReadOnly = 0x01;
inline constexpr uint8_t kAttrVolumeLabel = 0x08;
inline constexpr uint8_t kAttrDirectory = 0x10;
inline constexpr uint8_t kAttrArchive = 0x20;
inline constexpr uint8_t kAttrLongName = 0x0F;
inline constexpr uint8_t kDeletedMark = 0xE5;

// One short (8.3) directory entry, decoded.
struct DirEntryRecord {
    std::array<uint8_t, 11> shortName{};
    uint8_t attr = 0;
    uint8_t caseFlags = 0;
    uint8_t createTenths = 0;
    uint16_t createTime = 0, createDate = 0, accessDate = 0, writeTime = 0, writeDate = 0;
    uint32_t firstCluster = 0;
    uint32_t size = 0;

    bool isDirectory() const { return attr & kAttrDirectory; }
    static DirEntryRecord decode(const uint8_t* bytes);
    void encode(uint8_t* bytes) const;
};

struct DirItem {
    std::string name;        // the long name, or the short name as it reads
    DirEntryRecord entry;
    uint32_t index = 0;       // of the short entry in its directory
    uint32_t firstIndex = 0;  // of its first long-name entry (== index without one)
};

class Directory {
public:
    // firstCluster 0 is the root directory.
    Directory(BlockCache& cache, FatTable& fat, const Geometry& geometry, uint32_t firstCluster)
        : cache_(cache), fat_(fat), geometry_(geometry), firstCluster_(firstCluster) {}

    uint32_t firstCluster() const { return firstCluster_; }

    // Every file and subdirectory, in entry order ("." and "..", labels and deleted entries skipped).
    FsResult<std::vector<DirItem>> items();
    // The entry whose long or short name is `name` (ignoring ASCII case).
    FsResult<std::optional<DirItem>> find(std::string_view name);
    // Adds `name` (normalised by the caller) with `record`'s attributes, cluster, size and times;
    // the short name is chosen here. ENOSPC when the directory cannot grow.
    FsResult<DirItem> add(std::string_view name, DirEntryRecord record);
    // Marks the item's entries deleted.
    FsStatus erase(const DirItem& item);
    // Rewrites the short entry at `index`.
    FsStatus update(uint32_t index, const DirEntryRecord& record);
    FsResult<DirEntryRecord> entryAt(uint32_t index);

    // Fills a new directory's cluster: zeros, then "." (itself) and ".." (its parent, 0 = root).
    static FsStatus initialize(BlockCache& cache, const Geometry& geometry, uint32_t cluster, uint32_t parentCluster,
                               const DirEntryRecord& stamp);

private:
    FsStatus loadLayout();
    FsResult<uint64_t> entryOffset(uint32_t index);
    FsResult<base::Bytes> readAll();
    FsResult<std::array<uint8_t, 11>> uniqueShortName(std::string_view name, const std::vector<DirItem>& existing,
                                                      uint8_t& caseFlags, bool& needsLongName);
    FsResult<uint32_t> reserveRun(uint32_t count);
    FsStatus grow();

    BlockCache& cache_;
    FatTable& fat_;
    const Geometry& geometry_;
    uint32_t firstCluster_;
    std::vector<uint32_t> clusters_;   // the chain of a subdirectory, once loaded
    bool loaded_ = false;
};

}  // namespace pyfw::port::fs
