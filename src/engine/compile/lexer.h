// The tokenizer: Python source (UTF-8) to tokens, with INDENT/DEDENT from the indentation stack,
// implicit line joining inside brackets, and string literals decoded (escapes, raw, bytes).
// f-strings are returned with their raw body; the parser splits them.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pyfw::engine {

enum class Tok : uint8_t {
#define TOKEN(id, text) id,
#include "engine/compile/tokens.def"
#undef TOKEN
    Count
};

const char* tokenText(Tok kind);

struct Token {
    Tok kind;
    int line;
    int column;
    std::string text;     // names and numbers: as written; strings/bytes: decoded; f-strings: raw body
    bool rawString = false;
};

// A syntax error found while lexing, parsing or compiling.
struct CompileError : std::runtime_error {
    CompileError(const std::string& message, int line, int column, bool indentation = false)
        : std::runtime_error(message), line(line), column(column), indentation(indentation) {}
    int line;
    int column;
    bool indentation;
};

class Lexer {
public:
    explicit Lexer(std::string_view source, int firstLine = 1);
    // All tokens, ending with End. Throws CompileError.
    std::vector<Token> tokenize();

private:
    void lexLine();
    bool atLineStart();
    void lexToken();
    void lexNumber();
    void lexString(size_t prefixLength, bool raw, bool bytes, bool format);
    void decodeEscape(std::string& out, bool bytes);
    [[noreturn]] void error(const std::string& message);
    void push(Tok kind, std::string text = {});

    std::string normalized_;          // the source with CR and CRLF line endings made LF, if it had any
    std::string_view src_;
    size_t pos_ = 0;
    int line_;
    size_t lineStart_ = 0;
    int depth_ = 0;                   // bracket nesting
    std::vector<int> indents_{0};
    std::vector<Token> out_;
};

}  // namespace pyfw::engine
