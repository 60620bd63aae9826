// Secure boot and flash encryption: a board provisioned with its own keys boots and keeps no
// plaintext, a flipped bit anywhere in what is signed stops or rolls back the boot, a wrong key is
// caught by the ROM, and a plaintext secure build encrypts itself on its first boot.
#include <gtest/gtest.h>

#include "boot/boot_chain.h"
#include "boot/ota_updater.h"
#include "chip/flash_access.h"
#include "security/flash_encryption.h"
#include "test_firmware.h"

using namespace pyfw;
using namespace pyfw::testing;
using boot::BootResult;

namespace {

base::Bytes decryptFlash(const chip::Board& board, const base::Bytes& key, uint32_t address, size_t length) {
    auto flashKey = security::FlashEncryption::keyFromFile(key);
    base::Bytes cipher(board.flash().contents().begin() + address,
                       board.flash().contents().begin() + address + ((length + 15) & ~size_t(15)));
    auto plain = security::FlashEncryption::decrypt(*flashKey, address, 0xF, cipher);
    plain->resize(length);
    return *plain;
}

const SecureKeys& keys() {
    static const SecureKeys k = makeKeys(7);
    return k;
}

AppSpec smallApp() {
    AppSpec spec;
    spec.codeSize = 1500;
    return spec;
}

}  // namespace

TEST(SecureBoard, ProvisionedBoardBootsAndFlashHoldsNoPlaintext) {
    auto board = newBoard("lopy4");
    auto build = buildFirmware(board.flash().size(), &keys());
    provisionSecure(board, build);
    auto booted = bootBoard(board);
    ASSERT_EQ(booted.result.kind, BootResult::Kind::JumpToApp) << booted.result.reason << "\n" << booted.log;
    EXPECT_TRUE(booted.result.jump->app.signatureChecked);
    EXPECT_NE(booted.log.find("Verifying partition table signature"), std::string::npos);
    EXPECT_NE(booted.log.find("bootloader secure boot is already enabled"), std::string::npos);
    EXPECT_EQ(booted.result.jump->app.frozenModules[0].name, "_boot.py");

    auto flash = board.flash().contents();
    EXPECT_FALSE(contains(flash, "PYFW-TEST-APP"));
    EXPECT_FALSE(contains(flash, "_boot.py"));
    EXPECT_FALSE(contains(flash, "pyfw bootloader"));
    EXPECT_EQ(decryptFlash(board, keys().flashEncryptionKey, 0x10000, build.app.size()), build.app);
    EXPECT_EQ(decryptFlash(board, keys().flashEncryptionKey, 0x8000, build.table.size()), build.table);
}

TEST(SecureBoard, WrongFlashEncryptionKeyBurntIsCaughtByTheRom) {
    auto board = newBoard("lopy");
    auto build = buildFirmware(board.flash().size(), &keys(), smallApp());
    provisionSecure(board, build, {makeKeys(9).flashEncryptionKey, std::nullopt});
    auto booted = bootBoard(board);
    EXPECT_EQ(booted.result.kind, BootResult::Kind::Halted);
    EXPECT_NE(booted.log.find("invalid header"), std::string::npos) << booted.log;
}

TEST(SecureBoard, WrongSecureBootKeyBurntFailsTheDigestCheck) {
    auto board = newBoard("lopy");
    auto build = buildFirmware(board.flash().size(), &keys(), smallApp());
    provisionSecure(board, build, {std::nullopt, makeKeys(9).secureBootKey});
    auto booted = bootBoard(board);
    EXPECT_EQ(booted.result.kind, BootResult::Kind::Halted);
    EXPECT_NE(booted.log.find("secure boot check fail"), std::string::npos) << booted.log;
}

TEST(SecureBoard, EveryFlippedBitOfTheSignedAppStopsTheBoot) {
    auto board = newBoard("lopy");
    auto build = buildFirmware(board.flash().size(), &keys(), smallApp());
    provisionSecure(board, build);
    ASSERT_EQ(bootBoard(board).result.kind, BootResult::Kind::JumpToApp);
    for (size_t i = 0; i < build.app.size(); ++i) {
        auto tampered = build.app;
        tampered[i] ^= uint8_t(1u << (i % 8));
        rewriteFlash(board, 0x10000, encryptFor(keys().flashEncryptionKey, 0x10000, tampered));
        auto booted = bootBoard(board);
        ASSERT_EQ(booted.result.kind, BootResult::Kind::Halted) << "byte " << i << "\n" << booted.log;
        ASSERT_NE(booted.log.find("E ("), std::string::npos) << "byte " << i;
    }
}

TEST(SecureBoard, EveryFlippedBitOfTheSignedPartitionTableStopsTheBoot) {
    auto board = newBoard("lopy");
    auto build = buildFirmware(board.flash().size(), &keys(), smallApp());
    provisionSecure(board, build);
    for (size_t i = 0; i < build.table.size(); ++i) {
        auto tampered = build.table;
        tampered[i] ^= uint8_t(1u << (i % 8));
        rewriteFlash(board, 0x8000, encryptFor(keys().flashEncryptionKey, 0x8000, tampered));
        auto booted = bootBoard(board);
        ASSERT_EQ(booted.result.kind, BootResult::Kind::Halted) << "byte " << i << "\n" << booted.log;
        ASSERT_NE(booted.log.find("Failed to verify partition table signature"), std::string::npos) << booted.log;
    }
}

TEST(SecureBoard, EveryFlippedBitOfTheBootloaderFailsTheRomCheck) {
    auto board = newBoard("lopy");
    auto build = buildFirmware(board.flash().size(), &keys(), smallApp());
    provisionSecure(board, build);
    auto plain = decryptFlash(board, keys().flashEncryptionKey, 0, 0x1000 + build.bootloader.size());
    for (size_t i = 0; i < plain.size(); i += (i < 0xC0 || 0x1000 <= i ? 1 : 0xF40)) {
        auto tampered = plain;
        tampered[i] ^= uint8_t(1u << (i % 8));
        rewriteFlash(board, 0, encryptFor(keys().flashEncryptionKey, 0, tampered));
        auto booted = bootBoard(board);
        ASSERT_EQ(booted.result.kind, BootResult::Kind::Halted) << "byte " << i << "\n" << booted.log;
        bool romStopped = booted.log.find("secure boot check fail") != std::string::npos ||
                          booted.log.find("invalid header") != std::string::npos;
        ASSERT_TRUE(romStopped) << "byte " << i << "\n" << booted.log;
    }
}

TEST(SecureBoard, CorruptSignedUpdateRollsBack) {
    auto board = newBoard("lopy");
    auto build = buildFirmware(board.flash().size(), &keys(), smallApp());
    provisionSecure(board, build);
    ASSERT_EQ(bootBoard(board).result.kind, BootResult::Kind::JumpToApp);
    AppSpec next = smallApp();
    next.version = "1.18.0.b1";
    auto image = buildApp(next, &keys());
    image[image.size() - 10] ^= 0x01;  // inside the signature
    boot::OtaUpdater updater(board, formats::BootloaderConfig{true, true, keys().verificationKey});
    ASSERT_TRUE(updater.start().ok());
    auto slot = updater.slotAddress();
    ASSERT_TRUE(updater.write(encryptFor(keys().flashEncryptionKey, *slot, image)).ok());
    EXPECT_FALSE(updater.verify().ok());
    ASSERT_TRUE(updater.finish().ok());
    auto booted = bootBoard(board);
    ASSERT_EQ(booted.result.kind, BootResult::Kind::JumpToApp) << booted.log;
    EXPECT_EQ(booted.result.jump->app.descriptor->version, "1.17.2.b1");
    EXPECT_NE(booted.log.find("signature check failed"), std::string::npos) << booted.log;
}

TEST(SecureBoard, UnsignedImageIsRefusedUnderSecureBoot) {
    auto board = newBoard("lopy");
    auto build = buildFirmware(board.flash().size(), &keys(), smallApp());
    provisionSecure(board, build);
    ASSERT_EQ(bootBoard(board).result.kind, BootResult::Kind::JumpToApp);
    AppSpec next = smallApp();
    next.version = "1.18.0.b1";
    auto unsignedImage = buildApp(next, nullptr);
    boot::OtaUpdater updater(board, formats::BootloaderConfig{true, true, keys().verificationKey});
    ASSERT_TRUE(updater.start().ok());
    ASSERT_TRUE(updater.write(encryptFor(keys().flashEncryptionKey, *updater.slotAddress(), unsignedImage)).ok());
    ASSERT_TRUE(updater.finish().ok());
    auto booted = bootBoard(board);
    ASSERT_EQ(booted.result.kind, BootResult::Kind::JumpToApp);
    EXPECT_EQ(booted.result.jump->app.descriptor->version, "1.17.2.b1");
}

TEST(FirstBoot, PlaintextSecureBuildEncryptsItselfWithGeneratedKeys) {
    auto board = newBoard("lopy");
    auto build = buildFirmware(board.flash().size(), &keys(), smallApp());
    flashPlain(board, build);
    ASSERT_TRUE(contains(board.flash().contents(), "PYFW-TEST-APP"));
    auto booted = bootBoard(board);
    ASSERT_EQ(booted.result.kind, BootResult::Kind::JumpToApp) << booted.result.reason << "\n" << booted.log;
    EXPECT_EQ(booted.result.resets, 1);
    for (const char* line : {"Generating new secure boot key", "secure boot is now enabled", "Generating new flash encryption key",
                             "FLASH_CRYPT_CNT 0x0 -> 0x1", "Resetting with flash encryption enabled",
                             "rst:0x3 (SW_RESET)", "Removing the journal of the finished flash encryption"})
        EXPECT_NE(booted.log.find(line), std::string::npos) << line << "\n" << booted.log;
    const auto& fuses = board.efuses();
    EXPECT_TRUE(fuses.flashEncryptionEnabled());
    EXPECT_TRUE(fuses.secureBootEnabled());
    EXPECT_TRUE(fuses.isSet("DISABLE_DL_ENCRYPT") && fuses.isSet("JTAG_DISABLE"));
    for (const char* block : {"BLK1", "BLK2"}) {  // both keys generated, unreadable and frozen
        EXPECT_TRUE(fuses.isReadProtected(*chip::findEfuseField(block))) << block;
        EXPECT_TRUE(fuses.isWriteProtected(*chip::findEfuseField(block))) << block;
    }
    EXPECT_FALSE(contains(board.flash().contents(), "PYFW-TEST-APP"));
    EXPECT_FALSE(contains(board.flash().contents(), "pyfw bootloader"));
    // Journal and staging sectors are blank again.
    for (uint32_t address : {0x192000u, 0x193000u})
        EXPECT_EQ(board.flash().contents()[address + 5], 0xFF);
    // Later boots are plain encrypted boots.
    auto again = bootBoard(board);
    ASSERT_EQ(again.result.kind, BootResult::Kind::JumpToApp) << again.log;
    EXPECT_EQ(again.result.resets, 0);
}

TEST(FirstBoot, DataPartitionsAreEncryptedOnlyWhenFlaggedAsTheIdfDoes) {
    // The compact table flags `fs` encrypted and leaves `nvs` (0x9000) unflagged.
    auto board = newBoard("lopy");
    flashPlain(board, buildFirmware(board.flash().size(), &keys(), smallApp(), TableLayout::Compact));
    rewriteFlash(board, 0x9000, base::Bytes{'P', 'Y', 'F', 'W', '-', 'N', 'V', 'S'});
    rewriteFlash(board, 0x60000, base::Bytes{'P', 'Y', 'F', 'W', '-', 'F', 'S', '!'});
    auto booted = bootBoard(board);
    ASSERT_EQ(booted.result.kind, BootResult::Kind::JumpToApp) << booted.log;
    EXPECT_TRUE(contains(board.flash().contents(), "PYFW-NVS"));
    EXPECT_FALSE(contains(board.flash().contents(), "PYFW-FS!"));
    chip::FlashAccess flash(board.flash(), board.efuses());
    auto fs = flash.read(0x60000, 8);
    ASSERT_TRUE(fs.ok());
    EXPECT_EQ(std::string(fs->begin(), fs->end()), "PYFW-FS!");
    // The rest of the flagged partition was blank and is now the ciphertext of blank.
    EXPECT_NE(board.flash().contents()[0x60000 + 0x7FF0], 0xFF);
}

TEST(FirstBoot, PreloadedKeysAreUsedAndTheFlashDecryptsWithThem) {
    auto board = newBoard("lopy");
    auto build = buildFirmware(board.flash().size(), &keys(), smallApp());
    flashPlain(board, build);
    ASSERT_TRUE(board.burnEfuses([&](chip::Efuses& f) -> base::Status {
        PYFW_TRY(f.burnKey(1, keys().flashEncryptionKey, true));
        return f.burnKey(2, keys().secureBootKey, true);
    }).ok());
    auto booted = bootBoard(board);
    ASSERT_EQ(booted.result.kind, BootResult::Kind::JumpToApp) << booted.log;
    EXPECT_NE(booted.log.find("Using pre-loaded flash encryption key"), std::string::npos);
    EXPECT_NE(booted.log.find("Using pre-loaded secure boot key"), std::string::npos);
    EXPECT_EQ(decryptFlash(board, keys().flashEncryptionKey, 0x10000, build.app.size()), build.app);
    EXPECT_EQ(decryptFlash(board, keys().flashEncryptionKey, 0x8000, build.table.size()), build.table);
    EXPECT_EQ(decryptFlash(board, keys().flashEncryptionKey, 0x1000, build.bootloader.size()), build.bootloader);
}

TEST(FirstBoot, ReadablePreloadedSecureBootKeyIsProtectedWithAbsDone) {
    // secure_boot.c accepts a readable pre-loaded BLK2 key and protects it when it burns ABS_DONE_0.
    auto board = newBoard("lopy");
    flashPlain(board, buildFirmware(board.flash().size(), &keys(), smallApp()));
    const auto& block2 = *chip::findEfuseField("BLK2");
    ASSERT_TRUE(board.burnEfuses([&](chip::Efuses& f) { return f.burnKey(2, keys().secureBootKey, false); }).ok());
    ASSERT_FALSE(board.efuses().isReadProtected(block2));
    auto booted = bootBoard(board);
    ASSERT_EQ(booted.result.kind, BootResult::Kind::JumpToApp) << booted.log;
    EXPECT_NE(booted.log.find("Using pre-loaded secure boot key"), std::string::npos) << booted.log;
    EXPECT_TRUE(board.efuses().isReadProtected(block2));
    EXPECT_TRUE(board.efuses().isWriteProtected(block2));
    EXPECT_EQ(board.efuses().hardwareKey(2), keys().secureBootKey);
}

TEST(FirstBoot, ReadableFlashKeyIsRefusedAsTheIdfDoes) {
    auto board = newBoard("lopy");
    flashPlain(board, buildFirmware(board.flash().size(), &keys(), smallApp()));
    ASSERT_TRUE(board.burnEfuses([&](chip::Efuses& f) { return f.burnKey(1, keys().flashEncryptionKey, false); }).ok());
    auto booted = bootBoard(board);
    EXPECT_EQ(booted.result.kind, BootResult::Kind::Halted);
    EXPECT_NE(booted.log.find("either unset or both read and write protected"), std::string::npos) << booted.log;
    EXPECT_FALSE(board.efuses().flashEncryptionEnabled());
}
