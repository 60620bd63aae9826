// P-256 keys in the files espsecure reads and writes: PEM private keys (SEC1 "EC PRIVATE KEY" as
// python-ecdsa writes them, or PKCS#8), PEM public keys, and the raw 64-byte X||Y public key.
#pragma once

#include <string>

#include "base/bytes.h"
#include "base/result.h"
#include "crypto/ecdsa_p256.h"

namespace pyfw::crypto {

// A PEM private key on P-256; any other curve or key type is an error naming it.
base::Result<EcdsaPrivateKey> parsePrivateKeyPem(base::ByteView pem);
// A PEM public key on P-256.
base::Result<EcdsaPublicKey> parsePublicKeyPem(base::ByteView pem);
// What verify_signature accepts as --keyfile: a PEM private key, a PEM public key, or 64 raw bytes.
base::Result<EcdsaPublicKey> parseVerificationKey(base::ByteView keyFile);

// SEC1 "EC PRIVATE KEY" PEM with the named curve and the public key, byte for byte what
// python-ecdsa's SigningKey.to_pem() (and so espsecure generate_signing_key) writes.
base::Result<std::string> privateKeyToPem(const EcdsaPrivateKey& privateKey);
// SubjectPublicKeyInfo "PUBLIC KEY" PEM.
std::string publicKeyToPem(const EcdsaPublicKey& publicKey);

}  // namespace pyfw::crypto
