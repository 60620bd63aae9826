// Key files: PEM private and public keys and raw 64-byte public keys. A private key that parses
// must give a public key and write back to a PEM that parses to the same key.
#include <cstddef>
#include <cstdint>

#include "crypto/pem.h"
#include "security/flash_encryption.h"
#include "security/secure_boot.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    base::ByteView input(data, size);
    auto privateKey = crypto::parsePrivateKeyPem(input);
    if (privateKey.ok()) {
        auto pem = crypto::privateKeyToPem(*privateKey);
        if (pem.ok()) {
            auto again = crypto::parsePrivateKeyPem(base::view(*pem));
            if (!again.ok() || *again != *privateKey) __builtin_trap();
        }
    }
    (void)crypto::parsePublicKeyPem(input);
    (void)crypto::parseVerificationKey(input);
    (void)security::FlashEncryption::keyFromFile(input);
    (void)security::secureBootKeyFromFile(input);
    return 0;
}
