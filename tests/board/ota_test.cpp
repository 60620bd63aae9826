// OTA updates through the firmware's updater and the bootloader's check: ping-pong between the
// factory and ota_0 slots, rollback of a corrupt update, the updater's refusals, safe boot.
#include <gtest/gtest.h>

#include "boot/boot_chain.h"
#include "boot/ota_updater.h"
#include "boot/rom_loader.h"
#include "crypto/hash.h"
#include "formats/app_image.h"
#include "test_firmware.h"

using namespace pyfw;
using namespace pyfw::testing;
using boot::BootResult;

namespace {

std::string runningVersion(chip::Board& board) {
    auto booted = bootBoard(board);
    if (booted.result.kind != BootResult::Kind::JumpToApp) return "not booted: " + booted.result.reason;
    return booted.result.jump->app.descriptor->version;
}

// What pycom.ota_start/ota_write/ota_finish do, in chunks of `chunk` bytes.
base::Status update(chip::Board& board, const base::Bytes& image, size_t chunk = 1000) {
    PYFW_ASSIGN(auto config, boot::installedBootloaderConfig(board));
    boot::OtaUpdater updater(board, config);
    PYFW_TRY(updater.start());
    for (size_t at = 0; at < image.size(); at += chunk)
        PYFW_TRY(updater.write(base::ByteView(image).subspan(at, std::min(chunk, image.size() - at))));
    return updater.finish();
}

base::Bytes app(const std::string& version) {
    AppSpec spec;
    spec.version = version;
    return buildApp(spec, nullptr);
}

chip::Board plainBoard() {
    auto board = newBoard("lopy");
    flashPlain(board, buildFirmware(board.flash().size(), nullptr));
    EXPECT_EQ(runningVersion(board), "1.17.2.b1");
    return board;
}

}  // namespace

TEST(Ota, UpdatesPingPongBetweenTheTwoSlots) {
    auto board = plainBoard();
    uint32_t expectedSlot[] = {0x1A0000, 0x10000, 0x1A0000, 0x10000};
    std::string previous = "1.17.2.b1";
    for (int i = 0; i < 4; ++i) {
        std::string version = "1.18.0.b" + std::to_string(i + 1);
        boot::OtaUpdater probe(board, {});
        auto slot = probe.slotAddress();
        ASSERT_TRUE(slot.ok());
        EXPECT_EQ(*slot, expectedSlot[i]) << "update " << i;
        ASSERT_TRUE(update(board, app(version), 517 + i * 100).ok());
        auto booted = bootBoard(board);
        ASSERT_EQ(booted.result.kind, BootResult::Kind::JumpToApp) << booted.log;
        EXPECT_EQ(booted.result.jump->app.descriptor->version, version);
        EXPECT_EQ(booted.result.jump->partitionOffset, expectedSlot[i]);
        EXPECT_NE(booted.log.find("New image verified"), std::string::npos);
        // A second boot runs the same image without checking it again.
        auto again = bootBoard(board);
        EXPECT_EQ(again.result.jump->app.descriptor->version, version);
        EXPECT_EQ(again.log.find("Verifying the new image"), std::string::npos);
        previous = version;
    }
}

TEST(Ota, CorruptUpdateRollsBackToThePreviousImage) {
    auto board = plainBoard();
    ASSERT_TRUE(update(board, app("1.18.0.b1")).ok());
    ASSERT_EQ(runningVersion(board), "1.18.0.b1");
    auto broken = app("1.18.0.b2");
    broken[broken.size() / 2] ^= 0x10;
    ASSERT_TRUE(update(board, broken).ok());  // the updater writes what it is given
    auto booted = bootBoard(board);
    ASSERT_EQ(booted.result.kind, BootResult::Kind::JumpToApp) << booted.log;
    EXPECT_EQ(booted.result.jump->app.descriptor->version, "1.18.0.b1");
    EXPECT_NE(booted.log.find("New image rejected; rolling back"), std::string::npos) << booted.log;
    EXPECT_NE(booted.log.find("E ("), std::string::npos);
    EXPECT_EQ(runningVersion(board), "1.18.0.b1");
}

// Each check of esp_image_load on its own: an image that passes every check but one is rolled
// back, with the failed check named in the log.
namespace {

void expectUpdateRolledBack(const base::Bytes& image, const std::string& why) {
    auto board = plainBoard();
    ASSERT_TRUE(update(board, image).ok());
    auto booted = bootBoard(board);
    ASSERT_EQ(booted.result.kind, BootResult::Kind::JumpToApp) << booted.log;
    EXPECT_EQ(booted.result.jump->app.descriptor->version, "1.17.2.b1");
    EXPECT_NE(booted.log.find(why), std::string::npos) << booted.log;
}

}  // namespace

TEST(Ota, AWrongAppendedHashAloneRollsBack) {
    auto image = app("1.18.0.b1");
    ASSERT_TRUE(formats::verifyAppImage(image).ok());
    image[image.size() - 5] ^= 0x04;  // inside the appended SHA-256; the checksum still holds
    auto parsed = formats::parseAppImage(image);
    ASSERT_TRUE(parsed.ok() && parsed->checksumValid());
    expectUpdateRolledBack(image, "SHA-256 does not match");
}

TEST(Ota, AWrongChecksumAloneRollsBack) {
    auto image = app("1.18.0.b1");
    auto parsed = formats::parseAppImage(image);
    ASSERT_TRUE(parsed.ok());
    image[parsed->checksummedLength - 1] ^= 0x01;  // the checksum byte ends the checksummed part
    auto hash = crypto::sha256(base::ByteView(image).first(parsed->checksummedLength));
    std::copy(hash.begin(), hash.end(), image.begin() + long(parsed->checksummedLength));  // the hash still holds
    expectUpdateRolledBack(image, "checksum");
}

TEST(Ota, TruncatedUpdateRollsBack) {
    auto board = plainBoard();
    auto image = app("1.18.0.b1");
    image.resize(image.size() - 100);
    ASSERT_TRUE(update(board, image).ok());
    EXPECT_EQ(runningVersion(board), "1.17.2.b1");
}

TEST(Ota, VerifyReportsWhatTheBootloaderWillDecide) {
    auto board = plainBoard();
    boot::OtaUpdater updater(board, {});
    ASSERT_TRUE(updater.start().ok());
    auto image = app("1.18.0.b1");
    ASSERT_TRUE(updater.write(image).ok());
    EXPECT_TRUE(updater.verify().ok());
    boot::OtaUpdater broken(board, {});
    ASSERT_TRUE(broken.start().ok());
    image[100] ^= 1;
    ASSERT_TRUE(broken.write(image).ok());
    EXPECT_FALSE(broken.verify().ok());
}

TEST(Ota, UpdaterRefusesWhatTheOriginalGotWrong) {
    auto board = plainBoard();
    boot::OtaUpdater updater(board, {});
    auto early = updater.write(base::Bytes(16, 0));
    ASSERT_FALSE(early.ok());
    EXPECT_NE(early.error().message.find("before ota_start"), std::string::npos) << early.error().message;
    EXPECT_FALSE(updater.finish().ok());
    ASSERT_TRUE(updater.start().ok());
    EXPECT_FALSE(updater.finish().ok());  // nothing written
    ASSERT_TRUE(updater.write(base::Bytes(7, 0x11)).ok());    // odd chunk sizes are fine
    ASSERT_TRUE(updater.write(base::Bytes(9, 0x22)).ok());
    auto tooBig = updater.write(base::Bytes(1536 * 1024, 0));
    ASSERT_FALSE(tooBig.ok());
    EXPECT_NE(tooBig.error().message.find("does not fit"), std::string::npos);
    // Nothing past the slot was touched: the first byte of otadata's neighbour sector is intact.
    EXPECT_EQ(board.flash().contents()[0x1A0000 + 7], 0x22);
    // A finished update takes no more writes until the next start.
    ASSERT_TRUE(updater.finish().ok());
    auto late = updater.write(base::Bytes(4, 0x33));
    ASSERT_FALSE(late.ok());
    EXPECT_NE(late.error().message.find("before ota_start"), std::string::npos) << late.error().message;
    EXPECT_EQ(board.flash().contents()[0x1A0000 + 16], 0xFF);
}

TEST(SafeBoot, ButtonSelectsSafeBootPreviousAndFactoryImages) {
    auto board = plainBoard();
    ASSERT_TRUE(update(board, app("1.18.0.b1")).ok());
    ASSERT_EQ(runningVersion(board), "1.18.0.b1");
    ASSERT_TRUE(update(board, app("1.18.0.b2")).ok());
    ASSERT_EQ(runningVersion(board), "1.18.0.b2");  // in the factory partition, previous = ota_0

    struct Case {
        uint64_t holdMs;
        bool safe;
        std::string version;
    };
    // Held from power-on; the bootloader starts sampling ~30 ms in.
    for (const Case& c : {Case{20, false, "1.18.0.b2"}, Case{1000, true, "1.18.0.b2"},
                          Case{4000, true, "1.18.0.b1"}, Case{7000, true, "1.18.0.b2"}}) {
        boot::BootLog log(board.clock());
        board.gpio().clear();
        board.setClock(std::make_unique<base::VirtualClock>());
        board.gpio().holdHigh(chip::kSafeBootGpio, 0, c.holdMs * 1000);
        boot::BootLog timed(board.clock());
        auto result = boot::powerOn(board, timed);
        ASSERT_EQ(result.kind, BootResult::Kind::JumpToApp) << timed.text();
        EXPECT_EQ(result.jump->safeBoot, c.safe) << c.holdMs << "\n" << timed.text();
        EXPECT_EQ(result.jump->app.descriptor->version, c.version) << c.holdMs << "\n" << timed.text();
    }
    // The factory choice is the factory partition, which holds 1.18.0.b2 after the ping-pong;
    // nothing was persisted: the next plain boot runs the active image normally.
    auto normal = bootBoard(board);
    EXPECT_FALSE(normal.result.jump->safeBoot);
    EXPECT_EQ(normal.result.jump->app.descriptor->version, "1.18.0.b2");
}

TEST(SafeBoot, SoftwareRequestLastsExactlyOneBoot) {
    auto board = plainBoard();
    boot::OtaUpdater updater(board, {});
    ASSERT_TRUE(updater.requestSafeBoot().ok());
    auto first = bootBoard(board);
    EXPECT_TRUE(first.result.jump->safeBoot) << first.log;
    EXPECT_NE(first.log.find("Safe boot requested by software"), std::string::npos);
    auto second = bootBoard(board);
    EXPECT_FALSE(second.result.jump->safeBoot) << second.log;
}
