#include "lib/json_parser.h"

#include <vector>

#include "engine/objects/unicode.h"

namespace pyfw::lib::json {

namespace {

struct Failure {
    size_t offset;
    const char* message;
};

class Parser {
public:
    Parser(std::string_view text, Sink& sink) : text_(text), sink_(sink) {}

    // Values alternate with the punctuation after them; open containers wait on a stack.
    void run() {
        bool needValue = true;
        while (true) {
            if (needValue) {
                needValue = parseValue();
                continue;
            }
            skipSpace();
            if (stack_.empty()) {
                if (at_ != text_.size()) fail("extra data after the JSON value");
                return;
            }
            bool inObject = stack_.back() == '{';
            char close = inObject ? '}' : ']';
            if (at_ < text_.size() && text_[at_] == close) {
                ++at_;
                stack_.pop_back();
                if (inObject) sink_.endObject();
                else sink_.endArray();
                continue;
            }
            if (!consume(',')) fail(inObject ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array");
            if (inObject) readKey();
            needValue = true;
        }
    }

private:
    [[noreturn]] void fail(const char* message) { throw Failure{at_, message}; }

    void skipSpace() {
        while (at_ < text_.size()) {
            char c = text_[at_];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
            ++at_;
        }
    }

    bool consume(char c) {
        if (at_ < text_.size() && text_[at_] == c) {
            ++at_;
            return true;
        }
        return false;
    }

    void readKey() {
        skipSpace();
        if (at_ >= text_.size() || text_[at_] != '"') fail("expected a string key in an object");
        sink_.key(readString());
        skipSpace();
        if (!consume(':')) fail("expected ':' after an object key");
    }

    // One value. Returns true when it opened a non-empty container, whose first member comes next.
    bool parseValue() {
        skipSpace();
        if (at_ >= text_.size()) fail("expected a value");
        char c = text_[at_];
        switch (c) {
        case '{':
            ++at_;
            sink_.beginObject();
            skipSpace();
            if (consume('}')) {
                sink_.endObject();
                return false;
            }
            stack_.push_back('{');
            readKey();
            return true;
        case '[':
            ++at_;
            sink_.beginArray();
            skipSpace();
            if (consume(']')) {
                sink_.endArray();
                return false;
            }
            stack_.push_back('[');
            return true;
        case '"': sink_.string(readString()); return false;
        case 't': literal("true"); sink_.boolean(true); return false;
        case 'f': literal("false"); sink_.boolean(false); return false;
        case 'n': literal("null"); sink_.null(); return false;
        default:
            if (c != '-' && (c < '0' || c > '9')) fail("expected a value");
            readNumber();
            return false;
        }
    }

    void literal(std::string_view word) {
        if (text_.substr(at_, word.size()) != word) fail("invalid literal");
        at_ += word.size();
    }

    bool digitAt(size_t i) const { return i < text_.size() && text_[i] >= '0' && text_[i] <= '9'; }

    void skipDigits() {
        while (digitAt(at_)) ++at_;
    }

    void readNumber() {
        size_t start = at_;
        bool integer = true;
        consume('-');
        if (!digitAt(at_)) fail("expected a digit in a number");
        if (text_[at_] == '0') {
            ++at_;
        } else {
            skipDigits();
        }
        if (consume('.')) {
            integer = false;
            if (!digitAt(at_)) fail("expected a digit after the decimal point");
            skipDigits();
        }
        if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
            ++at_;
            integer = false;
            if (!consume('+')) consume('-');
            if (!digitAt(at_)) fail("expected a digit in the exponent");
            skipDigits();
        }
        sink_.number(text_.substr(start, at_ - start), integer);
    }

    uint32_t readHex4() {
        if (at_ + 4 > text_.size()) fail("truncated \\u escape");
        uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            char c = text_[at_];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) fail("invalid \\u escape");
            ++at_;
            v = v << 4 | uint32_t(d);
        }
        return v;
    }

    uint32_t readUnicodeEscape() {
        uint32_t cp = readHex4();
        if (cp >= 0xDC00 && cp <= 0xDFFF) fail("lone surrogate in a \\u escape");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (text_.substr(at_, 2) != "\\u") fail("lone surrogate in a \\u escape");
            at_ += 2;
            uint32_t low = readHex4();
            if (low < 0xDC00 || low > 0xDFFF) fail("lone surrogate in a \\u escape");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        return cp;
    }

    const std::string& readString() {
        ++at_;   // the opening quote
        buffer_.clear();
        while (true) {
            size_t run = at_;
            while (run < text_.size() && text_[run] != '"' && text_[run] != '\\') ++run;
            std::string_view chunk = text_.substr(at_, run - at_);
            size_t valid = engine::utf8::validPrefix(chunk);
            if (valid != chunk.size()) {
                at_ += valid;
                fail("invalid UTF-8 in a string");
            }
            buffer_.append(chunk);
            at_ = run;
            if (at_ >= text_.size()) fail("unterminated string");
            if (text_[at_++] == '"') return buffer_;
            if (at_ >= text_.size()) fail("unterminated string");
            char e = text_[at_++];
            switch (e) {
            case '"': buffer_ += '"'; break;
            case '\\': buffer_ += '\\'; break;
            case '/': buffer_ += '/'; break;
            case 'b': buffer_ += '\b'; break;
            case 'f': buffer_ += '\f'; break;
            case 'n': buffer_ += '\n'; break;
            case 'r': buffer_ += '\r'; break;
            case 't': buffer_ += '\t'; break;
            case 'u': engine::utf8::append(buffer_, readUnicodeEscape()); break;
            default: --at_; fail("invalid escape in a string");
            }
        }
    }

    std::string_view text_;
    Sink& sink_;
    size_t at_ = 0;
    std::vector<char> stack_;
    std::string buffer_;
};

}  // namespace

std::optional<ParseError> parse(std::string_view text, Sink& sink) {
    Parser parser(text, sink);
    try {
        parser.run();
    } catch (const Failure& f) {
        return ParseError{f.offset, f.message};
    }
    return std::nullopt;
}

}  // namespace pyfw::lib::json
