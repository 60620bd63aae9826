#include "chip/flash_access.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/file.h"
#include "chip/board.h"
#include "chip/download_mode.h"
#include "security/flash_encryption.h"

using namespace pyfw;
using namespace pyfw::chip;

namespace {

std::filesystem::path vectors() { return std::filesystem::path(PYFW_SOURCE_DIR) / ".." / "shared" / "vectors" / "esp32"; }

base::Bytes sequence(size_t size, uint8_t start = 0) {
    base::Bytes out(size);
    for (size_t i = 0; i < size; ++i) out[i] = uint8_t(start + i);
    return out;
}

Board boardWithKey(const base::Bytes& key, bool enable) {
    auto board = Board::inMemory(*findBoardModel("lopy"), SpiFlash::inMemory(0x40000), Efuses::blank());
    EXPECT_TRUE(board.burnEfuses([&](Efuses& f) -> base::Status {
        PYFW_TRY(f.burnKey(1, key, true));
        PYFW_ASSIGN(auto conf, f.burnField(*findEfuseField("FLASH_CRYPT_CONFIG"), 0xF));
        (void)conf;
        if (enable) {
            PYFW_ASSIGN(auto count, f.burnField(*findEfuseField("FLASH_CRYPT_CNT"), 0));
            (void)count;
        }
        return base::okStatus();
    }).ok());
    return board;
}

}  // namespace

TEST(FlashAccess, EncryptedWriteThenCacheReadGivesThePlaintextBack) {
    auto board = boardWithKey(sequence(32), true);
    FlashAccess access(board.flash(), board.efuses());
    auto plain = sequence(0x120, 7);
    ASSERT_TRUE(access.writeEncrypted(0x10020, plain).ok());
    auto raw = access.readRaw(0x10020, 0x120);
    ASSERT_TRUE(raw.ok());
    EXPECT_NE(*raw, plain);
    auto back = access.read(0x10020, 0x120);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, plain);
    // Unaligned reads see the same bytes.
    auto middle = access.read(0x10023, 0x31);
    ASSERT_TRUE(middle.ok());
    EXPECT_EQ(*middle, base::Bytes(plain.begin() + 3, plain.begin() + 3 + 0x31));
    EXPECT_FALSE(access.writeEncrypted(0x10008, sequence(16)).ok());
    EXPECT_FALSE(access.writeEncrypted(0x10010, sequence(8)).ok());
}

TEST(FlashAccess, ReadsAreRawWhileTheCounterIsEven) {
    auto board = boardWithKey(sequence(32), false);
    FlashAccess access(board.flash(), board.efuses());
    ASSERT_TRUE(access.writeRaw(0x100, sequence(32)).ok());
    EXPECT_FALSE(access.encryptionEnabled());
    EXPECT_EQ(*access.read(0x100, 32), sequence(32));
    EXPECT_NE(*access.readDecrypted(0x100, 32), sequence(32));
}

TEST(FlashAccess, BurnKeyThenEncryptedDownloadMatchesEspsecure) {
    // The key file is reversed into BLK1 by burn_key and back again by the engine: writing
    // inputs/data_1000.bin at 0x10000 must give espsecure's encrypt_flash_data output.
    auto dir = vectors();
    if (!std::filesystem::exists(dir / "manifest.json")) GTEST_SKIP() << "shared vectors absent: " << dir;
    auto key = base::readFile(dir / "keys" / "fe_key_seq.bin");
    auto input = base::readFile(dir / "inputs" / "data_1000.bin");
    auto expected = base::readFile(dir / "flash_enc" / "enc_seq_a010000_cf_d1000.bin");
    ASSERT_TRUE(key.ok() && input.ok() && expected.ok());
    auto board = boardWithKey(*key, true);
    WriteFlashOptions options;
    options.encrypt = true;
    auto written = writeFlash(board, {{0x10000, *input, "data_1000.bin"}}, options);
    ASSERT_TRUE(written.ok()) << written.error().message;
    auto stored = readFlash(board, 0x10000, uint32_t(expected->size()), false);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, *expected);
    auto decrypted = readFlash(board, 0x10000, uint32_t(input->size()), true);
    ASSERT_TRUE(decrypted.ok());
    EXPECT_EQ(*decrypted, *input);
}

TEST(DownloadMode, RefusesWhatTheRomRefuses) {
    auto board = boardWithKey(sequence(32), true);
    ASSERT_TRUE(board.burnEfuses([](Efuses& f) -> base::Status {
        for (const char* name : {"DISABLE_DL_ENCRYPT", "DISABLE_DL_DECRYPT"}) {
            auto burnt = f.burnField(*findEfuseField(name), 1);
            if (!burnt.ok()) return burnt.error();
        }
        return base::okStatus();
    }).ok());
    WriteFlashOptions encrypt;
    encrypt.encrypt = true;
    auto refusedWrite = writeFlash(board, {{0x10000, sequence(64), "x"}}, encrypt);
    ASSERT_FALSE(refusedWrite.ok());
    EXPECT_NE(refusedWrite.error().message.find("DISABLE_DL_ENCRYPT"), std::string::npos);
    auto refusedRead = readFlash(board, 0x10000, 64, true);
    ASSERT_FALSE(refusedRead.ok());
    EXPECT_NE(refusedRead.error().message.find("DISABLE_DL_DECRYPT"), std::string::npos);
    // Plain writes and raw reads still work: that is how the real chip gets its 3 reflashes.
    EXPECT_TRUE(writeFlash(board, {{0x10000, sequence(64), "x"}}, {}).ok());
    EXPECT_TRUE(readFlash(board, 0x10000, 64, false).ok());
    EXPECT_EQ(board.flash().contents()[0x10040], 0xFF);
}

TEST(DownloadMode, EncryptedWritesNeedAnEnabledChipAnd32ByteAlignment) {
    auto board = boardWithKey(sequence(32), false);
    WriteFlashOptions encrypt;
    encrypt.encrypt = true;
    EXPECT_FALSE(writeFlash(board, {{0x10000, sequence(64), "x"}}, encrypt).ok());
    encrypt.ignoreEncryptionEfuse = true;
    EXPECT_TRUE(writeFlash(board, {{0x10000, sequence(64), "x"}}, encrypt).ok());
    EXPECT_FALSE(writeFlash(board, {{0x10010, sequence(64), "x"}}, encrypt).ok());
}

TEST(DownloadMode, WriteErasesWholeSectorsAndPatchesTheBootloaderHeader) {
    auto board = Board::inMemory(*findBoardModel("lopy"), SpiFlash::inMemory(0x400000), Efuses::blank());
    ASSERT_TRUE(board.flash().program(0x1000, base::Bytes(0x2000, 0)).ok());
    base::Bytes image(0x20, 0);
    image[0] = 0xE9;
    image[2] = 0x02;
    image[3] = 0x0F;  // 1MB, 80m as esptool v2.1's elf2image leaves it
    auto written = writeFlash(board, {{0x1000, image, "bootloader.bin"}}, {});
    ASSERT_TRUE(written.ok());
    EXPECT_TRUE((*written)[0].headerPatched);
    EXPECT_EQ(board.flash().contents()[0x1003], 0x2F);  // detect: 4MB (0x20) with 80m kept
    EXPECT_EQ(board.flash().contents()[0x1020], 0xFF);  // rest of the sector erased
    EXPECT_EQ(board.flash().contents()[0x2000], 0x00);  // next sector untouched
    // An odd length is padded to 4 bytes with 0xFF.
    auto odd = writeFlash(board, {{0x20000, base::Bytes(5, 0), "odd"}}, {});
    ASSERT_TRUE(odd.ok());
    EXPECT_EQ((*odd)[0].length, 8u);
}

TEST(FlashAccess, ThreeQuarterCodedKeyEncryptsAsEspsecureDoesWithThe24ByteKeyFile) {
    auto board = Board::inMemory(*findBoardModel("lopy"), SpiFlash::inMemory(0x40000), Efuses::blank());
    auto key = sequence(24, 0x30);
    ASSERT_TRUE(board.burnEfuses([&](Efuses& f) -> base::Status {
        auto scheme = f.burnField(*findEfuseField("CODING_SCHEME"), 1);
        if (!scheme.ok()) return scheme.error();
        PYFW_TRY(f.burnKey(1, key, true));
        auto conf = f.burnField(*findEfuseField("FLASH_CRYPT_CONFIG"), 0xF);
        if (!conf.ok()) return conf.error();
        auto count = f.burnField(*findEfuseField("FLASH_CRYPT_CNT"), 0);
        return count.ok() ? base::okStatus() : count.error();
    }).ok());
    FlashAccess access(board.flash(), board.efuses());
    auto plain = sequence(64, 9);
    ASSERT_TRUE(access.writeEncrypted(0x2000, plain).ok());
    auto flashKey = security::FlashEncryption::keyFromFile(key);
    ASSERT_TRUE(flashKey.ok());
    auto expected = security::FlashEncryption::encrypt(*flashKey, 0x2000, 0xF, plain);
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ(*access.readRaw(0x2000, 64), *expected);
    EXPECT_EQ(*access.read(0x2000, 64), plain);
}
