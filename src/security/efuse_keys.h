// How key files map onto eFuse key blocks (esp32-security.md §3 "eFuse vs key file"): espefuse
// burn_key writes a key file reversed, so the block's bytes in register order (RDATA0..7, little-
// endian words) are the key file backwards. Under the 3/4 coding scheme a block holds 24 data
// bytes, stored as 4 groups of 6 data bytes + XOR byte + weighted popcount byte.
#pragma once

#include <array>
#include <cstdint>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::security {

// Key file (32 or 24 bytes) -> block bytes in register order (the same length).
base::Result<base::Bytes> keyFileToEfuseBlock(base::ByteView keyFile);
// Block bytes in register order -> key file (a key generated on the device has no key file;
// this is its key-file form).
base::Bytes efuseBlockToKeyFile(base::ByteView block);

// 24 data bytes -> the 32 raw bytes of a 3/4-coded block.
std::array<uint8_t, 32> encodeThreeQuarters(const std::array<uint8_t, 24>& data);
// The inverse; fails when a group's check bytes do not match its data.
base::Result<std::array<uint8_t, 24>> decodeThreeQuarters(const std::array<uint8_t, 32>& raw);

}  // namespace pyfw::security
