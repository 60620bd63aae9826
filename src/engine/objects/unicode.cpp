#include "engine/objects/unicode.h"

namespace pyfw::engine::utf8 {

size_t validPrefix(std::string_view s) {
    size_t i = 0, n = s.size();
    while (i < n) {
        auto c = static_cast<uint8_t>(s[i]);
        size_t len;
        uint32_t cp;
        // Strict UTF-8, as Python decodes it: no overlong forms (lead bytes C0 and C1, and the
        // range checks below), no surrogates, nothing past U+10FFFF. str code relies on it:
        // utf8::next() and the indexing walks assume well-formed text and do not check.
        if (c < 0x80) { ++i; continue; }
        else if (c >= 0xC2 && c < 0xE0) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c < 0xF0) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c < 0xF5) { len = 4; cp = c & 0x07; }
        else return i;
        if (i + len > n) return i;  // truncated: the prefix before it is still valid
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

namespace pyfw::engine::utf8 {

namespace {

// A range [first, last] of lower-case letters and the distance to their upper-case forms; `step`
// 2 means alternating upper/lower pairs (upper at even offsets).
struct CaseRange {
    uint32_t first, last;
    int32_t delta;
    uint32_t step;
};

// 0xF7 (division sign) and 0x3C2 (final sigma, whose -32 partner 0x3A2 is unassigned) fall in
// the gaps between ranges; 0xFF (y diaeresis) pairs with its capital far away at 0x178, so it
// is a special case.
constexpr CaseRange kLowerRanges[] = {
    {0x61, 0x7A, -32, 1},     {0xE0, 0xF6, -32, 1},     {0xF8, 0xFE, -32, 1},
    {0x101, 0x12F, -1, 2},    {0x133, 0x137, -1, 2},    {0x13A, 0x148, -1, 2},
    {0x14B, 0x177, -1, 2},    {0x17A, 0x17E, -1, 2},    {0x3B1, 0x3C1, -32, 1},
    {0x3C3, 0x3CB, -32, 1},   {0x430, 0x44F, -32, 1},   {0x450, 0x45F, -80, 1},
};

}  // namespace

uint32_t toUpper(uint32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    if (cp == 0xFF) return 0x178;
    for (const CaseRange& r : kLowerRanges) {
        if (cp < r.first || cp > r.last) continue;
        if (r.step == 2 && (cp - r.first) % 2) continue;
        return uint32_t(int32_t(cp) + r.delta);
    }
    return cp;
}

uint32_t toLower(uint32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;   // most text: no table walk
    if (cp == 0x178) return 0xFF;
    for (const CaseRange& r : kLowerRanges) {
        uint32_t upperFirst = uint32_t(int32_t(r.first) + r.delta), upperLast = uint32_t(int32_t(r.last) + r.delta);
        if (cp < upperFirst || cp > upperLast) continue;
        if (r.step == 2 && (cp - upperFirst) % 2) continue;
        return uint32_t(int32_t(cp) - r.delta);
    }
    return cp;
}

// Without the Unicode database: a cased letter from the tables, 0xDF (sharp s, a lower-case
// letter with no single upper-case form), or a CJK ideograph.
bool isAlpha(uint32_t cp) {
    if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return toUpper(cp) != cp || toLower(cp) != cp || cp == 0xDF || (cp >= 0x4E00 && cp <= 0x9FFF);
}

}  // namespace pyfw::engine::utf8
