#include "port/fs/block_cache.h"

#include <algorithm>
#include <cstring>
#include <set>

namespace pyfw::port::fs {

BlockCache::BlockCache(FlashRegion& region, Journal* journal, size_t capacity)
    : region_(region), journal_(journal), capacity_(std::max<size_t>(capacity, 1)) {
    entries_.reserve(capacity_);
}

FsStatus BlockCache::checked(FsStatus status) {
    if (!status.ok()) failed_ = true;
    return status;
}

FsStatus BlockCache::checkRange(uint64_t offset, uint64_t length) const {
    if (offset + length > region_.size())
        return fsFail(Errno::Io, "a volume access at byte " + std::to_string(offset) + " runs past the end of the " +
                                     std::to_string(region_.size()) + "-byte partition");
    return fsOk();
}

FsStatus BlockCache::writeBack(Entry& entry) {
    if (!entry.dirty) return fsOk();
    if (journal_ && isLive(entry.block)) {
        PYFW_TRY(checked(journal_->stage(entry.block, entry.data)));
        ++counters_.journalWrites;
    } else {
        PYFW_TRY(checked(region_.writeBlock(entry.block, entry.data)));
        ++counters_.inPlaceWrites;
    }
    entry.dirty = false;
    return fsOk();
}

// The cached block, loaded unless the caller is about to overwrite all of it.
FsResult<BlockCache::Entry*> BlockCache::get(uint32_t block, bool willOverwrite) {
    if (failed_) return fsFail(Errno::Io, "the flash failed earlier; mount the volume again");
    ++clock_;
    for (auto& entry : entries_)
        if (entry.block == block) {
            entry.lastUse = clock_;
            return &entry;
        }
    Entry* slot = nullptr;
    if (entries_.size() < capacity_) {
        entries_.push_back(Entry{block, false, clock_, base::Bytes(kBlockSize)});
        slot = &entries_.back();
    } else {
        // The least recently used block, sparing live blocks with changes: writing one back costs
        // a journal slot now, and usually another when it changes again before the commit.
        auto costly = [&](const Entry& e) { return journal_ && e.dirty && isLive(e.block); };
        slot = &*std::min_element(entries_.begin(), entries_.end(), [&](const Entry& a, const Entry& b) {
            return std::make_pair(costly(a), a.lastUse) < std::make_pair(costly(b), b.lastUse);
        });
        PYFW_TRY(writeBack(*slot));
        slot->block = block;
        slot->lastUse = clock_;
    }
    FsStatus loaded = fsOk();
    if (!willOverwrite)
        loaded = journal_ && journal_->isStaged(block) ? journal_->readStaged(block, slot->data)
                                                       : region_.readBlock(block, slot->data);
    if (!loaded.ok()) {
        slot->block = UINT32_MAX;   // nothing valid is cached under any block number
        return checked(loaded).error();
    }
    return slot;
}

// Calls piece(entry, offset in the block, offset in the caller's bytes, length) for each block
// that [offset, offset + length) touches.
template <typename Piece>
FsStatus BlockCache::eachBlock(uint64_t offset, size_t length, bool overwriting, Piece piece) {
    PYFW_TRY(checkRange(offset, length));
    for (size_t done = 0; done < length;) {
        uint64_t at = offset + done;
        uint32_t within = uint32_t(at % kBlockSize);
        size_t chunk = std::min<size_t>(length - done, kBlockSize - within);
        PYFW_ASSIGN(Entry * entry, get(uint32_t(at / kBlockSize), overwriting && chunk == kBlockSize));
        piece(*entry, within, done, chunk);
        done += chunk;
    }
    return fsOk();
}

FsStatus BlockCache::read(uint64_t offset, base::MutableByteView out) {
    return eachBlock(offset, out.size(), false, [&](Entry& entry, uint32_t within, size_t at, size_t length) {
        std::memcpy(out.data() + at, entry.data.data() + within, length);
    });
}

FsStatus BlockCache::write(uint64_t offset, base::ByteView data) {
    return eachBlock(offset, data.size(), true, [&](Entry& entry, uint32_t within, size_t at, size_t length) {
        std::memcpy(entry.data.data() + within, data.data() + at, length);
        entry.dirty = true;
    });
}

FsStatus BlockCache::fill(uint64_t offset, uint64_t length, uint8_t value) {
    PYFW_TRY(checkRange(offset, length));
    base::Bytes pattern(std::min<uint64_t>(length, kBlockSize), value);
    while (length > 0) {
        size_t chunk = std::min<uint64_t>(length, kBlockSize - offset % kBlockSize);
        PYFW_TRY(write(offset, base::ByteView(pattern).first(chunk)));
        offset += chunk;
        length -= chunk;
    }
    return fsOk();
}

uint32_t BlockCache::pendingLiveBlocks() const {
    if (!journal_) return 0;
    uint32_t count = journal_->stagedCount();
    for (const auto& entry : entries_)
        if (entry.dirty && isLive(entry.block) && !journal_->isStaged(entry.block)) ++count;
    return count;
}

FsStatus BlockCache::commit() {
    if (failed_) return fsFail(Errno::Io, "the flash failed earlier; mount the volume again");
    // Every block reaches the flash (in place or staged) before the commit record is written: the
    // new state may refer to blocks written in place, and they must be there when it takes effect.
    for (auto& entry : entries_) PYFW_TRY(writeBack(entry));
    if (journal_ && journal_->stagedCount() > 0) {
        PYFW_TRY(checked(journal_->commit(region_)));
        ++counters_.commits;
    }
    return fsOk();
}

void BlockCache::discard() {
    entries_.clear();
    if (journal_) journal_->discard();
}

}  // namespace pyfw::port::fs
