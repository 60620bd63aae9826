#include "crypto/aes.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace pyfw::crypto {

struct AesEcb::Context {
    EVP_CIPHER_CTX* ctx = nullptr;
    ~Context() { EVP_CIPHER_CTX_free(ctx); }
};

namespace {
const EVP_CIPHER* ecbCipherFor(size_t keySize) {
    switch (keySize) {
    case 16: return EVP_aes_128_ecb();
    case 24: return EVP_aes_192_ecb();
    case 32: return EVP_aes_256_ecb();
    default: return nullptr;
    }
}
}  // namespace

AesEcb::AesEcb(std::unique_ptr<Context> context) : context_(std::move(context)) {}
AesEcb::AesEcb(AesEcb&&) noexcept = default;
AesEcb& AesEcb::operator=(AesEcb&&) noexcept = default;
AesEcb::~AesEcb() = default;

base::Result<AesEcb> AesEcb::create(base::ByteView key, AesDirection direction) {
    const EVP_CIPHER* cipher = ecbCipherFor(key.size());
    if (!cipher)
        return base::fail("an AES key must be 16, 24 or 32 bytes, not " + std::to_string(key.size()));
    auto context = std::make_unique<Context>();
    context->ctx = EVP_CIPHER_CTX_new();
    int encrypt = direction == AesDirection::Encrypt ? 1 : 0;
    if (!context->ctx || EVP_CipherInit_ex(context->ctx, cipher, nullptr, key.data(), nullptr, encrypt) != 1)
        return base::fail("OpenSSL could not set up AES");
    EVP_CIPHER_CTX_set_padding(context->ctx, 0);
    return AesEcb(std::move(context));
}

void AesEcb::process(const uint8_t* in, uint8_t* out, size_t size) {
    // ECB without padding never fails on whole blocks; OpenSSL takes an int length, so go in chunks.
    constexpr size_t chunk = size_t(1) << 30;
    while (size > 0) {
        int n = int(size < chunk ? size : chunk);
        int written = 0;
        if (EVP_CipherUpdate(context_->ctx, out, &written, in, n) != 1 || written != n)
            throw std::logic_error("AES-ECB update failed on whole blocks");
        in += n;
        out += n;
        size -= size_t(n);
    }
}

AesBlock AesEcb::processBlock(const AesBlock& block) {
    AesBlock out;
    process(block.data(), out.data(), out.size());
    return out;
}

namespace {
base::Result<base::Bytes> ecbWhole(base::ByteView key, base::ByteView data, AesDirection direction) {
    if (data.size() % 16 != 0)
        return base::fail("AES-ECB data must be a multiple of 16 bytes, not " + std::to_string(data.size()));
    PYFW_ASSIGN(AesEcb cipher, AesEcb::create(key, direction));
    base::Bytes out(data.size());
    cipher.process(data.data(), out.data(), data.size());
    return out;
}

AesBlock oneBlock(base::ByteView key, const AesBlock& block, AesDirection direction) {
    auto cipher = AesEcb::create(key, direction);
    if (!cipher.ok()) throw std::logic_error(cipher.error().message);
    return cipher->processBlock(block);
}
}  // namespace

base::Result<base::Bytes> aesEcbEncrypt(base::ByteView key, base::ByteView data) {
    return ecbWhole(key, data, AesDirection::Encrypt);
}
base::Result<base::Bytes> aesEcbDecrypt(base::ByteView key, base::ByteView data) {
    return ecbWhole(key, data, AesDirection::Decrypt);
}

AesBlock Aes128::encryptBlock(const Aes128Key& key, const AesBlock& block) {
    return oneBlock(key, block, AesDirection::Encrypt);
}
AesBlock Aes128::decryptBlock(const Aes128Key& key, const AesBlock& block) {
    return oneBlock(key, block, AesDirection::Decrypt);
}
AesBlock Aes256::encryptBlock(const Aes256Key& key, const AesBlock& block) {
    return oneBlock(key, block, AesDirection::Encrypt);
}
AesBlock Aes256::decryptBlock(const Aes256Key& key, const AesBlock& block) {
    return oneBlock(key, block, AesDirection::Decrypt);
}

}  // namespace pyfw::crypto
