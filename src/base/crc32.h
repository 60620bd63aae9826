// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), the one zlib, binascii.crc32 and the
// ESP32 ROM's crc32_le use. crc32(data, seed) == binascii.crc32(data, seed).
#pragma once

#include <cstdint>

#include "base/bytes.h"

namespace pyfw::base {

uint32_t crc32(ByteView data, uint32_t seed = 0);

}  // namespace pyfw::base
