#include "engine/compile/lexer.h"

#include <cstring>

#include "engine/objects/unicode.h"

namespace pyfw::engine {

namespace {

struct TokenInfo {
    Tok kind;
    const char* text;
};

constexpr TokenInfo kTokens[] = {
#define TOKEN(id, text) {Tok::id, text},
#include "engine/compile/tokens.def"
#undef TOKEN
};
static_assert(sizeof(kTokens) / sizeof(kTokens[0]) == size_t(Tok::Count));

// tokens.def lists keywords, then operators longest first, so a linear scan of the operator range
// takes "**=" before "**" before "*" (maximal munch, as Python's tokenizer does).
constexpr size_t kFirstKeyword = size_t(Tok::KwFalse);
constexpr size_t kFirstOperator = size_t(Tok::StarStarEq);

// Any byte of a multi-byte UTF-8 sequence counts as a letter: the source was validated as UTF-8
// before lexing, and MicroPython accepts non-ASCII identifiers without checking the XID tables.
bool isIdentStart(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool isIdentChar(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

}  // namespace

const char* tokenText(Tok kind) { return kTokens[size_t(kind)].text; }

namespace {

// Universal newlines: a file saved with CR-only (classic Mac) or CRLF line endings reads as LF.
std::string normalizeNewlines(std::string_view source) {
    std::string out;
    out.reserve(source.size());
    for (size_t i = 0; i < source.size(); ++i) {
        if (source[i] != '\r') {
            out += source[i];
            continue;
        }
        out += '\n';
        if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    }
    return out;
}

}  // namespace

Lexer::Lexer(std::string_view source, int firstLine) : src_(source), line_(firstLine) {
    if (source.find('\r') != std::string_view::npos) {
        normalized_ = normalizeNewlines(source);
        src_ = normalized_;
    }
}

void Lexer::error(const std::string& message) {
    throw CompileError(message, line_, int(pos_ - lineStart_) + 1);
}

void Lexer::push(Tok kind, std::string text) {
    out_.push_back(Token{kind, line_, int(pos_ - lineStart_) + 1, std::move(text)});
}

std::vector<Token> Lexer::tokenize() {
    if (!utf8::isValid(src_)) {
        size_t bad = utf8::validPrefix(src_);
        for (size_t i = 0; i < bad; ++i)
            if (src_[i] == '\n') ++line_;
        error("invalid UTF-8 in source");
    }
    if (src_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // editors on Windows prefix a UTF-8 BOM
    while (pos_ < src_.size()) lexLine();
    // A file need not end in a newline, and every block still open at EOF is closed, so the
    // parser always sees a complete last statement followed by balanced DEDENTs.
    if (!out_.empty() && out_.back().kind != Tok::Newline) push(Tok::Newline);
    while (indents_.size() > 1) {
        indents_.pop_back();
        push(Tok::Dedent);
    }
    push(Tok::End);
    return std::move(out_);
}

// Handles indentation at the start of a logical line; returns false for blank/comment lines.
bool Lexer::atLineStart() {
    int column = 0;
    size_t p = pos_;
    while (p < src_.size() && (src_[p] == ' ' || src_[p] == '\t' || src_[p] == '\f')) {
        // Tabs advance to the next multiple of 8 and a form feed resets the column: the rules of
        // CPython's tokenizer, so mixed indentation means the same block structure in both.
        if (src_[p] == '\t') column = (column / 8 + 1) * 8;
        else if (src_[p] == ' ') ++column;
        else column = 0;
        ++p;
    }
    pos_ = p;
    if (p >= src_.size() || src_[p] == '\n' || src_[p] == '#' || src_[p] == '\r') {
        // Blank or comment-only line: skip to the end of it. It emits no NEWLINE and its
        // indentation does not count, so comments may sit at any column inside a block.
        while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
        if (pos_ < src_.size()) {
            ++pos_;
            ++line_;
            lineStart_ = pos_;
        }
        return false;
    }
    // One INDENT per deeper level, but a shallower line may close several blocks at once; it must
    // land exactly on an enclosing level, since there is no block it could otherwise belong to.
    if (column > indents_.back()) {
        indents_.push_back(column);
        push(Tok::Indent);
    } else {
        while (column < indents_.back()) {
            indents_.pop_back();
            push(Tok::Dedent);
        }
        if (column != indents_.back())
            throw CompileError("unindent does not match any outer indentation level", line_, column + 1, true);
    }
    return true;
}

void Lexer::lexLine() {
    if (!atLineStart()) return;
    while (pos_ < src_.size()) {
        char c = src_[pos_];
        if (c == '\n') {
            ++pos_;
            // Inside brackets a newline is implicit line joining: no NEWLINE, and the next
            // line's indentation is not looked at.
            if (depth_ == 0) {
                push(Tok::Newline);
                ++line_;
                lineStart_ = pos_;
                return;
            }
            ++line_;
            lineStart_ = pos_;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
            ++pos_;
            continue;
        }
        if (c == '#') {
            while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
            continue;
        }
        if (c == '\\') {
            size_t p = pos_ + 1;
            if (p < src_.size() && src_[p] == '\r') ++p;
            if (p < src_.size() && src_[p] == '\n') {
                pos_ = p + 1;
                ++line_;
                lineStart_ = pos_;
                continue;
            }
            if (p >= src_.size()) {
                pos_ = p;
                error("unexpected EOF after line continuation");
            }
            error("unexpected character after line continuation character");
        }
        lexToken();
    }
    if (depth_ == 0) push(Tok::Newline);
}

void Lexer::lexToken() {
    auto c = static_cast<unsigned char>(src_[pos_]);
    // ".5" is a number but "a.b" and "..." are not: a dot starts a number only before a digit.
    if (std::isdigit(c) || (c == '.' && pos_ + 1 < src_.size() && std::isdigit(static_cast<unsigned char>(src_[pos_ + 1])))) {
        lexNumber();
        return;
    }
    if (isIdentStart(c)) {
        size_t start = pos_;
        while (pos_ < src_.size() && isIdentChar(static_cast<unsigned char>(src_[pos_]))) ++pos_;
        std::string_view word = src_.substr(start, pos_ - start);
        // String prefixes: r, b, f, u and their two-letter combinations. "u" stands alone (it only
        // exists for Python 2 compatibility) and bytes cannot be formatted, so "bf" is a name.
        if (pos_ < src_.size() && (src_[pos_] == '\'' || src_[pos_] == '"') && word.size() <= 2) {
            bool raw = false, bytes = false, format = false, valid = true;
            for (char p : word) {
                char l = char(std::tolower(static_cast<unsigned char>(p)));
                if (l == 'r' && !raw) raw = true;
                else if (l == 'b' && !bytes) bytes = true;
                else if (l == 'f' && !format) format = true;
                else if (l == 'u' && word.size() == 1) {}
                else valid = false;
            }
            if (valid && !(bytes && format)) {
                pos_ = start;
                lexString(word.size(), raw, bytes, format);
                return;
            }
        }
        for (size_t k = kFirstKeyword; k < kFirstOperator; ++k) {
            if (word == kTokens[k].text) {
                push(kTokens[k].kind);
                return;
            }
        }
        push(Tok::Name, std::string(word));
        return;
    }
    if (c == '\'' || c == '"') {
        lexString(0, false, false, false);
        return;
    }
    for (size_t k = kFirstOperator; k < size_t(Tok::Count); ++k) {
        size_t n = std::strlen(kTokens[k].text);
        if (src_.compare(pos_, n, kTokens[k].text) == 0) {
            Tok kind = kTokens[k].kind;
            // The bracket depth drives implicit line joining; an unmatched closer is reported
            // here, where its position is known, rather than as a confusing parse error later.
            if (kind == Tok::LParen || kind == Tok::LBracket || kind == Tok::LBrace) ++depth_;
            if (kind == Tok::RParen || kind == Tok::RBracket || kind == Tok::RBrace) {
                if (depth_ == 0) error(std::string("unmatched '") + kTokens[k].text + "'");
                --depth_;
            }
            push(kind);
            pos_ += n;
            return;
        }
    }
    if (c == '!') error("invalid syntax");
    if (c == '$' || c == '?' || c == '`') error("invalid syntax");
    error("invalid character in identifier");
}

void Lexer::lexNumber() {
    size_t start = pos_;
    // PEP 515: an underscore may only separate two digits, never lead, trail or double up.
    auto digitsWhile = [&](auto pred) {
        while (pos_ < src_.size() && (pred(static_cast<unsigned char>(src_[pos_])) || src_[pos_] == '_')) {
            if (src_[pos_] == '_' && (pos_ + 1 >= src_.size() || !pred(static_cast<unsigned char>(src_[pos_ + 1]))))
                error("invalid decimal literal");
            ++pos_;
        }
    };
    auto isDec = [](unsigned char ch) { return std::isdigit(ch) != 0; };
    Tok kind = Tok::Int;
    if (src_[pos_] == '0' && pos_ + 1 < src_.size() && std::strchr("xXoObB", src_[pos_ + 1])) {
        char base = char(std::tolower(static_cast<unsigned char>(src_[pos_ + 1])));
        pos_ += 2;
        if (pos_ < src_.size() && src_[pos_] == '_') ++pos_;
        size_t digitsStart = pos_;
        if (base == 'x') digitsWhile([](unsigned char ch) { return std::isxdigit(ch) != 0; });
        else if (base == 'o') digitsWhile([](unsigned char ch) { return ch >= '0' && ch <= '7'; });
        else digitsWhile([](unsigned char ch) { return ch == '0' || ch == '1'; });
        if (pos_ == digitsStart) error("invalid syntax");
    } else {
        digitsWhile(isDec);
        if (pos_ < src_.size() && src_[pos_] == '.') {
            kind = Tok::Float;
            ++pos_;
            digitsWhile(isDec);
        }
        if (pos_ < src_.size() && (src_[pos_] == 'e' || src_[pos_] == 'E')) {
            size_t save = pos_;
            ++pos_;
            if (pos_ < src_.size() && (src_[pos_] == '+' || src_[pos_] == '-')) ++pos_;
            if (pos_ < src_.size() && std::isdigit(static_cast<unsigned char>(src_[pos_]))) {
                kind = Tok::Float;
                digitsWhile(isDec);
            } else {
                pos_ = save;  // "1e" is no exponent: leave the "e" for the check after the number
            }
        }
        if (pos_ < src_.size() && (src_[pos_] == 'j' || src_[pos_] == 'J')) {
            ++pos_;
            kind = Tok::Imaginary;
        }
        std::string_view text = src_.substr(start, pos_ - start);
        // Python 3 refuses C-style octal ("0777") because it silently meant something else in
        // Python 2; zeros alone ("00") stay valid.
        if (kind == Tok::Int && text.size() > 1 && text[0] == '0' && text.find_first_not_of("0_") != std::string_view::npos)
            error("invalid token");
    }
    // "1abc" and "0x1g" would otherwise lex as a number followed by a name.
    if (pos_ < src_.size() && isIdentStart(static_cast<unsigned char>(src_[pos_]))) error("invalid syntax");
    push(kind, std::string(src_.substr(start, pos_ - start)));
}

void Lexer::decodeEscape(std::string& out, bool bytes) {
    // pos_ is just after the backslash.
    char c = src_[pos_++];
    auto hex = [&](int count) {
        uint32_t v = 0;
        for (int i = 0; i < count; ++i) {
            if (pos_ >= src_.size() || !std::isxdigit(static_cast<unsigned char>(src_[pos_])))
                error(bytes ? "invalid \\x escape" : "invalid escape sequence");
            char h = src_[pos_++];
            v = v * 16 + uint32_t(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : std::tolower(static_cast<unsigned char>(h)) - 'a' + 10);
        }
        return v;
    };
    switch (c) {
    case '\n': ++line_; lineStart_ = pos_; return;  // backslash-newline: joins lines, adds nothing
    case '\\': out += '\\'; return;
    case '\'': out += '\''; return;
    case '"': out += '"'; return;
    case 'a': out += '\a'; return;
    case 'b': out += '\b'; return;
    case 'f': out += '\f'; return;
    case 'n': out += '\n'; return;
    case 'r': out += '\r'; return;
    case 't': out += '\t'; return;
    case 'v': out += '\v'; return;
    case 'x': {
        // In bytes \xNN is one byte; in str it is the code point U+00NN, so it is UTF-8 encoded.
        uint32_t v = hex(2);
        if (bytes) out += char(v);
        else utf8::append(out, v);
        return;
    }
    case 'u':
    case 'U':
        if (bytes) break;
        {
            uint32_t v = hex(c == 'u' ? 4 : 8);
            if (v > 0x10FFFF) error("invalid unicode escape");
            utf8::append(out, v);
            return;
        }
    case 'N':
        // Named escapes need the Unicode name database, which the firmware does not carry.
        if (!bytes) error("\\N{...} escapes are not supported");
        break;
    default:
        // Octal escapes take at most three digits; in bytes a value past 0o377 wraps to a byte.
        if (c >= '0' && c <= '7') {
            uint32_t v = uint32_t(c - '0');
            for (int i = 0; i < 2 && pos_ < src_.size() && src_[pos_] >= '0' && src_[pos_] <= '7'; ++i)
                v = v * 8 + uint32_t(src_[pos_++] - '0');
            if (bytes) out += char(v & 0xff);
            else utf8::append(out, v);
            return;
        }
        break;
    }
    // Python keeps an unknown escape as written ("\d" stays two characters), and \u is not an
    // escape at all in bytes.
    out += '\\';
    out += c;
}

void Lexer::lexString(size_t prefixLength, bool raw, bool bytes, bool format) {
    int startLine = line_;
    size_t startColumn = pos_ - lineStart_;
    pos_ += prefixLength;
    char quote = src_[pos_];
    bool triple = src_.compare(pos_, 3, std::string(3, quote)) == 0;
    pos_ += triple ? 3 : 1;
    std::string value;
    while (true) {
        if (pos_ >= src_.size()) {
            line_ = startLine;
            throw CompileError(triple ? "unterminated triple-quoted string literal" : "unterminated string literal",
                               startLine, int(startColumn) + 1);
        }
        char c = src_[pos_];
        if (c == quote) {
            if (!triple) {
                ++pos_;
                break;
            }
            if (src_.compare(pos_, 3, std::string(3, quote)) == 0) {
                pos_ += 3;
                break;
            }
        }
        if (c == '\n') {
            if (!triple) throw CompileError("unterminated string literal", startLine, int(startColumn) + 1);
            ++line_;
            value += '\n';
            ++pos_;
            lineStart_ = pos_;
            continue;
        }
        if (c == '\r') {
            ++pos_;
            continue;
        }
        if (c == '\\') {
            if (raw || format) {
                // Raw strings keep the backslash; f-strings are decoded after splitting. The next
                // character is taken with it all the same, so r"\"" does not end at that quote.
                value += c;
                ++pos_;
                if (pos_ < src_.size()) {
                    if (src_[pos_] == '\n') {
                        ++line_;
                        lineStart_ = pos_ + 1;
                    }
                    value += src_[pos_++];
                }
                continue;
            }
            ++pos_;
            if (pos_ >= src_.size()) continue;
            decodeEscape(value, bytes);
            continue;
        }
        if (bytes && static_cast<unsigned char>(c) >= 0x80) error("bytes can only contain ASCII literal characters");
        value += c;
        ++pos_;
    }
    Token t{bytes ? Tok::Bytes : format ? Tok::FString : Tok::String, startLine, int(startColumn) + 1, std::move(value)};
    t.rawString = raw;
    out_.push_back(std::move(t));
}

// Decodes the escapes of an f-string piece (the lexer keeps f-string bodies raw) by running the
// lexer's own escape decoding over a synthetic triple-quoted literal.
std::string decodeStringEscapes(std::string_view text, bool raw) {
    if (raw || text.find('\\') == std::string_view::npos) return std::string(text);
    std::string source = "\"\"\"";
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            source += text[i];
            source += text[++i];
        } else if (text[i] == '"') {
            source += "\\\"";
        } else {
            source += text[i];
        }
    }
    source += "\"\"\"";
    Lexer lexer(source);
    std::vector<Token> tokens = lexer.tokenize();
    return tokens.empty() ? std::string() : tokens[0].text;
}

}  // namespace pyfw::engine
