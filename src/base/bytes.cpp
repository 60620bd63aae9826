#include "base/bytes.h"

namespace pyfw::base {

std::string toHex(ByteView data) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(data.size() * 2);
    for (uint8_t byte : data) {
        out.push_back(digits[byte >> 4]);
        out.push_back(digits[byte & 15]);
    }
    return out;
}

std::string hexNumber(uint64_t value, int digits) {
    static constexpr char alphabet[] = "0123456789abcdef";
    std::string reversed;
    do {
        reversed.push_back(alphabet[value & 15]);
        value >>= 4;
    } while (value != 0 || int(reversed.size()) < digits);
    return "0x" + std::string(reversed.rbegin(), reversed.rend());
}

namespace {
int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

Result<Bytes> fromHex(std::string_view text) {
    if (text.size() % 2 != 0) return fail("hex text has an odd number of digits");
    Bytes out(text.size() / 2);
    for (size_t i = 0; i < out.size(); ++i) {
        int high = hexValue(text[2 * i]);
        int low = hexValue(text[2 * i + 1]);
        if (high < 0 || low < 0) return fail("hex text has a character that is not a hex digit");
        out[i] = uint8_t(high << 4 | low);
    }
    return out;
}

}  // namespace pyfw::base
