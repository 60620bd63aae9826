#include "chip/efuses.h"

#include <gtest/gtest.h>

using namespace pyfw;
using namespace pyfw::chip;

namespace {

const EfuseField& field(const char* name) {
    const EfuseField* f = findEfuseField(name);
    EXPECT_NE(f, nullptr) << name;
    return *f;
}

base::Bytes sequenceKey(size_t size) {
    base::Bytes key(size);
    for (size_t i = 0; i < size; ++i) key[i] = uint8_t(i);
    return key;
}

}  // namespace

TEST(EfuseFields, NamesAndAliasesResolve) {
    EXPECT_EQ(findEfuseField("flash_crypt_cnt")->name, "FLASH_CRYPT_CNT");
    EXPECT_EQ(findEfuseField("flash_encryption")->name, "BLK1");
    EXPECT_EQ(findEfuseField("BLOCK2")->name, "BLK2");
    EXPECT_EQ(findEfuseField("secure_boot")->name, "BLK2");
    EXPECT_EQ(findEfuseField("NO_SUCH_FUSE"), nullptr);
}

TEST(Efuses, PycomFuseSetGivesTheReferenceRegisterWords) {
    // esp32-security.md §5: FLASH_CRYPT_CNT, FLASH_CRYPT_CONFIG 0xF, ABS_DONE_0, JTAG/DL/console
    // disables give RDATA0=0x00100000, RDATA5=0xF0000000, RDATA6=0x000003D4.
    auto fuses = Efuses::blank();
    ASSERT_TRUE(fuses.burnField(field("FLASH_CRYPT_CNT"), 0).ok());
    ASSERT_TRUE(fuses.burnField(field("FLASH_CRYPT_CONFIG"), 0xF).ok());
    for (const char* flag : {"ABS_DONE_0", "JTAG_DISABLE", "CONSOLE_DEBUG_DISABLE", "DISABLE_DL_ENCRYPT",
                             "DISABLE_DL_DECRYPT", "DISABLE_DL_CACHE"})
        ASSERT_TRUE(fuses.burnField(field(flag), 1).ok()) << flag;
    EXPECT_EQ(fuses.readWord(0, 0), 0x00100000u);
    EXPECT_EQ(fuses.readWord(0, 5), 0xF0000000u);
    EXPECT_EQ(fuses.readWord(0, 6), 0x000003D4u);
    EXPECT_TRUE(fuses.flashEncryptionEnabled());
    EXPECT_TRUE(fuses.secureBootEnabled());
}

TEST(Efuses, BurnKeyReversesTheKeyFileIntoTheWords) {
    auto fuses = Efuses::blank();
    auto key = sequenceKey(32);
    ASSERT_TRUE(fuses.burnKey(1, key, /*protect=*/false).ok());
    // RDATA_i = BE32(keyfile[28-4i .. 31-4i]).
    for (int i = 0; i < 8; ++i) EXPECT_EQ(fuses.readWord(1, i), base::readBe32(&key[28 - 4 * i])) << i;
    EXPECT_EQ(fuses.readKeyBlock(1), key);
    EXPECT_EQ(fuses.hardwareKey(1), key);
}

TEST(Efuses, ProtectedKeyReadsAsZerosButTheHardwareStillUsesIt) {
    auto fuses = Efuses::blank();
    auto key = sequenceKey(32);
    ASSERT_TRUE(fuses.burnKey(2, key, /*protect=*/true).ok());
    EXPECT_EQ(fuses.readKeyBlock(2), base::Bytes(32, 0));
    for (int i = 0; i < 8; ++i) EXPECT_EQ(fuses.readWord(2, i), 0u);
    EXPECT_EQ(fuses.hardwareKey(2), key);
    EXPECT_TRUE(fuses.isWriteProtected(field("BLK2")));
    EXPECT_TRUE(fuses.isReadProtected(field("BLK2")));
}

TEST(Efuses, KeyBurntTwiceIsRefused) {
    auto fuses = Efuses::blank();
    ASSERT_TRUE(fuses.burnKey(1, sequenceKey(32), false).ok());
    auto again = fuses.burnKey(1, base::Bytes(32, 0x55), false);
    ASSERT_FALSE(again.ok());
    EXPECT_NE(again.error().message.find("already holds a key"), std::string::npos);
    EXPECT_EQ(fuses.readKeyBlock(1), sequenceKey(32));

    auto protectedFuses = Efuses::blank();
    ASSERT_TRUE(protectedFuses.burnKey(1, sequenceKey(32), true).ok());
    auto refused = protectedFuses.burnKey(1, base::Bytes(32, 0x55), true);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("write-protected"), std::string::npos);
}

TEST(Efuses, ReadProtectedButWritableKeyIsNotBurntBlind) {
    auto fuses = Efuses::blank();
    ASSERT_TRUE(fuses.readProtect(field("BLK1")).ok());
    auto result = fuses.burnKey(1, sequenceKey(32), true);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("read-protected"), std::string::npos);
}

TEST(Efuses, WrongKeyLengthIsRefused) {
    auto fuses = Efuses::blank();
    EXPECT_FALSE(fuses.burnKey(1, sequenceKey(16), true).ok());
    EXPECT_FALSE(fuses.burnKey(1, sequenceKey(24), true).ok());
}

TEST(Efuses, ThreeQuarterCodingTakes24ByteKeysAndExtendsThem) {
    auto fuses = Efuses::blank();
    ASSERT_TRUE(fuses.burnField(field("CODING_SCHEME"), 1).ok());
    EXPECT_FALSE(fuses.burnKey(1, sequenceKey(32), false).ok());
    auto key = sequenceKey(24);
    ASSERT_TRUE(fuses.burnKey(1, key, false).ok());
    EXPECT_EQ(fuses.readKeyBlock(1), key);
    EXPECT_EQ(fuses.hardwareKey(1), key);
    EXPECT_EQ(fuses.readWord(1, 6), 0u);
}

TEST(Efuses, BitsOnlyGoFromZeroToOne) {
    auto fuses = Efuses::blank();
    ASSERT_TRUE(fuses.burnField(field("FLASH_CRYPT_CONFIG"), 0x3).ok());
    auto value = fuses.burnField(field("FLASH_CRYPT_CONFIG"), 0x4);
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(*value, 0x7u);
}

TEST(Efuses, FlashCryptCountAdvancesOneBitAtATime) {
    auto fuses = Efuses::blank();
    const auto& cnt = field("FLASH_CRYPT_CNT");
    uint64_t expected[] = {0x01, 0x03, 0x07, 0x0F, 0x1F, 0x3F, 0x7F, 0xFF};
    for (int i = 0; i < 8; ++i) {
        auto value = fuses.burnField(cnt, 0);
        ASSERT_TRUE(value.ok());
        EXPECT_EQ(*value, expected[i]);
        EXPECT_EQ(fuses.flashEncryptionEnabled(), i % 2 == 0);
    }
    EXPECT_FALSE(fuses.burnField(cnt, 0).ok());
}

TEST(Efuses, WriteProtectedFieldIsRefused) {
    auto fuses = Efuses::blank();
    ASSERT_TRUE(fuses.writeProtect(field("FLASH_CRYPT_CNT")).ok());
    auto result = fuses.burnField(field("FLASH_CRYPT_CNT"), 0);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("FLASH_CRYPT_CNT is write-protected"), std::string::npos);
    EXPECT_EQ(fuses.flashCryptCount(), 0);
}

TEST(Efuses, ValuesTooLargeAndFactoryFieldsAreRefused) {
    auto fuses = Efuses::blank();
    EXPECT_FALSE(fuses.burnField(field("FLASH_CRYPT_CONFIG"), 0x10).ok());
    EXPECT_FALSE(fuses.burnField(field("ABS_DONE_0"), 2).ok());
    EXPECT_FALSE(fuses.burnField(field("MAC"), 1).ok());
    EXPECT_FALSE(fuses.burnField(field("CODING_SCHEME"), 2).ok());
    EXPECT_EQ(fuses, Efuses::blank());
}

TEST(Efuses, ConfigReadProtectionHidesEncryptionConfigFromSoftware) {
    auto fuses = Efuses::blank();
    ASSERT_TRUE(fuses.burnField(field("FLASH_CRYPT_CONFIG"), 0xF).ok());
    ASSERT_TRUE(fuses.readProtect(field("FLASH_CRYPT_CONFIG")).ok());
    EXPECT_EQ(fuses.readField("FLASH_CRYPT_CONFIG"), 0u);
    EXPECT_EQ(fuses.readWord(0, 5), 0u);
    EXPECT_EQ(fuses.flashCryptConfig(), 0xF);
}

TEST(Efuses, ProtectingTheProtectionBitsFreezesThem) {
    auto fuses = Efuses::blank();
    ASSERT_TRUE(fuses.writeProtect(field("RD_DIS")).ok());  // WR_DIS bit 0
    EXPECT_FALSE(fuses.readProtect(field("BLK3")).ok());
    ASSERT_TRUE(fuses.writeProtect(field("WR_DIS")).ok());  // WR_DIS bit 1
    EXPECT_FALSE(fuses.writeProtect(field("ABS_DONE_0")).ok());
}

TEST(Efuses, FactoryIdentityAndSerialisationRoundTrip) {
    auto fuses = Efuses::blank();
    fuses.programFactoryIdentity({0x24, 0x0A, 0xC4, 0x12, 0x34, 0x56}, 1);
    EXPECT_EQ(formatMac(fuses.mac()), "24:0a:c4:12:34:56");
    EXPECT_TRUE(fuses.macCrcValid());
    EXPECT_EQ(fuses.chipRevision(), 1);
    auto back = Efuses::fromBytes(fuses.toBytes());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, fuses);
    EXPECT_FALSE(Efuses::fromBytes(base::Bytes(127, 0)).ok());
}

TEST(Efuses, MacCrcMatchesTheRomAlgorithm) {
    // CRC-8, reflected polynomial 0x8C, init 0: the byte 0x01 alone gives 0x5E (Dallas/Maxim).
    EXPECT_EQ(macCrc8({0, 0, 0, 0, 0, 0}), 0);
    std::array<uint8_t, 6> one{0, 0, 0, 0, 0, 1};
    EXPECT_EQ(macCrc8(one), 0x5E);
}
