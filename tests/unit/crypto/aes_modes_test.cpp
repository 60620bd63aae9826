#include "crypto/aes_modes.h"

#include <gtest/gtest.h>

#include "support/toolchain_test_helpers.h"

using namespace pyfw;
using namespace pyfw::crypto;
using test::hex;
using test::hexArray;
using test::hexOf;

namespace {

// NIST SP 800-38A, appendix F: the plaintext of every example and the AES-128 key.
const char* kPlain =
    "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
    "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710";
const char* kKey128 = "2b7e151628aed2a6abf7158809cf4f3c";
const char* kKey256 = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4";
const char* kIv = "000102030405060708090a0b0c0d0e0f";
const char* kCounter = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";

struct Vector {
    const char* name;
    AesMode mode;
    const char* key;
    const char* iv;
    const char* plain;
    const char* cipher;
};

const Vector kVectors[] = {
    {"F.1.1 ECB-AES128", AesMode::Ecb, kKey128, kIv, kPlain,
     "3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf"
     "43b1cd7f598ece23881b00e3ed0306887b0c785e27e8ad3f8223207104725dd4"},
    {"F.1.5 ECB-AES256", AesMode::Ecb, kKey256, kIv, kPlain,
     "f3eed1bdb5d2a03c064b5a7e3db181f8591ccb10d410ed26dc5ba74a31362870"
     "b6ed21b99ca6f4f9f153e7b1beafed1d23304b7a39f9f3ff067d8d8f9e24ecc7"},
    {"F.2.1 CBC-AES128", AesMode::Cbc, kKey128, kIv, kPlain,
     "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"
     "73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7"},
    {"F.3.7 CFB8-AES128", AesMode::Cfb8, kKey128, kIv, "6bc1bee22e409f96e93d7e117393172aae2d",
     "3b79424c9c0dd436bace9e0ed4586a4f32b9"},
    {"F.3.13 CFB128-AES128", AesMode::Cfb128, kKey128, kIv, kPlain,
     "3b3fd92eb72dad20333449f8e83cfb4ac8a64537a0b3a93fcde3cdad9f1ce58b"
     "26751f67a3cbb140b1808cf187a4f4dfc04b05357c5d1c0eeac4c66f9ff7f2e6"},
    {"F.5.1 CTR-AES128", AesMode::Ctr, kKey128, kCounter, kPlain,
     "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"
     "5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee"},
    {"F.5.5 CTR-AES256", AesMode::Ctr, kKey256, kCounter, kPlain,
     "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5"
     "2b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6"},
};

AesStream make(const Vector& v) {
    auto stream = AesStream::create(hex(v.key), v.mode, hexArray<16>(v.iv));
    EXPECT_TRUE(stream.ok());
    return std::move(stream).value();
}

}  // namespace

TEST(AesModes, Sp800_38aVectorsInOneCall) {
    for (const Vector& v : kVectors) {
        SCOPED_TRACE(v.name);
        auto plain = hex(v.plain);
        base::Bytes out(plain.size());
        ASSERT_TRUE(make(v).encrypt(plain.data(), out.data(), out.size()).ok());
        EXPECT_EQ(hexOf(out), v.cipher);
        ASSERT_TRUE(make(v).decrypt(out.data(), out.data(), out.size()).ok());   // in place
        EXPECT_EQ(hexOf(out), v.plain);
    }
}

// The state carries over: any split of the data gives the same bytes (whole blocks for ECB/CBC).
TEST(AesModes, StateCarriesAcrossCallsOfAnySize) {
    for (const Vector& v : kVectors) {
        SCOPED_TRACE(v.name);
        auto plain = hex(v.plain);
        bool blocks = v.mode == AesMode::Ecb || v.mode == AesMode::Cbc;
        for (size_t piece : {1u, 3u, 7u, 16u, 17u, 31u}) {
            if (blocks && piece % 16 != 0) continue;
            AesStream enc = make(v), dec = make(v);
            base::Bytes cipher(plain.size()), back(plain.size());
            for (size_t at = 0; at < plain.size(); at += piece) {
                size_t n = std::min(piece, plain.size() - at);
                ASSERT_TRUE(enc.encrypt(plain.data() + at, cipher.data() + at, n).ok());
                ASSERT_TRUE(dec.decrypt(cipher.data() + at, back.data() + at, n).ok());
            }
            EXPECT_EQ(hexOf(cipher), v.cipher) << "pieces of " << piece;
            EXPECT_EQ(back, plain);
        }
    }
}

TEST(AesModes, LongCtrAndCbcRunsMatchOneBlockAtATime) {
    base::Bytes data(16 * 700 + 5);
    for (size_t i = 0; i < data.size(); ++i) data[i] = uint8_t(i * 7 + 3);
    for (AesMode mode : {AesMode::Ctr, AesMode::Cbc}) {
        size_t size = mode == AesMode::Cbc ? data.size() - 5 : data.size();
        auto iv = hexArray<16>("fffffffffffffffffffffffffffffffe");   // the counter wraps round
        auto batch = AesStream::create(hex(kKey128), mode, iv);
        auto single = AesStream::create(hex(kKey128), mode, iv);
        base::Bytes a(size), b(size);
        ASSERT_TRUE(batch->encrypt(data.data(), a.data(), size).ok());
        for (size_t at = 0; at < size; at += 16)
            ASSERT_TRUE(single->encrypt(data.data() + at, b.data() + at, std::min<size_t>(16, size - at)).ok());
        EXPECT_EQ(a, b);
        auto back = AesStream::create(hex(kKey128), mode, iv);
        ASSERT_TRUE(back->decrypt(a.data(), a.data(), size).ok());
        EXPECT_TRUE(std::equal(a.begin(), a.end(), data.begin()));
    }
}

TEST(AesModes, RefusesPartialBlocksAndBadKeys) {
    auto ecb = AesStream::create(hex(kKey128), AesMode::Ecb, {});
    uint8_t buffer[20] = {};
    auto refused = ecb->encrypt(buffer, buffer, 20);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, "the data must be a multiple of 16 bytes long in ECB and CBC modes, not 20");
    EXPECT_FALSE(AesStream::create(hex("00112233"), AesMode::Ctr, {}).ok());
}
