#include "security/flash_encryption.h"

#include <gtest/gtest.h>

#include <random>

#include "base/file.h"
#include "crypto/aes.h"
#include "crypto/random.h"
#include "security/flash_cipher_engine.h"
#include "support/toolchain_test_helpers.h"

using namespace pyfw;
using namespace pyfw::security;
using test::hexArray;
using test::hexOf;

namespace {

FlashKey randomKey(std::mt19937& rng) {
    FlashKey key;
    for (auto& b : key) b = uint8_t(rng());
    return key;
}

base::Bytes randomData(size_t size) { return crypto::randomBytes(size); }

}  // namespace

// Worked examples of esp32-security.md §3 (K = 0).
TEST(FlashKeyTweak, WorkedExamples) {
    FlashKey zero{};
    EXPECT_EQ(hexOf(tweakKeyByTable(zero, 0x20, 0xF)),
              "0000200004000080200004000080001010000200004000082000040000800011");
    EXPECT_EQ(hexOf(tweakKeyByTable(zero, 0x1000, 0xF)),
              "0010000200004010000200004000080800010000200004000002000040000800");
    EXPECT_EQ(hexOf(tweakKeyByTable(zero, 0x1F0000, 0xF)),
              "1f0003e0007c000003e0007c000f800001f0003e0007c00003e0007c000f8000");
    EXPECT_EQ(hexOf(tweakKeyByTable(zero, 0x1F0000, 0x3)),
              "1f0003e0007c000003e0007c000f800000000000000000000000000000000000");
    EXPECT_EQ(tweakKeyByTable(zero, 0x1F0000, 0), zero);
}

TEST(FlashKeyTweak, AddressBitFiveFlipsTheDocumentedKeyBits) {
    std::vector<int> flipped;
    for (int n = 0; n < 256; ++n)
        if (tweakAddressBit(n) == 5) flipped.push_back(n);
    EXPECT_EQ(flipped, (std::vector<int>{18, 37, 56, 66, 85, 104, 123, 131, 150, 169, 188, 194, 213, 232, 251, 255}));
}

// Every config bit on its own, every address bit on its own, and random addresses below 16 MiB.
TEST(FlashKeyTweak, TableAndClosedFormAgreeBelow16MiB) {
    std::mt19937 rng(1);
    for (int conf = 0; conf < 16; ++conf) {
        FlashKey key = randomKey(rng);
        for (int bit = 0; bit < 24; ++bit)
            ASSERT_EQ(tweakKeyByTable(key, 1u << bit, uint8_t(conf)), tweakKeyClosedForm(key, 1u << bit, uint8_t(conf)))
                << "conf " << conf << " address bit " << bit;
        for (int i = 0; i < 300; ++i) {
            uint32_t address = rng() & 0xFFFFF0;
            ASSERT_EQ(tweakKeyByTable(key, address, uint8_t(conf)), tweakKeyClosedForm(key, address, uint8_t(conf)))
                << "conf " << conf << " address " << address;
        }
    }
}

TEST(FlashKeyTweak, EachConfigBitTouchesOnlyItsGroup) {
    FlashKey zero{};
    for (int g = 0; g < 4; ++g) {
        FlashKey tweaked = tweakKeyByTable(zero, 0xFFFFE0, uint8_t(1 << g));
        for (int n = 0; n < 256; ++n) {
            bool set = tweaked[n / 8] & (0x80 >> (n % 8));
            EXPECT_EQ(set, tweakGroup(n) == g) << "group " << g << " bit " << n;
        }
    }
}

TEST(FlashKeyTweak, SequenceFollowsTheClosedFormAcrossCarriesAnd16MiB) {
    std::mt19937 rng(2);
    FlashKey key = randomKey(rng);
    for (uint64_t start : {uint64_t(0), uint64_t(0x7FFC0), uint64_t(0xFFFF00), uint64_t(0x1000000 - 64), uint64_t(0x3000020)}) {
        TweakSequence sequence(key, start, 0xF);
        for (uint64_t address = start & ~uint64_t(31); address < start + 0x2000; address += 32, sequence.advance())
            ASSERT_EQ(sequence.current(), tweakKeyClosedForm(key, address, 0xF)) << std::hex << address;
    }
}

TEST(FlashEncryption, KeyFilesOf32And24Bytes) {
    base::Bytes key24(24);
    for (int i = 0; i < 24; ++i) key24[i] = uint8_t(i);
    auto key = FlashEncryption::keyFromFile(key24);
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(hexOf(*key), "000102030405060708090a0b0c0d0e0f101112131415161708090a0b0c0d0e0f");
    EXPECT_TRUE(FlashEncryption::keyFromFile(base::Bytes(32)).ok());
    auto bad = FlashEncryption::keyFromFile(base::Bytes(16));
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("not 16"), std::string::npos);
}

TEST(FlashEncryption, RejectsMisalignedInput) {
    FlashKey key{};
    EXPECT_FALSE(FlashEncryption::encrypt(key, 8, 0xF, base::Bytes(32)).ok());
    EXPECT_FALSE(FlashEncryption::encrypt(key, 0, 0xF, base::Bytes(20)).ok());
    EXPECT_FALSE(FlashEncryption::encrypt(key, 0, 0x10, base::Bytes(32)).ok());
}

// conf 0 is plain AES-256 with the byte reversals: check one block by hand.
TEST(FlashEncryption, ConfZeroIsReversedAesDecryption) {
    auto key = hexArray<32>("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    crypto::AesBlock plain;
    for (int i = 0; i < 16; ++i) plain[i] = uint8_t(0x11 * i);
    auto encrypted = FlashEncryption::encrypt(key, 0x1230, 0, plain);
    ASSERT_TRUE(encrypted.ok());
    crypto::AesBlock reversed;
    std::reverse_copy(plain.begin(), plain.end(), reversed.begin());
    auto expected = crypto::Aes256::decryptBlock(key, reversed);
    std::reverse(expected.begin(), expected.end());
    EXPECT_EQ(*encrypted, base::Bytes(expected.begin(), expected.end()));
}

TEST(FlashEncryption, EnginesAgreeInBothDirections) {
    if (!FlashEncryption::usesHardwareAes()) GTEST_SKIP() << "no AES-NI on this CPU";
    std::mt19937 rng(3);
    for (size_t blocks : {1, 3, 4, 5, 17}) {
        for (auto direction : {FlashCipherDirection::Encrypt, FlashCipherDirection::Decrypt}) {
            FlashKey key = randomKey(rng);
            uint64_t address = (rng() & 0xFFFFE0);
            base::Bytes data = randomData(32 * blocks), copy = data;
            TweakSequence a(key, address, 0xF), b(key, address, 0xF);
            detail::transformPortable(a, direction, data.data(), data.data(), blocks);
            detail::transformAesNi(b, direction, copy.data(), copy.data(), blocks);
            ASSERT_EQ(data, copy) << blocks << " blocks";
        }
    }
}

TEST(FlashEncryption, RoundTripsAtUnalignedAndHighAddresses) {
    std::mt19937 rng(4);
    for (uint64_t address : {uint64_t(0x10), uint64_t(0x1F0), uint64_t(0xFFFFF0), uint64_t(0x3FF000), uint64_t(0x1000010)}) {
        for (size_t size : {16, 48, 64, 4096 + 16}) {
            FlashKey key = randomKey(rng);
            base::Bytes plain = randomData(size);
            auto encrypted = FlashEncryption::encrypt(key, address, 0xF, plain);
            ASSERT_TRUE(encrypted.ok());
            EXPECT_NE(*encrypted, plain);
            EXPECT_EQ(*FlashEncryption::decrypt(key, address, 0xF, *encrypted), plain);
        }
    }
}

// Encrypting a range in two pieces, split at any 16-byte boundary, equals encrypting it whole.
TEST(FlashEncryption, PiecesEqualTheWhole) {
    std::mt19937 rng(5);
    FlashKey key = randomKey(rng);
    base::Bytes plain = randomData(256);
    auto whole = *FlashEncryption::encrypt(key, 0x9000, 0xF, plain);
    for (size_t split = 16; split < plain.size(); split += 16) {
        auto head = *FlashEncryption::encrypt(key, 0x9000, 0xF, base::ByteView(plain).first(split));
        auto tail = *FlashEncryption::encrypt(key, 0x9000 + split, 0xF, base::ByteView(plain).subspan(split));
        head.insert(head.end(), tail.begin(), tail.end());
        ASSERT_EQ(head, whole) << "split at " << split;
    }
}

// Independent check: the same 32-byte block at the same address gives the same ciphertext under
// the table-form key used with plain OpenSSL AES.
TEST(FlashEncryption, MatchesTableFormKeyWithOpenSsl) {
    std::mt19937 rng(6);
    for (int i = 0; i < 50; ++i) {
        FlashKey key = randomKey(rng);
        uint32_t address = rng() & 0xFFFFE0;
        uint8_t conf = uint8_t(rng() & 0xF);
        base::Bytes plain = randomData(32);
        auto encrypted = *FlashEncryption::encrypt(key, address, conf, plain);
        FlashKey tweaked = tweakKeyByTable(key, address, conf);
        for (int half = 0; half < 2; ++half) {
            crypto::AesBlock block;
            std::reverse_copy(plain.begin() + 16 * half, plain.begin() + 16 * half + 16, block.begin());
            auto out = crypto::Aes256::decryptBlock(tweaked, block);
            std::reverse(out.begin(), out.end());
            ASSERT_EQ(base::Bytes(out.begin(), out.end()),
                      base::Bytes(encrypted.begin() + 16 * half, encrypted.begin() + 16 * half + 16));
        }
    }
}

// A few of the espsecure reference outputs (tests/vectors drives all of them through the CLI).
TEST(FlashEncryption, ReproducesEspsecureVectors) {
    auto dir = test::sharedVectors();
    if (dir.empty()) GTEST_SKIP() << "../shared/vectors/esp32 is absent";
    struct Case {
        const char* key;
        uint32_t address;
        uint8_t conf;
        const char* input;
        const char* output;
    } cases[] = {
        {"fe_key_seq.bin", 0x10000, 0xF, "data_10000.bin", "enc_seq_a010000_cf_d10000.bin"},
        {"fe_key_zero.bin", 0x1000, 0xF, "data_3020.bin", "enc_zero_a001000_cf_d3020.bin"},
        {"fe_key_seq.bin", 0x0, 0x0, "data_1020.bin", "enc_seq_a000000_c0_d1020.bin"},
    };
    for (const auto& c : cases) {
        auto key = FlashEncryption::keyFromFile(*base::readFile(dir / "keys" / c.key));
        auto input = base::readFile(dir / "inputs" / c.input);
        auto expected = base::readFile(dir / "flash_enc" / c.output);
        ASSERT_TRUE(key.ok() && input.ok() && expected.ok());
        EXPECT_EQ(*FlashEncryption::encrypt(*key, c.address, c.conf, *input), *expected) << c.output;
        EXPECT_EQ(*FlashEncryption::decrypt(*key, c.address, c.conf, *expected), *input) << c.output;
    }
}

// Whatever engine runs (VAES, AES-NI or portable) and however the range is aligned, each 16-byte
// block must equal a one-block computation with the closed-form key of its 32-byte block.
TEST(FlashEncryption, EveryEngineMatchesOneBlockAtATime) {
    std::mt19937 rng(7);
    const uint64_t starts[] = {0x0, 0x10, 0x70, 0x1F0, 0x8000, 0x3FFF90, 0xFFFE10, 0x1000000, 0x2ABCD0};
    for (uint64_t start : starts) {
        for (auto direction : {FlashCipherDirection::Encrypt, FlashCipherDirection::Decrypt}) {
            FlashKey key = randomKey(rng);
            uint8_t conf = uint8_t(rng() % 16);
            base::Bytes data = randomData(16 * (1 + rng() % 120)), out = data;
            ASSERT_TRUE(FlashEncryption::transform(key, start, conf, direction, out).ok());
            for (size_t offset = 0; offset < data.size(); offset += 16) {
                FlashKey tweaked = tweakKeyClosedForm(key, (start + offset) & ~uint64_t(31), conf);
                crypto::AesBlock block;
                std::reverse_copy(data.begin() + offset, data.begin() + offset + 16, block.begin());
                auto result = direction == FlashCipherDirection::Encrypt ? crypto::Aes256::decryptBlock(tweaked, block)
                                                                         : crypto::Aes256::encryptBlock(tweaked, block);
                std::reverse(result.begin(), result.end());
                ASSERT_EQ(base::Bytes(result.begin(), result.end()),
                          base::Bytes(out.begin() + offset, out.begin() + offset + 16))
                    << std::hex << "start 0x" << start << " offset 0x" << offset;
            }
        }
    }
}

TEST(FlashEncryption, OutOfPlaceEqualsInPlace) {
    std::mt19937 rng(8);
    FlashKey key = randomKey(rng);
    for (uint64_t address : {uint64_t(0), uint64_t(0x10), uint64_t(0x12340)}) {
        base::Bytes input = randomData(16 * 77), output(input.size()), inPlace = input;
        ASSERT_TRUE(FlashEncryption::transform(key, address, 0xF, FlashCipherDirection::Encrypt, input, output).ok());
        ASSERT_TRUE(FlashEncryption::transform(key, address, 0xF, FlashCipherDirection::Encrypt, inPlace).ok());
        EXPECT_EQ(output, inPlace);
    }
    base::Bytes input(32), shorter(16);
    EXPECT_FALSE(FlashEncryption::transform(key, 0, 0xF, FlashCipherDirection::Encrypt, input, shorter).ok());
}
