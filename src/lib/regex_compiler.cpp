// Pattern parser and code generator: pattern -> syntax tree -> Pike VM instructions.
#include <algorithm>

#include "lib/regex.h"

namespace pyfw::lib::regex {

namespace {

constexpr size_t kMaxNesting = 200;
constexpr size_t kMaxInstructions = 100000;
constexpr size_t kMaxThreadState = size_t(1) << 20;   // instructions x capture slots
constexpr uint32_t kMaxCodePoint = 0x10FFFF;

struct Failure {
    size_t offset;
    const char* message;
};

enum class Kind : uint8_t { Empty, Char, Any, Class, LineStart, LineEnd, Concat, Alternate, Group, Repeat };
enum class Repeat : uint8_t { Star, Plus, Optional };

struct Node {
    explicit Node(Kind k, uint32_t v = 0) : kind(k), value(v) {}
    Kind kind;
    uint32_t value;              // Char: code point; Class: class index; Group: group number
    Repeat repeat = Repeat::Star;
    bool greedy = true;
    std::vector<size_t> children;
};

bool isAsciiAlnum(uint32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The ranges of \d, \w, \s (ASCII, as the firmware defines them), or of their negations.
std::vector<CharRange> namedClass(uint32_t letter) {
    std::vector<CharRange> ranges;
    switch (letter | 0x20) {
    case 'd': ranges = {{'0', '9'}}; break;
    case 'w': ranges = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}; break;
    default: ranges = {{'\t', '\r'}, {' ', ' '}}; break;
    }
    if (letter >= 'a') return ranges;
    std::vector<CharRange> complement;
    uint32_t next = 0;
    for (const CharRange& r : ranges) {
        if (r.first > next) complement.push_back({next, r.first - 1});
        next = r.last + 1;
    }
    complement.push_back({next, kMaxCodePoint});
    return complement;
}

bool isNamedClassLetter(uint32_t c) {
    return c == 'd' || c == 'D' || c == 'w' || c == 'W' || c == 's' || c == 'S';
}

// Sorted, merged, and complemented when negated.
CharClass normalise(std::vector<CharRange> ranges, bool negated) {
    std::sort(ranges.begin(), ranges.end(), [](CharRange a, CharRange b) { return a.first < b.first; });
    std::vector<CharRange> merged;
    for (CharRange r : ranges) {
        if (!merged.empty() && r.first <= merged.back().last + 1) merged.back().last = std::max(merged.back().last, r.last);
        else merged.push_back(r);
    }
    CharClass cls;
    if (!negated) {
        cls.ranges = std::move(merged);
        return cls;
    }
    uint32_t next = 0;
    for (CharRange r : merged) {
        if (r.first > next) cls.ranges.push_back({next, r.first - 1});
        next = r.last + 1;
    }
    if (next <= kMaxCodePoint) cls.ranges.push_back({next, kMaxCodePoint});
    return cls;
}

class Parser {
public:
    Parser(const std::vector<uint32_t>& pattern, Program& program) : p_(pattern), program_(program) {}

    size_t parseAll() {
        size_t root = parseAlternation(0);
        if (at_ < p_.size()) fail("unbalanced parenthesis");   // a ')' with no '('
        return root;
    }

    std::vector<Node> nodes;

private:
    [[noreturn]] void fail(const char* message) { throw Failure{at_, message}; }
    bool atEnd() const { return at_ >= p_.size(); }
    uint32_t peek(size_t ahead = 0) const { return at_ + ahead < p_.size() ? p_[at_ + ahead] : 0; }

    size_t add(Node node) {
        nodes.push_back(std::move(node));
        return nodes.size() - 1;
    }

    size_t parseAlternation(size_t depth) {
        if (depth > kMaxNesting) fail("pattern too deeply nested");
        Node alternation(Kind::Alternate);
        alternation.children.push_back(parseConcat(depth));
        while (!atEnd() && peek() == '|') {
            ++at_;
            alternation.children.push_back(parseConcat(depth));
        }
        if (alternation.children.size() == 1) return alternation.children[0];
        return add(std::move(alternation));
    }

    size_t parseConcat(size_t depth) {
        Node concat(Kind::Concat);
        while (!atEnd() && peek() != '|' && peek() != ')') {
            size_t atom = parseAtom(depth);
            concat.children.push_back(parseQuantifiers(atom));
        }
        if (concat.children.empty()) return add(Node(Kind::Empty));
        if (concat.children.size() == 1) return concat.children[0];
        return add(std::move(concat));
    }

    bool isQuantifier(uint32_t c) const { return c == '*' || c == '+' || c == '?'; }

    // {m}, {m,}, {,n}, {m,n}: CPython's counted repetition.
    bool looksLikeCountedRepeat() const {
        if (peek() != '{') return false;
        size_t i = at_ + 1, digits = 0;
        while (i < p_.size() && p_[i] >= '0' && p_[i] <= '9') ++i, ++digits;
        if (i < p_.size() && p_[i] == ',') {
            ++i;
            while (i < p_.size() && p_[i] >= '0' && p_[i] <= '9') ++i, ++digits;
        }
        return digits > 0 && i < p_.size() && p_[i] == '}';
    }

    size_t parseQuantifiers(size_t atom) {
        if (looksLikeCountedRepeat()) fail("counted repetition {m,n} is not supported (the firmware reads '{' literally)");
        if (atEnd() || !isQuantifier(peek())) return atom;
        Kind k = nodes[atom].kind;
        if (k == Kind::LineStart || k == Kind::LineEnd) fail("nothing to repeat");
        Node repeat(Kind::Repeat);
        uint32_t q = p_[at_++];
        repeat.repeat = q == '*' ? Repeat::Star : q == '+' ? Repeat::Plus : Repeat::Optional;
        if (!atEnd() && peek() == '?') {
            repeat.greedy = false;
            ++at_;
        }
        repeat.children.push_back(atom);
        if (!atEnd() && (isQuantifier(peek()) || looksLikeCountedRepeat())) fail("multiple repeat");
        return add(std::move(repeat));
    }

    size_t parseAtom(size_t depth) {
        uint32_t c = p_[at_];
        switch (c) {
        case '*': case '+': case '?': fail("nothing to repeat");
        case '(': return parseGroup(depth);
        case '[': return parseClass();
        case '.': ++at_; return add(Node(Kind::Any));
        case '^': ++at_; return add(Node(Kind::LineStart));
        case '$': ++at_; return add(Node(Kind::LineEnd));
        case '\\': return parseEscape();
        default: ++at_; return add(Node(Kind::Char, c));
        }
    }

    size_t parseGroup(size_t depth) {
        ++at_;
        if (!atEnd() && peek() == '?') fail("(?...) groups are not supported");
        Node group(Kind::Group);
        group.value = uint32_t(++program_.groups);
        group.children.push_back(parseAlternation(depth + 1));
        if (atEnd() || peek() != ')') fail("missing ), unterminated subpattern");
        ++at_;
        return add(std::move(group));
    }

    // The character after a backslash: a named class letter, or punctuation meaning itself.
    uint32_t escapedChar() {
        ++at_;
        if (atEnd()) fail("bad escape (end of pattern)");
        uint32_t c = p_[at_++];
        if (isAsciiAlnum(c) && !isNamedClassLetter(c)) {
            --at_;
            fail("bad escape: letters and digits other than d D s S w W cannot be escaped");
        }
        return c;
    }

    size_t addClass(CharClass cls) {
        program_.classes.push_back(std::move(cls));
        return add(Node(Kind::Class, uint32_t(program_.classes.size() - 1)));
    }

    size_t parseEscape() {
        uint32_t c = escapedChar();
        if (isNamedClassLetter(c)) return addClass(normalise(namedClass(c), false));
        return add(Node(Kind::Char, c));
    }

    // One member of a set: a character, or a named class (returned through `ranges`).
    bool classMember(uint32_t& c, std::vector<CharRange>& ranges) {
        if (peek() != '\\') {
            c = p_[at_++];
            return true;
        }
        c = escapedChar();
        if (!isNamedClassLetter(c)) return true;
        auto named = namedClass(c);
        ranges.insert(ranges.end(), named.begin(), named.end());
        return false;
    }

    size_t parseClass() {
        size_t start = at_++;
        bool negated = !atEnd() && peek() == '^';
        if (negated) ++at_;
        std::vector<CharRange> ranges;
        bool first = true;
        while (true) {
            if (atEnd()) {
                at_ = start;
                fail("unterminated character set");
            }
            if (peek() == ']' && !first) break;
            first = false;
            uint32_t low;
            bool single = classMember(low, ranges);
            bool rangeFollows = peek() == '-' && at_ + 1 < p_.size() && p_[at_ + 1] != ']';
            if (!single) {
                if (rangeFollows) fail("bad character range");   // [\d-z]
                continue;
            }
            if (rangeFollows) {
                ++at_;
                uint32_t high;
                if (!classMember(high, ranges)) fail("bad character range");
                if (high < low) fail("bad character range");
                ranges.push_back({low, high});
            } else {
                ranges.push_back({low, low});
            }
        }
        ++at_;
        return addClass(normalise(std::move(ranges), negated));
    }

    const std::vector<uint32_t>& p_;
    Program& program_;
    size_t at_ = 0;
};

class Generator {
public:
    Generator(const std::vector<Node>& nodes, Program& program) : nodes_(nodes), code_(program.code) {}

    void emit(size_t index) {
        if (code_.size() > kMaxInstructions) throw Failure{0, "pattern too large"};
        const Node& n = nodes_[index];
        switch (n.kind) {
        case Kind::Empty: break;
        case Kind::Char: code_.push_back({Op::Char, n.value}); break;
        case Kind::Any: code_.push_back({Op::Any}); break;
        case Kind::Class: code_.push_back({Op::Class, n.value}); break;
        case Kind::LineStart: code_.push_back({Op::LineStart}); break;
        case Kind::LineEnd: code_.push_back({Op::LineEnd}); break;
        case Kind::Concat:
            for (size_t child : n.children) emit(child);
            break;
        case Kind::Alternate: emitAlternation(n); break;
        case Kind::Group:
            code_.push_back({Op::Save, 2 * n.value});
            emit(n.children[0]);
            code_.push_back({Op::Save, 2 * n.value + 1});
            break;
        case Kind::Repeat: emitRepeat(n); break;
        }
    }

private:
    uint32_t here() const { return uint32_t(code_.size()); }

    // The higher-priority target goes in `a`.
    void setSplit(size_t at, uint32_t preferred, uint32_t other) {
        code_[at].a = preferred;
        code_[at].b = other;
    }

    void emitAlternation(const Node& n) {
        std::vector<size_t> jumps;
        for (size_t i = 0; i + 1 < n.children.size(); ++i) {
            size_t split = here();
            code_.push_back({Op::Split});
            emit(n.children[i]);
            jumps.push_back(here());
            code_.push_back({Op::Jump});
            setSplit(split, uint32_t(split + 1), here());
        }
        emit(n.children.back());
        for (size_t j : jumps) code_[j].a = here();
    }

    void emitRepeat(const Node& n) {
        size_t start = here();
        switch (n.repeat) {
        case Repeat::Star: {
            code_.push_back({Op::Split});
            emit(n.children[0]);
            code_.push_back({Op::Jump, uint32_t(start)});
            uint32_t body = uint32_t(start + 1), after = here();
            n.greedy ? setSplit(start, body, after) : setSplit(start, after, body);
            break;
        }
        case Repeat::Plus: {
            emit(n.children[0]);
            size_t split = here();
            code_.push_back({Op::Split});
            uint32_t after = here();
            n.greedy ? setSplit(split, uint32_t(start), after) : setSplit(split, after, uint32_t(start));
            break;
        }
        case Repeat::Optional: {
            code_.push_back({Op::Split});
            emit(n.children[0]);
            uint32_t body = uint32_t(start + 1), after = here();
            n.greedy ? setSplit(start, body, after) : setSplit(start, after, body);
            break;
        }
        }
    }

    const std::vector<Node>& nodes_;
    std::vector<Instruction>& code_;
};

}  // namespace

bool CharClass::contains(uint32_t c) const {
    // Classes are short; a binary search would only pay off for large Unicode sets.
    for (const CharRange& r : ranges) {
        if (c < r.first) return false;
        if (c <= r.last) return true;
    }
    return false;
}

std::variant<Program, CompileError> compile(const std::vector<uint32_t>& pattern) {
    Program program;
    try {
        Parser parser(pattern, program);
        size_t root = parser.parseAll();
        program.code.push_back({Op::Save, 0});
        Generator(parser.nodes, program).emit(root);
        program.code.push_back({Op::Save, 1});
        program.code.push_back({Op::Match});
        if (program.code.size() > kMaxInstructions || program.code.size() * program.slots() > kMaxThreadState)
            throw Failure{0, "pattern too large"};
    } catch (const Failure& f) {
        return CompileError{f.offset, f.message};
    }
    return program;
}

}  // namespace pyfw::lib::regex
