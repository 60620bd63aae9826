#include "crypto/aes_modes.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace pyfw::crypto {

namespace {

// Blocks handed to OpenSSL at once where the mode allows it (CBC decryption, CTR).
constexpr size_t kBatchBlocks = 256;

void xorInto(uint8_t* out, const uint8_t* a, const uint8_t* b, size_t size) {
    for (size_t i = 0; i < size; ++i) out[i] = a[i] ^ b[i];
}

// The counter block as one 128-bit big-endian number, plus one (SP 800-38A B.1 with m = 128).
void increment(AesBlock& counter) {
    for (int i = 15; i >= 0; --i)
        if (++counter[size_t(i)] != 0) break;
}

bool needsWholeBlocks(AesMode mode) { return mode == AesMode::Ecb || mode == AesMode::Cbc; }

}  // namespace

AesStream::AesStream(AesMode mode, AesEcb encryptor, std::optional<AesEcb> decryptor, const AesBlock& iv)
    : mode_(mode), encryptor_(std::move(encryptor)), decryptor_(std::move(decryptor)), register_(iv) {}

base::Result<AesStream> AesStream::create(base::ByteView key, AesMode mode, const AesBlock& iv) {
    PYFW_ASSIGN(AesEcb encryptor, AesEcb::create(key, AesDirection::Encrypt));
    std::optional<AesEcb> decryptor;
    if (needsWholeBlocks(mode)) {
        PYFW_ASSIGN(AesEcb d, AesEcb::create(key, AesDirection::Decrypt));
        decryptor.emplace(std::move(d));
    }
    return AesStream(mode, std::move(encryptor), std::move(decryptor), iv);
}

base::Status AesStream::encrypt(const uint8_t* in, uint8_t* out, size_t size) { return process(in, out, size, true); }
base::Status AesStream::decrypt(const uint8_t* in, uint8_t* out, size_t size) { return process(in, out, size, false); }

base::Status AesStream::process(const uint8_t* in, uint8_t* out, size_t size, bool encrypting) {
    if (needsWholeBlocks(mode_) && size % 16 != 0)
        return base::fail("the data must be a multiple of 16 bytes long in ECB and CBC modes, not " +
                          std::to_string(size));
    switch (mode_) {
    case AesMode::Ecb:
        (encrypting ? encryptor_ : *decryptor_).process(in, out, size);
        break;
    case AesMode::Cbc:
        encrypting ? cbcEncrypt(in, out, size) : cbcDecrypt(in, out, size);
        break;
    case AesMode::Cfb128:
        cfb128(in, out, size, encrypting);
        break;
    case AesMode::Cfb8:
        cfb8(in, out, size, encrypting);
        break;
    case AesMode::Ctr:
        ctr(in, out, size);
        break;
    }
    return base::okStatus();
}

// Each block depends on the one before: one block at a time.
void AesStream::cbcEncrypt(const uint8_t* in, uint8_t* out, size_t size) {
    for (size_t at = 0; at < size; at += 16) {
        AesBlock mixed;
        xorInto(mixed.data(), in + at, register_.data(), 16);
        register_ = encryptor_.processBlock(mixed);
        std::memcpy(out + at, register_.data(), 16);
    }
}

// Every block deciphers independently: batches, then each is mixed with the ciphertext before it.
void AesStream::cbcDecrypt(const uint8_t* in, uint8_t* out, size_t size) {
    std::vector<uint8_t> cipher, plain;
    for (size_t at = 0; at < size;) {
        size_t n = std::min(size - at, kBatchBlocks * 16);
        cipher.assign(in + at, in + at + n);   // `in` may be `out`
        plain.resize(n);
        decryptor_->process(cipher.data(), plain.data(), n);
        xorInto(out + at, plain.data(), register_.data(), 16);
        if (n > 16) xorInto(out + at + 16, plain.data() + 16, cipher.data(), n - 16);
        std::memcpy(register_.data(), cipher.data() + n - 16, 16);
        at += n;
    }
}

// CFB with 128-bit segments, continued mid-block from one call to the next: the register holds the
// ciphertext of the block in progress as it is produced.
void AesStream::cfb128(const uint8_t* in, uint8_t* out, size_t size, bool encrypting) {
    for (size_t i = 0; i < size; ++i) {
        if (offset_ == 0) keyStream_ = encryptor_.processBlock(register_);
        uint8_t c = encrypting ? uint8_t(in[i] ^ keyStream_[offset_]) : in[i];
        out[i] = uint8_t(in[i] ^ keyStream_[offset_]);
        register_[offset_] = c;
        offset_ = (offset_ + 1) % 16;
    }
}

// CFB with 8-bit segments: one block cipher call per byte, the register shifting by one byte.
void AesStream::cfb8(const uint8_t* in, uint8_t* out, size_t size, bool encrypting) {
    for (size_t i = 0; i < size; ++i) {
        AesBlock stream = encryptor_.processBlock(register_);
        uint8_t c = encrypting ? uint8_t(in[i] ^ stream[0]) : in[i];
        out[i] = uint8_t(in[i] ^ stream[0]);
        std::memmove(register_.data(), register_.data() + 1, 15);
        register_[15] = c;
    }
}

// CTR: the key stream is E(counter), E(counter + 1), ...; whole blocks go to OpenSSL in batches.
void AesStream::ctr(const uint8_t* in, uint8_t* out, size_t size) {
    std::vector<uint8_t> stream;
    size_t i = 0;
    while (i < size) {
        if (offset_ == 0 && size - i >= 16) {
            size_t blocks = std::min((size - i) / 16, kBatchBlocks);
            stream.resize(blocks * 16);
            for (size_t b = 0; b < blocks; ++b) {
                std::memcpy(stream.data() + b * 16, register_.data(), 16);
                increment(register_);
            }
            encryptor_.process(stream.data(), stream.data(), stream.size());
            xorInto(out + i, in + i, stream.data(), stream.size());
            i += stream.size();
            continue;
        }
        if (offset_ == 0) {
            keyStream_ = encryptor_.processBlock(register_);
            increment(register_);
        }
        out[i] = uint8_t(in[i] ^ keyStream_[offset_]);
        offset_ = (offset_ + 1) % 16;
        ++i;
    }
}

}  // namespace pyfw::crypto
