#include "security/efuse_keys.h"

#include <algorithm>
#include <bit>

namespace pyfw::security {

base::Result<base::Bytes> keyFileToEfuseBlock(base::ByteView keyFile) {
    if (keyFile.size() != 32 && keyFile.size() != 24)
        return base::fail("an eFuse key file must be 32 or 24 bytes, not " + std::to_string(keyFile.size()));
    return base::Bytes(keyFile.rbegin(), keyFile.rend());
}

base::Bytes efuseBlockToKeyFile(base::ByteView block) { return base::Bytes(block.rbegin(), block.rend()); }

namespace {
std::array<uint8_t, 2> checkBytes(const uint8_t* group) {
    uint8_t x = 0;
    unsigned weighted = 0;
    for (int i = 0; i < 6; ++i) {
        x ^= group[i];
        weighted += unsigned(i + 1) * unsigned(std::popcount(group[i]));
    }
    return {x, uint8_t(weighted)};
}
}  // namespace

std::array<uint8_t, 32> encodeThreeQuarters(const std::array<uint8_t, 24>& data) {
    std::array<uint8_t, 32> raw{};
    for (int g = 0; g < 4; ++g) {
        std::copy(data.begin() + 6 * g, data.begin() + 6 * g + 6, raw.begin() + 8 * g);
        auto check = checkBytes(data.data() + 6 * g);
        raw[8 * g + 6] = check[0];
        raw[8 * g + 7] = check[1];
    }
    return raw;
}

base::Result<std::array<uint8_t, 24>> decodeThreeQuarters(const std::array<uint8_t, 32>& raw) {
    std::array<uint8_t, 24> data{};
    for (int g = 0; g < 4; ++g) {
        auto check = checkBytes(raw.data() + 8 * g);
        if (raw[8 * g + 6] != check[0] || raw[8 * g + 7] != check[1])
            return base::fail("3/4-coded eFuse group " + std::to_string(g) + " fails its check bytes");
        std::copy(raw.begin() + 8 * g, raw.begin() + 8 * g + 6, data.begin() + 6 * g);
    }
    return data;
}

}  // namespace pyfw::security
