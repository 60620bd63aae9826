// str: creation, interning, hashing and the type's slots. Methods are in str_methods.cpp,
// %-formatting and format() in str_format.cpp.
#include "engine/objects/str.h"

#include <array>
#include <cstring>
#include <vector>

#include "engine/objects/bytes.h"
#include "engine/objects/numbers.h"
#include "engine/objects/sequence.h"
#include "engine/objects/tuple.h"
#include "engine/objects/unicode.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

extern thread_local bool allocatingPermanent;
Value strPercentFormat(StrObject* format, Value args);
Value decodeBytes(Value bytes, Value encoding, Value errors);

int64_t hashBytes(const void* data, size_t size) {
    auto* p = static_cast<const uint8_t*>(data);
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (size * 0xff51afd7ed558ccdull);
    while (size >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 31;
        p += 8;
        size -= 8;
    }
    uint64_t w = 0;
    std::memcpy(&w, p, size);
    h = (h ^ w) * 0x94d049bb133111ebull;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    // Never negative and never 0: a str's hash field uses 0 for "not computed yet" and negative
    // values for the append marks (see str.h), so no real hash may collide with either.
    auto result = int64_t(h >> 1);
    return result == 0 ? 1 : result;
}

int64_t strHash(StrObject* s) {
    // Also clears kUnshared: a hashed string may become a dict key, a second holder the append
    // mark could not account for.
    if (s->hash <= 0) s->hash = hashBytes(s->data, s->size);
    return s->hash;
}

namespace {
// "00" to "99": two digits per division when writing a number.
constexpr auto kDigitPairs = [] {
    std::array<char, 200> pairs{};
    for (int i = 0; i < 100; ++i) pairs[size_t(2 * i)] = char('0' + i / 10), pairs[size_t(2 * i + 1)] = char('0' + i % 10);
    return pairs;
}();
}  // namespace

size_t formatDecimal(char* buf, int64_t n) {
    // The magnitude as unsigned covers INT64_MIN; its digit count first, then the digits from the
    // right straight into place.
    uint64_t m = n < 0 ? 0 - uint64_t(n) : uint64_t(n);
    size_t digits = 1;
    for (uint64_t limit = 10; digits < 20 && m >= limit; limit *= 10) ++digits;
    size_t length = digits + (n < 0);
    char* p = buf + length;
    for (; m >= 100; m /= 100) {
        p -= 2;
        std::memcpy(p, &kDigitPairs[size_t(m % 100) * 2], 2);
    }
    if (m >= 10) std::memcpy(p - 2, &kDigitPairs[size_t(m) * 2], 2);
    else p[-1] = char('0' + m);
    if (n < 0) buf[0] = '-';
    return length;
}

StrObject* decimalStr(int64_t n) {
    if (n >= 0 && n < 10) return charStr(uint32_t('0' + n));
    char buf[24];
    size_t length = formatDecimal(buf, n);
    return newStrWithLength(std::string_view(buf, length), length);
}

StrObject* allocateStr(size_t size) {
    // The sizes are 32-bit fields and the length's top bit is the interned flag, hence 2^31 - 1.
    if (size > 0x7fffffffu) raiseError(&exc::OverflowError, "string too long");
    // The caller copies in all `size` bytes, so only the header and the terminator are cleared.
    auto* s = static_cast<StrObject*>(allocateUnfilled(sizeof(StrObject) + size + 1, sizeof(StrObject)));
    s->type = &strType;
    s->size = uint32_t(size);
    s->data[size] = 0;
    return s;
}

StrObject* finishStr(StrObject* s) {
    s->lengthBits = uint32_t(utf8::countCodePoints(s->view()));
    return s;
}

StrObject* newStrWithLength(std::string_view utf8, size_t codePoints) {
    StrObject* s = allocateStr(utf8.size());
    std::memcpy(s->data, utf8.data(), utf8.size());
    s->lengthBits = uint32_t(codePoints);
    return s;
}

StrObject* newStr(std::string_view utf8) {
    if (utf8.size() <= 1) {
        if (utf8.empty()) return emptyStr();
        return charStr(static_cast<uint8_t>(utf8[0]));
    }
    return newStrWithLength(utf8, utf8::countCodePoints(utf8));
}

namespace {
// "" and the 128 one-character ASCII strings, made with the static names so that they are the
// interned instances every lookup finds.
StrObject* asciiChars[128];
StrObject* empty = nullptr;
}  // namespace

void initStaticStrings() {
    empty = intern("");
    for (uint32_t c = 0; c < 128; ++c) {
        char ch = char(c);
        asciiChars[c] = intern(std::string_view(&ch, 1));
    }
}

StrObject* emptyStr() { return empty; }

// Indexing and iterating make one-character strings all the time; the ASCII ones are shared
// (str is immutable) so that costs no allocation.
StrObject* charStr(uint32_t cp) {
    if (cp < 128) return asciiChars[cp];
    std::string text;
    utf8::append(text, cp);
    return newStrWithLength(text, 1);
}

// ---- interning ----

namespace {

// Open addressing kept at most half full; strings are never removed, so no deletion markers.
// Every interned string has its hash computed, so find() compares hashes before text.
struct InternSet {
    std::vector<StrObject*>& slots;
    size_t& count;

    StrObject* find(std::string_view text, int64_t hash) const {
        if (slots.empty()) return nullptr;
        size_t mask = slots.size() - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            StrObject* s = slots[i];
            if (!s) return nullptr;
            if (s->hash == hash && s->view() == text) return s;
        }
    }
    void insert(StrObject* s) {
        if ((count + 1) * 2 > slots.size()) grow();
        size_t mask = slots.size() - 1;
        size_t i = size_t(s->hash) & mask;
        while (slots[i]) i = (i + 1) & mask;
        slots[i] = s;
        ++count;
    }
    void grow() {
        std::vector<StrObject*> old = std::move(slots);
        slots.assign(old.empty() ? 1024 : old.size() * 2, nullptr);
        size_t mask = slots.size() - 1;
        for (StrObject* s : old) {
            if (!s) continue;
            size_t i = size_t(s->hash) & mask;
            while (slots[i]) i = (i + 1) & mask;
            slots[i] = s;
        }
    }
};

std::vector<StrObject*> staticSlots;
size_t staticCount = 0;

// Two tables: strings made at start-up (allocatingPermanent) live outside the GC heap and are
// shared by every interpreter; the rest belong to the running interpreter's heap. While making
// permanent strings only the permanent table is searched: a permanent structure must never point
// at a string on one interpreter's heap, which dies with that heap.
StrObject* findInterned(std::string_view text, int64_t hash) {
    if (StrObject* s = InternSet{staticSlots, staticCount}.find(text, hash)) return s;
    if (!allocatingPermanent && currentInterpreter) {
        Interpreter& in = interp();
        return InternSet{in.internTable, in.internCount}.find(text, hash);
    }
    return nullptr;
}

void insertInterned(StrObject* s) {
    s->lengthBits |= StrObject::kInterned;
    if (allocatingPermanent) {
        InternSet{staticSlots, staticCount}.insert(s);
    } else {
        Interpreter& in = interp();
        InternSet{in.internTable, in.internCount}.insert(s);
    }
}

}  // namespace

StrObject* intern(std::string_view text) {
    int64_t hash = hashBytes(text.data(), text.size());
    if (StrObject* s = findInterned(text, hash)) return s;
    StrObject* s = newStrWithLength(text, utf8::countCodePoints(text));
    s->hash = hash;
    insertInterned(s);
    return s;
}

StrObject* intern(StrObject* s) {
    if (s->isInterned()) return s;
    int64_t hash = strHash(s);
    if (StrObject* found = findInterned(s->view(), hash)) return found;
    insertInterned(s);
    return s;
}

// UTF-8 keeps strings compact (MicroPython stores them the same way) at the price of indexing:
// O(1) for ASCII, where bytes and code points coincide, and a walk from the start otherwise.
size_t strByteOffset(const StrObject* s, size_t index) {
    if (s->isAscii()) return index;
    const char* p = s->data;
    const char* end = s->data + s->size;
    while (index && p < end) {
        ++p;
        while (p < end && utf8::isContinuation(*p)) ++p;
        --index;
    }
    return size_t(p - s->data);
}

StrObject* requireStr(Value v, const char* what) {
    if (!isStr(v)) raiseTypeError("%s must be str, not %s", what, typeName(v));
    return v.as<StrObject>();
}

// ---- slots ----

namespace {

void appendQuoted(std::string& out, std::string_view text) {
    // Python's choice: single quotes, unless the text has one and no double quote.
    bool hasSingle = text.find('\'') != std::string_view::npos;
    bool hasDouble = text.find('"') != std::string_view::npos;
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    out.push_back(quote);
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        const char* start = p;
        uint32_t c = utf8::next(p);
        if (c == uint32_t(quote) || c == '\\') {
            out.push_back('\\');
            out.push_back(char(c));
        } else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        // C0 and C1 controls and DEL are not printable, so repr escapes them; all other code
        // points are shown as they are.
        else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out.append(start, size_t(p - start));
        }
    }
    out.push_back(quote);
}

void strPrint(std::string& out, Value self, PrintKind kind) {
    StrObject* s = asStr(self);
    if (kind == PrintKind::Str) out.append(s->data, s->size);
    else appendQuoted(out, s->view());
}

int64_t strHashSlot(Value self) { return strHash(asStr(self)); }

}  // namespace

// str is immutable, so an operand can be the result itself when nothing changes.
StrObject* strConcat(StrObject* a, StrObject* b) {
    if (a->size == 0) return b;
    if (b->size == 0) return a;
    StrObject* s = allocateStr(size_t(a->size) + b->size);
    std::memcpy(s->data, a->data, a->size);
    std::memcpy(s->data + a->size, b->data, b->size);
    s->lengthBits = a->length() + b->length();
    return s;
}

namespace {

StrObject* repeat(StrObject* a, int64_t times) {
    size_t bytes = requireRepeatFits(a->size, times);
    if (bytes == 0) return emptyStr();
    if (times == 1) return a;
    if (bytes > 0x7fffffffu) raiseAllocationFailed(bytes);  // beyond what a str's length field holds
    StrObject* s = allocateStr(bytes);
    for (int64_t i = 0; i < times; ++i) std::memcpy(s->data + i * a->size, a->data, a->size);
    s->lengthBits = uint32_t(a->length() * times);
    return s;
}

Value strBinary(BinaryOp op, Value self, Value other, bool reflected) {
    StrObject* s = asStr(self);
    switch (op) {
    case BinaryOp::Add:
        if (reflected || !isStr(other)) return NotImplemented();
        return Value(strConcat(s, asStr(other)));
    case BinaryOp::Mul: {
        int64_t n;
        if (!repeatCount(other, n)) return NotImplemented();
        return Value(repeat(s, n));
    }
    case BinaryOp::Mod:
        if (reflected) return NotImplemented();
        return strPercentFormat(s, other);
    default:
        break;
    }
    if (!isComparison(op) || !isStr(other)) return NotImplemented();
    StrObject* o = asStr(other);
    if (op == BinaryOp::Eq) return boolValue(strEquals(s, o));
    if (op == BinaryOp::Ne) return boolValue(!strEquals(s, o));
    int c = strOrder(s, o);
    switch (op) {
    case BinaryOp::Lt: return boolValue(c < 0);
    case BinaryOp::Le: return boolValue(c <= 0);
    case BinaryOp::Gt: return boolValue(c > 0);
    default: return boolValue(c >= 0);
    }
}

int64_t strLen(Value self) { return asStr(self)->length(); }
bool strTruthy(Value self) { return asStr(self)->size != 0; }

bool strContains(Value self, Value item) {
    if (!isStr(item))
        raiseTypeError("'in <string>' requires string as left operand, not %s", typeName(item));
    // A byte search is enough: a valid UTF-8 needle can only match at a character boundary.
    return asStr(self)->view().find(asStr(item)->view()) != std::string_view::npos;
}

Value strGetItem(Value self, Value key) {
    StrObject* s = asStr(self);
    if (isSlice(key)) {
        SliceBounds b = sliceBounds(key, s->length());
        if (b.step == 1) {
            size_t from = strByteOffset(s, size_t(b.start));
            size_t to = strByteOffset(s, size_t(b.start + std::max<int64_t>(b.count, 0)));
            if (b.count <= 0) return Value(emptyStr());
            if (b.count == int64_t(s->length())) return self;
            return Value(newStrWithLength(s->view().substr(from, to - from), size_t(b.count)));
        }
        std::string out;
        if (s->isAscii()) {
            for (int64_t i = 0; i < b.count; ++i) out.push_back(s->data[b.start + i * b.step]);
        } else {
            // Decoded once, so the slice costs O(n) rather than a walk from the start per item.
            std::vector<uint32_t> cps;
            for (const char* p = s->data; p < s->data + s->size;) cps.push_back(utf8::next(p));
            for (int64_t i = 0; i < b.count; ++i) utf8::append(out, cps[size_t(b.start + i * b.step)]);
        }
        return Value(newStr(out));
    }
    int64_t i = sequenceIndex(key, s->length(), "string");
    if (s->isAscii()) return Value(charStr(static_cast<uint8_t>(s->data[i])));
    const char* p = s->data + strByteOffset(s, size_t(i));
    return Value(charStr(utf8::next(p)));
}

// Keeps a byte offset, not an index, so iterating a non-ASCII string is linear.
struct StrIteratorObject : Object {
    StrObject* s;
    uint64_t offset;
};

void strIteratorTrace(Object* self, Tracer& t) { t.visitObject(static_cast<StrIteratorObject*>(self)->s); }

Value strIteratorNext(Value self) {
    auto* it = self.as<StrIteratorObject>();
    StrObject* s = it->s;
    if (it->offset >= s->size) return Value();
    const char* p = s->data + it->offset;
    uint32_t cp = utf8::next(p);
    it->offset = uint64_t(p - s->data);
    return Value(charStr(cp));
}

Value selfIter(Value self) { return self; }

Type strIteratorType{TypeSpec{
    .name = "str_iterator",
    .instanceSize = sizeof(StrIteratorObject),
    .trace = strIteratorTrace,
    .iter = selfIter,
    .next = strIteratorNext,
}};

Value strIter(Value self) {
    auto* it = allocateObject<StrIteratorObject>(&strIteratorType);
    it->s = asStr(self);
    return Value(it);
}

}  // namespace

Value strMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    Value result;
    size_t total = nargs + (kwnames ? kwnames->size : 0);
    if (kwnames && kwnames->size) raiseTypeError("str() takes no keyword arguments");
    if (total == 0) result = Value(emptyStr());
    else if (total == 1) result = Value(str(args[0]));
    else if (total <= 3) result = decodeBytes(args[0], args[1], total == 3 ? args[2] : Value());
    else raiseTypeError("str() takes at most 3 arguments (%zu given)", total);
    if (cls != &strType) {
        // A copy with the subclass's type: the text, its terminator, and the 8 bytes at the end
        // that hold the instance's __dict__ pointer (see dictSlot). Never interned or marked.
        StrObject* s = asStr(result);
        auto* sub = static_cast<StrObject*>(allocateBytes(cls->instanceSize + s->size + 1 + 8));
        std::memcpy(static_cast<void*>(sub), s, sizeof(StrObject) + s->size);
        sub->type = cls;
        sub->lengthBits = s->length();
        sub->hash = 0;
        result = Value(sub);
    }
    return result;
}

extern const MethodDef strMethods[];

Type strType{TypeSpec{
    .name = "str",
    .instanceSize = sizeof(StrObject),
    .flags = kTypeBaseType | kTypeVarSize,
    .print = strPrint,
    .hash = strHashSlot,
    .make = strMake,
    .binary = strBinary,
    .truthy = strTruthy,
    .len = strLen,
    .iter = strIter,
    .getitem = strGetItem,
    .contains = strContains,
    .methods = strMethods,
    .binaryMethods = operators(BinaryOp::Add, BinaryOp::Mul, BinaryOp::Mod),
    .reflectedMethods = operators(BinaryOp::Mul, BinaryOp::Mod),
}};

}  // namespace pyfw::engine
