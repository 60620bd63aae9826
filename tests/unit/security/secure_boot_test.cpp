#include "security/secure_boot.h"

#include <gtest/gtest.h>

#include "base/file.h"
#include "crypto/pem.h"
#include "formats/app_image.h"
#include "security/efuse_keys.h"
#include "support/toolchain_test_helpers.h"

using namespace pyfw;
using namespace pyfw::security;

namespace {
base::Bytes shared(const char* path) { return *base::readFile(test::sharedVectors() / path); }
}  // namespace

TEST(SecureBoot, DigestPrivateKeyOfEsptoolsTestKey) {
    auto dir = test::sharedVectors();
    if (dir.empty()) GTEST_SKIP() << "../shared/vectors/esp32 is absent";
    auto privateKey = *crypto::parsePrivateKeyPem(shared("keys/sb_signing_key.pem"));
    EXPECT_EQ(*digestPrivateKey(privateKey), shared("keys/sb_key_digest.bin"));
    EXPECT_EQ(*digestPrivateKey(privateKey, 192), shared("keys/sb_key_digest192.bin"));
    EXPECT_FALSE(digestPrivateKey(privateKey, 128).ok());
}

TEST(SecureBoot, ReproducesBootloaderDigests) {
    auto dir = test::sharedVectors();
    if (dir.empty()) GTEST_SKIP() << "../shared/vectors/esp32 is absent";
    auto key = *secureBootKeyFromFile(shared("keys/sb_key_digest.bin"));
    auto iv = shared("keys/sb_iv.bin");
    for (const char* name : {"bootloader_m0", "bootloader_m16"}) {
        auto out = digestSecureBootloader(key, iv, shared((std::string("images/") + name + ".bin").c_str()));
        ASSERT_TRUE(out.ok()) << out.error().message;
        EXPECT_EQ(*out, shared((std::string("secure_boot/") + name + "-digest-0x0000.bin").c_str())) << name;
    }
}

TEST(SecureBoot, TruncatesOnlyAHashSpillingUpTo32Bytes) {
    formats::ImageHeader header;
    for (size_t dataSize = 4; dataSize <= 256; dataSize += 4) {
        std::vector<formats::ImageSegment> segments{{0x40080000, base::Bytes(dataSize, 0x42), 0}};
        auto image = *formats::serializeAppImage(header, segments);
        auto input = *bootloaderDigestInput(image);
        size_t residue = image.size() % 128;
        size_t expectedSize = (residue != 0 && residue <= 32) ? image.size() - residue : (image.size() + 127) / 128 * 128;
        ASSERT_EQ(input.size(), expectedSize) << "image size " << image.size();
        EXPECT_TRUE(std::equal(input.begin(), input.begin() + std::min(input.size(), image.size()), image.begin()));
    }
    EXPECT_FALSE(bootloaderDigestInput(base::Bytes(64, 0)).ok());  // not an image
}

TEST(SecureBoot, KeyFilesOfEachLength) {
    EXPECT_TRUE(secureBootKeyFromFile(base::Bytes(32)).ok());
    auto key24 = *secureBootKeyFromFile(base::Bytes{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23});
    EXPECT_EQ(key24[24], 8);
    EXPECT_EQ(key24[31], 15);
    EXPECT_FALSE(secureBootKeyFromFile(base::Bytes(33)).ok());
}

TEST(SecureBoot, SignAndVerifyData) {
    auto privateKey = crypto::EcdsaP256::generatePrivateKey();
    auto publicKey = *crypto::EcdsaP256::publicKeyOf(privateKey);
    base::Bytes data(1000, 0x33);
    auto signedFile = signData(privateKey, data);
    ASSERT_TRUE(signedFile.ok());
    EXPECT_EQ(signedFile->size(), 1068u);
    EXPECT_TRUE(verifySignedData(publicKey, *signedFile).ok());
    auto tampered = *signedFile;
    tampered[10] ^= 1;
    EXPECT_EQ(verifySignedData(publicKey, tampered).error().message, "Signature is not valid");
    auto badVersion = *signedFile;
    badVersion[1000] = 1;
    EXPECT_FALSE(verifySignedData(publicKey, badVersion).ok());
    base::Bytes flash = *signedFile;
    flash.resize(4096, 0xFF);
    EXPECT_TRUE(verifySignatureAt(publicKey, flash, 1000).ok());
    EXPECT_FALSE(verifySignatureAt(publicKey, flash, 999).ok());
    EXPECT_FALSE(verifySignatureAt(publicKey, flash, 4090).ok());
}

TEST(EfuseKeys, ReversalAndThreeQuartersCoding) {
    base::Bytes key(32);
    for (int i = 0; i < 32; ++i) key[i] = uint8_t(i);
    auto block = *keyFileToEfuseBlock(key);
    EXPECT_EQ(block[0], 31);
    EXPECT_EQ(efuseBlockToKeyFile(block), key);
    std::array<uint8_t, 24> data{};
    for (int i = 0; i < 24; ++i) data[i] = uint8_t(0x11 * i);
    auto raw = encodeThreeQuarters(data);
    EXPECT_EQ(raw[6], uint8_t(0x00 ^ 0x11 ^ 0x22 ^ 0x33 ^ 0x44 ^ 0x55));
    EXPECT_EQ(raw[7], uint8_t(1 * 0 + 2 * 2 + 3 * 2 + 4 * 4 + 5 * 2 + 6 * 4));
    EXPECT_EQ(*decodeThreeQuarters(raw), data);
    raw[3] ^= 1;
    EXPECT_FALSE(decodeThreeQuarters(raw).ok());
}
