// Splitting and replacing shared by str and bytes. Both work on the raw bytes: a separator and ASCII whitespace
// never start inside a UTF-8 multi-byte sequence, so byte positions are safe for str too.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace pyfw::engine {

using SpacePredicate = bool (*)(char);

// split()/rsplit() without a separator: runs of whitespace separate, and the ends are trimmed,
// except that the unsplit remainder after `maxsplit` splits (maxsplit < 0: no limit) keeps its
// whitespace on the far side, as in CPython.
std::vector<std::string_view> splitOnWhitespace(std::string_view s, int64_t maxsplit, bool fromRight,
                                                SpacePredicate isSpace);
// split(sep)/rsplit(sep): `sep` must not be empty.
std::vector<std::string_view> splitOnSeparator(std::string_view s, std::string_view sep, int64_t maxsplit,
                                               bool fromRight);

// splitlines(): lines end at \n, \r or \r\n; `keepEnds` keeps the line ending in each part.
std::vector<std::string_view> splitLines(std::string_view s, bool keepEnds);

// The number of replacements replace() makes: occurrences of `from` (or, when it is empty, the
// `slots` places between characters), at most `count` when it is not negative.
int64_t replacementCount(std::string_view s, std::string_view from, int64_t count, int64_t slots);

}  // namespace pyfw::engine
