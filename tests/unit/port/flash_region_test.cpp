#include "port/fs/flash_region.h"

#include <gtest/gtest.h>

#include "fs_test_helpers.h"

using namespace pyfw;
using namespace pyfw::port::fs;
using pyfw::testing::patterned;

TEST(FlashRegion, BoundsAreChecked) {
    auto flash = chip::SpiFlash::inMemory(8 * kBlockSize);
    EXPECT_EQ(FlashRegion::create(flash, 100, kBlockSize, std::nullopt).error().code, Errno::Invalid);
    EXPECT_EQ(FlashRegion::create(flash, 4 * kBlockSize, 5 * kBlockSize, std::nullopt).error().code, Errno::Invalid);
    auto region = *FlashRegion::create(flash, 4 * kBlockSize, 4 * kBlockSize, std::nullopt);
    base::Bytes block(kBlockSize);
    EXPECT_EQ(region.readBlock(4, block).error().code, Errno::Io);
    EXPECT_TRUE(*region.erased());
    ASSERT_TRUE(region.writeBlock(3, patterned(kBlockSize, 1)).ok());
    EXPECT_FALSE(*region.erased());
    EXPECT_FALSE(*region.blockErased(3));
    EXPECT_TRUE(*region.blockErased(2));
    EXPECT_EQ(flash.contents()[7 * kBlockSize], patterned(kBlockSize, 1)[0]);
}

TEST(FlashRegion, EncryptedBlocksAreCiphertextOnTheFlash) {
    auto flash = chip::SpiFlash::inMemory(8 * kBlockSize);
    FlashCipher cipher;
    cipher.key.fill(0x5A);
    auto region = *FlashRegion::create(flash, kBlockSize, 2 * kBlockSize, cipher);
    auto data = patterned(kBlockSize, 2);
    ASSERT_TRUE(region.writeBlock(1, data).ok());
    base::Bytes raw(flash.contents().begin() + 2 * kBlockSize, flash.contents().begin() + 3 * kBlockSize);
    EXPECT_NE(raw, data);
    base::Bytes back(kBlockSize);
    ASSERT_TRUE(region.readBlock(1, back).ok());
    EXPECT_EQ(back, data);
    // The same bytes at another address encrypt differently (the key is tweaked by address).
    ASSERT_TRUE(region.writeBlock(0, data).ok());
    EXPECT_FALSE(std::equal(raw.begin(), raw.end(), flash.contents().begin() + kBlockSize));
}

TEST(FlashRegion, FlashFailuresAreIoErrors) {
    auto flash = chip::SpiFlash::inMemory(2 * kBlockSize);
    chip::PowerCutInjector cut;
    flash.attachPowerCut(&cut);
    auto region = *FlashRegion::create(flash, 0, 2 * kBlockSize, std::nullopt);
    cut.armAt(1, chip::PendingWrite::Dropped);
    auto status = region.writeBlock(0, patterned(kBlockSize, 3));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, Errno::Io);
    EXPECT_NE(status.error().message.find("power was cut"), std::string::npos);
}
