// Splitting and replacing shared by str and bytes. Both work on the raw bytes: a separator and ASCII whitespace
// never start inside a UTF-8 multi-byte sequence, so byte positions are safe for str too.
// The splitters hand each part to a callback (the caller makes its str or bytes at once, with no
// list of views in between); fromRight gives the parts right to left.
#pragma once

#include <cstdint>
#include <functional>   // std::ref(parts) as the callback
#include <string_view>
#include <vector>

namespace pyfw::engine {

// A set of byte values, tested with one load: whitespace, or the characters strip() removes.
struct ByteSet {
    bool in[256] = {};
    constexpr void add(uint8_t c) { in[c] = true; }
    constexpr bool has(char c) const { return in[uint8_t(c)]; }
};
constexpr ByteSet byteSetOf(std::string_view chars) {
    ByteSet set;
    for (char c : chars) set.add(uint8_t(c));
    return set;
}
// What split()/strip() without arguments take as whitespace: bytes' ASCII set; str's adds the
// separators \x1c-\x1f.
inline constexpr ByteSet kBytesWhitespace = byteSetOf(" \t\n\v\f\r");
inline constexpr ByteSet kStrWhitespace = byteSetOf(" \t\n\v\f\r\x1c\x1d\x1e\x1f");

// split()/rsplit() without a separator: runs of whitespace separate, and the ends are trimmed,
// except that the unsplit remainder after `maxsplit` splits (maxsplit < 0: no limit) keeps its
// whitespace on the far side, as in CPython.
template <typename Part>
void splitOnWhitespace(std::string_view s, int64_t maxsplit, bool fromRight, const ByteSet& space, Part part) {
    int64_t parts = 0;
    auto limitReached = [&] { return maxsplit >= 0 && parts == maxsplit; };
    if (!fromRight) {
        const char* p = s.data();
        const char* end = p + s.size();
        while (true) {
            while (p < end && space.has(*p)) ++p;
            if (p == end) return;
            if (limitReached()) return part(std::string_view(p, size_t(end - p)));
            const char* word = p;
            while (p < end && !space.has(*p)) ++p;
            part(std::string_view(word, size_t(p - word)));
            ++parts;
        }
    }
    size_t i = s.size();
    while (true) {
        while (i > 0 && space.has(s[i - 1])) --i;
        if (i == 0) return;
        if (limitReached()) return part(s.substr(0, i));
        size_t j = i;
        while (j > 0 && !space.has(s[j - 1])) --j;
        part(s.substr(j, i - j));
        ++parts;
        i = j;
    }
}

// split(sep)/rsplit(sep): `sep` must not be empty.
template <typename Part>
void splitOnSeparator(std::string_view s, std::string_view sep, int64_t maxsplit, bool fromRight, Part part) {
    int64_t splits = 0;
    if (!fromRight) {
        size_t start = 0;
        for (; maxsplit < 0 || splits < maxsplit; ++splits) {
            size_t at = s.find(sep, start);
            if (at == std::string_view::npos) break;
            part(s.substr(start, at - start));
            start = at + sep.size();
        }
        return part(s.substr(start));
    }
    size_t end = s.size();
    for (; maxsplit < 0 || splits < maxsplit; ++splits) {
        if (end < sep.size()) break;
        size_t at = s.substr(0, end).rfind(sep);
        if (at == std::string_view::npos) break;
        part(s.substr(at + sep.size(), end - at - sep.size()));
        end = at;
    }
    part(s.substr(0, end));
}

// The parts of one split, so that its list is made at its final size: the usual few on the stack.
class SplitParts {
public:
    void operator()(std::string_view part) {
        if (count_ < kInline) inline_[count_] = part;
        else more_.push_back(part);
        ++count_;
    }
    size_t size() const { return count_; }
    std::string_view operator[](size_t i) const { return i < kInline ? inline_[i] : more_[i - kInline]; }

private:
    static constexpr size_t kInline = 32;
    std::string_view inline_[kInline];
    std::vector<std::string_view> more_;
    size_t count_ = 0;
};

// splitlines(): lines end at \n, \r or \r\n; `keepEnds` keeps the line ending in each part.
std::vector<std::string_view> splitLines(std::string_view s, bool keepEnds);

// The number of replacements replace() makes: occurrences of `from` (or, when it is empty, the
// `slots` places between characters), at most `count` when it is not negative.
int64_t replacementCount(std::string_view s, std::string_view from, int64_t count, int64_t slots);

}  // namespace pyfw::engine
