#include "formats/signature_block.h"

#include <algorithm>

namespace pyfw::formats {

std::array<uint8_t, SignatureBlock::kSize> SignatureBlock::serialize() const {
    std::array<uint8_t, kSize> out{};
    base::writeLe32(out.data(), version);
    std::copy(signature.begin(), signature.end(), out.begin() + 4);
    return out;
}

base::Result<SignatureBlock> SignatureBlock::parse(base::ByteView bytes) {
    if (bytes.size() != kSize)
        return base::fail("a signature block is 68 bytes, not " + std::to_string(bytes.size()));
    SignatureBlock block;
    block.version = base::readLe32(bytes.data());
    if (block.version != 0)
        return base::fail("the signature block version is " + std::to_string(block.version) + ", only 0 exists");
    std::copy(bytes.begin() + 4, bytes.end(), block.signature.begin());
    return block;
}

base::Result<SignedData> splitSignedData(base::ByteView file) {
    if (file.size() < SignatureBlock::kSize)
        return base::fail("the file is " + std::to_string(file.size()) + " bytes, too short to hold a 68-byte signature block");
    size_t messageSize = file.size() - SignatureBlock::kSize;
    PYFW_ASSIGN(SignatureBlock block, SignatureBlock::parse(file.subspan(messageSize)));
    return SignedData{file.first(messageSize), block};
}

}  // namespace pyfw::formats
