#include "port/fs/journal.h"

#include <cstring>
#include <optional>
#include <set>

#include "base/crc32.h"

namespace pyfw::port::fs {
namespace {

constexpr char kMagic[8] = {'P', 'Y', 'F', 'W', 'J', 'R', 'N', 'L'};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeaderSize = 8 + 5 * 4;   // magic, version, sequence, offset, blocks, count
constexpr size_t kEntrySize = 12;
constexpr uint32_t kRecordBlock = 0;

struct Record {
    uint32_t sequence = 0;
    std::map<uint32_t, uint32_t> slots;   // target -> slot
    std::map<uint32_t, uint32_t> crcs;    // target -> CRC of the image
};

// The commit record in `block`, or nothing when the block does not hold a whole, valid one for
// this journal (a torn program, a torn erase, noise).
std::optional<Record> decodeRecord(base::ByteView block, uint32_t fsOffset, uint32_t fsBlocks, uint32_t slotCount) {
    if (std::memcmp(block.data(), kMagic, sizeof kMagic) != 0) return std::nullopt;
    const uint8_t* p = block.data() + sizeof kMagic;
    uint32_t version = base::readLe32(p), sequence = base::readLe32(p + 4), offset = base::readLe32(p + 8);
    uint32_t blocks = base::readLe32(p + 12), count = base::readLe32(p + 16);
    if (version != kVersion || offset != fsOffset || blocks != fsBlocks || count == 0 || count > slotCount)
        return std::nullopt;
    size_t end = kHeaderSize + size_t(count) * kEntrySize;
    if (end + 4 > block.size()) return std::nullopt;
    if (base::readLe32(block.data() + end) != base::crc32(block.first(end))) return std::nullopt;
    Record record;
    record.sequence = sequence;
    std::set<uint32_t> usedSlots;
    for (uint32_t i = 0; i < count; ++i) {
        const uint8_t* entry = block.data() + kHeaderSize + i * kEntrySize;
        uint32_t target = base::readLe32(entry), slot = base::readLe32(entry + 4);
        if (target >= fsBlocks || slot == kRecordBlock || slot > slotCount || !usedSlots.insert(slot).second ||
            record.slots.count(target))
            return std::nullopt;
        record.slots[target] = slot;
        record.crcs[target] = base::readLe32(entry + 8);
    }
    return record;
}

}  // namespace

Journal::Journal(FlashRegion region, const FlashRegion& fs)
    : region_(region), fsOffset_(fs.offset()), fsBlocks_(fs.blockCount()) {}

base::Bytes Journal::encodeRecord() const {
    base::Bytes record(kBlockSize, 0xFF);
    std::memcpy(record.data(), kMagic, sizeof kMagic);
    uint8_t* p = record.data() + sizeof kMagic;
    base::writeLe32(p, kVersion);
    base::writeLe32(p + 4, sequence_);
    base::writeLe32(p + 8, fsOffset_);
    base::writeLe32(p + 12, fsBlocks_);
    base::writeLe32(p + 16, uint32_t(staged_.size()));
    size_t at = kHeaderSize;
    for (const auto& [target, slot] : staged_) {
        base::writeLe32(record.data() + at, target);
        base::writeLe32(record.data() + at + 4, slot.index);
        base::writeLe32(record.data() + at + 8, slot.crc);
        at += kEntrySize;
    }
    base::writeLe32(record.data() + at, base::crc32(base::ByteView(record).first(at)));
    return record;
}

FsResult<JournalRecovery> Journal::recover(FlashRegion& fs) {
    JournalRecovery report;
    staged_.clear();
    PYFW_ASSIGN(bool blank, region_.blockErased(kRecordBlock));
    if (!blank) {
        base::Bytes block(kBlockSize);
        PYFW_TRY(region_.readBlock(kRecordBlock, block));
        auto record = decodeRecord(block, fsOffset_, fsBlocks_, capacity());
        if (record) {
            std::map<uint32_t, Slot> entries;
            for (const auto& [target, slot] : record->slots) entries[target] = Slot{slot, record->crcs[target]};
            PYFW_TRY(replay(fs, entries));
            sequence_ = record->sequence + 1;
            report.replayedBlocks = uint32_t(entries.size());
        } else {
            report.clearedTornRecord = true;
        }
        PYFW_TRY(region_.eraseBlock(kRecordBlock));
    }
    PYFW_TRY(eraseSlots());
    return report;
}

// A journal at rest is erased: slots left by a cut (or by a commit that was cut before it erased
// them) are erased, so that no copy of a block outlives its transaction. That matters when a board
// starts encrypting its flash: the bootloader encrypts the fs partition, not this one.
FsStatus Journal::eraseSlots() {
    for (uint32_t slot = 1; slot <= capacity(); ++slot) {
        PYFW_ASSIGN(bool blank, region_.blockErased(slot));
        if (!blank) PYFW_TRY(region_.eraseBlock(slot));
    }
    return fsOk();
}

// Copies each slot over its target. Every image is checked before the first copy: a slot that no
// longer matches its record means the journal itself was damaged, and a partial copy would mix
// two states, so nothing is copied and the volume is reported damaged instead.
FsStatus Journal::replay(FlashRegion& fs, const std::map<uint32_t, Slot>& entries) {
    std::map<uint32_t, base::Bytes> images;
    for (const auto& [target, slot] : entries) {
        base::Bytes image(kBlockSize);
        PYFW_TRY(region_.readBlock(slot.index, image));
        if (base::crc32(image) != slot.crc)
            return fsFail(Errno::Io, "the file system journal is damaged: slot " + std::to_string(slot.index) +
                                         " does not match its commit record");
        images[target] = std::move(image);
    }
    for (const auto& [target, image] : images) PYFW_TRY(fs.writeBlock(target, image));
    return fsOk();
}

FsStatus Journal::stage(uint32_t target, base::ByteView image) {
    auto found = staged_.find(target);
    uint32_t slot = 0;
    if (found != staged_.end()) {
        slot = found->second.index;
    } else {
        if (staged_.size() >= capacity())
            return fsFail(Errno::Io, "the file system journal is full (" + std::to_string(capacity()) + " blocks)");
        slot = uint32_t(staged_.size()) + 1;
    }
    PYFW_TRY(region_.writeBlock(slot, image));
    staged_[target] = Slot{slot, base::crc32(image.first(kBlockSize))};
    return fsOk();
}

FsStatus Journal::readStaged(uint32_t target, base::MutableByteView out) const {
    auto found = staged_.find(target);
    if (found == staged_.end()) return fsFail(Errno::Io, "block " + std::to_string(target) + " is not in the journal");
    return region_.readBlock(found->second.index, out);
}

FsStatus Journal::commit(FlashRegion& fs) {
    if (staged_.empty()) return fsOk();
    PYFW_TRY(region_.programBlock(kRecordBlock, encodeRecord()));
    PYFW_TRY(replay(fs, staged_));
    PYFW_TRY(region_.eraseBlock(kRecordBlock));
    for (const auto& [target, slot] : staged_) PYFW_TRY(region_.eraseBlock(slot.index));
    staged_.clear();
    ++sequence_;
    return fsOk();
}

FsStatus Journal::reset() {
    staged_.clear();
    PYFW_ASSIGN(bool blank, region_.blockErased(kRecordBlock));
    if (!blank) PYFW_TRY(region_.eraseBlock(kRecordBlock));
    return eraseSlots();
}

}  // namespace pyfw::port::fs
