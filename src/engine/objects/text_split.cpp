#include "engine/objects/text_split.h"

#include <algorithm>

namespace pyfw::engine {

std::vector<std::string_view> splitOnWhitespace(std::string_view s, int64_t maxsplit, bool fromRight,
                                                SpacePredicate isSpace) {
    std::vector<std::string_view> parts;
    auto limitReached = [&] { return maxsplit >= 0 && int64_t(parts.size()) == maxsplit; };
    if (!fromRight) {
        size_t i = 0;
        while (true) {
            while (i < s.size() && isSpace(s[i])) ++i;
            if (i >= s.size()) break;
            if (limitReached()) {
                parts.push_back(s.substr(i));
                break;
            }
            size_t j = i;
            while (j < s.size() && !isSpace(s[j])) ++j;
            parts.push_back(s.substr(i, j - i));
            i = j;
        }
        return parts;
    }
    size_t i = s.size();
    while (true) {
        while (i > 0 && isSpace(s[i - 1])) --i;
        if (i == 0) break;
        if (limitReached()) {
            parts.push_back(s.substr(0, i));
            break;
        }
        size_t j = i;
        while (j > 0 && !isSpace(s[j - 1])) --j;
        parts.push_back(s.substr(j, i - j));
        i = j;
    }
    std::reverse(parts.begin(), parts.end());
    return parts;
}

std::vector<std::string_view> splitOnSeparator(std::string_view s, std::string_view sep, int64_t maxsplit,
                                               bool fromRight) {
    std::vector<std::string_view> parts;
    int64_t splits = 0;
    if (!fromRight) {
        size_t start = 0;
        for (; maxsplit < 0 || splits < maxsplit; ++splits) {
            size_t at = s.find(sep, start);
            if (at == std::string_view::npos) break;
            parts.push_back(s.substr(start, at - start));
            start = at + sep.size();
        }
        parts.push_back(s.substr(start));
        return parts;
    }
    size_t end = s.size();
    for (; maxsplit < 0 || splits < maxsplit; ++splits) {
        if (end < sep.size()) break;
        size_t at = s.substr(0, end).rfind(sep);
        if (at == std::string_view::npos) break;
        parts.push_back(s.substr(at + sep.size(), end - at - sep.size()));
        end = at;
    }
    parts.push_back(s.substr(0, end));
    std::reverse(parts.begin(), parts.end());
    return parts;
}

std::vector<std::string_view> splitLines(std::string_view s, bool keepEnds) {
    std::vector<std::string_view> lines;
    size_t start = 0, i = 0;
    while (i < s.size()) {
        char c = s[i];
        if (c != '\n' && c != '\r') {
            ++i;
            continue;
        }
        size_t eol = i + 1;
        if (c == '\r' && eol < s.size() && s[eol] == '\n') ++eol;
        lines.push_back(s.substr(start, (keepEnds ? eol : i) - start));
        start = i = eol;
    }
    if (start < s.size()) lines.push_back(s.substr(start));
    return lines;
}

int64_t replacementCount(std::string_view s, std::string_view from, int64_t count, int64_t slots) {
    if (from.empty()) return count < 0 ? slots : std::min(slots, count);
    int64_t n = 0;
    for (size_t at = s.find(from); at != std::string_view::npos && (count < 0 || n < count); ++n)
        at = s.find(from, at + from.size());
    return n;
}

}  // namespace pyfw::engine
