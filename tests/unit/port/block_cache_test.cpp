#include "port/fs/block_cache.h"

#include <gtest/gtest.h>

#include "fs_test_helpers.h"

using namespace pyfw;
using namespace pyfw::port::fs;
using pyfw::testing::patterned;

namespace {

struct CacheRig {
    chip::SpiFlash flash = chip::SpiFlash::inMemory(32 * kBlockSize);
    FlashRegion journalRegion = *FlashRegion::create(flash, 0, 16 * kBlockSize, std::nullopt);
    FlashRegion fat = *FlashRegion::create(flash, 16 * kBlockSize, 16 * kBlockSize, std::nullopt);
    Journal journal{journalRegion, fat};
    base::Bytes onFlash(uint32_t block) {
        base::Bytes out(kBlockSize);
        EXPECT_TRUE(fat.readBlock(block, out).ok());
        return out;
    }
};

std::vector<bool> liveBlocks(std::initializer_list<uint32_t> blocks) {
    std::vector<bool> live(16, false);
    for (uint32_t b : blocks) live[b] = true;
    return live;
}

}  // namespace

TEST(BlockCache, ReadsAndWritesBytesAcrossBlocks) {
    CacheRig rig;
    BlockCache cache(rig.fat, &rig.journal, 2);
    auto data = patterned(10000, 1);
    ASSERT_TRUE(cache.write(3000, data).ok());
    base::Bytes back(10000);
    ASSERT_TRUE(cache.read(3000, back).ok());
    EXPECT_EQ(back, data);
    EXPECT_EQ(cache.read(16 * kBlockSize - 10, base::MutableByteView(back).first(11)).error().code, Errno::Io);
}

TEST(BlockCache, FreeBlocksGoInPlaceAndLiveOnesThroughTheJournal) {
    CacheRig rig;
    BlockCache cache(rig.fat, &rig.journal, 1);
    cache.setLive(liveBlocks({0}));
    auto before = rig.onFlash(0);
    ASSERT_TRUE(cache.fill(0, 16, 0xAB).ok());         // block 0, live
    ASSERT_TRUE(cache.fill(kBlockSize, 16, 0xCD).ok());  // evicts block 0 into the journal
    EXPECT_EQ(rig.onFlash(0), before);
    EXPECT_TRUE(rig.journal.isStaged(0));
    EXPECT_EQ(cache.pendingLiveBlocks(), 1u);
    ASSERT_TRUE(cache.fill(2 * kBlockSize, 16, 0xEF).ok());   // evicts block 1 in place
    EXPECT_EQ(rig.onFlash(1)[0], 0xCD);
    uint8_t byte = 0;
    ASSERT_TRUE(cache.read(0, base::MutableByteView(&byte, 1)).ok());   // read back from the slot
    EXPECT_EQ(byte, 0xAB);
    ASSERT_TRUE(cache.commit().ok());
    EXPECT_EQ(rig.onFlash(0)[0], 0xAB);
    EXPECT_EQ(rig.onFlash(2)[0], 0xEF);
    EXPECT_EQ(cache.pendingLiveBlocks(), 0u);
    EXPECT_EQ(cache.counters().commits, 1u);
    EXPECT_EQ(cache.counters().journalWrites, 1u);
    EXPECT_EQ(cache.counters().inPlaceWrites, 2u);
}

TEST(BlockCache, DiscardForgetsUncommittedChanges) {
    CacheRig rig;
    BlockCache cache(rig.fat, &rig.journal, 4);
    cache.setLive(liveBlocks({0, 1}));
    ASSERT_TRUE(cache.fill(0, 2 * kBlockSize, 0x11).ok());
    cache.discard();
    ASSERT_TRUE(cache.commit().ok());
    EXPECT_EQ(rig.onFlash(0)[0], 0xFF);
    EXPECT_EQ(rig.onFlash(1)[0], 0xFF);
}

TEST(BlockCache, WithoutAJournalEverythingGoesInPlace) {
    CacheRig rig;
    BlockCache cache(rig.fat, nullptr, 1);
    cache.setLive(liveBlocks({0}));
    ASSERT_TRUE(cache.fill(0, 16, 0x22).ok());
    ASSERT_TRUE(cache.fill(kBlockSize, 16, 0x33).ok());
    EXPECT_EQ(rig.onFlash(0)[0], 0x22);
    EXPECT_EQ(cache.pendingLiveBlocks(), 0u);
}

TEST(BlockCache, AFlashFailureStopsTheCache) {
    CacheRig rig;
    chip::PowerCutInjector cut;
    rig.flash.attachPowerCut(&cut);
    BlockCache cache(rig.fat, &rig.journal, 1);
    ASSERT_TRUE(cache.fill(0, 16, 0x44).ok());
    cut.armAt(1, chip::PendingWrite::Dropped);
    EXPECT_FALSE(cache.fill(kBlockSize, 16, 0x55).ok());
    EXPECT_TRUE(cache.failed());
    EXPECT_FALSE(cache.read(0, base::MutableByteView()).ok() && cache.commit().ok());
}
