#include "base/crc32.h"

#include <array>

namespace pyfw::base {

namespace {
constexpr std::array<uint32_t, 256> makeTable() {
    std::array<uint32_t, 256> table{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int bit = 0; bit < 8; ++bit) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}
constexpr auto kTable = makeTable();
static_assert(kTable[1] == 0x77073096u);
}  // namespace

uint32_t crc32(ByteView data, uint32_t seed) {
    uint32_t c = ~seed;
    for (uint8_t byte : data) c = kTable[(c ^ byte) & 0xFF] ^ (c >> 8);
    return ~c;
}

}  // namespace pyfw::base
