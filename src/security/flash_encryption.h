// ESP32 (V1) flash encryption: AES-256 with a per-32-byte-block key tweak, each 16-byte block
// byte-reversed around the cipher. Writing to flash ("encrypt") runs AES *decryption* with the
// tweaked key and reading ("decrypt") runs AES encryption, as espsecure and the hardware do.
#pragma once

#include <cstdint>

#include "base/bytes.h"
#include "base/result.h"
#include "security/flash_key_tweak.h"

namespace pyfw::security {

enum class FlashCipherDirection { Encrypt, Decrypt };

struct FlashEncryption {
    // The value the IDF bootloader burns into FLASH_CRYPT_CONFIG: every key bit tweaked.
    static constexpr uint8_t kDefaultConf = 0xF;

    // A key file as espsecure reads it: 32 bytes, or 24 bytes of a 3/4-coding-scheme key, which
    // the hardware extends to K24 || K24[8:16].
    static base::Result<FlashKey> keyFromFile(base::ByteView keyFile);

    // Transforms `data` in place as if it lived at flash `address`. The address must be a multiple
    // of 16 and the length a multiple of 16; the 32-byte tweak blocks need not be aligned.
    static base::Status transform(const FlashKey& key, uint64_t address, uint8_t flashCryptConf,
                                  FlashCipherDirection direction, base::MutableByteView data);
    // The same from `input` into `output` (equal lengths; the buffers may be the same).
    static base::Status transform(const FlashKey& key, uint64_t address, uint8_t flashCryptConf,
                                  FlashCipherDirection direction, base::ByteView input, base::MutableByteView output);

    static base::Result<base::Bytes> encrypt(const FlashKey& key, uint64_t address, uint8_t flashCryptConf,
                                             base::ByteView plaintext);
    static base::Result<base::Bytes> decrypt(const FlashKey& key, uint64_t address, uint8_t flashCryptConf,
                                             base::ByteView ciphertext);

    // True when the AES-NI engine is in use (the CPU has AES-NI and SSSE3).
    static bool usesHardwareAes();
};

}  // namespace pyfw::security
