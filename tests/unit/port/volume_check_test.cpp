#include "port/fs/volume_check.h"

#include <gtest/gtest.h>

#include "fs_test_helpers.h"
#include "port/fs/fat_geometry.h"

using namespace pyfw;
using namespace pyfw::port::fs;
using pyfw::testing::FsRig;
using pyfw::testing::patterned;
using pyfw::testing::putFile;

namespace {

// A volume with a file and a directory, unmounted, and a way to change its bytes.
struct Damaged : ::testing::Test {
    FsRig rig;
    Geometry g = *planVolume(127 * kBlockSize);
    void SetUp() override {
        auto volume = rig.formatAndMount();
        ASSERT_TRUE(volume->mkdir("/lib").ok());
        putFile(*volume, "/lib/a long module name.py", patterned(3000, 1));
        putFile(*volume, "/main.py", patterned(700, 2));
        ASSERT_TRUE(volume->unmount().ok());
    }
    void poke(uint64_t offset, std::initializer_list<uint8_t> bytes) {
        auto fat = rig.storage().fat;
        base::Bytes block(kBlockSize);
        uint32_t index = uint32_t(offset / kBlockSize);
        ASSERT_TRUE(fat.readBlock(index, block).ok());
        size_t at = offset % kBlockSize;
        for (uint8_t b : bytes) block[at++] = b;
        ASSERT_TRUE(fat.writeBlock(index, block).ok());
    }
    bool found(const std::string& part) {
        for (const auto& problem : rig.problems())
            if (problem.find(part) != std::string::npos) return true;
        ADD_FAILURE() << "no problem mentions \"" << part << "\"";
        return false;
    }
};

}  // namespace

TEST_F(Damaged, ACleanVolumeHasNoProblems) {
    auto check = checkVolume(rig.storage().fat);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->problems.empty());
    EXPECT_EQ(check->files, 2u);
    EXPECT_EQ(check->directories, 1u);
    EXPECT_EQ(check->usedClusters, 1u + 6 + 2);
}

TEST_F(Damaged, LostClusters) {
    poke(g.fatOffset(0) + 300 * 3 / 2, {0xFF, 0xFF});   // clusters 300 and 301 allocated
    poke(g.fatOffset(1) + 300 * 3 / 2, {0xFF, 0xFF});
    found("belong to no file");
}

TEST_F(Damaged, FatCopiesThatDiffer) {
    poke(g.fatOffset(1) + 300 * 3 / 2, {0xFF, 0xFF});
    found("differs from the first");
}

TEST_F(Damaged, SizeThatDoesNotFitTheChain) {
    // main.py is the second entry of the root (after lib): its size field.
    poke(g.rootOffset() + 32 + 28, {0x00, 0x10, 0x00, 0x00});
    found("4096 bytes in a chain of 2 clusters");
}

TEST_F(Damaged, CrossLinkedFiles) {
    // Point main.py at the directory's cluster (2).
    poke(g.rootOffset() + 32 + 26, {0x02, 0x00});
    found("shares cluster");
}

TEST_F(Damaged, ABrokenDotDot) {
    poke(g.clusterOffset(2) + 32 + 26, {0x09, 0x00});
    found("\"..\" entry");
}

TEST_F(Damaged, ABadShortNameAndAnOrphanLongName) {
    poke(g.rootOffset() + 32, {'m'});
    found("forbidden character");
    poke(g.clusterOffset(2) + 64 + 32 * 2, {0xE5});   // the short entry after /lib's long name
    found("without its short entry");
}

TEST_F(Damaged, NoiseIsReportedNotCrashed) {
    auto fat = rig.storage().fat;
    for (uint32_t b = 0; b < 10; ++b) ASSERT_TRUE(fat.writeBlock(b, patterned(kBlockSize, b)).ok());
    EXPECT_FALSE(rig.problems().empty());
}
