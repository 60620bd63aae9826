// Message digests: SHA-2 (the secure boot and image hashes) and MD5/SHA-1 (for uhashlib and the
// partition table's MD5 entry), plus HMAC-SHA-256, all over OpenSSL.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::crypto {

enum class HashAlgorithm { Md5, Sha1, Sha224, Sha256, Sha384, Sha512 };

size_t digestSize(HashAlgorithm algorithm);
// "md5", "sha1", "sha224", "sha256", "sha384", "sha512".
std::string_view hashName(HashAlgorithm algorithm);
base::Result<HashAlgorithm> hashAlgorithmNamed(std::string_view name);

// Incremental hashing: update() any number of times, then finish() once.
class Hasher {
public:
    explicit Hasher(HashAlgorithm algorithm);
    Hasher(const Hasher& other);  // copies the running state (uhashlib's copy())
    Hasher& operator=(const Hasher&) = delete;
    ~Hasher();

    void update(base::ByteView data);
    void update(const uint8_t* data, size_t size) { update(base::ByteView(data, size)); }
    base::Bytes finish();
    HashAlgorithm algorithm() const { return algorithm_; }

private:
    struct Context;
    HashAlgorithm algorithm_;
    std::unique_ptr<Context> context_;
};

base::Bytes digest(HashAlgorithm algorithm, base::ByteView data);

using Sha256Digest = std::array<uint8_t, 32>;
using Sha512Digest = std::array<uint8_t, 64>;
Sha256Digest sha256(base::ByteView data);
Sha512Digest sha512(base::ByteView data);
std::array<uint8_t, 16> md5(base::ByteView data);

Sha256Digest hmacSha256(base::ByteView key, base::ByteView data);

}  // namespace pyfw::crypto
