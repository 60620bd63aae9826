#include "crypto/ecdsa_p256.h"

#include <gtest/gtest.h>

#include "base/file.h"
#include "crypto/pem.h"
#include "support/toolchain_test_helpers.h"

using namespace pyfw;
using namespace pyfw::crypto;
using test::hexArray;
using test::hexOf;

namespace {
// RFC 6979 appendix A.2.5 (P-256).
const auto kRfcKey = hexArray<32>("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721");
}

TEST(EcdsaP256, Rfc6979PublicKey) {
    auto publicKey = EcdsaP256::publicKeyOf(kRfcKey);
    ASSERT_TRUE(publicKey.ok());
    EXPECT_EQ(hexOf(*publicKey),
              "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6"
              "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299");
}

TEST(EcdsaP256, Rfc6979SampleAndTest) {
    struct Case {
        const char* message;
        const char* k;
        const char* rs;
    } cases[] = {
        {"sample", "a6e3c57dd01abe90086538398355dd4c3b17aa873382b0f24d6129493d8aad60",
         "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
         "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8"},
        {"test", "d16b6ae827f17175e040871a1c7ec3500192c4c92677336ec2537acaee0008e0",
         "f1abb023518351cd71d881567b1ea663ed3efcf6c5132b354f28d3b0b7d38367"
         "019f4113742a2b14bd25926b49c649155f267e60d3814b4c0cc84250e46f0083"},
    };
    auto publicKey = *EcdsaP256::publicKeyOf(kRfcKey);
    for (const auto& c : cases) {
        auto message = base::toBytes(c.message);
        EXPECT_EQ(hexOf(EcdsaP256::deterministicNonce(kRfcKey, sha256(message))), c.k) << c.message;
        auto signature = EcdsaP256::sign(kRfcKey, message);
        ASSERT_TRUE(signature.ok());
        EXPECT_EQ(hexOf(*signature), c.rs) << c.message;
        EXPECT_TRUE(EcdsaP256::verify(publicKey, message, *signature));
    }
}

TEST(EcdsaP256, VerificationRejectsTampering) {
    auto publicKey = *EcdsaP256::publicKeyOf(kRfcKey);
    auto message = base::toBytes("firmware");
    auto signature = *EcdsaP256::sign(kRfcKey, message);
    auto badSignature = signature;
    badSignature[40] ^= 1;
    auto badMessage = message;
    badMessage[0] ^= 1;
    auto badKey = publicKey;
    badKey[63] ^= 1;
    EXPECT_FALSE(EcdsaP256::verify(publicKey, message, badSignature));
    EXPECT_FALSE(EcdsaP256::verify(publicKey, badMessage, signature));
    EXPECT_FALSE(EcdsaP256::verify(badKey, message, signature));
    EXPECT_FALSE(EcdsaP256::verify(publicKey, message, EcdsaSignature{}));
}

TEST(EcdsaP256, GeneratedKeysSignAndVerify) {
    auto privateKey = EcdsaP256::generatePrivateKey();
    auto publicKey = EcdsaP256::publicKeyOf(privateKey);
    ASSERT_TRUE(publicKey.ok());
    EXPECT_TRUE(EcdsaP256::checkPublicKey(*publicKey).ok());
    auto signature = EcdsaP256::sign(privateKey, base::toBytes("x"));
    EXPECT_TRUE(EcdsaP256::verify(*publicKey, base::toBytes("x"), *signature));
    EXPECT_NE(EcdsaP256::generatePrivateKey(), privateKey);
}

TEST(EcdsaP256, RejectsInvalidScalars) {
    EXPECT_FALSE(EcdsaP256::publicKeyOf(EcdsaPrivateKey{}).ok());
    EcdsaPrivateKey tooBig;
    tooBig.fill(0xff);
    EXPECT_FALSE(EcdsaP256::publicKeyOf(tooBig).ok());
    EXPECT_FALSE(EcdsaP256::sign(tooBig, {}).ok());
}

// espsecure sign_data over data_1000.bin: the last 64 bytes of the signed file are r||s.
TEST(EcdsaP256, ReproducesEspsecureSignature) {
    auto dir = test::sharedVectors();
    if (dir.empty()) GTEST_SKIP() << "../shared/vectors/esp32 is absent";
    auto pem = base::readFile(dir / "keys/sb_signing_key.pem");
    auto data = base::readFile(dir / "inputs/data_1000.bin");
    auto signedFile = base::readFile(dir / "secure_boot/data_1000_signed.bin");
    ASSERT_TRUE(pem.ok() && data.ok() && signedFile.ok());
    auto privateKey = parsePrivateKeyPem(*pem);
    ASSERT_TRUE(privateKey.ok()) << privateKey.error().message;
    auto signature = EcdsaP256::sign(*privateKey, *data);
    ASSERT_TRUE(signature.ok());
    EXPECT_EQ(base::Bytes(signature->begin(), signature->end()),
              base::Bytes(signedFile->end() - 64, signedFile->end()));
}
