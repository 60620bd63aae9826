#include "port/fs/board_volume.h"

#include <gtest/gtest.h>

#include "chip/efuse_fields.h"
#include "formats/pycom_layout.h"
#include "security/flash_encryption.h"

using namespace pyfw;
using namespace pyfw::port::fs;

namespace {

base::Bytes keyFile(uint8_t seed) {
    base::Bytes key(32);
    for (size_t i = 0; i < key.size(); ++i) key[i] = uint8_t(seed + i * 13);
    return key;
}

chip::Efuses encryptingFuses(const base::Bytes& key, bool protect) {
    auto fuses = chip::Efuses::blank();
    EXPECT_TRUE(fuses.burnKey(1, key, protect).ok());
    EXPECT_TRUE(fuses.burnField(*chip::findEfuseField("FLASH_CRYPT_CONFIG"), 0xF).ok());
    EXPECT_TRUE(fuses.burnField(*chip::findEfuseField("FLASH_CRYPT_CNT"), 0).ok());
    return fuses;
}

}  // namespace

TEST(BoardVolume, PycomLayoutsPutTheVolumeWherePycomDoes) {
    auto small = *locateVolume(*formats::pycomPartitionTable(4u << 20));
    EXPECT_EQ(small.fat.offset, 0x380000u);
    EXPECT_EQ(small.fat.size, 127u * 4096);
    ASSERT_TRUE(small.journal);
    EXPECT_EQ(small.journal->label, "dummy");
    EXPECT_EQ(small.journal->size, 64u * 1024);
    auto large = *locateVolume(*formats::pycomPartitionTable(8u << 20));
    EXPECT_EQ(large.fat.offset, 0x400000u);
    EXPECT_EQ(large.fat.size, 1024u * 4096);
    EXPECT_EQ(locateVolume(formats::PartitionTable{}).error().code, Errno::NoDevice);
}

TEST(BoardVolume, TheFirmwareUsesTheHardwareKeyOnlyWhenEncrypting) {
    EXPECT_FALSE(chipCipher(chip::Efuses::blank()));
    auto key = keyFile(1);
    auto fuses = encryptingFuses(key, true);
    auto cipher = chipCipher(fuses);
    ASSERT_TRUE(cipher);
    EXPECT_EQ(cipher->flashCryptConfig, 0xF);
    EXPECT_TRUE(std::equal(key.begin(), key.end(), cipher->key.begin()));
}

TEST(BoardVolume, TheOwnerNeedsTheKeyFileWhenTheKeyIsReadProtected) {
    auto key = keyFile(2);
    EXPECT_FALSE(*ownerCipher(chip::Efuses::blank(), std::nullopt));
    auto protectedFuses = encryptingFuses(key, true);
    auto refused = ownerCipher(protectedFuses, std::nullopt);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Errno::AccessDenied);
    EXPECT_NE(refused.error().message.find("--keyfile"), std::string::npos);
    auto withFile = ownerCipher(protectedFuses, key);
    ASSERT_TRUE(withFile.ok() && *withFile);
    EXPECT_TRUE(std::equal(key.begin(), key.end(), (*withFile)->key.begin()));
    auto readable = ownerCipher(encryptingFuses(key, false), std::nullopt);
    ASSERT_TRUE(readable.ok() && *readable);
    EXPECT_TRUE(std::equal(key.begin(), key.end(), (*readable)->key.begin()));
    EXPECT_EQ(ownerCipher(protectedFuses, base::Bytes(5)).error().code, Errno::Invalid);
}

TEST(BoardVolume, AWrongKeyIsToldByThePartitionTable) {
    auto flash = chip::SpiFlash::inMemory(4u << 20);
    EXPECT_EQ(readPartitionTable(flash, std::nullopt).error().code, Errno::NoDevice);
    auto table = *formats::serializePartitionTable(*formats::pycomPartitionTable(4u << 20));
    auto right = *security::FlashEncryption::keyFromFile(keyFile(3));
    auto encrypted = *security::FlashEncryption::encrypt(right, formats::kPartitionTableAddress, 0xF, table);
    ASSERT_TRUE(flash.program(formats::kPartitionTableAddress, encrypted).ok());
    auto good = readPartitionTable(flash, FlashCipher{right, 0xF});
    ASSERT_TRUE(good.ok()) << good.error().message;
    EXPECT_EQ(locateVolume(*good)->fat.offset, 0x380000u);
    auto fuses = chip::Efuses::blank();
    ASSERT_TRUE(fuses.burnKey(1, keyFile(3), true).ok());
    ASSERT_TRUE(fuses.burnField(*chip::findEfuseField("FLASH_CRYPT_CONFIG"), 0xF).ok());
    ASSERT_TRUE(fuses.burnField(*chip::findEfuseField("FLASH_CRYPT_CNT"), 0).ok());
    auto firmware = firmwareStorage(flash, fuses);
    ASSERT_TRUE(firmware.ok()) << firmware.error().message;
    EXPECT_EQ(firmware->fat.offset(), 0x380000u);
    EXPECT_TRUE(firmware->fat.encrypted());
    EXPECT_EQ(firmware->journal->offset(), 0x320000u);
    auto wrong = readPartitionTable(flash, FlashCipher{*security::FlashEncryption::keyFromFile(keyFile(4)), 0xF});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, Errno::AccessDenied);
    EXPECT_EQ(readPartitionTable(flash, std::nullopt).error().code, Errno::Io);   // ciphertext read as plain
}
