// Cryptographically strong random bytes from OpenSSL's DRBG (seeded by the operating system).
#pragma once

#include "base/bytes.h"

namespace pyfw::crypto {

base::Bytes randomBytes(size_t count);
void fillRandom(base::MutableByteView out);

}  // namespace pyfw::crypto
