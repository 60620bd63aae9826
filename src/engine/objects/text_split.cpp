#include "engine/objects/text_split.h"

#include <algorithm>

namespace pyfw::engine {

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
