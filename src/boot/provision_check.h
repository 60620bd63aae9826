// The check `pyfw provision` makes before burning anything for a secure build: the flash
// encryption key must turn the image for 0x0 (the reflashable-bootloader digest, encrypted) back
// into a bootloader image, and the secure boot key must reproduce the digest stored in it. A key
// that fails either would leave a board the ROM cannot start, and eFuses cannot be unburnt.
#pragma once

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::boot {

base::Status checkKeysMatchDigestImage(base::ByteView encryptedDigestImage, base::ByteView flashEncryptionKeyFile,
                                       base::ByteView secureBootKeyFile);

}  // namespace pyfw::boot
