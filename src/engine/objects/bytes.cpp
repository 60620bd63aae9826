// bytes and bytearray: construction, the buffer protocol, slots shared by both types, and the
// str<->bytes codecs. Methods are in bytes_methods.cpp.
#include "engine/objects/bytes.h"

#include <cstring>
#include <string>

#include "engine/objects/format.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/sequence.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/objects/unicode.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

BytesObject* allocateBytesObject(size_t size) {
    auto* b = static_cast<BytesObject*>(allocateBytes(sizeof(BytesObject) + size + 1));
    b->type = &bytesType;
    b->size = size;
    return b;
}

BytesObject* newBytes(const void* data, size_t size) {
    BytesObject* b = allocateBytesObject(size);
    if (size) std::memcpy(b->data, data, size);
    return b;
}

BytearrayObject* newBytearray(const void* data, size_t size) {
    auto* b = allocateObject<BytearrayObject>(&bytearrayType);
    bytearrayResize(b, size);   // zero-filled
    if (size && data) std::memcpy(b->data, data, size);
    return b;
}

void bytearrayResize(BytearrayObject* b, size_t size) {
    if (bytearrayIsBorrowed(b)) {
        // Its bytes belong to another allocation: growing would realloc from the middle of it.
        if (size != b->size) raiseTypeError("a bytearray at a fixed address cannot change size");
        return;
    }
    if (size > b->capacity) {
        size_t capacity = std::max<size_t>(size, b->capacity + b->capacity / 2 + 8);
        b->data = static_cast<uint8_t*>(reallocatePlain(b->data, b->capacity, capacity));
        b->capacity = capacity;
    }
    if (size > b->size) std::memset(b->data + b->size, 0, size - b->size);
    b->size = size;
}

bool getBuffer(Value v, Buffer& out) {
    if (v.isImmediate()) return false;
    Type* t = typeOf(v);
    return t->buffer && t->buffer(v, out);
}

Buffer requireBuffer(Value v, const char* what) {
    Buffer b;
    if (!getBuffer(v, b)) raiseTypeError("%s: a bytes-like object is required, not '%s'", what, typeName(v));
    return b;
}

// ---- codecs ----

Value encodeStr(Value s, Value encoding, Value errors) {
    StrObject* str = requireStr(s, "encode() argument");
    std::string_view enc = encoding ? requireStr(encoding, "encoding")->view() : "utf-8";
    if (enc == "utf-8" || enc == "utf8" || enc == "UTF-8") return Value(newBytes(str->data, str->size));
    if (enc == "ascii" || enc == "latin-1" || enc == "latin1" || enc == "iso-8859-1") {
        uint32_t limit = enc == "ascii" ? 0x80 : 0x100;
        std::string out;
        for (const char* p = str->data; p < str->data + str->size;) {
            uint32_t cp = utf8::next(p);
            if (cp >= limit) {
                if (errors && strView(errors) == "ignore") continue;
                if (errors && strView(errors) == "replace") { out.push_back('?'); continue; }
                raiseError(&exc::UnicodeError, "'%.*s' codec can't encode character", int(enc.size()), enc.data());
            }
            out.push_back(char(cp));
        }
        return Value(newBytes(out.data(), out.size()));
    }
    raiseError(&exc::LookupError, "unknown encoding: %.*s", int(enc.size()), enc.data());
}

Value decodeBytes(Value bytes, Value encoding, Value errors) {
    Buffer buf = requireBuffer(bytes, "decode()");
    std::string_view enc = encoding ? requireStr(encoding, "encoding")->view() : "utf-8";
    std::string_view data(reinterpret_cast<const char*>(buf.data), buf.size);
    std::string_view mode = errors ? requireStr(errors, "errors")->view() : "strict";
    if (enc == "utf-8" || enc == "utf8" || enc == "UTF-8") {
        if (utf8::isValid(data)) return Value(newStr(data));
        if (mode == "strict") raiseError(&exc::UnicodeError, "invalid utf-8 data");
        std::string out;
        while (!data.empty()) {
            size_t good = utf8::validPrefix(data);
            out.append(data.substr(0, good));
            data.remove_prefix(good);
            if (data.empty()) break;
            if (mode == "replace") out += "\xEF\xBF\xBD";
            data.remove_prefix(1);
        }
        return Value(newStr(out));
    }
    if (enc == "ascii" || enc == "latin-1" || enc == "latin1" || enc == "iso-8859-1") {
        std::string out;
        for (char c : data) {
            auto b = static_cast<uint8_t>(c);
            if (b >= 0x80 && enc == "ascii") {
                if (mode == "ignore") continue;
                if (mode == "replace") { out += "\xEF\xBF\xBD"; continue; }
                raiseError(&exc::UnicodeError, "'ascii' codec can't decode byte 0x%02x", b);
            }
            utf8::append(out, b);
        }
        return Value(newStr(out));
    }
    raiseError(&exc::LookupError, "unknown encoding: %.*s", int(enc.size()), enc.data());
}

// ---- shared slots ----

void appendBytesRepr(std::string& out, const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    bool single = text.find('\'') != std::string_view::npos, dbl = text.find('"') != std::string_view::npos;
    char quote = single && !dbl ? '"' : '\'';
    out += 'b';
    out += quote;
    for (size_t i = 0; i < size; ++i) {
        uint8_t c = data[i];
        if (c == uint8_t(quote) || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c >= 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else out += char(c);
    }
    out += quote;
}

namespace {

bool isBytes(Value v) { return isInstance(v, &bytesType); }
bool isBytearray(Value v) { return isInstance(v, &bytearrayType); }

Buffer viewOf(Value v) {
    Buffer b;
    getBuffer(v, b);
    return b;
}

void bytesPrint(std::string& out, Value self, PrintKind) {
    Buffer b = viewOf(self);
    if (isBytearray(self)) {
        out += "bytearray(";
        appendBytesRepr(out, b.data, b.size);
        out += ')';
        return;
    }
    appendBytesRepr(out, b.data, b.size);
}

bool bytesBuffer(Value self, Buffer& out) {
    auto* b = self.as<BytesObject>();
    out = Buffer{b->data, b->size, false};
    return true;
}

bool bytearrayBuffer(Value self, Buffer& out) {
    auto* b = self.as<BytearrayObject>();
    out = Buffer{b->data, b->size, true};
    return true;
}

void bytearrayTrace(Object* self, Tracer& t) {
    auto* b = static_cast<BytearrayObject*>(self);
    // A borrowed bytearray points into the middle of another allocation, which it keeps alive.
    if (bytearrayIsBorrowed(b)) t.visitConservative(&b->data, &b->data + 1);
    else t.markRaw(b->data);
}
void traceNothing(Object*, Tracer&) {}

int64_t bytesHash(Value self) {
    auto* b = self.as<BytesObject>();
    if (!b->hash) b->hash = hashBytes(b->data, b->size);
    return b->hash;
}

int64_t bytesLen(Value self) { return int64_t(viewOf(self).size); }

Value makeSameKind(Value self, const void* data, size_t size) {
    if (isBytearray(self)) return Value(newBytearray(data, size));
    return Value(newBytes(data, size));
}

Value bytesGetItem(Value self, Value key) {
    if (isSlice(key)) {
        SliceParts parts = sliceParts(key);   // may run __index__, which may resize a bytearray
        Buffer b = viewOf(self);
        SliceBounds s = sliceBounds(parts, int64_t(b.size));
        std::string out;
        for (int64_t i = 0; i < s.count; ++i) out.push_back(char(b.data[s.start + i * s.step]));
        return makeSameKind(self, out.data(), out.size());
    }
    const char* what = isBytearray(self) ? "bytearray" : "bytes";
    int64_t i = indexInt(key, what);
    Buffer b = viewOf(self);   // after the index's __index__ ran, which may resize a bytearray
    return Value::smallInt(b.data[checkedIndex(i, int64_t(b.size), what)]);
}

int byteValue(Value v) {
    int64_t n = requireIndex(v);
    if (n < 0 || n > 255) raiseValueError("byte must be in range(0, 256)");
    return int(n);
}

void bytearraySetItem(Value self, Value key, Value value) {
    auto* b = self.as<BytearrayObject>();
    if (isSlice(key)) {
        // The slice's parts, then the value: both may run the program's code (__index__,
        // __iter__), which may resize this bytearray; the bounds are taken against the size it
        // has after them.
        SliceParts parts = sliceParts(key);
        std::string src;
        if (value) {
            Buffer vb;
            if (getBuffer(value, vb)) src.assign(reinterpret_cast<char*>(vb.data), vb.size);
            else forEach(value, [&](Value x) { src.push_back(char(byteValue(x))); });
        }
        SliceBounds s = sliceBounds(parts, int64_t(b->size));
        if (s.step == 1) {
            int64_t stop = std::max(s.stop, s.start);
            std::string tail(reinterpret_cast<char*>(b->data) + stop, b->size - size_t(stop));
            bytearrayResize(b, size_t(s.start) + src.size() + tail.size());
            std::memcpy(b->data + s.start, src.data(), src.size());
            std::memcpy(b->data + s.start + src.size(), tail.data(), tail.size());
            return;
        }
        if (!value) {
            std::string kept;
            for (size_t i = 0; i < b->size; ++i) {
                int64_t off = int64_t(i) - s.start;
                bool hit = s.step > 0 ? (off >= 0 && off % s.step == 0 && off / s.step < s.count)
                                      : (off <= 0 && (-off) % (-s.step) == 0 && off / s.step < s.count);
                if (!hit) kept.push_back(char(b->data[i]));
            }
            std::memcpy(b->data, kept.data(), kept.size());
            b->size = kept.size();
            return;
        }
        if (int64_t(src.size()) != s.count) raiseValueError("attempt to assign bytes of size %zu to extended slice of size %ld", src.size(), long(s.count));
        for (int64_t i = 0; i < s.count; ++i) b->data[s.start + i * s.step] = uint8_t(src[size_t(i)]);
        return;
    }
    int64_t i = indexInt(key, "bytearray");
    int byte = value ? byteValue(value) : 0;
    // The index's and the value's __index__ may have resized the bytearray: the length is read now.
    i = checkedIndex(i, int64_t(b->size), "bytearray");
    if (value) {
        b->data[i] = uint8_t(byte);
    } else {
        std::memmove(b->data + i, b->data + i + 1, b->size - size_t(i) - 1);
        --b->size;
    }
}

bool bytesContains(Value self, Value item) {
    Buffer b = viewOf(self);
    std::string_view hay(reinterpret_cast<char*>(b.data), b.size);
    if (isInt(item)) return hay.find(char(byteValue(item))) != std::string_view::npos;
    Buffer n = requireBuffer(item, "a bytes-like object is required");
    return hay.find(std::string_view(reinterpret_cast<char*>(n.data), n.size)) != std::string_view::npos;
}

Value bytesBinary(BinaryOp op, Value self, Value other, bool reflected) {
    Buffer a = viewOf(self);
    if (op == BinaryOp::Add) {
        Buffer b;
        if (!getBuffer(other, b)) return NotImplemented();
        std::string out;
        if (reflected) std::swap(a, b);
        out.append(reinterpret_cast<char*>(a.data), a.size);
        out.append(reinterpret_cast<char*>(b.data), b.size);
        return makeSameKind(reflected ? other : self, out.data(), out.size());
    }
    if (op == BinaryOp::Mul) {
        int64_t n;
        if (!repeatCount(other, n)) return NotImplemented();
        a = viewOf(self);   // the count's __index__ may have resized a bytearray
        std::string out;
        out.reserve(requireRepeatFits(a.size, n));
        for (int64_t i = 0; a.size && i < n; ++i) out.append(reinterpret_cast<char*>(a.data), a.size);
        return makeSameKind(self, out.data(), out.size());
    }
    if (op == BinaryOp::Mod && !reflected) {
        // A copy: an __int__ or __index__ the formatting calls may resize a bytearray format.
        std::string format(reinterpret_cast<char*>(a.data), a.size);
        std::string out = percentFormat(format, other, true);
        return makeSameKind(self, out.data(), out.size());
    }
    if (!isComparison(op)) return NotImplemented();
    Buffer b;
    if (!(isBytes(other) || isBytearray(other)) || !getBuffer(other, b)) return NotImplemented();
    if (reflected) std::swap(a, b);
    int c = std::memcmp(a.data, b.data, std::min(a.size, b.size));
    if (c == 0) c = a.size < b.size ? -1 : a.size > b.size;
    return comparisonValue(op, c);
}

// `b *= n` repeats the bytes in place: every other name for the bytearray sees the result.
Value bytearrayRepeatInPlace(BytearrayObject* a, Value times) {
    int64_t n;
    if (!repeatCount(times, n)) return NotImplemented();
    size_t size = a->size;
    size_t total = requireRepeatFits(size, n);
    bytearrayResize(a, total);
    for (size_t at = size; at < total; at += size) std::memcpy(a->data + at, a->data, size);
    return Value(a);
}

Value bytearrayInplace(BinaryOp op, Value self, Value other, bool) {
    if (op == BinaryOp::Mul) return bytearrayRepeatInPlace(self.as<BytearrayObject>(), other);
    if (op != BinaryOp::Add) return NotImplemented();
    Buffer b = requireBuffer(other, "can't concat");
    std::string copy(reinterpret_cast<char*>(b.data), b.size);
    auto* a = self.as<BytearrayObject>();
    size_t old = a->size;
    bytearrayResize(a, old + copy.size());
    std::memcpy(a->data + old, copy.data(), copy.size());
    return self;
}

struct BytesIteratorObject : Object {
    Value seq;
    uint64_t index;
};

void bytesIteratorTrace(Object* self, Tracer& t) { t.visit(static_cast<BytesIteratorObject*>(self)->seq); }

Value bytesIteratorNext(Value self) {
    auto* it = self.as<BytesIteratorObject>();
    Buffer b = viewOf(it->seq);
    if (it->index >= b.size) return Value();
    return Value::smallInt(b.data[it->index++]);
}

Value selfIter(Value self) { return self; }

Type bytesIteratorType{TypeSpec{
    .name = "bytes_iterator",
    .instanceSize = sizeof(BytesIteratorObject),
    .trace = bytesIteratorTrace,
    .iter = selfIter,
    .next = bytesIteratorNext,
}};

Value bytesIter(Value self) {
    auto* it = allocateObject<BytesIteratorObject>(&bytesIteratorType);
    it->seq = self;
    return Value(it);
}

std::string bytesFromArgs(const Value* args, size_t nargs, TupleObject* kwnames, const char* name) {
    Value a[3];
    parseArgs(name, args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a);
    std::string out;
    if (a[1] && !isStr(a[1])) raiseTypeError("%s() argument 'encoding' must be str, not %s", name, typeName(a[1]));
    if (a[2] && !isStr(a[2])) raiseTypeError("%s() argument 'errors' must be str, not %s", name, typeName(a[2]));
    if (!a[0]) {
        if (a[1] || a[2]) raiseTypeError("encoding or errors without sequence argument");
        return out;
    }
    if ((a[1] || a[2]) && !isStr(a[0])) raiseTypeError("encoding without a string argument");
    if (isStr(a[0])) {
        if (!a[1]) raiseTypeError("string argument without an encoding");
        Value encoded = encodeStr(a[0], a[1], a[2]);
        Buffer b = viewOf(encoded);
        return std::string(reinterpret_cast<char*>(b.data), b.size);
    }
    if (isInt(a[0])) {
        int64_t n = requireInt64(a[0]);
        if (n < 0) raiseValueError("negative count");
        if (n > (int64_t(1) << 32)) raiseAllocationFailed(size_t(n));
        return std::string(requireRepeatFits(1, n), '\0');  // MemoryError before a zero-fill larger than the heap
    }
    Buffer b;
    if (getBuffer(a[0], b)) return std::string(reinterpret_cast<char*>(b.data), b.size);
    forEach(a[0], [&](Value x) { out.push_back(char(byteValue(x))); });
    return out;
}

Value bytesMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    std::string data = bytesFromArgs(args, nargs, kwnames, "bytes");
    if (nargs == 1 && !kwnames && isBytes(args[0]) && typeOf(args[0]) == &bytesType && cls == &bytesType) return args[0];
    BytesObject* b = newBytes(data.data(), data.size());
    if (cls != &bytesType) {
        auto* sub = static_cast<BytesObject*>(allocateBytes(sizeof(BytesObject) + data.size() + 1 + 8));
        std::memcpy(static_cast<void*>(sub), b, sizeof(BytesObject) + data.size());
        sub->type = cls;
        return Value(sub);
    }
    return Value(b);
}

Value bytearrayMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    std::string data = bytesFromArgs(args, nargs, kwnames, "bytearray");
    auto* b = static_cast<BytearrayObject*>(allocateBytes(cls->instanceSize + (cls != &bytearrayType ? 8 : 0)));
    b->type = cls;
    bytearrayResize(b, data.size());
    if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
    return Value(b);
}

}  // namespace

extern const MethodDef bytesMethods[];
extern const MethodDef bytearrayMethods[];

Type bytesType{TypeSpec{
    .name = "bytes",
    .instanceSize = sizeof(BytesObject),
    .flags = kTypeBaseType | kTypeVarSize,
    .trace = traceNothing,
    .print = bytesPrint,
    .hash = bytesHash,
    .make = bytesMake,
    .binary = bytesBinary,
    .len = bytesLen,
    .iter = bytesIter,
    .getitem = bytesGetItem,
    .contains = bytesContains,
    .buffer = bytesBuffer,
    .methods = bytesMethods,
    .binaryMethods = operators(BinaryOp::Add, BinaryOp::Mul, BinaryOp::Mod),
    .reflectedMethods = operators(BinaryOp::Mul, BinaryOp::Mod),
}};

Type bytearrayType{TypeSpec{
    .name = "bytearray",
    .instanceSize = sizeof(BytearrayObject),
    .flags = kTypeBaseType,
    .trace = bytearrayTrace,
    .print = bytesPrint,
    .hash = unhashableHash,
    .make = bytearrayMake,
    .binary = bytesBinary,
    .inplace = bytearrayInplace,
    .len = bytesLen,
    .iter = bytesIter,
    .getitem = bytesGetItem,
    .setitem = bytearraySetItem,
    .contains = bytesContains,
    .buffer = bytearrayBuffer,
    .methods = bytearrayMethods,
    .binaryMethods = operators(BinaryOp::Add, BinaryOp::Mul, BinaryOp::Mod),
    .reflectedMethods = operators(BinaryOp::Mul, BinaryOp::Mod),
    .inplaceMethods = operators(BinaryOp::Add, BinaryOp::Mul),
}};

}  // namespace pyfw::engine
