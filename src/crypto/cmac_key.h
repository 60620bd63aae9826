// AES-CMAC (RFC 4493) under one fixed AES-128 key, with the key schedule and the subkeys K1/K2
// computed once. For callers that MAC many short messages with the same key (a LoRaWAN session
// MACs every frame); tags are identical to cmac().
#pragma once

#include "crypto/aes.h"

namespace pyfw::crypto {

class CmacKey {
public:
    explicit CmacKey(const Aes128Key& key);

    // The tag of prefix || data; the prefix lets callers MAC a header block without copying.
    AesBlock tag(base::ByteView prefix, base::ByteView data);
    AesBlock tag(base::ByteView data) { return tag({}, data); }

    // The same key schedule, for callers that also encrypt under this key.
    AesEcb& cipher() { return cipher_; }

private:
    AesEcb cipher_;
    AesBlock k1_{};
    AesBlock k2_{};
};

}  // namespace pyfw::crypto
