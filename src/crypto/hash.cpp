#include "crypto/hash.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <stdexcept>

namespace pyfw::crypto {

namespace {
struct AlgorithmInfo {
    HashAlgorithm algorithm;
    std::string_view name;
    size_t size;
    const EVP_MD* (*evp)();
};

constexpr AlgorithmInfo kAlgorithms[] = {
    {HashAlgorithm::Md5, "md5", 16, EVP_md5},
    {HashAlgorithm::Sha1, "sha1", 20, EVP_sha1},
    {HashAlgorithm::Sha224, "sha224", 28, EVP_sha224},
    {HashAlgorithm::Sha256, "sha256", 32, EVP_sha256},
    {HashAlgorithm::Sha384, "sha384", 48, EVP_sha384},
    {HashAlgorithm::Sha512, "sha512", 64, EVP_sha512},
};

const AlgorithmInfo& infoOf(HashAlgorithm algorithm) {
    return kAlgorithms[static_cast<int>(algorithm)];
}

static_assert([] {
    for (int i = 0; i < int(std::size(kAlgorithms)); ++i)
        if (static_cast<int>(kAlgorithms[i].algorithm) != i) return false;
    return true;
}(), "kAlgorithms must be in enum order");
}  // namespace

size_t digestSize(HashAlgorithm algorithm) { return infoOf(algorithm).size; }
std::string_view hashName(HashAlgorithm algorithm) { return infoOf(algorithm).name; }

base::Result<HashAlgorithm> hashAlgorithmNamed(std::string_view name) {
    for (const auto& info : kAlgorithms)
        if (info.name == name) return info.algorithm;
    return base::fail("unknown hash algorithm '" + std::string(name) + "'");
}

struct Hasher::Context {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Hasher::Hasher(HashAlgorithm algorithm) : algorithm_(algorithm), context_(std::make_unique<Context>()) {
    if (!context_->ctx || EVP_DigestInit_ex(context_->ctx, infoOf(algorithm).evp(), nullptr) != 1)
        throw std::runtime_error("OpenSSL could not start a digest");
}

Hasher::Hasher(const Hasher& other) : algorithm_(other.algorithm_), context_(std::make_unique<Context>()) {
    if (!context_->ctx || EVP_MD_CTX_copy_ex(context_->ctx, other.context_->ctx) != 1)
        throw std::runtime_error("OpenSSL could not copy a digest");
}

Hasher::~Hasher() = default;

void Hasher::update(base::ByteView data) {
    if (EVP_DigestUpdate(context_->ctx, data.data(), data.size()) != 1)
        throw std::runtime_error("OpenSSL digest update failed");
}

base::Bytes Hasher::finish() {
    base::Bytes out(digestSize(algorithm_));
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(context_->ctx, out.data(), &size) != 1 || size != out.size())
        throw std::runtime_error("OpenSSL digest final failed");
    return out;
}

base::Bytes digest(HashAlgorithm algorithm, base::ByteView data) {
    Hasher hasher(algorithm);
    hasher.update(data);
    return hasher.finish();
}

namespace {
template <size_t N>
std::array<uint8_t, N> fixedDigest(HashAlgorithm algorithm, base::ByteView data) {
    base::Bytes bytes = digest(algorithm, data);
    std::array<uint8_t, N> out{};
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}
}  // namespace

Sha256Digest sha256(base::ByteView data) { return fixedDigest<32>(HashAlgorithm::Sha256, data); }
Sha512Digest sha512(base::ByteView data) { return fixedDigest<64>(HashAlgorithm::Sha512, data); }
std::array<uint8_t, 16> md5(base::ByteView data) { return fixedDigest<16>(HashAlgorithm::Md5, data); }

Sha256Digest hmacSha256(base::ByteView key, base::ByteView data) {
    Sha256Digest out;
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()), data.data(), data.size(), out.data(), &size) ||
        size != out.size())
        throw std::runtime_error("OpenSSL HMAC-SHA-256 failed");
    return out;
}

}  // namespace pyfw::crypto
