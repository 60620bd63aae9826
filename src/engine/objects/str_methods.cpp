// The methods of str. To add one: write a NativeFn below (args[0] is self) and add a row to
// strMethods at the end of the file.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "engine/objects/bytes.h"
#include "engine/objects/format.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/sequence.h"
#include "engine/objects/str.h"
#include "engine/objects/text_split.h"
#include "engine/objects/tuple.h"
#include "engine/objects/unicode.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

Value strFormatMethod(const Value* args, size_t nargs, TupleObject* kwnames);
Value encodeStr(Value s, Value encoding, Value errors);

namespace {

bool isSpace(char c) { return kStrWhitespace.has(c); }

StrObject* self(const Value* args) { return asStr(args[0]); }

std::string_view argStr(Value v, const char* method) {
    if (!isStr(v)) raiseTypeError("%s() argument must be str, not %s", method, typeName(v));
    return asStr(v)->view();
}

// Byte range [from, to) of the optional start/end code-point arguments. False when start lies
// beyond end (or beyond the string): then not even an empty needle matches, as in CPython.
bool byteRange(StrObject* s, const Value* args, size_t nargs, size_t first, size_t& from, size_t& to) {
    int64_t length = s->length(), start = 0, end = length;
    if (nargs > first && args[first] != None()) start = clampedIndex(args[first]);
    if (nargs > first + 1 && args[first + 1] != None()) end = clampedIndex(args[first + 1]);
    if (start < 0) start = std::max<int64_t>(0, start + length);
    if (end < 0) end = std::max<int64_t>(0, end + length);
    end = std::min(end, length);
    bool inRange = start <= end;
    start = std::min(start, length);
    from = strByteOffset(s, size_t(start));
    to = std::max(from, strByteOffset(s, size_t(end)));
    return inRange;
}

int64_t charIndex(StrObject* s, size_t byteOffset) {
    if (s->isAscii()) return int64_t(byteOffset);
    return int64_t(utf8::countCodePoints(std::string_view(s->data, byteOffset)));
}

int64_t findImpl(const Value* args, size_t nargs, TupleObject* kw, const char* name, bool reverse) {
    checkArgs(name, nargs, kw, 2, 4);
    StrObject* s = self(args);
    std::string_view needle = argStr(args[1], name);
    size_t from, to;
    if (!byteRange(s, args, nargs, 2, from, to)) return -1;
    std::string_view hay = s->view().substr(from, to - from);
    size_t at = reverse ? hay.rfind(needle) : hay.find(needle);
    if (at == std::string_view::npos) return -1;
    return charIndex(s, from + at);
}

Value strFind(const Value* a, size_t n, TupleObject* k) { return Value::smallInt(findImpl(a, n, k, "find", false)); }
Value strRfind(const Value* a, size_t n, TupleObject* k) { return Value::smallInt(findImpl(a, n, k, "rfind", true)); }
Value strIndex(const Value* a, size_t n, TupleObject* k) {
    int64_t i = findImpl(a, n, k, "index", false);
    if (i < 0) raiseValueError("substring not found");
    return Value::smallInt(i);
}
Value strRindex(const Value* a, size_t n, TupleObject* k) {
    int64_t i = findImpl(a, n, k, "rindex", true);
    if (i < 0) raiseValueError("substring not found");
    return Value::smallInt(i);
}

Value strCount(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("count", nargs, kw, 2, 4);
    StrObject* s = self(args);
    std::string_view needle = argStr(args[1], "count");
    size_t from, to;
    if (!byteRange(s, args, nargs, 2, from, to)) return Value::smallInt(0);
    std::string_view hay = s->view().substr(from, to - from);
    if (needle.empty()) return Value::smallInt(int64_t(utf8::countCodePoints(hay)) + 1);
    int64_t count = 0;
    for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + needle.size())) ++count;
    return Value::smallInt(count);
}

Value affixImpl(const Value* args, size_t nargs, TupleObject* kw, const char* name, bool suffix) {
    checkArgs(name, nargs, kw, 2, 4);
    StrObject* s = self(args);
    size_t from, to;
    bool inRange = byteRange(s, args, nargs, 2, from, to);
    std::string_view hay = s->view().substr(from, to - from);
    auto test = [&](Value v) {
        std::string_view a = argStr(v, name);
        if (!inRange || a.size() > hay.size()) return false;
        return suffix ? hay.substr(hay.size() - a.size()) == a : hay.substr(0, a.size()) == a;
    };
    if (isInstance(args[1], &tupleType)) {
        TupleObject* t = asTuple(args[1]);
        for (size_t i = 0; i < t->size; ++i)
            if (test(t->items[i])) return True();
        return False();
    }
    if (!isStr(args[1]))
        raiseTypeError("%s first arg must be str or a tuple of str, not %s", name, typeName(args[1]));
    return boolValue(test(args[1]));
}
Value strStartswith(const Value* a, size_t n, TupleObject* k) { return affixImpl(a, n, k, "startswith", false); }
Value strEndswith(const Value* a, size_t n, TupleObject* k) { return affixImpl(a, n, k, "endswith", true); }

Value strJoin(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("join", nargs, kw, 2, 2);
    StrObject* sep = self(args);
    Value seq = args[1];
    if (!isInstance(seq, &listType) && !isInstance(seq, &tupleType)) {
        Type* t = typeOf(seq);
        if (!t->iter && !t->getitem) raiseTypeError("can only join an iterable");
        ListObject* items = newList();   // the items once, not copied again into a tuple
        listExtend(items, seq);
        seq = Value(items);
    }
    const Value* items;
    size_t count;
    if (isInstance(seq, &listType)) items = asList(seq)->items, count = asList(seq)->size;
    else items = asTuple(seq)->items, count = asTuple(seq)->size;
    size_t size = 0, length = 0;
    for (size_t i = 0; i < count; ++i) {
        if (!isStr(items[i]))
            raiseTypeError("sequence item %zu: expected str instance, %s found", i, typeName(items[i]));
        size += asStr(items[i])->size;
        length += asStr(items[i])->length();
    }
    if (count == 1 && isExactStr(items[0])) return items[0];   // a subclass's text comes back as a str
    if (count) size += sep->size * (count - 1), length += sep->length() * (count - 1);
    StrObject* out = allocateStr(size);
    char* p = out->data;
    for (size_t i = 0; i < count; ++i) {
        if (i) std::memcpy(p, sep->data, sep->size), p += sep->size;
        StrObject* item = asStr(items[i]);
        std::memcpy(p, item->data, item->size);
        p += item->size;
    }
    out->lengthBits = uint32_t(length);
    return Value(out);
}

Value splitImpl(const Value* args, size_t nargs, TupleObject* kw, const char* name, bool fromRight) {
    Value a[2];
    if (nargs > 1 || kw) parseArgs(name, args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0, a);
    StrObject* self_ = self(args);
    int64_t maxsplit = a[1] ? requireInt64(a[1]) : -1;
    // The parts of an ASCII string are ASCII: no re-counting of code points.
    bool ascii = self_->isAscii();
    SplitParts parts;
    if (!a[0] || a[0] == None()) {
        splitOnWhitespace(self_->view(), maxsplit, fromRight, kStrWhitespace, std::ref(parts));
    } else {
        std::string_view sep = argStr(a[0], name);
        if (sep.empty()) raiseValueError("empty separator");
        splitOnSeparator(self_->view(), sep, maxsplit, fromRight, std::ref(parts));
    }
    ListObject* out = newList(parts.size());
    for (size_t i = 0, n = parts.size(); i < n; ++i) {
        std::string_view p = parts[fromRight ? n - 1 - i : i];
        out->items[i] = Value(ascii && p.size() > 1 ? newStrWithLength(p, p.size()) : newStr(p));
    }
    return Value(out);
}
Value strSplit(const Value* a, size_t n, TupleObject* k) { return splitImpl(a, n, k, "split", false); }
Value strRsplit(const Value* a, size_t n, TupleObject* k) { return splitImpl(a, n, k, "rsplit", true); }

Value strSplitlines(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[1];
    parseArgs("splitlines", args + 1, nargs - 1, kw, {"keepends"}, 0, a);
    ListObject* out = newList();
    for (auto line : splitLines(self(args)->view(), a[0] && truthy(a[0]))) listAppend(out, Value(newStr(line)));
    return Value(out);
}

// A few ASCII characters to strip, compared one by one (cheaper than building a ByteSet for the
// two bytes a strip usually looks at).
struct FewChars {
    std::string_view chars;
    bool has(char c) const {
        for (char x : chars)
            if (x == c) return true;
        return false;
    }
};

// Moves [b, e) inward past the bytes in `set` (whitespace, or ASCII characters to strip: an ASCII
// byte is never part of a multi-byte sequence, so byte steps cut whole code points).
template <typename Set>
void trimBytes(std::string_view s, size_t& b, size_t& e, const Set& set, bool left, bool right) {
    if (left) while (b < e && set.has(s[b])) ++b;
    if (right) while (e > b && set.has(s[e - 1])) --e;
}

// The same for a set of characters that includes non-ASCII ones: whole UTF-8 sequences compared.
void trimCodePoints(std::string_view s, size_t& b, size_t& e, std::string_view chars, bool left, bool right) {
    auto cpAt = [&](size_t at, size_t& len) {
        const char* p = s.data() + at;
        const char* q = p;
        utf8::next(q);
        len = size_t(q - p);
        return s.substr(at, len);
    };
    if (left) {
        while (b < e) {
            size_t len;
            if (chars.find(cpAt(b, len)) == std::string_view::npos) break;
            b += len;
        }
    }
    if (right) {
        while (e > b) {
            size_t start = e - 1;
            while (start > b && utf8::isContinuation(s[start])) --start;
            size_t len;
            if (chars.find(cpAt(start, len)) == std::string_view::npos) break;
            e = start;
        }
    }
}

Value stripImpl(const Value* args, size_t nargs, TupleObject* kw, const char* name, bool left, bool right) {
    checkArgs(name, nargs, kw, 1, 2);
    StrObject* self_ = self(args);
    std::string_view s = self_->view();
    size_t b = 0, e = s.size();
    if (nargs < 2 || args[1] == None()) {
        trimBytes(s, b, e, kStrWhitespace, left, right);
    } else {
        std::string_view chars = argStr(args[1], name);
        if (!asStr(args[1])->isAscii()) trimCodePoints(s, b, e, chars, left, right);
        else if (chars.size() <= 8) trimBytes(s, b, e, FewChars{chars}, left, right);
        else trimBytes(s, b, e, byteSetOf(chars), left, right);
    }
    if (b == 0 && e == s.size()) return args[0];
    std::string_view rest = s.substr(b, e - b);
    return Value(self_->isAscii() && rest.size() > 1 ? newStrWithLength(rest, rest.size()) : newStr(rest));
}
Value strStrip(const Value* a, size_t n, TupleObject* k) { return stripImpl(a, n, k, "strip", true, true); }
Value strLstrip(const Value* a, size_t n, TupleObject* k) { return stripImpl(a, n, k, "lstrip", true, false); }
Value strRstrip(const Value* a, size_t n, TupleObject* k) { return stripImpl(a, n, k, "rstrip", false, true); }

Value strReplace(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("replace", nargs, kw, 3, 4);
    StrObject* self_ = self(args);
    std::string_view s = self_->view();
    std::string_view from = argStr(args[1], "replace");
    std::string_view to = argStr(args[2], "replace");
    int64_t count = nargs > 3 ? requireInt64(args[3]) : -1;
    int64_t n = replacementCount(s, from, count, int64_t(self_->length()) + 1);
    if (n == 0) return args[0];
    // The result's size is known before it is built: one that cannot fit in the heap is refused at
    // once, and the text is written straight into the new str.
    size_t size = size_t(requireFitsInHeap(int64_t(s.size()) + n * (int64_t(to.size()) - int64_t(from.size()))));
    StrObject* out = allocateStr(size);
    char* w = out->data;
    auto put = [&](const char* p, size_t length) {
        std::memcpy(w, p, length);
        w += length;
    };
    if (from.empty()) {
        const char* p = s.data();
        const char* end = p + s.size();
        for (int64_t done = 0;; ) {
            if (done < n) put(to.data(), to.size()), ++done;
            if (p >= end) break;
            const char* q = p;
            utf8::next(q);
            put(p, size_t(q - p));
            p = q;
        }
    } else {
        size_t start = 0;
        for (int64_t done = 0; done < n; ++done) {
            size_t at = s.find(from, start);
            put(s.data() + start, at - start);
            put(to.data(), to.size());
            start = at + from.size();
        }
        put(s.data() + start, s.size() - start);
    }
    // A valid UTF-8 needle matches only at code-point boundaries: each replacement changes the
    // length by the difference of the two lengths.
    out->lengthBits = uint32_t(int64_t(self_->length()) +
                               n * (int64_t(asStr(args[2])->length()) - int64_t(asStr(args[1])->length())));
    if (size <= 1) return Value(newStr(out->view()));   // "" and single characters are the shared ones
    return Value(out);
}

// Maps each code point with f(cp, atWordStart); ASCII strings keep their byte layout.
template <typename F>
Value mapCase(const Value* args, size_t nargs, TupleObject* kw, const char* name, F f) {
    checkArgs(name, nargs, kw, 1, 1);
    StrObject* s = self(args);
    std::string out;
    out.reserve(s->size);
    bool wordStart = true;
    for (const char* p = s->data; p < s->data + s->size;) {
        uint32_t cp = utf8::next(p);
        utf8::append(out, f(cp, wordStart));
        wordStart = !utf8::isAlpha(cp);
    }
    return Value(newStrWithLength(out, s->length()));
}
// lower() and upper() of ASCII text: byte by byte into the new str, no decoding.
Value mapAsciiCase(StrObject* s, char from, char to) {
    StrObject* out = allocateStr(s->size);
    for (uint32_t i = 0; i < s->size; ++i) {
        char c = s->data[i];
        out->data[i] = c >= from && c <= to ? char(c ^ 32) : c;
    }
    out->lengthBits = s->size;
    return Value(out);
}
Value strUpper(const Value* a, size_t n, TupleObject* k) {
    if (n == 1 && !k && self(a)->isAscii()) return mapAsciiCase(self(a), 'a', 'z');
    return mapCase(a, n, k, "upper", [](uint32_t c, bool) { return utf8::toUpper(c); });
}
Value strLower(const Value* a, size_t n, TupleObject* k) {
    if (n == 1 && !k && self(a)->isAscii()) return mapAsciiCase(self(a), 'A', 'Z');
    return mapCase(a, n, k, "lower", [](uint32_t c, bool) { return utf8::toLower(c); });
}
Value strSwapcase(const Value* a, size_t n, TupleObject* k) {
    return mapCase(a, n, k, "swapcase", [](uint32_t c, bool) {
        uint32_t u = utf8::toUpper(c);
        return u != c ? u : utf8::toLower(c);
    });
}
Value strTitle(const Value* a, size_t n, TupleObject* k) {
    return mapCase(a, n, k, "title", [](uint32_t c, bool wordStart) { return wordStart ? utf8::toUpper(c) : utf8::toLower(c); });
}
Value strCapitalize(const Value* args, size_t nargs, TupleObject* kw) {
    bool first = true;
    return mapCase(args, nargs, kw, "capitalize", [&](uint32_t c, bool) {
        uint32_t r = first ? utf8::toUpper(c) : utf8::toLower(c);
        first = false;
        return r;
    });
}

template <typename F>
Value testChars(const Value* args, size_t nargs, TupleObject* kw, const char* name, F f) {
    checkArgs(name, nargs, kw, 1, 1);
    std::string_view s = self(args)->view();
    if (s.empty()) return False();
    for (char c : s)
        if (!f(static_cast<uint8_t>(c))) return False();
    return True();
}
Value strIsdigit(const Value* a, size_t n, TupleObject* k) { return testChars(a, n, k, "isdigit", [](uint8_t c) { return c >= '0' && c <= '9'; }); }
Value strIsalpha(const Value* a, size_t n, TupleObject* k) { return testChars(a, n, k, "isalpha", [](uint8_t c) { return std::isalpha(c) || c >= 0x80; }); }
Value strIsalnum(const Value* a, size_t n, TupleObject* k) { return testChars(a, n, k, "isalnum", [](uint8_t c) { return std::isalnum(c) || c >= 0x80; }); }
Value strIsspace(const Value* a, size_t n, TupleObject* k) { return testChars(a, n, k, "isspace", [](uint8_t c) { return isSpace(char(c)); }); }
Value caseTest(const Value* args, size_t nargs, TupleObject* kw, const char* name, bool upper) {
    checkArgs(name, nargs, kw, 1, 1);
    bool cased = false;
    for (char c : self(args)->view()) {
        if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) return False();
        if (std::isalpha(static_cast<uint8_t>(c))) cased = true;
    }
    return boolValue(cased);
}
Value strIsupper(const Value* a, size_t n, TupleObject* k) { return caseTest(a, n, k, "isupper", true); }
Value strIslower(const Value* a, size_t n, TupleObject* k) { return caseTest(a, n, k, "islower", false); }

Value partitionImpl(const Value* args, size_t nargs, TupleObject* kw, const char* name, bool reverse) {
    checkArgs(name, nargs, kw, 2, 2);
    std::string_view s = self(args)->view();
    std::string_view sep = argStr(args[1], name);
    if (sep.empty()) raiseValueError("empty separator");
    size_t at = reverse ? s.rfind(sep) : s.find(sep);
    if (at == std::string_view::npos) {
        Value empty(emptyStr());
        return reverse ? Value(newTuple({empty, empty, args[0]})) : Value(newTuple({args[0], empty, empty}));
    }
    return Value(newTuple({Value(newStr(s.substr(0, at))), args[1], Value(newStr(s.substr(at + sep.size())))}));
}
Value strPartition(const Value* a, size_t n, TupleObject* k) { return partitionImpl(a, n, k, "partition", false); }
Value strRpartition(const Value* a, size_t n, TupleObject* k) { return partitionImpl(a, n, k, "rpartition", true); }

Value padImpl(const Value* args, size_t nargs, TupleObject* kw, const char* name, int where) {
    checkArgs(name, nargs, kw, 2, 3);
    StrObject* s = self(args);
    int64_t width = requireInt64(args[1]);
    std::string fill = " ";
    if (nargs > 2) {
        StrObject* f = requireStr(args[2], "fill character");
        if (f->length() != 1) raiseTypeError("The fill character must be exactly one character long");
        fill = std::string(f->view());
    }
    // Compared before subtracting: width - length overflows for a width near -2**63.
    if (width <= int64_t(s->length())) return args[0];
    requireFitsInHeap(width * int64_t(fill.size()));
    int64_t pad = width - int64_t(s->length());
    int64_t left = where < 0 ? 0 : where > 0 ? pad : pad / 2 + (pad & width & 1);
    int64_t right = pad - left;
    std::string out;
    for (int64_t i = 0; i < left; ++i) out += fill;
    out.append(s->view());
    for (int64_t i = 0; i < right; ++i) out += fill;
    return Value(newStr(out));
}
Value strLjust(const Value* a, size_t n, TupleObject* k) { return padImpl(a, n, k, "ljust", -1); }
Value strRjust(const Value* a, size_t n, TupleObject* k) { return padImpl(a, n, k, "rjust", 1); }
Value strCenter(const Value* a, size_t n, TupleObject* k) { return padImpl(a, n, k, "center", 0); }

Value strZfill(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("zfill", nargs, kw, 2, 2);
    StrObject* s = self(args);
    int64_t width = requireInt64(args[1]);
    if (width <= int64_t(s->length())) return args[0];   // before subtracting: no overflow
    int64_t pad = requireFitsInHeap(width) - int64_t(s->length());
    std::string text(s->view());
    size_t at = !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
    text.insert(at, size_t(pad), '0');
    return Value(newStr(text));
}

Value strEncode(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("encode", args + 1, nargs - 1, kw, {"encoding", "errors"}, 0, a);
    return encodeStr(args[0], a[0], a[1]);
}

Value strRemoveprefix(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("removeprefix", nargs, kw, 2, 2);
    std::string_view s = self(args)->view(), p = argStr(args[1], "removeprefix");
    if (p.empty() || s.substr(0, p.size()) != p) return args[0];
    return Value(newStr(s.substr(p.size())));
}

Value strRemovesuffix(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("removesuffix", nargs, kw, 2, 2);
    std::string_view s = self(args)->view(), p = argStr(args[1], "removesuffix");
    if (p.empty() || s.size() < p.size() || s.substr(s.size() - p.size()) != p) return args[0];
    return Value(newStr(s.substr(0, s.size() - p.size())));
}

Value strExpandtabs(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("expandtabs", nargs, kw, 1, 2);
    int64_t tab = nargs > 1 ? requireInt64(args[1]) : 8;
    std::string out;
    int64_t column = 0;
    for (char c : self(args)->view()) {
        if (c == '\t') {
            if (tab > 0) {
                int64_t spaces = tab - column % tab;
                // Host memory until it is a str: no longer than the heap could hold.
                requireFitsInHeap(int64_t(out.size()) + requireFitsInHeap(spaces));
                out.append(size_t(spaces), ' ');
                column += spaces;
            }
        } else {
            out.push_back(c);
            column = (c == '\n' || c == '\r') ? 0 : column + !utf8::isContinuation(c);
        }
    }
    return Value(newStr(out));
}

}  // namespace

extern const MethodDef strMethods[] = {
    {"__format__", builtinFormatMethod},
    {"capitalize", strCapitalize},
    {"center", strCenter},
    {"count", strCount},
    {"encode", strEncode},
    {"endswith", strEndswith},
    {"expandtabs", strExpandtabs},
    {"find", strFind},
    {"format", strFormatMethod},
    {"index", strIndex},
    {"isalnum", strIsalnum},
    {"isalpha", strIsalpha},
    {"isdigit", strIsdigit},
    {"islower", strIslower},
    {"isspace", strIsspace},
    {"isupper", strIsupper},
    {"join", strJoin},
    {"ljust", strLjust},
    {"lower", strLower},
    {"lstrip", strLstrip},
    {"partition", strPartition},
    {"removeprefix", strRemoveprefix},
    {"removesuffix", strRemovesuffix},
    {"replace", strReplace},
    {"rfind", strRfind},
    {"rindex", strRindex},
    {"rjust", strRjust},
    {"rpartition", strRpartition},
    {"rsplit", strRsplit},
    {"rstrip", strRstrip},
    {"split", strSplit},
    {"splitlines", strSplitlines},
    {"startswith", strStartswith},
    {"strip", strStrip},
    {"swapcase", strSwapcase},
    {"title", strTitle},
    {"upper", strUpper},
    {"zfill", strZfill},
    {nullptr, nullptr},
};

}  // namespace pyfw::engine
