#include "boot/provision_check.h"

#include <algorithm>

#include "formats/app_image.h"
#include "security/flash_encryption.h"
#include "security/secure_boot.h"

namespace pyfw::boot {

base::Status checkKeysMatchDigestImage(base::ByteView encryptedDigestImage, base::ByteView flashEncryptionKeyFile,
                                       base::ByteView secureBootKeyFile) {
    constexpr size_t kImageOffset = security::kBootloaderOffset;
    if (encryptedDigestImage.size() <= kImageOffset || encryptedDigestImage.size() % 16 != 0)
        return base::fail("the image for 0x0 is not an encrypted secure boot digest image");
    PYFW_ASSIGN(auto flashKey, security::FlashEncryption::keyFromFile(flashEncryptionKeyFile));
    PYFW_ASSIGN(auto plain, security::FlashEncryption::decrypt(flashKey, 0, 0xF, encryptedDigestImage));
    base::ByteView image = base::ByteView(plain).subspan(kImageOffset);
    auto parsed = formats::parseAppImage(image);
    if (!parsed.ok() || !parsed->checksumValid())
        return base::fail("the flash encryption key does not decrypt the bootloader image: it is not the key the images were encrypted with");
    size_t digestLength = (parsed->checksummedLength + 127) & ~size_t(127);
    if (digestLength > image.size()) return base::fail("the digest image ends before its bootloader's last 128-byte block");
    PYFW_ASSIGN(auto secureBootKey, security::secureBootKeyFromFile(secureBootKeyFile));
    PYFW_ASSIGN(auto digest, security::bootloaderDigest(secureBootKey, base::ByteView(plain).first(security::kDigestIvSize),
                                                        image.first(digestLength)));
    if (!std::equal(digest.begin(), digest.end(), plain.begin() + security::kDigestIvSize))
        return base::fail("the secure boot key does not reproduce the bootloader digest: it is not the key the digest was made with");
    return base::okStatus();
}

}  // namespace pyfw::boot
