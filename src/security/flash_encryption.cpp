#include "security/flash_encryption.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "crypto/aes.h"
#include "security/flash_cipher_engine.h"

namespace pyfw::security {

namespace detail {

namespace {
// One 16-byte block: reverse, AES with the block's tweaked key, reverse back.
void transformHalf(crypto::AesEcb& cipher, uint8_t* block) {
    std::reverse(block, block + 16);
    cipher.process(block, block, 16);
    std::reverse(block, block + 16);
}

crypto::AesEcb keyedCipher(const FlashKey& key, FlashCipherDirection direction) {
    // Flash "encrypt" is AES decryption and vice versa.
    auto aesDirection = direction == FlashCipherDirection::Encrypt ? crypto::AesDirection::Decrypt
                                                                   : crypto::AesDirection::Encrypt;
    auto cipher = crypto::AesEcb::create(key, aesDirection);
    if (!cipher.ok()) throw std::logic_error(cipher.error().message);
    return std::move(cipher).value();
}
}  // namespace

void transformPortable(TweakSequence& tweaks, FlashCipherDirection direction, const uint8_t* in, uint8_t* out,
                       size_t blocks) {
    for (size_t i = 0; i < blocks; ++i, tweaks.advance()) {
        auto cipher = keyedCipher(tweaks.current(), direction);
        std::memmove(out + 32 * i, in + 32 * i, 32);
        transformHalf(cipher, out + 32 * i);
        transformHalf(cipher, out + 32 * i + 16);
    }
}

namespace {
void transformOneHalf(const FlashKey& tweakedKey, FlashCipherDirection direction, const uint8_t* in, uint8_t* out) {
    auto cipher = keyedCipher(tweakedKey, direction);
    std::memmove(out, in, 16);
    transformHalf(cipher, out);
}
}  // namespace

}  // namespace detail

base::Result<FlashKey> FlashEncryption::keyFromFile(base::ByteView keyFile) {
    FlashKey key{};
    if (keyFile.size() == 32) {
        std::copy(keyFile.begin(), keyFile.end(), key.begin());
    } else if (keyFile.size() == 24) {
        std::copy(keyFile.begin(), keyFile.end(), key.begin());
        std::copy(keyFile.begin() + 8, keyFile.begin() + 16, key.begin() + 24);
    } else {
        return base::fail("a flash encryption key must be 32 bytes (or 24 for the 3/4 coding scheme), not " +
                          std::to_string(keyFile.size()));
    }
    return key;
}

bool FlashEncryption::usesHardwareAes() { return detail::cpuHasAesNi(); }

base::Status FlashEncryption::transform(const FlashKey& key, uint64_t address, uint8_t flashCryptConf,
                                        FlashCipherDirection direction, base::MutableByteView data) {
    return transform(key, address, flashCryptConf, direction, data, data);
}

base::Status FlashEncryption::transform(const FlashKey& key, uint64_t address, uint8_t flashCryptConf,
                                        FlashCipherDirection direction, base::ByteView input,
                                        base::MutableByteView output) {
    if (address % 16 != 0) return base::fail("the flash address must be a multiple of 16");
    if (input.size() % 16 != 0) return base::fail("the data length must be a multiple of 16 bytes");
    if (output.size() != input.size()) return base::fail("the output must be as long as the input");
    if (flashCryptConf > 0xF) return base::fail("FLASH_CRYPT_CONFIG is a 4-bit value (0x0..0xF)");
    const uint8_t* in = input.data();
    uint8_t* p = output.data();
    size_t left = input.size();
    // A leading second half of a 32-byte block uses the tweak of the block it belongs to.
    if (address % 32 != 0 && left > 0) {
        detail::transformOneHalf(tweakKeyClosedForm(key, address & ~uint64_t(31), flashCryptConf), direction, in, p);
        in += 16;
        p += 16;
        left -= 16;
        address += 16;
    }
    TweakSequence tweaks(key, address, flashCryptConf);
    size_t blocks = left / 32;
    if (detail::cpuHasVaes512()) {
        size_t head = std::min<size_t>(blocks, (8 - tweaks.blockIndex() % 8) % 8);
        detail::transformAesNi(tweaks, direction, in, p, head);
        size_t done = head + detail::transformVaes512(tweaks, direction, in + 32 * head, p + 32 * head, blocks - head);
        detail::transformAesNi(tweaks, direction, in + 32 * done, p + 32 * done, blocks - done);
    } else if (detail::cpuHasAesNi()) {
        detail::transformAesNi(tweaks, direction, in, p, blocks);
    } else {
        detail::transformPortable(tweaks, direction, in, p, blocks);
    }
    if (left % 32 != 0) detail::transformOneHalf(tweaks.current(), direction, in + 32 * blocks, p + 32 * blocks);
    return base::okStatus();
}

base::Result<base::Bytes> FlashEncryption::encrypt(const FlashKey& key, uint64_t address, uint8_t flashCryptConf,
                                                   base::ByteView plaintext) {
    base::Bytes out(plaintext.begin(), plaintext.end());
    PYFW_TRY(transform(key, address, flashCryptConf, FlashCipherDirection::Encrypt, out));
    return out;
}

base::Result<base::Bytes> FlashEncryption::decrypt(const FlashKey& key, uint64_t address, uint8_t flashCryptConf,
                                                   base::ByteView ciphertext) {
    base::Bytes out(ciphertext.begin(), ciphertext.end());
    PYFW_TRY(transform(key, address, flashCryptConf, FlashCipherDirection::Decrypt, out));
    return out;
}

}  // namespace pyfw::security
