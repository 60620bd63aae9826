#include "boot/boot_info_store.h"

#include <gtest/gtest.h>

using namespace pyfw;
using namespace pyfw::boot;

namespace {
formats::BootInfo sample(uint32_t active) {
    formats::BootInfo info;
    info.activeImage = active;
    info.status = uint32_t(formats::ImageStatus::Check);
    info.size = 1234;
    return info;
}
}  // namespace

TEST(BootInfoStore, BlankFlashHasNoValidRecord) {
    auto flash = chip::SpiFlash::inMemory(0x200000);
    auto fuses = chip::Efuses::blank();
    chip::FlashAccess access(flash, fuses);
    BootInfoStore store(access, 0x190000, 0x191000);
    auto loaded = store.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_FALSE(loaded->valid);
}

TEST(BootInfoStore, SaveWritesBothCopiesAndLoadPrefersThePrimary) {
    auto flash = chip::SpiFlash::inMemory(0x200000);
    auto fuses = chip::Efuses::blank();
    chip::FlashAccess access(flash, fuses);
    BootInfoStore store(access, 0x190000, 0x191000);
    ASSERT_TRUE(store.save(sample(1)).ok());
    auto raw = sample(1).serialize();
    EXPECT_TRUE(std::equal(raw.begin(), raw.end(), flash.contents().begin() + 0x190000));
    EXPECT_TRUE(std::equal(raw.begin(), raw.end(), flash.contents().begin() + 0x191000));
    auto loaded = store.load();
    ASSERT_TRUE(loaded.ok() && loaded->valid);
    EXPECT_EQ(loaded->info.activeImage, 1u);
    EXPECT_FALSE(loaded->repaired);
}

TEST(BootInfoStore, AnInterruptedSaveLeavesTheOldOrTheNewRecord) {
    for (uint64_t cut = 1; cut <= 4; ++cut) {
        for (auto fate : {chip::PendingWrite::Kept, chip::PendingWrite::Dropped, chip::PendingWrite::Torn}) {
            auto flash = chip::SpiFlash::inMemory(0x200000);
            auto fuses = chip::Efuses::blank();
            chip::FlashAccess access(flash, fuses);
            BootInfoStore store(access, 0x190000, 0x191000);
            ASSERT_TRUE(store.save(sample(1)).ok());
            chip::PowerCutInjector injector;
            flash.attachPowerCut(&injector);
            injector.armAt(cut, fate, uint32_t(cut));
            EXPECT_FALSE(store.save(sample(2)).ok());
            flash.attachPowerCut(nullptr);
            auto loaded = store.load();
            ASSERT_TRUE(loaded.ok());
            ASSERT_TRUE(loaded->valid) << "cut " << cut;
            EXPECT_TRUE(loaded->info.activeImage == 1 || loaded->info.activeImage == 2);
            // After the load's repair both copies agree.
            auto again = store.load();
            EXPECT_FALSE(again->repaired);
        }
    }
}

TEST(BootInfoStore, EncryptedRecordsAreUnreadableRaw) {
    auto flash = chip::SpiFlash::inMemory(0x200000);
    auto fuses = chip::Efuses::blank();
    base::Bytes key(32, 0x42);
    ASSERT_TRUE(fuses.burnKey(1, key, true).ok());
    ASSERT_TRUE(fuses.burnField(*chip::findEfuseField("FLASH_CRYPT_CONFIG"), 0xF).ok());
    ASSERT_TRUE(fuses.burnField(*chip::findEfuseField("FLASH_CRYPT_CNT"), 0).ok());
    chip::FlashAccess access(flash, fuses);
    BootInfoStore store(access, 0x190000, std::nullopt);
    ASSERT_TRUE(store.save(sample(1)).ok());
    auto raw = sample(1).serialize();
    EXPECT_FALSE(std::equal(raw.begin(), raw.end(), flash.contents().begin() + 0x190000));
    auto loaded = store.load();
    ASSERT_TRUE(loaded.ok() && loaded->valid);
    EXPECT_EQ(loaded->info.size, 1234u);
}
