// ECDSA over NIST P-256 (secp256r1), the curve of ESP32 secure boot V1. Signing uses the RFC 6979
// deterministic nonce (HMAC-SHA-256 DRBG), so a signature depends only on the key and the message,
// exactly like python-ecdsa's sign_deterministic that espsecure calls. Verification is OpenSSL's.
#pragma once

#include <array>
#include <cstdint>

#include "base/bytes.h"
#include "base/result.h"
#include "crypto/hash.h"

namespace pyfw::crypto {

using EcdsaPrivateKey = std::array<uint8_t, 32>;  // the scalar d, big-endian
using EcdsaPublicKey = std::array<uint8_t, 64>;   // X || Y, big-endian (micro-ecc's layout)
using EcdsaSignature = std::array<uint8_t, 64>;   // r || s, big-endian

struct EcdsaP256 {
    // A fresh private key from the system's entropy.
    static EcdsaPrivateKey generatePrivateKey();
    // Fails when d is 0 or not below the group order.
    static base::Result<EcdsaPublicKey> publicKeyOf(const EcdsaPrivateKey& privateKey);
    // Fails when the point is not on the curve.
    static base::Status checkPublicKey(const EcdsaPublicKey& publicKey);

    // RFC 6979 §3.2 nonce for SHA-256 and P-256. `skip` passes over that many candidates, as the
    // signer does in the (astronomically rare) case that r or s comes out zero.
    static std::array<uint8_t, 32> deterministicNonce(const EcdsaPrivateKey& privateKey,
                                                      const Sha256Digest& digest, int skip = 0);

    static base::Result<EcdsaSignature> signDigest(const EcdsaPrivateKey& privateKey, const Sha256Digest& digest);
    static base::Result<EcdsaSignature> sign(const EcdsaPrivateKey& privateKey, base::ByteView message) {
        return signDigest(privateKey, sha256(message));
    }

    static bool verifyDigest(const EcdsaPublicKey& publicKey, const Sha256Digest& digest,
                             const EcdsaSignature& signature);
    static bool verify(const EcdsaPublicKey& publicKey, base::ByteView message, const EcdsaSignature& signature) {
        return verifyDigest(publicKey, sha256(message), signature);
    }
};

}  // namespace pyfw::crypto
