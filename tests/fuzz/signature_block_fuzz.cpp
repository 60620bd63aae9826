// Signed files: splitting off the signature block and verifying it against a fixed key must
// never crash, and any accepted block re-serializes to the same 68 bytes.
#include <cstddef>
#include <cstdint>

#include "crypto/ecdsa_p256.h"
#include "formats/signature_block.h"
#include "security/secure_boot.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    base::ByteView input(data, size);
    auto split = formats::splitSignedData(input);
    if (split.ok()) {
        auto bytes = split->block.serialize();
        for (size_t i = 0; i < bytes.size(); ++i)
            if (bytes[i] != data[size - 68 + i]) __builtin_trap();
        static const crypto::EcdsaPublicKey key = [] {
            crypto::EcdsaPrivateKey d{};
            d[31] = 7;
            return *crypto::EcdsaP256::publicKeyOf(d);
        }();
        (void)security::verifySignedData(key, input);
    }
    (void)formats::SignatureBlock::parse(input);
    return 0;
}
