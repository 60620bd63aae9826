// Small helpers shared by the crypto, formats and security tests: hex literals and the shared reference vectors folder.
#pragma once

#include <filesystem>
#include <string>

#include "base/bytes.h"

namespace pyfw::test {

inline base::Bytes hex(const std::string& text) { return base::fromHex(text).value(); }

template <size_t N>
std::array<uint8_t, N> hexArray(const std::string& text) {
    auto bytes = hex(text);
    std::array<uint8_t, N> out{};
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

template <typename Container>
std::string hexOf(const Container& bytes) {
    return base::toHex(base::ByteView(bytes.data(), bytes.size()));
}

// ../shared/vectors/esp32 beside the checkout, or empty when it is absent.
inline std::filesystem::path sharedVectors() {
    std::filesystem::path path = std::filesystem::path(PYFW_SOURCE_DIR) / ".." / "shared" / "vectors" / "esp32";
    return std::filesystem::is_directory(path) ? path : std::filesystem::path();
}

}  // namespace pyfw::test
