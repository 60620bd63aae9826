#include "port/fs/fat_table.h"

#include <algorithm>

namespace pyfw::port::fs {

FsResult<FatTable> FatTable::load(BlockCache& cache, const Geometry& geometry) {
    FatTable table(cache, geometry);
    uint32_t entries = geometry.maxCluster() + 1;
    base::Bytes raw(geometry.fatBytes());
    PYFW_TRY(cache.read(geometry.fatOffset(0), raw));
    table.current_.resize(entries);
    for (uint32_t n = 0; n < entries; ++n) {
        if (geometry.type == FatType::Fat16) {
            table.current_[n] = base::readLe16(&raw[n * 2]);
        } else {
            uint32_t pair = base::readLe16(&raw[n * 3 / 2]);
            table.current_[n] = n % 2 == 0 ? pair & 0xFFF : pair >> 4;
        }
    }
    table.markCommitted();
    return table;
}

FsStatus FatTable::set(uint32_t cluster, uint32_t value) {
    value &= geometry_.type == FatType::Fat12 ? 0xFFF : 0xFFFF;
    for (uint32_t copy = 0; copy < geometry_.fatCount; ++copy) {
        uint64_t base = geometry_.fatOffset(copy);
        if (geometry_.type == FatType::Fat16) {
            uint8_t bytes[2];
            base::writeLe16(bytes, uint16_t(value));
            PYFW_TRY(cache_->write(base + cluster * 2ull, bytes));
        } else {
            // Two FAT12 entries share a byte: read the pair, change this entry's 12 bits.
            uint64_t at = base + cluster * 3ull / 2;
            uint8_t bytes[2];
            PYFW_TRY(cache_->read(at, bytes));
            uint32_t pair = base::readLe16(bytes);
            pair = cluster % 2 == 0 ? (pair & 0xF000) | (value & 0xFFF) : (pair & 0x000F) | ((value & 0xFFF) << 4);
            base::writeLe16(bytes, uint16_t(pair));
            PYFW_TRY(cache_->write(at, bytes));
        }
    }
    if (current_[cluster] == 0 && value != 0) --freeCount_;
    if (current_[cluster] != 0 && value == 0) ++freeCount_;
    current_[cluster] = value;
    return fsOk();
}

bool FatTable::blockFree(uint32_t cluster) const {
    uint64_t first = geometry_.clusterOffset(cluster) / kBlockSize;
    uint64_t last = (geometry_.clusterOffset(cluster) + geometry_.clusterBytes() - 1) / kBlockSize;
    for (uint64_t block = first; block <= last; ++block)
        if (block < committedBlocks_.size() && committedBlocks_[block]) return false;
    return true;
}

FsResult<uint32_t> FatTable::allocate(uint32_t after) {
    if (freeCount_ == 0) return fsFail(Errno::NoSpace, "the volume is full");
    uint32_t count = geometry_.clusterCount;
    uint32_t start = isData(after) ? after + 1 : 2;
    auto scan = [&](bool wantFreeBlock) -> uint32_t {
        for (uint32_t i = 0; i < count; ++i) {
            uint32_t c = 2 + (start - 2 + i) % count;
            if (current_[c] == 0 && (!wantFreeBlock || blockFree(c))) return c;
        }
        return 0;
    };
    uint32_t found = scan(true);
    if (found == 0) found = scan(false);
    if (found == 0) return fsFail(Errno::NoSpace, "the volume is full");
    PYFW_TRY(set(found, endOfChain()));
    return found;
}

FsResult<std::vector<uint32_t>> FatTable::chain(uint32_t first) const {
    std::vector<uint32_t> clusters;
    uint32_t cluster = first;
    while (true) {
        if (!isData(cluster))
            return fsFail(Errno::Io, "a cluster chain reaches cluster " + std::to_string(cluster) +
                                         ", outside the volume (the volume is damaged)");
        if (clusters.size() >= geometry_.clusterCount)
            return fsFail(Errno::Io, "a cluster chain loops (the volume is damaged)");
        clusters.push_back(cluster);
        uint32_t next = current_[cluster];
        if (isEndOfChain(next)) return clusters;
        cluster = next;
    }
}

FsStatus FatTable::freeChain(uint32_t first) {
    PYFW_ASSIGN(auto clusters, chain(first));
    for (uint32_t cluster : clusters) PYFW_TRY(set(cluster, 0));
    return fsOk();
}

void FatTable::countFree() {
    freeCount_ = uint32_t(std::count(current_.begin() + 2, current_.end(), 0u));
}

void FatTable::markCommitted() {
    committed_ = current_;
    countFree();
    uint32_t blocks = uint32_t((geometry_.volumeBytes() + kBlockSize - 1) / kBlockSize);
    committedBlocks_ = liveBlocks(blocks);
}

void FatTable::rollback() {
    current_ = committed_;
    countFree();
}

std::vector<bool> FatTable::liveBlocks(uint32_t regionBlocks) const {
    std::vector<bool> live(regionBlocks, false);
    auto markBytes = [&](uint64_t offset, uint64_t length) {
        if (length == 0) return;
        for (uint64_t b = offset / kBlockSize; b <= (offset + length - 1) / kBlockSize && b < regionBlocks; ++b)
            live[b] = true;
    };
    markBytes(0, geometry_.dataOffset());   // boot sector, FATs, root directory
    for (uint32_t c = 2; c <= geometry_.maxCluster(); ++c)
        if (committed_[c] != 0) markBytes(geometry_.clusterOffset(c), geometry_.clusterBytes());
    return live;
}

}  // namespace pyfw::port::fs
