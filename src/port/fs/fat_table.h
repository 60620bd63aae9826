// The file allocation table: a decoded copy in memory (for quick chain walks and free-cluster
// searches), written through the block cache into every FAT copy on each change. It also keeps the
// table as of the last commit, from which it knows which flash blocks the committed state uses.
#pragma once

#include <cstdint>
#include <vector>

#include "port/fs/block_cache.h"
#include "port/fs/errors.h"
#include "port/fs/fat_geometry.h"

namespace pyfw::port::fs {

class FatTable {
public:
    // Reads the first FAT copy.
    static FsResult<FatTable> load(BlockCache& cache, const Geometry& geometry);

    uint32_t get(uint32_t cluster) const { return current_[cluster]; }
    // Sets one entry in every FAT copy.
    FsStatus set(uint32_t cluster, uint32_t value);

    bool isData(uint32_t value) const { return value >= 2 && value <= geometry_.maxCluster(); }
    bool isEndOfChain(uint32_t value) const { return value >= endThreshold(); }
    uint32_t endOfChain() const { return geometry_.type == FatType::Fat12 ? 0xFFF : 0xFFFF; }
    uint32_t freeCount() const { return freeCount_; }

    // A free cluster, marked end-of-chain; ENOSPC when there is none. Prefers clusters in blocks the
    // committed state does not use, which can be written in place without the journal.
    FsResult<uint32_t> allocate(uint32_t after);
    // The clusters of a chain; EIO when it leaves the volume, loops or reaches a free cluster.
    FsResult<std::vector<uint32_t>> chain(uint32_t first) const;
    FsStatus freeChain(uint32_t first);

    // The current table becomes the committed one / returns to the committed one.
    void markCommitted();
    void rollback();
    // One flag per flash block of the volume's region: used by the committed state.
    std::vector<bool> liveBlocks(uint32_t regionBlocks) const;
    const std::vector<bool>& committedBlocks() const { return committedBlocks_; }

    const std::vector<uint32_t>& entries() const { return current_; }

private:
    FatTable(BlockCache& cache, const Geometry& geometry) : cache_(&cache), geometry_(geometry) {}
    uint32_t endThreshold() const { return geometry_.type == FatType::Fat12 ? 0xFF8 : 0xFFF8; }
    bool blockFree(uint32_t cluster) const;
    void countFree();

    BlockCache* cache_;
    Geometry geometry_;
    std::vector<uint32_t> current_;
    std::vector<uint32_t> committed_;
    std::vector<bool> committedBlocks_;   // flash blocks the committed state uses
    uint32_t freeCount_ = 0;
};

}  // namespace pyfw::port::fs
