// Mounting, formatting and committing (volume_core.cpp).
#include <gtest/gtest.h>

#include "chip/power_cut.h"

#include "fs_test_helpers.h"
#include "port/fs/fat_geometry.h"
#include "port/fs/volume.h"

using namespace pyfw;
using namespace pyfw::port::fs;
using pyfw::testing::FsRig;
using pyfw::testing::getFile;
using pyfw::testing::patterned;
using pyfw::testing::putFile;

TEST(VolumeCore, ABlankPartitionIsReportedAsBlank) {
    FsRig rig;
    auto volume = Volume::mount(rig.storage(), {rig.clock()});
    ASSERT_FALSE(volume.ok());
    EXPECT_EQ(volume.error().code, Errno::NoDevice);
    EXPECT_NE(volume.error().message.find("blank"), std::string::npos);
}

TEST(VolumeCore, RandomBytesAreAClearErrorAtMount) {
    for (uint32_t seed = 1; seed <= 50; ++seed) {
        FsRig rig;
        auto fat = rig.storage().fat;
        auto noise = patterned(fat.size(), seed);
        if (seed % 2 == 0) {   // a valid signature but a nonsense parameter block
            noise[0] = 0xEB;
            noise[510] = 0x55;
            noise[511] = 0xAA;
        }
        for (uint32_t b = 0; b < fat.blockCount(); ++b)
            ASSERT_TRUE(fat.writeBlock(b, base::ByteView(noise).subspan(b * kBlockSize, kBlockSize)).ok());
        auto volume = Volume::mount(rig.storage(), {rig.clock()});
        ASSERT_FALSE(volume.ok()) << seed;
        EXPECT_EQ(volume.error().code, Errno::NoDevice);
        EXPECT_NE(volume.error().message.find("no usable FAT volume"), std::string::npos) << volume.error().message;
    }
}

TEST(VolumeCore, FormatMakesACleanEmptyVolume) {
    FsRig rig;
    auto volume = rig.formatAndMount();
    ASSERT_TRUE(volume);
    auto usage = *volume->usage();
    EXPECT_EQ(usage.clusterBytes, 512u);
    EXPECT_EQ(usage.totalClusters, 960u);
    EXPECT_EQ(usage.freeClusters, 960u);
    EXPECT_TRUE(volume->list("/")->empty());
    auto description = volume->describe();
    EXPECT_EQ(description.fatType, "FAT12");
    EXPECT_TRUE(description.journaled);
    EXPECT_EQ(description.journalBlocks, 15u);
    EXPECT_TRUE(rig.problems().empty());
}

TEST(VolumeCore, FormatReplacesAnOldVolume) {
    FsRig rig;
    auto volume = rig.formatAndMount();
    putFile(*volume, "/old.txt", patterned(3000, 1));
    ASSERT_TRUE(volume->unmount().ok());
    ASSERT_TRUE(Volume::format(rig.storage(), rig.clock()).ok());
    auto fresh = rig.mount();
    EXPECT_TRUE(fresh->list("/")->empty());
    EXPECT_EQ(fresh->usage()->freeClusters, 960u);
    EXPECT_TRUE(rig.problems().empty());
}

TEST(VolumeCore, ACutWhileFormattingLeavesTheOldVolumeNoVolumeOrTheNewOne) {
    FsRig start;
    {
        auto volume = start.formatAndMount();
        putFile(*volume, "/old.txt", patterned(5000, 1));
    }
    base::Bytes image(start.flash.contents().begin(), start.flash.contents().end());
    uint64_t writes = 0;
    {
        FsRig count;
        count.flash = chip::SpiFlash::inMemory(image).value();
        count.flash.attachPowerCut(&count.powerCut);
        ASSERT_TRUE(Volume::format(count.storage(), count.clock()).ok());
        writes = count.powerCut.writesSeen();
    }
    ASSERT_GT(writes, 5u);
    for (uint64_t n = 1; n <= writes; ++n)
        for (auto fate : {chip::PendingWrite::Kept, chip::PendingWrite::Dropped, chip::PendingWrite::Torn}) {
            FsRig rig;
            rig.flash = chip::SpiFlash::inMemory(image).value();
            rig.flash.attachPowerCut(&rig.powerCut);
            rig.powerCut.armAt(n, fate, uint32_t(n));
            EXPECT_FALSE(Volume::format(rig.storage(), rig.clock()).ok());
            rig.powerCut = chip::PowerCutInjector();
            auto volume = Volume::mount(rig.storage(), {rig.clock()});
            if (!volume.ok()) {
                EXPECT_EQ(volume.error().code, Errno::NoDevice) << n;
                continue;
            }
            auto names = (*volume)->list("/");
            ASSERT_TRUE(names.ok());
            if (!names->empty()) {
                EXPECT_EQ(getFile(**volume, "/old.txt"), patterned(5000, 1)) << n;
            }
            EXPECT_TRUE(rig.problems().empty()) << n;
        }
}

TEST(VolumeCore, DataWrittenInPlaceCostsNoJournalWrites) {
    FsRig rig;
    auto volume = rig.formatAndMount();
    uint64_t before = rig.flash.counters().programs;
    putFile(*volume, "/big.bin", patterned(256 * 1024, 2));
    uint64_t programs = rig.flash.counters().programs - before;
    // 64 data blocks in place; FAT x2 and the root directory through the journal (slot + copy),
    // and the commit record.
    EXPECT_LE(programs, 64u + 3 * 2 + 1);
    EXPECT_EQ(getFile(*volume, "/big.bin"), patterned(256 * 1024, 2));
}

TEST(VolumeCore, WithoutAJournalRegionTheVolumeWritesInPlace) {
    FsRig rig(127, 0);
    ASSERT_TRUE(Volume::format(rig.storage(false), rig.clock()).ok());
    MountReport report;
    auto volume = Volume::mount(rig.storage(false), {rig.clock()}, &report);
    ASSERT_TRUE(volume.ok());
    EXPECT_FALSE(report.journaled);
    putFile(**volume, "/a.txt", patterned(100, 3));
    EXPECT_EQ(getFile(**volume, "/a.txt"), patterned(100, 3));
}

TEST(VolumeCore, AJournalTooSmallForTheVolumeIsNotUsed) {
    FsRig rig(127, 4);
    auto volume = rig.formatAndMount();
    EXPECT_FALSE(volume->describe().journaled);
}

TEST(VolumeCore, EncryptedVolumesKeepNoPlaintextOnTheFlash) {
    FlashCipher cipher;
    for (size_t i = 0; i < cipher.key.size(); ++i) cipher.key[i] = uint8_t(i * 7 + 1);
    FsRig rig(127, 16, cipher);
    auto volume = rig.formatAndMount();
    std::string secret = "PYFW-SECRET-CONTENT-";
    std::string text;
    while (text.size() < 20000) text += secret;
    putFile(*volume, "/secret-file-name.txt", base::view(text));
    auto raw = rig.flash.contents();
    EXPECT_EQ(std::search(raw.begin(), raw.end(), secret.begin(), secret.end()), raw.end());
    std::string name = "secret-file-name";
    EXPECT_EQ(std::search(raw.begin(), raw.end(), name.begin(), name.end()), raw.end());
    ASSERT_TRUE(volume->unmount().ok());
    auto again = rig.mount();
    EXPECT_EQ(getFile(*again, "/secret-file-name.txt"), base::toBytes(text));
    EXPECT_TRUE(rig.problems().empty());
}

TEST(VolumeCore, AVolumeMadeByOtherToolsMounts) {
    // One reserved sector, FATs not aligned to flash blocks, 2-sector clusters: what mformat makes.
    FsRig rig;
    auto fat = rig.storage().fat;
    Geometry g;
    g.sectorsPerCluster = 2;
    g.reservedSectors = 1;
    g.rootEntries = 224;
    g.totalSectors = 1016;
    g.sectorsPerFat = 2;
    g.clusterCount = (1016 - 1 - 4 - 14) / 2;
    base::Bytes image(fat.size(), 0);
    auto boot = encodeBootSector(g, 7);
    std::copy(boot.begin(), boot.end(), image.begin());
    for (int copy = 0; copy < 2; ++copy) {
        image[512 * (1 + 2 * copy)] = 0xF8;
        image[512 * (1 + 2 * copy) + 1] = 0xFF;
        image[512 * (1 + 2 * copy) + 2] = 0xFF;
    }
    for (uint32_t b = 0; b < fat.blockCount(); ++b)
        ASSERT_TRUE(fat.writeBlock(b, base::ByteView(image).subspan(b * kBlockSize, kBlockSize)).ok());
    auto volume = rig.mount();
    ASSERT_TRUE(volume);
    ASSERT_TRUE(volume->mkdir("/lib").ok());
    putFile(*volume, "/lib/module.py", patterned(5000, 4));
    EXPECT_EQ(getFile(*volume, "/lib/module.py"), patterned(5000, 4));
    EXPECT_TRUE(rig.problems().empty());
}
