// AES's chaining modes (NIST SP 800-38A) over the OpenSSL block cipher of aes.h, as a stream whose
// state carries from one call to the next: the CBC vector, the CFB register and its offset, the CTR
// counter and the unused part of its key stream. One state serves encryption and decryption alike,
// as in Pycom's ucrypto.AES (mbedTLS's esp_aes_crypt_* with one context).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "base/bytes.h"
#include "base/result.h"
#include "crypto/aes.h"

namespace pyfw::crypto {

enum class AesMode { Ecb, Cbc, Cfb8, Cfb128, Ctr };

class AesStream {
public:
    // `iv` is the initialisation vector (CBC, CFB) or the initial counter block (CTR); ECB ignores it.
    static base::Result<AesStream> create(base::ByteView key, AesMode mode, const AesBlock& iv);

    // `in` and `out` are `size` bytes and may be the same buffer. ECB and CBC need a multiple of 16
    // bytes (an error otherwise, with the state untouched); the other modes take any length.
    base::Status encrypt(const uint8_t* in, uint8_t* out, size_t size);
    base::Status decrypt(const uint8_t* in, uint8_t* out, size_t size);

    AesMode mode() const { return mode_; }

private:
    AesStream(AesMode mode, AesEcb encryptor, std::optional<AesEcb> decryptor, const AesBlock& iv);
    base::Status process(const uint8_t* in, uint8_t* out, size_t size, bool encrypting);
    void cbcEncrypt(const uint8_t* in, uint8_t* out, size_t size);
    void cbcDecrypt(const uint8_t* in, uint8_t* out, size_t size);
    void cfb128(const uint8_t* in, uint8_t* out, size_t size, bool encrypting);
    void cfb8(const uint8_t* in, uint8_t* out, size_t size, bool encrypting);
    void ctr(const uint8_t* in, uint8_t* out, size_t size);

    AesMode mode_;
    AesEcb encryptor_;
    std::optional<AesEcb> decryptor_;   // ECB and CBC only
    AesBlock register_;                 // CBC vector, CFB register, CTR counter
    AesBlock keyStream_{};              // CFB128 and CTR: the block being used up
    size_t offset_ = 0;                 // CFB128 and CTR: bytes of keyStream_ used
};

}  // namespace pyfw::crypto
