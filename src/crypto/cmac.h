// AES-CMAC (RFC 4493, NIST SP 800-38B), the message integrity code of LoRaWAN.
#pragma once

#include "crypto/aes.h"

namespace pyfw::crypto {

// CMAC with an AES-128 key; the full 16-byte tag (LoRaWAN's MIC is its first 4 bytes).
AesBlock cmac(const Aes128Key& key, base::ByteView data);

}  // namespace pyfw::crypto
