// The write-ahead journal that makes every change of the FAT volume atomic across power cuts. It
// lives in its own flash region (the Pycom layout's unused `dummy` partition, data/7, 64 KiB), so
// the FAT volume keeps Pycom's exact size and place.
//
// Region layout: block 0 holds the commit record, blocks 1..N-1 are slots, each holding the new
// image of one 4 KiB block of the FAT region. A transaction stages block images into slots, then
// programs the commit record (the one write that decides), copies every slot over its target in
// place, erases the record, then the slots. Mounting finds a valid record and copies the slots
// again (the copy is idempotent), or finds a torn one and erases it; either way the FAT region then
// holds exactly one committed state, and the journal is left erased. Design: README.md.
//
// Commit record (little-endian): "PYFWJRNL", u32 version (1), u32 sequence, u32 FAT region offset,
// u32 FAT region blocks, u32 count, count x {u32 target block, u32 slot, u32 CRC-32 of the image},
// u32 CRC-32 of everything before it. The rest of the block is 0xFF.
#pragma once

#include <cstdint>
#include <map>

#include "base/bytes.h"
#include "port/fs/errors.h"
#include "port/fs/flash_region.h"

namespace pyfw::port::fs {

struct JournalRecovery {
    uint32_t replayedBlocks = 0;   // blocks copied from a committed transaction
    bool clearedTornRecord = false; // an incomplete commit record was erased
};

class Journal {
public:
    // `fs` is the FAT region this journal protects; the record names it so that a journal is
    // never replayed onto another region.
    Journal(FlashRegion region, const FlashRegion& fs);

    // Blocks one transaction can hold.
    uint32_t capacity() const { return region_.blockCount() - 1; }
    uint32_t stagedCount() const { return uint32_t(staged_.size()); }
    bool isStaged(uint32_t target) const { return staged_.count(target) != 0; }

    // At mount, before anything reads the FAT region: finishes a committed transaction, clears a
    // torn one, and leaves the whole journal erased.
    FsResult<JournalRecovery> recover(FlashRegion& fs);
    // Writes the new image of FAT block `target` into its slot (a new slot, or the one it had).
    FsStatus stage(uint32_t target, base::ByteView image);
    // The staged image of `target`.
    FsStatus readStaged(uint32_t target, base::MutableByteView out) const;
    // Makes the staged images the FAT region's state: record, copy in place, erase the record and
    // the slots.
    FsStatus commit(FlashRegion& fs);
    // Forgets the staged images (they never become part of the volume).
    void discard() { staged_.clear(); }
    // Erases the whole journal (formatting starts over from an empty one).
    FsStatus reset();

private:
    struct Slot {
        uint32_t index;
        uint32_t crc;
    };
    base::Bytes encodeRecord() const;
    FsStatus eraseSlots();
    FsStatus replay(FlashRegion& fs, const std::map<uint32_t, Slot>& entries);

    FlashRegion region_;
    uint32_t fsOffset_;
    uint32_t fsBlocks_;
    uint32_t sequence_ = 0;
    std::map<uint32_t, Slot> staged_;   // target block -> slot
};

}  // namespace pyfw::port::fs
