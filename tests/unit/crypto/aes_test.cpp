#include "crypto/aes.h"

#include <gtest/gtest.h>

#include "crypto/cmac.h"
#include "support/toolchain_test_helpers.h"

using namespace pyfw;
using namespace pyfw::crypto;
using test::hex;
using test::hexArray;
using test::hexOf;

// FIPS-197 appendix C.
TEST(Aes, Fips197Aes128) {
    auto key = hexArray<16>("000102030405060708090a0b0c0d0e0f");
    auto plain = hexArray<16>("00112233445566778899aabbccddeeff");
    auto cipher = Aes128::encryptBlock(key, plain);
    EXPECT_EQ(hexOf(cipher), "69c4e0d86a7b0430d8cdb78070b4c55a");
    EXPECT_EQ(Aes128::decryptBlock(key, cipher), plain);
}

TEST(Aes, Fips197Aes256) {
    auto key = hexArray<32>("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    auto plain = hexArray<16>("00112233445566778899aabbccddeeff");
    auto cipher = Aes256::encryptBlock(key, plain);
    EXPECT_EQ(hexOf(cipher), "8ea2b7ca516745bfeafc49904b496089");
    EXPECT_EQ(Aes256::decryptBlock(key, cipher), plain);
}

TEST(Aes, Fips197Aes192ThroughTheBufferApi) {
    auto key = hex("000102030405060708090a0b0c0d0e0f1011121314151617");
    auto cipher = aesEcbEncrypt(key, hex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
    ASSERT_TRUE(cipher.ok());
    EXPECT_EQ(hexOf(*cipher), "dda97ca4864cdfe06eaf70a0ec0d7191dda97ca4864cdfe06eaf70a0ec0d7191");
    auto plain = aesEcbDecrypt(key, *cipher);
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(hexOf(*plain), "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
}

TEST(Aes, RejectsBadKeyAndDataLengths) {
    EXPECT_FALSE(aesEcbEncrypt(hex("0011"), base::Bytes(16)).ok());
    EXPECT_FALSE(aesEcbEncrypt(base::Bytes(16), base::Bytes(15)).ok());
    EXPECT_FALSE(AesEcb::create(base::Bytes(33), AesDirection::Encrypt).ok());
}

TEST(Aes, InPlaceProcessing) {
    auto cipher = AesEcb::create(base::Bytes(32, 7), AesDirection::Encrypt);
    ASSERT_TRUE(cipher.ok());
    base::Bytes data(64, 0x5a), copy = data;
    cipher->process(data.data(), data.data(), data.size());
    auto expected = aesEcbEncrypt(base::Bytes(32, 7), copy);
    EXPECT_EQ(data, *expected);
}

// RFC 4493 section 4.
TEST(Cmac, Rfc4493Examples) {
    auto key = hexArray<16>("2b7e151628aed2a6abf7158809cf4f3c");
    EXPECT_EQ(hexOf(cmac(key, {})), "bb1d6929e95937287fa37d129b756746");
    EXPECT_EQ(hexOf(cmac(key, hex("6bc1bee22e409f96e93d7e117393172a"))), "070a16b46b4d4144f79bdd9dd04a287c");
    EXPECT_EQ(hexOf(cmac(key, hex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                                  "30c81c46a35ce411"))),
              "dfa66747de9ae63030ca32611497c827");
}
