#include "crypto/pem.h"

#include <gtest/gtest.h>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include "base/file.h"
#include "support/toolchain_test_helpers.h"

using namespace pyfw;
using namespace pyfw::crypto;

TEST(Pem, PrivateKeyRoundTrip) {
    auto privateKey = EcdsaP256::generatePrivateKey();
    auto pem = privateKeyToPem(privateKey);
    ASSERT_TRUE(pem.ok());
    EXPECT_EQ(pem->size(), 227u);  // the size of python-ecdsa's to_pem() for P-256
    EXPECT_EQ(pem->rfind("-----BEGIN EC PRIVATE KEY-----\n", 0), 0u);
    auto parsed = parsePrivateKeyPem(base::view(*pem));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(*parsed, privateKey);
}

TEST(Pem, PublicKeyRoundTripAndVerificationKeyForms) {
    auto privateKey = EcdsaP256::generatePrivateKey();
    auto publicKey = *EcdsaP256::publicKeyOf(privateKey);
    std::string publicPem = publicKeyToPem(publicKey);
    EXPECT_EQ(*parsePublicKeyPem(base::view(publicPem)), publicKey);
    EXPECT_EQ(*parseVerificationKey(base::view(publicPem)), publicKey);
    EXPECT_EQ(*parseVerificationKey(base::view(*privateKeyToPem(privateKey))), publicKey);
    EXPECT_EQ(*parseVerificationKey(publicKey), publicKey);
}

TEST(Pem, RejectsGarbageAndWrongSizes) {
    EXPECT_FALSE(parsePrivateKeyPem(base::toBytes("hello")).ok());
    EXPECT_FALSE(parsePrivateKeyPem(base::toBytes("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n")).ok());
    EXPECT_FALSE(parseVerificationKey(base::Bytes(63)).ok());
    EXPECT_FALSE(parseVerificationKey(base::Bytes(64)).ok());  // (0,0) is not on the curve
}

TEST(Pem, RejectsOtherCurves) {
    EVP_PKEY* key = EVP_EC_gen("secp384r1");
    ASSERT_NE(key, nullptr);
    BIO* bio = BIO_new(BIO_s_mem());
    ASSERT_EQ(PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr), 1);
    char* data = nullptr;
    long size = BIO_get_mem_data(bio, &data);
    base::Bytes pem(data, data + size);
    BIO_free(bio);
    EVP_PKEY_free(key);
    auto result = parsePrivateKeyPem(pem);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("secp384r1"), std::string::npos) << result.error().message;
}

// The reference key file espsecure generate_signing_key wrote must come back byte for byte.
TEST(Pem, ReproducesEspsecureKeyFile) {
    auto dir = test::sharedVectors();
    if (dir.empty()) GTEST_SKIP() << "../shared/vectors/esp32 is absent";
    auto pem = base::readFile(dir / "keys/sb_signing_key.pem");
    auto rawPublic = base::readFile(dir / "keys/sb_signing_pubkey.bin");
    ASSERT_TRUE(pem.ok() && rawPublic.ok());
    auto privateKey = parsePrivateKeyPem(*pem);
    ASSERT_TRUE(privateKey.ok());
    EXPECT_EQ(*privateKeyToPem(*privateKey), base::toString(*pem));
    auto publicKey = *EcdsaP256::publicKeyOf(*privateKey);
    EXPECT_EQ(base::Bytes(publicKey.begin(), publicKey.end()), *rawPublic);
}
