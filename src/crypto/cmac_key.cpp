#include "crypto/cmac_key.h"

#include <cstring>
#include <stdexcept>

namespace pyfw::crypto {

namespace {
AesEcb makeCipher(const Aes128Key& key) {
    auto cipher = AesEcb::create(key, AesDirection::Encrypt);
    if (!cipher.ok()) throw std::logic_error(cipher.error().message);  // a 16-byte key cannot fail
    return std::move(cipher).value();
}

// Doubling in GF(2^128) as RFC 4493 §2.3 defines it: shift left one bit, fold the carry with 0x87.
AesBlock doubled(const AesBlock& in) {
    AesBlock out;
    uint8_t carry = 0;
    for (int i = 15; i >= 0; --i) {
        out[i] = uint8_t(in[i] << 1 | carry);
        carry = in[i] >> 7;
    }
    if (in[0] & 0x80) out[15] ^= 0x87;
    return out;
}
}  // namespace

CmacKey::CmacKey(const Aes128Key& key) : cipher_(makeCipher(key)) {
    AesBlock l{};
    cipher_.process(l.data(), l.data(), 16);
    k1_ = doubled(l);
    k2_ = doubled(k1_);
}

AesBlock CmacKey::tag(base::ByteView prefix, base::ByteView data) {
    AesBlock state{};
    AesBlock block{};
    size_t filled = 0;
    // Run CBC over every block except the last, which gets the subkey treatment below.
    auto feed = [&](base::ByteView part) {
        for (uint8_t byte : part) {
            if (filled == 16) {
                for (int i = 0; i < 16; ++i) state[i] ^= block[i];
                cipher_.process(state.data(), state.data(), 16);
                filled = 0;
            }
            block[filled++] = byte;
        }
    };
    feed(prefix);
    feed(data);
    if (filled == 16) {
        for (int i = 0; i < 16; ++i) state[i] ^= block[i] ^ k1_[i];
    } else {
        block[filled] = 0x80;
        std::memset(block.data() + filled + 1, 0, 16 - filled - 1);
        for (int i = 0; i < 16; ++i) state[i] ^= block[i] ^ k2_[i];
    }
    cipher_.process(state.data(), state.data(), 16);
    return state;
}

}  // namespace pyfw::crypto
