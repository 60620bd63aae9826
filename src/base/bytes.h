// Byte buffers and the little/big-endian field access that every binary format here needs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace pyfw::base {

using Bytes = std::vector<uint8_t>;
using ByteView = std::span<const uint8_t>;
using MutableByteView = std::span<uint8_t>;

inline ByteView view(const std::string& text) {
    return {reinterpret_cast<const uint8_t*>(text.data()), text.size()};
}
inline Bytes toBytes(std::string_view text) { return Bytes(text.begin(), text.end()); }
inline std::string toString(ByteView data) { return std::string(data.begin(), data.end()); }

inline uint16_t readLe16(const uint8_t* p) { return uint16_t(p[0] | p[1] << 8); }
inline uint32_t readLe32(const uint8_t* p) {
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}
inline uint32_t readLe24(const uint8_t* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16; }
inline uint64_t readLe64(const uint8_t* p) { return uint64_t(readLe32(p)) | uint64_t(readLe32(p + 4)) << 32; }
inline uint32_t readBe32(const uint8_t* p) {
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | uint32_t(p[3]);
}

inline void writeLe16(uint8_t* p, uint16_t v) { p[0] = uint8_t(v); p[1] = uint8_t(v >> 8); }
inline void writeLe24(uint8_t* p, uint32_t v) { p[0] = uint8_t(v); p[1] = uint8_t(v >> 8); p[2] = uint8_t(v >> 16); }
inline void writeLe32(uint8_t* p, uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = uint8_t(v >> (8 * i));
}
inline void writeLe64(uint8_t* p, uint64_t v) {
    for (int i = 0; i < 8; ++i) p[i] = uint8_t(v >> (8 * i));
}
inline void writeBe32(uint8_t* p, uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = uint8_t(v >> (24 - 8 * i));
}

inline void appendLe16(Bytes& out, uint16_t v) { out.push_back(uint8_t(v)); out.push_back(uint8_t(v >> 8)); }
inline void appendLe32(Bytes& out, uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(uint8_t(v >> (8 * i)));
}
inline void append(Bytes& out, ByteView data) { out.insert(out.end(), data.begin(), data.end()); }

// Lower-case hex, as the reference tools print digests.
std::string toHex(ByteView data);
// "0x1a000", or zero-padded to `digits` hex digits ("0x0001a000"), as addresses are printed.
std::string hexNumber(uint64_t value, int digits = 0);
// Accepts upper or lower case, no separators; an odd length or a non-hex digit is an error.
Result<Bytes> fromHex(std::string_view text);

}  // namespace pyfw::base
