// The secure boot V1 signature block (esp_secure_boot_sig_block_t): a 32-bit version, which must
// be 0, and the ECDSA P-256 signature r||s, 68 bytes appended to a signed app or partition table.
#pragma once

#include <array>
#include <cstdint>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::formats {

struct SignatureBlock {
    static constexpr size_t kSize = 68;

    uint32_t version = 0;
    std::array<uint8_t, 64> signature{};

    std::array<uint8_t, kSize> serialize() const;
    // Exactly 68 bytes with version 0.
    static base::Result<SignatureBlock> parse(base::ByteView bytes);
};

// A signed file split into the signed message and its trailing block.
struct SignedData {
    base::ByteView message;
    SignatureBlock block;
};
base::Result<SignedData> splitSignedData(base::ByteView file);

}  // namespace pyfw::formats
