// UTF-8 helpers shared by the lexer, str and bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pyfw::engine::utf8 {

// Decodes the code point at p (valid UTF-8 assumed) and advances p.
inline uint32_t next(const char*& p) {
    auto c = static_cast<uint8_t>(*p++);
    if (c < 0x80) return c;
    if (c < 0xE0) return (c & 0x1F) << 6 | (static_cast<uint8_t>(*p++) & 0x3F);
    if (c < 0xF0) {
        uint32_t v = (c & 0x0F) << 12 | (static_cast<uint8_t>(p[0]) & 0x3F) << 6 | (static_cast<uint8_t>(p[1]) & 0x3F);
        p += 2;
        return v;
    }
    uint32_t v = (c & 0x07) << 18 | (static_cast<uint8_t>(p[0]) & 0x3F) << 12 |
                 (static_cast<uint8_t>(p[1]) & 0x3F) << 6 | (static_cast<uint8_t>(p[2]) & 0x3F);
    p += 3;
    return v;
}

inline bool isContinuation(char c) { return (static_cast<uint8_t>(c) & 0xC0) == 0x80; }

inline void append(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | cp >> 6));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | cp >> 12));
        out.push_back(char(0x80 | (cp >> 6 & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | cp >> 18));
        out.push_back(char(0x80 | (cp >> 12 & 0x3F)));
        out.push_back(char(0x80 | (cp >> 6 & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

inline size_t countCodePoints(std::string_view s) {
    size_t n = 0;
    for (char c : s) n += !isContinuation(c);
    return n;
}

// Length of the longest valid UTF-8 prefix; equals s.size() when all of s is valid.
size_t validPrefix(std::string_view s);
inline bool isValid(std::string_view s) { return validPrefix(s) == s.size(); }

}  // namespace pyfw::engine::utf8

namespace pyfw::engine::utf8 {

// Simple case mappings for Latin-1, Latin Extended-A, Greek and Cyrillic (the scripts a board's
// text is likely to use); other code points map to themselves.
uint32_t toUpper(uint32_t cp);
uint32_t toLower(uint32_t cp);
bool isAlpha(uint32_t cp);

}  // namespace pyfw::engine::utf8
