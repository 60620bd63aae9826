// Methods of bytes and bytearray (both read through the buffer protocol; results keep the type of
// self). To add one: write the NativeFn and add a row to the tables at the end.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "engine/objects/bytes.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/text_split.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

Value decodeBytes(Value bytes, Value encoding, Value errors);
Value encodeStrForSep(Value sep);

namespace {

std::string_view viewOf(Value v, const char* what = "argument") {
    Buffer b = requireBuffer(v, what);
    return {reinterpret_cast<const char*>(b.data), b.size};
}

Value same(Value self, std::string_view data) {
    if (isInstance(self, &bytearrayType)) return Value(newBytearray(data.data(), data.size()));
    return Value(newBytes(data.data(), data.size()));
}

bool isSpace(char c) { return kBytesWhitespace.has(c); }

Value bDecode(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("decode", args + 1, nargs - 1, kw, {"encoding", "errors"}, 0, a);
    return decodeBytes(args[0], a[0], a[1]);
}

Value bHex(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("hex", nargs, kw, 1, 2);
    std::string_view s = viewOf(args[0]);
    std::string sep = nargs > 1 ? std::string(viewOf(Value(encodeStrForSep(args[1])))) : "";
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (i && !sep.empty()) out += sep;
        out += digits[uint8_t(s[i]) >> 4];
        out += digits[uint8_t(s[i]) & 15];
    }
    return Value(newStr(out));
}

Value bFromhex(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("fromhex", nargs, kw, 2, 2);
    std::string_view text = requireStr(args[1], "fromhex() argument")->view();
    std::string out;
    auto digit = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (size_t i = 0; i < text.size();) {
        if (isSpace(text[i])) { ++i; continue; }
        if (i + 1 >= text.size() || digit(text[i]) < 0 || digit(text[i + 1]) < 0)
            raiseValueError("non-hexadecimal number found in fromhex() arg at position %zu", i);
        out.push_back(char(digit(text[i]) * 16 + digit(text[i + 1])));
        i += 2;
    }
    Value cls = args[0];
    if (cls == Value(&bytearrayType)) return Value(newBytearray(out.data(), out.size()));
    return Value(newBytes(out.data(), out.size()));
}

std::string_view needleOf(Value v, std::string& storage) {
    if (isInt(v)) {
        int64_t n = requireInt64(v);
        if (n < 0 || n > 255) raiseValueError("byte must be in range(0, 256)");
        storage.assign(1, char(n));
        return storage;
    }
    return viewOf(v);
}

// The bytes of args[0] in `s` and the byte range [from, to) of the optional start/end arguments.
// False when start lies beyond end (or beyond the data): then not even an empty needle matches, as
// in CPython. The bytes are read after the arguments, whose __index__ may resize a bytearray.
bool rangeOf(const Value* args, size_t nargs, size_t first, std::string_view& s, size_t& from, size_t& to) {
    int64_t start = 0, end = INT64_MAX;
    if (nargs > first && args[first] != None()) start = clampedIndex(args[first]);
    if (nargs > first + 1 && args[first + 1] != None()) end = clampedIndex(args[first + 1]);
    s = viewOf(args[0]);
    int64_t n = int64_t(s.size());
    if (start < 0) start = std::max<int64_t>(0, start + n);
    if (end < 0) end = std::max<int64_t>(0, end + n);
    end = std::min(end, n);
    from = size_t(std::min(start, n));
    to = std::max(from, size_t(end));
    return start <= end;
}

int64_t findImpl(const Value* args, size_t nargs, TupleObject* kw, bool reverse) {
    checkArgs("find", nargs, kw, 2, 4);
    std::string_view s;
    size_t from, to;
    if (!rangeOf(args, nargs, 2, s, from, to)) return -1;
    std::string storage;
    std::string_view needle = needleOf(args[1], storage);
    std::string_view hay = s.substr(from, to - from);
    size_t at = reverse ? hay.rfind(needle) : hay.find(needle);
    return at == std::string_view::npos ? -1 : int64_t(from + at);
}

Value bFind(const Value* a, size_t n, TupleObject* k) { return Value::smallInt(findImpl(a, n, k, false)); }
Value bRfind(const Value* a, size_t n, TupleObject* k) { return Value::smallInt(findImpl(a, n, k, true)); }
Value bIndex(const Value* a, size_t n, TupleObject* k) {
    int64_t i = findImpl(a, n, k, false);
    if (i < 0) raiseValueError("subsection not found");
    return Value::smallInt(i);
}
Value bRindex(const Value* a, size_t n, TupleObject* k) {
    int64_t i = findImpl(a, n, k, true);
    if (i < 0) raiseValueError("subsection not found");
    return Value::smallInt(i);
}

Value bCount(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("count", nargs, kw, 2, 4);
    std::string_view s;
    size_t from, to;
    if (!rangeOf(args, nargs, 2, s, from, to)) return Value::smallInt(0);
    std::string storage;
    std::string_view needle = needleOf(args[1], storage);
    std::string_view hay = s.substr(from, to - from);
    if (needle.empty()) return Value::smallInt(int64_t(hay.size()) + 1);
    int64_t count = 0;
    for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + needle.size())) ++count;
    return Value::smallInt(count);
}

Value affix(const Value* args, size_t nargs, TupleObject* kw, bool suffix) {
    checkArgs(suffix ? "endswith" : "startswith", nargs, kw, 2, 4);
    std::string_view s;
    size_t from, to;
    bool inRange = rangeOf(args, nargs, 2, s, from, to);
    std::string_view hay = s.substr(from, to - from);
    auto test = [&](Value v) {
        std::string_view a = viewOf(v);
        if (!inRange || a.size() > hay.size()) return false;
        return suffix ? hay.substr(hay.size() - a.size()) == a : hay.substr(0, a.size()) == a;
    };
    if (isInstance(args[1], &tupleType)) {
        for (size_t i = 0; i < asTuple(args[1])->size; ++i)
            if (test(asTuple(args[1])->items[i])) return True();
        return False();
    }
    return boolValue(test(args[1]));
}
Value bStartswith(const Value* a, size_t n, TupleObject* k) { return affix(a, n, k, false); }
Value bEndswith(const Value* a, size_t n, TupleObject* k) { return affix(a, n, k, true); }

Value bJoin(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("join", nargs, kw, 2, 2);
    std::string sep(viewOf(args[0]));
    std::string out;
    bool first = true;
    forEach(args[1], [&](Value item) {
        if (!first) out += sep;
        first = false;
        out += viewOf(item, "sequence item");
        requireFitsInHeap(int64_t(out.size()));   // one big item many times: refuse early
    });
    return same(args[0], out);
}

Value splitImpl(const Value* args, size_t nargs, TupleObject* kw, const char* name, bool fromRight) {
    Value a[2];
    parseArgs(name, args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0, a);
    int64_t maxsplit = a[1] ? requireInt64(a[1]) : -1;   // first: its __index__ may resize a bytearray
    std::string_view s = viewOf(args[0]);
    SplitParts parts;
    if (!a[0] || a[0] == None()) {
        splitOnWhitespace(s, maxsplit, fromRight, kBytesWhitespace, std::ref(parts));
    } else {
        std::string_view sep = viewOf(a[0]);
        if (sep.empty()) raiseValueError("empty separator");
        splitOnSeparator(s, sep, maxsplit, fromRight, std::ref(parts));
    }
    ListObject* out = newList(parts.size());
    for (size_t i = 0, n = parts.size(); i < n; ++i) out->items[i] = same(args[0], parts[fromRight ? n - 1 - i : i]);
    return Value(out);
}
Value bSplit(const Value* a, size_t n, TupleObject* k) { return splitImpl(a, n, k, "split", false); }
Value bRsplit(const Value* a, size_t n, TupleObject* k) { return splitImpl(a, n, k, "rsplit", true); }

Value bSplitlines(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[1];
    parseArgs("splitlines", args + 1, nargs - 1, kw, {"keepends"}, 0, a);
    ListObject* out = newList();
    for (auto line : splitLines(viewOf(args[0]), a[0] && truthy(a[0]))) listAppend(out, same(args[0], line));
    return Value(out);
}

Value partitionImpl(const Value* args, size_t nargs, TupleObject* kw, const char* name, bool reverse) {
    checkArgs(name, nargs, kw, 2, 2);
    std::string_view s = viewOf(args[0]);
    std::string_view sep = viewOf(args[1]);
    if (sep.empty()) raiseValueError("empty separator");
    size_t at = reverse ? s.rfind(sep) : s.find(sep);
    Value empty = same(args[0], {});
    if (at == std::string_view::npos)
        return Value(reverse ? newTuple({empty, empty, same(args[0], s)}) : newTuple({same(args[0], s), empty, empty}));
    return Value(newTuple({same(args[0], s.substr(0, at)), same(args[0], sep), same(args[0], s.substr(at + sep.size()))}));
}
Value bPartition(const Value* a, size_t n, TupleObject* k) { return partitionImpl(a, n, k, "partition", false); }
Value bRpartition(const Value* a, size_t n, TupleObject* k) { return partitionImpl(a, n, k, "rpartition", true); }

// center, ljust and rjust: `where` is 0, -1 (text on the left) or 1 (text on the right).
Value padBytes(const Value* args, size_t nargs, TupleObject* kw, const char* name, int where) {
    checkArgs(name, nargs, kw, 2, 3);
    int64_t width = requireInt64(args[1]);   // first: its __index__ may resize a bytearray
    std::string_view s = viewOf(args[0]);
    char fill = ' ';
    if (nargs > 2) {
        std::string_view f = viewOf(args[2]);
        if (f.size() != 1) raiseTypeError("%s() argument 2 must be a byte string of length 1", name);
        fill = f[0];
    }
    // Compared before subtracting: width - size overflows for a width near -2**63.
    if (width <= int64_t(s.size())) return same(args[0], s);
    int64_t pad = requireFitsInHeap(width) - int64_t(s.size());
    // CPython puts the odd pad byte on the left when the width is odd.
    size_t left = size_t(where < 0 ? 0 : where > 0 ? pad : pad / 2 + (pad & width & 1));
    std::string out(left, fill);
    out.append(s);
    out.append(size_t(pad) - left, fill);
    return same(args[0], out);
}
Value bCenter(const Value* a, size_t n, TupleObject* k) { return padBytes(a, n, k, "center", 0); }
Value bLjust(const Value* a, size_t n, TupleObject* k) { return padBytes(a, n, k, "ljust", -1); }
Value bRjust(const Value* a, size_t n, TupleObject* k) { return padBytes(a, n, k, "rjust", 1); }

Value bZfill(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("zfill", nargs, kw, 2, 2);
    int64_t width = requireInt64(args[1]);   // first: its __index__ may resize a bytearray
    std::string_view s = viewOf(args[0]);
    if (width <= int64_t(s.size())) return same(args[0], s);
    int64_t pad = requireFitsInHeap(width) - int64_t(s.size());
    std::string text(s);
    size_t at = !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
    text.insert(at, size_t(pad), '0');
    return same(args[0], text);
}

Value strip(const Value* args, size_t nargs, TupleObject* kw, bool left, bool right) {
    checkArgs("strip", nargs, kw, 1, 2);
    std::string_view s = viewOf(args[0]);
    std::string chars = nargs > 1 && args[1] != None() ? std::string(viewOf(args[1])) : std::string(" \t\n\r\x0b\x0c");
    size_t b = 0, e = s.size();
    if (left) while (b < e && chars.find(s[b]) != std::string::npos) ++b;
    if (right) while (e > b && chars.find(s[e - 1]) != std::string::npos) --e;
    return same(args[0], s.substr(b, e - b));
}
Value bStrip(const Value* a, size_t n, TupleObject* k) { return strip(a, n, k, true, true); }
Value bLstrip(const Value* a, size_t n, TupleObject* k) { return strip(a, n, k, true, false); }
Value bRstrip(const Value* a, size_t n, TupleObject* k) { return strip(a, n, k, false, true); }

Value bReplace(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("replace", nargs, kw, 3, 4);
    int64_t count = nargs > 3 ? requireInt64(args[3]) : -1;   // first: its __index__ may resize a bytearray
    std::string_view s = viewOf(args[0]), from = viewOf(args[1]), to = viewOf(args[2]);
    int64_t n = replacementCount(s, from, count, int64_t(s.size()) + 1);
    // Sized before it is built, as str.replace: MemoryError at once when it cannot fit in the heap.
    int64_t size = requireFitsInHeap(int64_t(s.size()) + n * (int64_t(to.size()) - int64_t(from.size())));
    std::string out;
    out.reserve(size_t(size));
    size_t start = 0;
    if (from.empty()) {
        for (size_t i = 0; i <= s.size(); ++i) {
            if (int64_t(i) < n) out += to;
            if (i < s.size()) out += s[i];
        }
        return same(args[0], out);
    }
    for (int64_t done = 0; done < n; ++done) {
        size_t at = s.find(from, start);
        out.append(s.substr(start, at - start));
        out.append(to);
        start = at + from.size();
    }
    out.append(s.substr(start));
    return same(args[0], out);
}

template <char (*F)(char)>
Value mapBytes(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("map", nargs, kw, 1, 1);
    std::string out(viewOf(args[0]));
    for (char& c : out) c = F(c);
    return same(args[0], out);
}
char toUpper(char c) { return c >= 'a' && c <= 'z' ? char(c - 32) : c; }
char toLower(char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }

template <bool (*F)(char)>
Value testBytes(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("test", nargs, kw, 1, 1);
    std::string_view s = viewOf(args[0]);
    if (s.empty()) return False();
    for (char c : s)
        if (!F(c)) return False();
    return True();
}
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isSpaceChar(char c) { return isSpace(c); }

// isupper/islower: at least one cased byte, and no cased byte of the other case.
Value caseTest(const Value* args, size_t nargs, TupleObject* kw, bool upper) {
    checkArgs(upper ? "isupper" : "islower", nargs, kw, 1, 1);
    bool cased = false;
    for (char c : viewOf(args[0])) {
        bool isUpper = c >= 'A' && c <= 'Z', isLower = c >= 'a' && c <= 'z';
        if (upper ? isLower : isUpper) return False();
        cased = cased || isUpper || isLower;
    }
    return boolValue(cased);
}
Value bIsupper(const Value* a, size_t n, TupleObject* k) { return caseTest(a, n, k, true); }
Value bIslower(const Value* a, size_t n, TupleObject* k) { return caseTest(a, n, k, false); }

// ---- bytearray only ----

BytearrayObject* ba(const Value* args) { return args[0].as<BytearrayObject>(); }

int byteArg(Value v) {
    int64_t n = requireIndex(v);
    if (n < 0 || n > 255) raiseValueError("byte must be in range(0, 256)");
    return int(n);
}

Value baAppend(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("append", nargs, kw, 2, 2);
    int v = byteArg(args[1]);
    BytearrayObject* b = ba(args);
    bytearrayResize(b, b->size + 1);
    b->data[b->size - 1] = uint8_t(v);
    return None();
}

Value baExtend(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("extend", nargs, kw, 2, 2);
    std::string data;
    Buffer buf;
    if (getBuffer(args[1], buf)) data.assign(reinterpret_cast<char*>(buf.data), buf.size);
    else forEach(args[1], [&](Value x) { data.push_back(char(byteArg(x))); });
    BytearrayObject* b = ba(args);
    size_t old = b->size;
    bytearrayResize(b, old + data.size());
    std::memcpy(b->data + old, data.data(), data.size());
    return None();
}

Value baPop(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pop", nargs, kw, 1, 2);
    BytearrayObject* b = ba(args);
    if (!b->size) raiseError(&exc::IndexError, "pop from empty bytearray");
    int64_t i = nargs > 1 ? requireIndex(args[1]) : int64_t(b->size) - 1;
    if (i < 0) i += int64_t(b->size);
    if (i < 0 || i >= int64_t(b->size)) raiseError(&exc::IndexError, "pop index out of range");
    int v = b->data[i];
    std::memmove(b->data + i, b->data + i + 1, b->size - size_t(i) - 1);
    --b->size;
    return Value::smallInt(v);
}

Value baInsert(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("insert", nargs, kw, 3, 3);
    BytearrayObject* b = ba(args);
    int64_t i = requireIndex(args[1]);
    int v = byteArg(args[2]);
    int64_t n = int64_t(b->size);   // read after both conversions: their __index__ may resize b
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    bytearrayResize(b, b->size + 1);
    std::memmove(b->data + i + 1, b->data + i, size_t(n - i));
    b->data[i] = uint8_t(v);
    return None();
}

Value baRemove(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("remove", nargs, kw, 2, 2);
    BytearrayObject* b = ba(args);
    int v = byteArg(args[1]);
    for (size_t i = 0; i < b->size; ++i) {
        if (b->data[i] == v) {
            std::memmove(b->data + i, b->data + i + 1, b->size - i - 1);
            --b->size;
            return None();
        }
    }
    raiseValueError("value not found in bytearray");
}

Value baClear(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("clear", nargs, kw, 1, 1);
    ba(args)->size = 0;
    return None();
}

Value baCopy(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("copy", nargs, kw, 1, 1);
    return Value(newBytearray(ba(args)->data, ba(args)->size));
}

Value baReverse(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("reverse", nargs, kw, 1, 1);
    std::reverse(ba(args)->data, ba(args)->data + ba(args)->size);
    return None();
}

#define COMMON_BYTES_METHODS                         \
    {"center", bCenter},                             \
    {"count", bCount},                               \
    {"decode", bDecode},                             \
    {"endswith", bEndswith},                         \
    {"find", bFind},                                 \
    {"fromhex", bFromhex, MethodKind::ClassMethod},  \
    {"hex", bHex},                                   \
    {"index", bIndex},                               \
    {"isalpha", testBytes<isAlpha>},                 \
    {"isdigit", testBytes<isDigit>},                 \
    {"islower", bIslower},                           \
    {"isspace", testBytes<isSpaceChar>},             \
    {"isupper", bIsupper},                           \
    {"join", bJoin},                                 \
    {"ljust", bLjust},                               \
    {"lower", mapBytes<toLower>},                    \
    {"lstrip", bLstrip},                             \
    {"partition", bPartition},                       \
    {"replace", bReplace},                           \
    {"rfind", bRfind},                               \
    {"rindex", bRindex},                             \
    {"rjust", bRjust},                               \
    {"rpartition", bRpartition},                     \
    {"rsplit", bRsplit},                             \
    {"rstrip", bRstrip},                             \
    {"split", bSplit},                               \
    {"splitlines", bSplitlines},                     \
    {"startswith", bStartswith},                     \
    {"strip", bStrip},                               \
    {"upper", mapBytes<toUpper>},                    \
    {"zfill", bZfill}

}  // namespace

// memoryview.hex reads its window through the same buffer protocol.
Value bytesHex(const Value* args, size_t nargs, TupleObject* kw) { return bHex(args, nargs, kw); }

Value encodeStrForSep(Value sep) {
    if (isStr(sep)) return Value(newBytes(strView(sep).data(), strView(sep).size()));
    return sep;
}

extern const MethodDef bytesMethods[] = {
    COMMON_BYTES_METHODS,
    {nullptr, nullptr},
};

extern const MethodDef bytearrayMethods[] = {
    COMMON_BYTES_METHODS,
    {"append", baAppend},
    {"clear", baClear},
    {"copy", baCopy},
    {"extend", baExtend},
    {"insert", baInsert},
    {"pop", baPop},
    {"remove", baRemove},
    {"reverse", baReverse},
    {nullptr, nullptr},
};

}  // namespace pyfw::engine
