#include "engine/unicode.h"

namespace pyfw::engine::utf8 {

size_t validPrefix(std::string_view s) {
    size_t i = 0, n = s.size();
    while (i < n) {
        auto c = static_cast<uint8_t>(s[i]);
        size_t len;
        uint32_t cp;
        if (c < 0x80) { ++i; continue; }
        else if (c >= 0xC2 && c < 0xE0) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c < 0xF0) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c < 0xF5) { len = 4; cp = c & 0x07; }
        else return i;
        if (i + len > n) return i;
        for (size_t k = 1; k < len; ++k) {
            auto d = static_cast<uint8_t>(s[i + k]);
            if ((d & 0xC0) != 0x80) return i;
            cp = cp << 6 | (d & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp < 0xE000))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += len;
    }
    return n;
}

}  // namespace pyfw::engine::utf8
