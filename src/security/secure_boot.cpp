#include "security/secure_boot.h"

#include <algorithm>

#include "crypto/aes.h"
#include "crypto/hash.h"
#include "formats/app_image.h"
#include "formats/signature_block.h"

namespace pyfw::security {

base::Result<base::Bytes> digestPrivateKey(const crypto::EcdsaPrivateKey& privateKey, int keyBits) {
    if (keyBits != 256 && keyBits != 192)
        return base::fail("the secure boot key length must be 256 or 192 bits, not " + std::to_string(keyBits));
    auto digest = crypto::sha256(privateKey);
    return base::Bytes(digest.begin(), digest.begin() + keyBits / 8);
}

base::Result<SecureBootKey> secureBootKeyFromFile(base::ByteView keyFile) {
    SecureBootKey key{};
    switch (keyFile.size()) {
    case 32:
        std::copy(keyFile.begin(), keyFile.end(), key.begin());
        return key;
    case 24:
        std::copy(keyFile.begin(), keyFile.end(), key.begin());
        std::copy(keyFile.begin() + 8, keyFile.begin() + 16, key.begin() + 24);
        return key;
    case 16: {
        auto digest = crypto::sha256(keyFile);
        std::copy(digest.begin(), digest.end(), key.begin());
        return key;
    }
    default:
        return base::fail("a secure boot key must be 32, 24 or 16 bytes, not " + std::to_string(keyFile.size()));
    }
}

base::Result<base::Bytes> bootloaderDigestInput(base::ByteView image, bool truncateAppendedHash) {
    PYFW_ASSIGN(formats::AppImage parsed, formats::parseAppImage(image));
    base::Bytes out(image.begin(), image.end());
    // The ROM reads whole 128-byte blocks and ignores the part of an appended SHA-256 after the
    // last one it needs.
    if (truncateAppendedHash && parsed.header.hashAppended && out.size() % 128 <= 32) out.resize(out.size() - out.size() % 128);
    out.resize((out.size() + 127) / 128 * 128, 0xFF);
    return out;
}

base::Result<std::array<uint8_t, 64>> bootloaderDigest(const SecureBootKey& key, base::ByteView iv,
                                                       base::ByteView paddedImage) {
    if (iv.size() > kDigestIvSize) return base::fail("the IV is longer than 128 bytes");
    base::Bytes message(iv.begin(), iv.end());
    base::append(message, paddedImage);
    message.resize(message.size() / 16 * 16);  // a trailing partial block never reaches the cipher
    for (size_t i = 0; i < message.size(); i += 16) std::reverse(message.begin() + i, message.begin() + i + 16);
    PYFW_ASSIGN(base::Bytes cipher, crypto::aesEcbEncrypt(key, message));
    // Each output block enters SHA-512 as its four 32-bit words in reverse order.
    for (size_t i = 0; i < cipher.size(); i += 16) {
        uint8_t* block = cipher.data() + i;
        std::swap_ranges(block, block + 4, block + 12);
        std::swap_ranges(block + 4, block + 8, block + 8);
    }
    auto digest = crypto::sha512(cipher);
    for (size_t i = 0; i < digest.size(); i += 4) std::reverse(digest.begin() + i, digest.begin() + i + 4);
    return digest;
}

base::Result<base::Bytes> digestSecureBootloader(const SecureBootKey& key, base::ByteView iv, base::ByteView image,
                                                 bool truncateAppendedHash) {
    PYFW_ASSIGN(base::Bytes padded, bootloaderDigestInput(image, truncateAppendedHash));
    PYFW_ASSIGN(auto digest, bootloaderDigest(key, iv, padded));
    base::Bytes out(iv.begin(), iv.end());
    base::append(out, digest);
    out.resize(kBootloaderOffset, 0xFF);
    base::append(out, padded);
    return out;
}

base::Result<base::Bytes> signData(const crypto::EcdsaPrivateKey& privateKey, base::ByteView data) {
    PYFW_ASSIGN(crypto::EcdsaSignature signature, crypto::EcdsaP256::sign(privateKey, data));
    formats::SignatureBlock block;
    block.signature = signature;
    base::Bytes out(data.begin(), data.end());
    base::append(out, block.serialize());
    return out;
}

base::Status verifySignedData(const crypto::EcdsaPublicKey& publicKey, base::ByteView signedFile) {
    PYFW_ASSIGN(formats::SignedData split, formats::splitSignedData(signedFile));
    if (!crypto::EcdsaP256::verify(publicKey, split.message, split.block.signature))
        return base::fail("Signature is not valid");
    return base::okStatus();
}

base::Status verifySignatureAt(const crypto::EcdsaPublicKey& publicKey, base::ByteView flashData, size_t signedLength) {
    if (flashData.size() < signedLength || flashData.size() - signedLength < formats::SignatureBlock::kSize)
        return base::fail("no room for a signature block after " + std::to_string(signedLength) + " bytes");
    return verifySignedData(publicKey, flashData.first(signedLength + formats::SignatureBlock::kSize));
}

}  // namespace pyfw::security
