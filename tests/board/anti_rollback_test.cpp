// Anti-rollback and the board check: a bootloader built with anti-rollback refuses an app whose
// secure version is below the minimum kept in eFuse (SECURE_VERSION, a count of burnt bits), rolls
// a pending older image back, falls back to the active image when the safe-boot button picks an
// older one, and raises the minimum when it starts a newer image. A bootloader built for a board
// refuses an image built for another. The firmware's updater refuses all of these before it erases
// a byte.
#include <gtest/gtest.h>

#include "boot/app_verifier.h"
#include "boot/boot_chain.h"
#include "boot/ota_updater.h"
#include "boot/rom_loader.h"
#include "test_firmware.h"

using namespace pyfw;
using namespace pyfw::testing;
using boot::BootResult;

namespace {

base::Bytes appOf(const std::string& version, uint32_t secureVersion, const std::string& boardName = "LoPy") {
    AppSpec spec;
    spec.version = version;
    spec.secureVersion = secureVersion;
    spec.board = boardName;
    spec.codeSize = 6000;
    return buildApp(spec, nullptr);
}

chip::Board boardWith(bool antiRollback, uint32_t firstVersion) {
    auto board = newBoard("lopy");
    formats::BootloaderConfig config;
    config.antiRollback = antiRollback;
    config.board = "LoPy";
    FirmwareBuild build;
    build.bootloader = buildBootloader(config);
    build.table = buildPartitionTable(board.flash().size(), nullptr);
    build.app = appOf("1.0." + std::to_string(firstVersion), firstVersion);
    flashPlain(board, build);
    return board;
}

// pycom.ota_start/write/finish without the updater's own check, as a modified firmware or a flash
// writer would: the bootloader is the last line.
void writeUnchecked(chip::Board& board, const base::Bytes& image) {
    boot::OtaUpdater updater(board, *boot::installedBootloaderConfig(board));
    ASSERT_TRUE(updater.start().ok());
    ASSERT_TRUE(updater.write(image).ok());
    ASSERT_TRUE(updater.finish().ok());
}

void update(chip::Board& board, const base::Bytes& image) {
    boot::OtaUpdater updater(board, *boot::installedBootloaderConfig(board));
    auto checked = updater.checkImage(image);
    ASSERT_TRUE(checked.ok()) << checked.error().message;
    writeUnchecked(board, image);
}

std::string booted(chip::Board& board, std::string* log = nullptr) {
    auto result = bootBoard(board);
    if (log) *log = result.log;
    if (result.result.kind != BootResult::Kind::JumpToApp) return "not booted: " + result.result.reason;
    return result.result.jump->app.descriptor->version;
}

uint32_t minimum(const chip::Board& board) { return boot::minimumSecureVersion(board.efuses()); }

}  // namespace

TEST(AntiRollback, StartingANewerImageRaisesTheMinimumAndOlderOnesAreRefused) {
    auto board = boardWith(true, 1);
    EXPECT_EQ(booted(board), "1.0.1");
    EXPECT_EQ(minimum(board), 1u);
    update(board, appOf("1.0.3", 3));
    std::string log;
    EXPECT_EQ(booted(board, &log), "1.0.3");
    EXPECT_NE(log.find("Anti-rollback: minimum secure version raised to 3"), std::string::npos) << log;
    EXPECT_EQ(minimum(board), 3u);

    // The updater refuses an older image before touching the flash.
    auto before = base::Bytes(board.flash().contents().begin(), board.flash().contents().end());
    boot::OtaUpdater updater(board, *boot::installedBootloaderConfig(board));
    auto refused = updater.checkImage(appOf("1.0.2", 2));
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("below the minimum 3"), std::string::npos) << refused.error().message;
    EXPECT_TRUE(std::equal(before.begin(), before.end(), board.flash().contents().begin()));

    // Written anyway, the bootloader rejects it and rolls back.
    writeUnchecked(board, appOf("1.0.2", 2));
    EXPECT_EQ(booted(board, &log), "1.0.3");
    EXPECT_NE(log.find("below the minimum 3 kept in eFuse (anti-rollback)"), std::string::npos) << log;
    EXPECT_NE(log.find("New image rejected"), std::string::npos) << log;
    EXPECT_EQ(minimum(board), 3u);
}

TEST(AntiRollback, TheSafeBootButtonCannotPickAnOlderImage) {
    auto board = boardWith(true, 1);
    ASSERT_EQ(booted(board), "1.0.1");
    update(board, appOf("1.0.4", 4));  // previous image: 1.0.1 in the factory slot
    ASSERT_EQ(booted(board), "1.0.4");
    // Held over 3 s from power-on: the button asks for the previous image.
    board.gpio().clear();
    board.setClock(std::make_unique<base::VirtualClock>());
    board.gpio().holdHigh(chip::kSafeBootGpio, 0, 4000 * 1000);
    boot::BootLog log(board.clock());
    auto result = boot::powerOn(board, log);
    ASSERT_EQ(result.kind, BootResult::Kind::JumpToApp) << log.text();
    EXPECT_EQ(result.jump->app.descriptor->version, "1.0.4");
    EXPECT_NE(log.text().find("The chosen image cannot be started; loading the active image"), std::string::npos) << log.text();
}

TEST(AntiRollback, WithoutItAnOlderSignedImageStillBoots) {
    auto board = boardWith(false, 5);
    ASSERT_EQ(booted(board), "1.0.5");
    update(board, appOf("1.0.2", 2));
    EXPECT_EQ(booted(board), "1.0.2");
    EXPECT_EQ(minimum(board), 0u);  // nothing burnt
}

TEST(BoardCheck, AnImageBuiltForAnotherBoardIsRefusedAndRolledBack) {
    auto board = boardWith(false, 0);
    ASSERT_EQ(booted(board), "1.0.0");
    boot::OtaUpdater updater(board, *boot::installedBootloaderConfig(board));
    auto refused = updater.checkImage(appOf("9.9.9", 0, "FiPy"));
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("built for a FiPy"), std::string::npos) << refused.error().message;
    writeUnchecked(board, appOf("9.9.9", 0, "FiPy"));
    std::string log;
    EXPECT_EQ(booted(board, &log), "1.0.0");
    EXPECT_NE(log.find("is built for a FiPy; this bootloader is for a LoPy"), std::string::npos) << log;
}
