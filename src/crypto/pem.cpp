#include "crypto/pem.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <algorithm>
#include <climits>
#include <memory>

#include "crypto/openssl_owned.h"

namespace pyfw::crypto {

namespace {

using detail::Owned;

using ReadKey = EVP_PKEY* (*)(BIO*, EVP_PKEY**, pem_password_cb*, void*);

// A password callback that refuses, so an encrypted key fails instead of prompting on the terminal.
int noPassword(char*, int, int, void*) { return -1; }

Owned<EVP_PKEY> readPem(base::ByteView pem, ReadKey read) {
    if (pem.size() > INT_MAX) return nullptr;
    Owned<BIO> bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio) return nullptr;
    Owned<EVP_PKEY> key(read(bio.get(), nullptr, noPassword, nullptr));
    ERR_clear_error();  // the error queue is per thread; leave it clean for the next caller
    return key;
}

base::Status checkP256(EVP_PKEY* key) {
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC) return base::fail("the key is not an elliptic-curve key");
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) != 1)
        return base::fail("the key does not name its curve");
    std::string name(group, length);
    if (name != "prime256v1" && name != "P-256")
        return base::fail("the key is on curve " + name + ", secure boot V1 needs NIST P-256");
    return base::okStatus();
}

template <size_t N>
base::Result<std::array<uint8_t, N>> bignumParam(EVP_PKEY* key, const char* name) {
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) return base::fail(std::string("the key has no ") + name);
    Owned<BIGNUM> value(raw);
    std::array<uint8_t, N> out{};
    if (BN_bn2binpad(value.get(), out.data(), int(N)) != int(N))
        return base::fail(std::string("the key's ") + name + " is too large");
    return out;
}

base::Result<EcdsaPublicKey> publicKeyOf(EVP_PKEY* key) {
    PYFW_ASSIGN(auto x, bignumParam<32>(key, OSSL_PKEY_PARAM_EC_PUB_X));
    PYFW_ASSIGN(auto y, bignumParam<32>(key, OSSL_PKEY_PARAM_EC_PUB_Y));
    EcdsaPublicKey out;
    std::copy(x.begin(), x.end(), out.begin());
    std::copy(y.begin(), y.end(), out.begin() + 32);
    return out;
}

bool looksLikePem(base::ByteView data) {
    static const std::string marker = "-----BEGIN";
    return std::search(data.begin(), data.end(), marker.begin(), marker.end()) != data.end();
}

std::string pemArmour(const std::string& label, base::ByteView der) {
    std::string base64(4 * ((der.size() + 2) / 3) + 1, '\0');
    int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(base64.data()), der.data(), int(der.size()));
    base64.resize(size_t(written));
    std::string out = "-----BEGIN " + label + "-----\n";
    for (size_t i = 0; i < base64.size(); i += 64) out += base64.substr(i, 64) + "\n";
    return out + "-----END " + label + "-----\n";
}

// DER prefixes of the two fixed-size structures (all lengths are constant for P-256).
constexpr uint8_t kSec1Prefix[] = {0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20};
constexpr uint8_t kSec1Middle[] = {0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07,
                                   0xa1, 0x44, 0x03, 0x42, 0x00, 0x04};
constexpr uint8_t kSpkiPrefix[] = {0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
                                   0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00, 0x04};

}  // namespace

base::Result<EcdsaPrivateKey> parsePrivateKeyPem(base::ByteView pem) {
    auto key = readPem(pem, PEM_read_bio_PrivateKey);
    if (!key) return base::fail("not a readable PEM private key");
    PYFW_TRY(checkP256(key.get()));
    return bignumParam<32>(key.get(), OSSL_PKEY_PARAM_PRIV_KEY);
}

base::Result<EcdsaPublicKey> parsePublicKeyPem(base::ByteView pem) {
    auto key = readPem(pem, PEM_read_bio_PUBKEY);
    if (!key) return base::fail("not a readable PEM public key");
    PYFW_TRY(checkP256(key.get()));
    return publicKeyOf(key.get());
}

base::Result<EcdsaPublicKey> parseVerificationKey(base::ByteView keyFile) {
    if (!looksLikePem(keyFile)) {
        if (keyFile.size() != 64)
            return base::fail("a raw public key must be 64 bytes (X||Y), not " + std::to_string(keyFile.size()));
        EcdsaPublicKey raw;
        std::copy(keyFile.begin(), keyFile.end(), raw.begin());
        PYFW_TRY(EcdsaP256::checkPublicKey(raw));
        return raw;
    }
    if (auto privateKey = parsePrivateKeyPem(keyFile); privateKey.ok()) return EcdsaP256::publicKeyOf(*privateKey);
    auto publicKey = parsePublicKeyPem(keyFile);
    if (publicKey.ok()) return publicKey;
    return base::fail("not a readable PEM private or public key");
}

base::Result<std::string> privateKeyToPem(const EcdsaPrivateKey& privateKey) {
    PYFW_ASSIGN(EcdsaPublicKey publicKey, EcdsaP256::publicKeyOf(privateKey));
    base::Bytes der(std::begin(kSec1Prefix), std::end(kSec1Prefix));
    base::append(der, privateKey);
    der.insert(der.end(), std::begin(kSec1Middle), std::end(kSec1Middle));
    base::append(der, publicKey);
    return pemArmour("EC PRIVATE KEY", der);
}

std::string publicKeyToPem(const EcdsaPublicKey& publicKey) {
    base::Bytes der(std::begin(kSpkiPrefix), std::end(kSpkiPrefix));
    base::append(der, publicKey);
    return pemArmour("PUBLIC KEY", der);
}

}  // namespace pyfw::crypto
