// The 4 KiB block cache between the FAT code (which works in bytes of its 512-byte sectors) and the
// flash (which erases 4 KiB at a time), as Pycom's sflash_diskio has, with the journal's rule for
// writing a block back:
//   - a block that holds no sector of the last committed state ("not live": free clusters only) is
//     written in place at once; the committed state does not depend on its bytes;
//   - a live block goes to the journal, and reaches its place only through a commit.
// Without a journal every block is written in place (Pycom's behaviour).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "base/bytes.h"
#include "port/fs/errors.h"
#include "port/fs/flash_region.h"
#include "port/fs/journal.h"

namespace pyfw::port::fs {

class BlockCache {
public:
    BlockCache(FlashRegion& region, Journal* journal, size_t capacity);

    // Bytes at a byte offset of the FAT region, through the cache (and the journal's staged images).
    FsStatus read(uint64_t offset, base::MutableByteView out);
    FsStatus write(uint64_t offset, base::ByteView data);
    FsStatus fill(uint64_t offset, uint64_t length, uint8_t value);

    // Which blocks the last committed state uses (one flag per block of the region).
    void setLive(std::vector<bool> live) { live_ = std::move(live); }
    bool isLive(uint32_t block) const { return block < live_.size() && live_[block]; }
    // Distinct live blocks changed since the last commit (dirty in the cache or staged).
    uint32_t pendingLiveBlocks() const;
    bool journaled() const { return journal_ != nullptr; }

    // Writes every dirty block back and commits the journal: afterwards the region holds the state
    // the cache shows.
    FsStatus commit();
    // Forgets every change since the last commit (cached blocks and staged images).
    void discard();
    // A flash operation failed (a power cut): the cache no longer knows what the flash holds.
    bool failed() const { return failed_; }

    struct Counters {
        uint64_t inPlaceWrites = 0;   // blocks written straight to their place
        uint64_t journalWrites = 0;   // blocks staged in the journal
        uint64_t commits = 0;         // journal commits that copied at least one block
    };
    const Counters& counters() const { return counters_; }

private:
    struct Entry {
        uint32_t block = 0;
        bool dirty = false;
        uint64_t lastUse = 0;
        base::Bytes data;
    };
    FsResult<Entry*> get(uint32_t block, bool willOverwrite);
    template <typename Piece>
    FsStatus eachBlock(uint64_t offset, size_t length, bool overwriting, Piece piece);
    FsStatus writeBack(Entry& entry);
    FsStatus checked(FsStatus status);
    FsStatus checkRange(uint64_t offset, uint64_t length) const;

    FlashRegion& region_;
    Journal* journal_;
    size_t capacity_;
    std::vector<Entry> entries_;
    std::vector<bool> live_;
    uint64_t clock_ = 0;
    bool failed_ = false;
    Counters counters_;
};

}  // namespace pyfw::port::fs
