// A JSON (RFC 8259) parser that reports what it reads to a Sink, independent of the Python engine
// so it can be tested and fuzzed on its own. It is iterative: nesting depth costs heap, not C++
// stack, so hostile input cannot overflow the stack. Strings arrive as UTF-8 with escapes decoded
// (\uXXXX surrogate pairs combined); the input must be UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pyfw::lib::json {

class Sink {
public:
    virtual ~Sink() = default;
    virtual void null() = 0;
    virtual void boolean(bool value) = 0;
    // The number's text as written; `integer` when it has no fraction and no exponent.
    virtual void number(std::string_view text, bool integer) = 0;
    virtual void string(std::string_view utf8) = 0;
    virtual void beginArray() = 0;
    virtual void endArray() = 0;
    virtual void beginObject() = 0;
    virtual void key(std::string_view utf8) = 0;   // followed by the member's value
    virtual void endObject() = 0;
};

struct ParseError {
    size_t offset;         // byte offset in the input
    std::string message;   // e.g. "expected ':' after an object key"
};

// Parses exactly one value, optionally surrounded by whitespace.
std::optional<ParseError> parse(std::string_view text, Sink& sink);

}  // namespace pyfw::lib::json
