// AES in ECB mode (one 16-byte block at a time, no IV, no chaining) over OpenSSL, which uses AES-NI
// where the CPU has it. The key length picks AES-128, AES-192 or AES-256.
#pragma once

#include <array>
#include <cstdint>
#include <memory>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::crypto {

using AesBlock = std::array<uint8_t, 16>;
using Aes128Key = std::array<uint8_t, 16>;
using Aes256Key = std::array<uint8_t, 32>;

enum class AesDirection { Encrypt, Decrypt };

// A keyed ECB cipher that can be reused for many calls (the key schedule is computed once).
class AesEcb {
public:
    // The key must be 16, 24 or 32 bytes long.
    static base::Result<AesEcb> create(base::ByteView key, AesDirection direction);
    AesEcb(AesEcb&&) noexcept;
    AesEcb& operator=(AesEcb&&) noexcept;
    ~AesEcb();

    // `in` and `out` are `size` bytes, size a multiple of 16; they may be the same buffer.
    void process(const uint8_t* in, uint8_t* out, size_t size);
    AesBlock processBlock(const AesBlock& block);

private:
    struct Context;
    explicit AesEcb(std::unique_ptr<Context> context);
    std::unique_ptr<Context> context_;
};

// Whole-buffer helpers; the data length must be a multiple of 16.
base::Result<base::Bytes> aesEcbEncrypt(base::ByteView key, base::ByteView data);
base::Result<base::Bytes> aesEcbDecrypt(base::ByteView key, base::ByteView data);

// One-block helpers with fixed key sizes, for callers (LoRaWAN, secure boot) whose keys are
// always of one length; these cannot fail.
struct Aes128 {
    static AesBlock encryptBlock(const Aes128Key& key, const AesBlock& block);
    static AesBlock decryptBlock(const Aes128Key& key, const AesBlock& block);
};
struct Aes256 {
    static AesBlock encryptBlock(const Aes256Key& key, const AesBlock& block);
    static AesBlock decryptBlock(const Aes256Key& key, const AesBlock& block);
};

}  // namespace pyfw::crypto
