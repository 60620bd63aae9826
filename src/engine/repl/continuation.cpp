#include "engine/repl/continuation.h"

#include <array>

namespace pyfw::engine::repl {

namespace {

bool isIdentifierChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Statements whose body follows on the next lines; the REPL waits for an empty line after them.
constexpr std::array<std::string_view, 8> kCompoundKeywords = {
    "if", "while", "for", "try", "with", "def", "class", "async",
};

bool startsCompoundStatement(std::string_view input) {
    if (input.front() == '@') return true;  // a decorator: the def follows
    for (std::string_view keyword : kCompoundKeywords) {
        if (input.substr(0, keyword.size()) != keyword) continue;
        if (input.size() == keyword.size() || !isIdentifierChar(input[keyword.size()])) return true;
    }
    return false;
}

enum class Quote { None, Single, Double, TripleSingle, TripleDouble };

// Brackets and string quotes still open at the end of the input.
struct OpenConstructs {
    bool bracket = false;  // more ( than ), or [ than ], or { than }
    Quote quote = Quote::None;
};

// Enters or leaves a string at a quote character `q` found at input[i]; returns how many characters
// the quote took (3 for a triple quote).
size_t handleQuote(std::string_view input, size_t i, Quote& quote) {
    char q = input[i];
    Quote single = q == '\'' ? Quote::Single : Quote::Double;
    Quote triple = q == '\'' ? Quote::TripleSingle : Quote::TripleDouble;
    bool tripled = input.substr(i, 3) == std::string_view(q == '\'' ? "'''" : "\"\"\"");
    if (tripled && (quote == Quote::None || quote == triple)) {
        quote = quote == Quote::None ? triple : Quote::None;
        return 3;
    }
    if (quote == Quote::None) quote = single;
    else if (quote == single) quote = Quote::None;
    return 1;
}

OpenConstructs scan(std::string_view input) {
    OpenConstructs open;
    int parens = 0, squares = 0, braces = 0;
    for (size_t i = 0; i < input.size();) {
        char c = input[i];
        if (c == '\'' || c == '"') {
            i += handleQuote(input, i, open.quote);
            continue;
        }
        if (c == '\\' && i + 1 < input.size() && (input[i + 1] == '\'' || input[i + 1] == '"' || input[i + 1] == '\\')) {
            i += open.quote != Quote::None ? 2 : 1;  // an escaped quote or backslash inside a string
            continue;
        }
        if (open.quote == Quote::None) {
            parens += (c == '(') - (c == ')');
            squares += (c == '[') - (c == ']');
            braces += (c == '{') - (c == '}');
        }
        ++i;
    }
    open.bracket = parens > 0 || squares > 0 || braces > 0;
    return open;
}

}  // namespace

bool needsMoreInput(std::string_view input) {
    if (input.empty()) return false;
    OpenConstructs open = scan(input);
    if (open.quote == Quote::TripleSingle || open.quote == Quote::TripleDouble) return true;
    if (open.bracket && open.quote == Quote::None) return true;
    if (input.back() == '\\') return true;
    return startsCompoundStatement(input) && input.back() != '\n';
}

}  // namespace pyfw::engine::repl
