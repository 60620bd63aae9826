// Plain (no security) boots: the ROM and bootloader log, boot_info initialisation and repair, the
// app the chain jumps to.
#include <gtest/gtest.h>

#include "boot/boot_chain.h"
#include "boot/boot_info_store.h"
#include "chip/flash_access.h"
#include "test_firmware.h"

using namespace pyfw;
using namespace pyfw::testing;
using boot::BootResult;

TEST(Boot, PlainBoardBootsItsFactoryImage) {
    auto board = newBoard("lopy");
    flashPlain(board, buildFirmware(board.flash().size(), nullptr));
    boot::BootLog log(board.clock());
    auto result = boot::powerOn(board, log);
    ASSERT_EQ(result.kind, BootResult::Kind::JumpToApp) << result.reason << "\n" << log.text();
    EXPECT_EQ(result.jump->partitionOffset, 0x10000u);
    ASSERT_TRUE(result.jump->app.descriptor.has_value());
    EXPECT_EQ(result.jump->app.descriptor->version, "1.17.2.b1");
    ASSERT_EQ(result.jump->app.frozenModules.size(), 2u);
    EXPECT_EQ(result.jump->app.frozenModules[0].name, "_boot.py");
    EXPECT_FALSE(result.jump->safeBoot);
    EXPECT_EQ(log.lines()[2], "rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)");
    EXPECT_TRUE(log.contains("I (") && log.contains("boot: Partition Table:"));
    EXPECT_TRUE(log.contains("boot_info is blank or its CRC is wrong; initialising it"));
    // The second boot finds boot_info in place.
    boot::BootLog again(board.clock());
    ASSERT_EQ(boot::powerOn(board, again).kind, BootResult::Kind::JumpToApp);
    EXPECT_FALSE(again.contains("initialising"));
}

TEST(Boot, BlankFlashStopsInTheRom) {
    auto board = newBoard("wipy");
    boot::BootLog log(board.clock());
    auto result = boot::powerOn(board, log);
    EXPECT_EQ(result.kind, BootResult::Kind::Halted);
    EXPECT_TRUE(log.contains("invalid header: 0xffffffff"));
}

TEST(Boot, GarbageWithTheImageMagicStopsInTheRomNamingTheBootloader) {
    // What a half-encrypted bootloader region reads as when its first byte happens to be 0xE9.
    auto board = newBoard("wipy");
    const uint8_t header[] = {0xE9, 116, 0x02, 0x20, 0x00, 0x04, 0x08, 0x40};
    ASSERT_TRUE(board.flash().program(0x1000, header).ok());
    boot::BootLog log(board.clock());
    auto result = boot::powerOn(board, log);
    EXPECT_EQ(result.kind, BootResult::Kind::Halted);
    EXPECT_NE(result.reason.find("the ROM could not load the bootloader"), std::string::npos) << result.reason;
    EXPECT_NE(result.reason.find("116 segments"), std::string::npos) << result.reason;
}

TEST(Boot, DamagedBootInfoCopyIsRepairedFromTheOther) {
    auto board = newBoard("lopy");
    flashPlain(board, buildFirmware(board.flash().size(), nullptr));
    boot::BootLog first(board.clock());
    ASSERT_EQ(boot::powerOn(board, first).kind, BootResult::Kind::JumpToApp);
    // Clear bits in the primary copy (otadata at 0x190000): its CRC no longer holds.
    ASSERT_TRUE(board.flash().program(0x190004, base::Bytes{0x00}).ok());
    boot::BootLog log(board.clock());
    auto result = boot::powerOn(board, log);
    ASSERT_EQ(result.kind, BootResult::Kind::JumpToApp);
    EXPECT_TRUE(log.contains("using the backup copy")) << log.text();
    EXPECT_FALSE(log.contains("initialising"));
    chip::FlashAccess flash(board.flash(), board.efuses());
    boot::BootInfoStore store(flash, 0x190000, 0x191000);
    auto loaded = store.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_FALSE(loaded->repaired);
}

TEST(Boot, BootInfoWithBothCopiesDamagedIsInitialisedAgain) {
    auto board = newBoard("lopy");
    flashPlain(board, buildFirmware(board.flash().size(), nullptr));
    boot::BootLog first(board.clock());
    ASSERT_EQ(boot::powerOn(board, first).kind, BootResult::Kind::JumpToApp);
    for (uint32_t copy : {0x190000u, 0x191000u}) ASSERT_TRUE(board.flash().program(copy + 4, base::Bytes{0x00}).ok());
    boot::BootLog log(board.clock());
    auto result = boot::powerOn(board, log);
    ASSERT_EQ(result.kind, BootResult::Kind::JumpToApp) << log.text();
    EXPECT_TRUE(log.contains("boot_info is blank or its CRC is wrong; initialising it")) << log.text();
    EXPECT_EQ(result.jump->partitionOffset, 0x10000u);
    chip::FlashAccess flash(board.flash(), board.efuses());
    auto loaded = boot::BootInfoStore(flash, 0x190000, 0x191000).load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded->valid);
    EXPECT_FALSE(loaded->repaired);
}

TEST(Boot, CorruptFactoryImageStopsTheBoot) {
    auto board = newBoard("lopy");
    flashPlain(board, buildFirmware(board.flash().size(), nullptr));
    ASSERT_TRUE(board.flash().program(0x10000 + 0x400, base::Bytes{0x00}).ok());
    boot::BootLog log(board.clock());
    auto result = boot::powerOn(board, log);
    EXPECT_EQ(result.kind, BootResult::Kind::Halted);
    EXPECT_TRUE(log.contains("E (")) << log.text();
    EXPECT_TRUE(log.contains("Failed to load the app image"));
}

