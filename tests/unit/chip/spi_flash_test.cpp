#include "chip/spi_flash.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "base/file.h"

using namespace pyfw;
using namespace pyfw::chip;

TEST(SpiFlash, ProgramOnlyClearsBits) {
    auto flash = SpiFlash::inMemory(0x2000);
    ASSERT_TRUE(flash.program(0x10, base::Bytes{0xF0, 0x0F}).ok());
    ASSERT_TRUE(flash.program(0x10, base::Bytes{0x3C, 0xFF}).ok());
    auto back = flash.read(0x10, 2);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, (base::Bytes{0x30, 0x0F}));
}

TEST(SpiFlash, EraseSetsAWholeSectorToFF) {
    auto flash = SpiFlash::inMemory(0x3000);
    ASSERT_TRUE(flash.program(0x1000, base::Bytes(0x1000, 0)).ok());
    ASSERT_TRUE(flash.program(0x2000, base::Bytes(4, 0)).ok());
    ASSERT_TRUE(flash.eraseSector(0x1000).ok());
    EXPECT_EQ(*flash.read(0x1000, 0x1000), base::Bytes(0x1000, 0xFF));
    EXPECT_EQ(*flash.read(0x2000, 4), base::Bytes(4, 0));
    EXPECT_FALSE(flash.eraseSector(0x1800).ok());
}

TEST(SpiFlash, OutOfRangeIsAnError) {
    auto flash = SpiFlash::inMemory(0x1000);
    EXPECT_FALSE(flash.read(0xFFF, 2).ok());
    EXPECT_FALSE(flash.program(0x1000, base::Bytes{1}).ok());
    EXPECT_FALSE(flash.eraseSector(0x1000).ok());
    auto error = flash.program(0xFFFF0000, base::Bytes(0x20000, 0));
    ASSERT_FALSE(error.ok());
    EXPECT_NE(error.error().message.find("runs past the end"), std::string::npos);
}

TEST(SpiFlash, EveryWriteReachesTheFileBeforeItReturns) {
    auto dir = std::filesystem::temp_directory_path() / ("pyfw_spi_flash_test_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto path = dir / "flash.bin";
    auto flash = SpiFlash::createFile(path, 0x2000);
    ASSERT_TRUE(flash.ok());
    ASSERT_TRUE(flash->program(0x1234, base::Bytes{0xAB, 0xCD}).ok());
    auto file = base::readFile(path);
    ASSERT_TRUE(file.ok());
    ASSERT_EQ(file->size(), 0x2000u);
    EXPECT_EQ((*file)[0x1234], 0xAB);
    EXPECT_EQ((*file)[0x1235], 0xCD);
    ASSERT_TRUE(flash->eraseSector(0x1000).ok());
    EXPECT_EQ((*base::readFile(path))[0x1234], 0xFF);
    auto reopened = SpiFlash::openFile(path);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened->size(), 0x2000u);
    EXPECT_FALSE(SpiFlash::createFile(path, 0x2000).ok());
    std::filesystem::remove_all(dir);
}

TEST(SpiFlash, PowerCutDropsKeepsOrTearsThePendingWrite) {
    base::Bytes zeros(0x100, 0);
    for (auto fate : {PendingWrite::Kept, PendingWrite::Dropped, PendingWrite::Torn}) {
        PowerCutInjector injector;
        auto flash = SpiFlash::inMemory(0x1000);
        flash.attachPowerCut(&injector);
        injector.armAt(2, fate, 7);
        ASSERT_TRUE(flash.program(0, base::Bytes{0x00}).ok());
        auto cut = flash.program(0x100, zeros);
        EXPECT_FALSE(cut.ok());
        EXPECT_TRUE(injector.powerLost());
        auto stored = base::Bytes(flash.contents().begin() + 0x100, flash.contents().begin() + 0x200);
        size_t programmed = std::count(stored.begin(), stored.end(), 0);
        if (fate == PendingWrite::Kept) { EXPECT_EQ(programmed, 0x100u); }
        if (fate == PendingWrite::Dropped) { EXPECT_EQ(programmed, 0u); }
        if (fate == PendingWrite::Torn) { EXPECT_LT(programmed, 0x100u); }
        // Nothing works after the cut.
        EXPECT_FALSE(flash.program(0x300, base::Bytes{0}).ok());
        EXPECT_FALSE(flash.read(0, 1).ok());
        EXPECT_EQ(flash.contents()[0x300], 0xFF);
    }
}

TEST(SpiFlash, TornEraseLeavesThePrefixErasedAndTheRestUntouchedOrHalfErased) {
    PowerCutInjector injector;
    auto flash = SpiFlash::inMemory(0x1000);
    ASSERT_TRUE(flash.program(0, base::Bytes(0x1000, 0)).ok());
    flash.attachPowerCut(&injector);
    injector.armAt(1, PendingWrite::Torn, 3);
    EXPECT_FALSE(flash.eraseSector(0).ok());
    auto data = flash.contents();
    size_t erasedPrefix = 0;
    while (erasedPrefix < data.size() && data[erasedPrefix] == 0xFF) ++erasedPrefix;
    EXPECT_LT(erasedPrefix, 0x1000u);
    EXPECT_EQ(data[0xFFF], 0);  // far past the tear the cells are untouched
}
