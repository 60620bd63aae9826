#include "port/fs/fat_table.h"

#include <gtest/gtest.h>

#include "fs_test_helpers.h"

using namespace pyfw;
using namespace pyfw::port::fs;
using pyfw::testing::FsRig;

namespace {

struct TableRig {
    FsRig rig;
    Geometry geometry;
    FlashRegion fat;
    BlockCache cache;
    FatTable table;
    explicit TableRig(uint32_t blocks = 127)
        : rig(blocks), geometry(*planVolume(uint64_t(blocks) * kBlockSize)), fat(rig.storage(false).fat),
          cache(fat, nullptr, 4), table(format()) {}
    FatTable format() {
        EXPECT_TRUE(Volume::format(rig.storage(false), rig.clock()).ok());
        return *FatTable::load(cache, geometry);
    }
    FatTable reload() {
        EXPECT_TRUE(cache.commit().ok());
        BlockCache fresh(fat, nullptr, 4);
        return *FatTable::load(fresh, geometry);
    }
};

}  // namespace

TEST(FatTable, Fat12EntriesSharingAByteStayApart) {
    TableRig t;
    EXPECT_EQ(t.table.get(0), 0xFF8u);
    EXPECT_EQ(t.table.get(1), 0xFFFu);
    EXPECT_EQ(t.table.freeCount(), 960u);
    ASSERT_TRUE(t.table.set(2, 0xABC).ok());
    ASSERT_TRUE(t.table.set(3, 0x123).ok());
    ASSERT_TRUE(t.table.set(4, 0xFFF).ok());
    ASSERT_TRUE(t.table.set(3, 0x456).ok());
    EXPECT_EQ(t.table.freeCount(), 957u);
    auto back = t.reload();
    EXPECT_EQ(back.get(2), 0xABCu);
    EXPECT_EQ(back.get(3), 0x456u);
    EXPECT_EQ(back.get(4), 0xFFFu);
    EXPECT_EQ(back.get(5), 0u);
    // Both copies hold the same bytes.
    base::Bytes first(t.geometry.fatBytes()), second(t.geometry.fatBytes());
    ASSERT_TRUE(t.cache.read(t.geometry.fatOffset(0), first).ok());
    ASSERT_TRUE(t.cache.read(t.geometry.fatOffset(1), second).ok());
    EXPECT_EQ(first, second);
}

TEST(FatTable, Fat16Entries) {
    TableRig t(4096);   // 16 MiB: FAT16
    ASSERT_EQ(t.geometry.type, FatType::Fat16);
    EXPECT_EQ(t.table.get(1), 0xFFFFu);
    ASSERT_TRUE(t.table.set(t.geometry.maxCluster(), 0xFFFF).ok());
    EXPECT_EQ(t.reload().get(t.geometry.maxCluster()), 0xFFFFu);
}

TEST(FatTable, ChainsAllocationAndFreeing) {
    TableRig t;
    auto a = t.table.allocate(0);
    ASSERT_TRUE(a.ok());
    auto b = t.table.allocate(*a);
    ASSERT_TRUE(b.ok());
    ASSERT_TRUE(t.table.set(*a, *b).ok());
    EXPECT_EQ(*t.table.chain(*a), (std::vector<uint32_t>{*a, *b}));
    ASSERT_TRUE(t.table.freeChain(*a).ok());
    EXPECT_EQ(t.table.freeCount(), 960u);
    EXPECT_EQ(t.table.chain(*a).error().code, Errno::Io);   // a free cluster is no chain
}

TEST(FatTable, BrokenChainsAreErrorsNotHangs) {
    TableRig t;
    ASSERT_TRUE(t.table.set(10, 11).ok());
    ASSERT_TRUE(t.table.set(11, 10).ok());
    EXPECT_NE(t.table.chain(10).error().message.find("loops"), std::string::npos);
    ASSERT_TRUE(t.table.set(12, 0xFF0).ok());   // beyond the last cluster, below the end marks
    EXPECT_NE(t.table.chain(12).error().message.find("outside the volume"), std::string::npos);
    ASSERT_TRUE(t.table.set(13, 0x1005).ok());   // stored as FAT12's 12 bits
    EXPECT_EQ(t.table.get(13), 5u);
}

TEST(FatTable, AllocationPrefersBlocksTheCommittedStateDoesNotUse) {
    TableRig t;
    uint32_t perBlock = kBlockSize / t.geometry.clusterBytes();
    ASSERT_TRUE(t.table.set(2, t.table.endOfChain()).ok());   // the first data block becomes live
    t.table.markCommitted();
    auto next = t.table.allocate(2);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(*next, 2 + perBlock);   // clusters 3..9 share block with 2: skipped while others are free
    t.table.rollback();
    EXPECT_EQ(t.table.get(*next), 0u);
    EXPECT_EQ(t.table.freeCount(), 959u);
}

TEST(FatTable, AFullTableSaysNoSpace) {
    TableRig t;
    for (uint32_t c = 2; c <= t.geometry.maxCluster(); ++c) ASSERT_TRUE(t.table.set(c, t.table.endOfChain()).ok());
    EXPECT_EQ(t.table.allocate(0).error().code, Errno::NoSpace);
}
