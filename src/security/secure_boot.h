// Secure boot V1 (esp32-security.md §4): the reflashable secure boot key derived from the signing
// key, the bootloader digest the ROM checks at flash 0x0, and ECDSA signatures of apps and
// partition tables that the bootloader checks.
#pragma once

#include <array>
#include <cstdint>

#include "base/bytes.h"
#include "base/result.h"
#include "crypto/ecdsa_p256.h"

namespace pyfw::security {

using SecureBootKey = std::array<uint8_t, 32>;  // key-file order

// espsecure digest_private_key: SHA-256 of the 32-byte big-endian private scalar; 192 bits keeps
// the first 24 bytes (for the 3/4 coding scheme).
base::Result<base::Bytes> digestPrivateKey(const crypto::EcdsaPrivateKey& privateKey, int keyBits = 256);

// A secure boot key file: 32 bytes, 24 (3/4 coding: K || K[8:16]) or 16 (extended with SHA-256).
base::Result<SecureBootKey> secureBootKeyFromFile(base::ByteView keyFile);

inline constexpr size_t kDigestIvSize = 128;
inline constexpr size_t kBootloaderOffset = 0x1000;  // where the image starts in the digest file

// The ROM's digest of a bootloader: AES-256-ECB (each block reversed, key untweaked) of
// IV || image (padded with 0xFF to 128 bytes; esptool >= 2.5 first drops an appended SHA-256 that
// spills 1..32 bytes into a last 128-byte block), fed to SHA-512 word-reversed.
// Returns the 64 digest bytes as stored at 0x80 (each 32-bit word byte-reversed).
base::Result<std::array<uint8_t, 64>> bootloaderDigest(const SecureBootKey& key, base::ByteView iv,
                                                       base::ByteView paddedImage);

// espsecure digest_secure_bootloader: IV || digest || 0xFF up to 0x1000 || the (truncated and
// padded) image, ready to flash at 0x0. `image` must be an ESP32 image. Any IV length up to 128
// bytes is accepted, as espsecure reads "up to 128 bytes".
// `truncateAppendedHash` false reproduces esptool 2.1-2.4 (the one in Pycom's 2018 IDF), whose
// digest is wrong for the ROM when the image length mod 128 is 1..32.
base::Result<base::Bytes> digestSecureBootloader(const SecureBootKey& key, base::ByteView iv, base::ByteView image,
                                                 bool truncateAppendedHash = true);

// The image bytes the ROM digests: esptool >= 2.5 truncation, then 0xFF padding to 128 bytes.
base::Result<base::Bytes> bootloaderDigestInput(base::ByteView image, bool truncateAppendedHash = true);

// sign_data --version 1: data || version 0 || r||s over SHA-256(data).
base::Result<base::Bytes> signData(const crypto::EcdsaPrivateKey& privateKey, base::ByteView data);
// verify_signature --version 1: the last 68 bytes must be a version-0 block that verifies.
base::Status verifySignedData(const crypto::EcdsaPublicKey& publicKey, base::ByteView signedFile);

// What the bootloader checks in flash: the block right after `signedLength` bytes (an app's
// image_len, or 0xC00 for the partition table).
base::Status verifySignatureAt(const crypto::EcdsaPublicKey& publicKey, base::ByteView flashData, size_t signedLength);

}  // namespace pyfw::security
