// The regular-expression engine behind ure, independent of the Python engine so it can be tested
// and fuzzed on its own. Patterns use the syntax the firmware's re documents:
//   .  [...] [^...]  ^  $  ?  *  +  ??  *?  +?  |  (...)  \d \D \s \S \w \W  \<punctuation>
// '.' matches any character (newline included), '^' only the start and '$' only the end of the
// subject, as on the board. Constructs whose meaning differs between the firmware (a literal) and
// CPython (something special) are refused with an error instead of silently meaning one of them:
// escapes of letters and digits other than dDsSwW (\n, \b, \1...), counted repetition {m,n}, and
// (?...) groups.
//
// Matching is a Pike VM (a breadth-first NFA simulation that keeps threads in priority order), so
// it gives the leftmost-first results of a backtracking matcher in time linear in the subject,
// whatever the pattern: no exponential blow-up on hostile patterns.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pyfw::lib::regex {

enum class Op : uint8_t { Char, Any, Class, Split, Jump, Save, LineStart, LineEnd, Match };

struct Instruction {
    Op op;
    uint32_t a = 0;   // Char: code point; Class: class index; Split/Jump: target; Save: slot
    uint32_t b = 0;   // Split: the second (lower-priority) target
};

struct CharRange {
    uint32_t first, last;
};

// A set of code points as sorted, disjoint ranges.
struct CharClass {
    std::vector<CharRange> ranges;
    bool contains(uint32_t c) const;
};

struct Program {
    std::vector<Instruction> code;
    std::vector<CharClass> classes;
    size_t groups = 0;   // capturing groups, not counting group 0
    size_t slots() const { return 2 * (groups + 1); }
};

struct CompileError {
    size_t offset;          // code point offset in the pattern
    std::string message;    // e.g. "nothing to repeat"
};

// Compiles a pattern given as code points (a str's characters, or a bytes pattern's bytes).
std::variant<Program, CompileError> compile(const std::vector<uint32_t>& pattern);

// What the VM reads: UTF-8 text (positions are byte offsets on character boundaries) or raw
// bytes (each byte one character).
struct Subject {
    std::string_view data;
    bool utf8;
};

inline constexpr size_t kNoPosition = SIZE_MAX;

// Runs the program on subject[begin, end) from `begin`. With `anchored`, only a match starting at
// `begin`; otherwise the leftmost. With `rejectEmptyAt` set to a position, an empty match there
// does not count (how sub/split step past an empty match). Returns the capture slots (byte
// offsets; kNoPosition for groups that did not take part) or nullopt.
std::optional<std::vector<size_t>> execute(const Program& program, Subject subject, size_t begin, size_t end,
                                           bool anchored, size_t rejectEmptyAt = kNoPosition);

}  // namespace pyfw::lib::regex
