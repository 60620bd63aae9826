// uio.StringIO and uio.BytesIO: streams over a growable buffer in the GC heap. StringIO keeps
// UTF-8 and counts positions in code points as CPython does (a write over existing text replaces
// as many characters as it writes), so its contents are always valid text. Seeking past the end
// and then writing fills the gap with NULs.
#include <algorithm>
#include <cstring>

#include "engine/native.h"
#include "engine/objects/bytes.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/unicode.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "lib/io_types.h"
#include "lib/stream.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

struct MemoryStreamObject : StreamObject {
    uint8_t* data;       // raw block
    uint64_t size;
    uint64_t capacity;
    uint64_t pos;        // byte offset; BytesIO may sit past the end
    uint64_t charPos;    // StringIO: code points before pos
    uint64_t length;     // StringIO: code points in the buffer
    uint64_t padding;    // StringIO: code points a seek went past the end
};

MemoryStreamObject* memory(StreamObject* s) { return static_cast<MemoryStreamObject*>(s); }

size_t countChars(const uint8_t* p, size_t n) {
    size_t chars = 0;
    for (size_t i = 0; i < n; ++i) chars += !utf8::isContinuation(char(p[i]));
    return chars;
}

void reserve(MemoryStreamObject* m, uint64_t needed) {
    if (needed <= m->capacity) return;
    uint64_t capacity = std::max<uint64_t>(needed, m->capacity + m->capacity / 2 + 16);
    m->data = static_cast<uint8_t*>(reallocateRaw(m->data, m->capacity, capacity));
    m->capacity = capacity;
}

size_t memoryRead(StreamObject* s, uint8_t* out, size_t n) {
    MemoryStreamObject* m = memory(s);
    if (m->pos >= m->size) return 0;
    size_t count = size_t(std::min<uint64_t>(n, m->size - m->pos));
    std::memcpy(out, m->data + m->pos, count);
    if (m->text) m->charPos += countChars(m->data + m->pos, count);
    m->pos += count;
    return count;
}

// Replaces bytes [from, to) of the buffer with `n` new bytes.
void splice(MemoryStreamObject* m, uint64_t from, uint64_t to, const uint8_t* bytes, size_t n) {
    uint64_t newSize = m->size - (to - from) + n;
    reserve(m, newSize);
    std::memmove(m->data + from + n, m->data + to, m->size - to);
    std::memcpy(m->data + from, bytes, n);
    m->size = newSize;
}

void bytesWrite(MemoryStreamObject* m, const uint8_t* bytes, size_t n) {
    uint64_t end = m->pos + n;
    reserve(m, end);
    if (m->pos > m->size) std::memset(m->data + m->size, 0, m->pos - m->size);
    std::memcpy(m->data + m->pos, bytes, n);
    m->size = std::max(m->size, end);
    m->pos = end;
}

void textWrite(MemoryStreamObject* m, const uint8_t* bytes, size_t n) {
    if (m->padding) {
        reserve(m, m->size + m->padding);
        std::memset(m->data + m->size, 0, m->padding);
        m->size += m->padding;
        m->length += m->padding;
        m->charPos += m->padding;
        m->pos = m->size;
        m->padding = 0;
    }
    size_t chars = countChars(bytes, n);
    // The bytes of the `chars` characters this write replaces.
    uint64_t end = m->pos;
    size_t replaced = 0;
    while (end < m->size && replaced < chars) {
        ++end;
        while (end < m->size && utf8::isContinuation(char(m->data[end]))) ++end;
        ++replaced;
    }
    splice(m, m->pos, end, bytes, n);
    m->pos += n;
    m->charPos += chars;
    m->length += chars - replaced;
}

void memoryWrite(StreamObject* s, const uint8_t* bytes, size_t n) {
    if (s->text) textWrite(memory(s), bytes, n);
    else bytesWrite(memory(s), bytes, n);
}

uint64_t byteOffsetOfChar(MemoryStreamObject* m, uint64_t chars) {
    uint64_t at = 0;
    for (uint64_t seen = 0; at < m->size; ++at) {
        if (!utf8::isContinuation(char(m->data[at])) && seen++ == chars) break;
    }
    return at;
}

int64_t memorySeek(StreamObject* s, int64_t offset, int whence) {
    MemoryStreamObject* m = memory(s);
    if (!m->text) {
        int64_t base = whence == 0 ? 0 : whence == 1 ? int64_t(m->pos) : int64_t(m->size);
        m->pos = uint64_t(std::max<int64_t>(0, base + offset));
        return int64_t(m->pos);
    }
    int64_t base = whence == 0 ? 0 : whence == 1 ? int64_t(m->charPos + m->padding) : int64_t(m->length);
    uint64_t target = uint64_t(std::max<int64_t>(0, base + offset));
    if (target <= m->length) {
        m->pos = byteOffsetOfChar(m, target);
        m->charPos = target;
        m->padding = 0;
    } else {
        m->pos = m->size;
        m->charPos = m->length;
        m->padding = target - m->length;
    }
    return int64_t(target);
}

void memoryClose(StreamObject* s) {
    MemoryStreamObject* m = memory(s);
    m->data = nullptr;   // the GC reclaims the buffer
    m->size = m->capacity = m->pos = 0;
}

std::string_view memoryPeek(StreamObject* s) {
    MemoryStreamObject* m = memory(s);
    if (m->pos >= m->size) return {};
    return {reinterpret_cast<const char*>(m->data + m->pos), size_t(m->size - m->pos)};
}

constexpr StreamOps kMemoryOps = {memoryRead, memoryWrite, memorySeek, nullptr, memoryClose, memoryPeek};

void memoryTrace(Object* self, Tracer& t) { t.markRaw(static_cast<MemoryStreamObject*>(self)->data); }

Value makeMemoryStream(Type* type, bool text, const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs(text ? "StringIO" : "BytesIO", nargs, kw, 0, 1);
    auto* m = allocateObject<MemoryStreamObject>(type);
    m->ops = &kMemoryOps;
    m->text = text;
    if (nargs && isInt(args[0])) {
        reserve(m, uint64_t(std::max<int64_t>(0, requireInt64(args[0]))));
    } else if (nargs && args[0] != None()) {
        const uint8_t* bytes;
        size_t n;
        if (text) {
            StrObject* s = requireStr(args[0], "initial_value");
            bytes = reinterpret_cast<const uint8_t*>(s->data);
            n = s->size;
            m->length = s->length();
        } else {
            Buffer b = requireBuffer(args[0], "BytesIO");
            bytes = b.data;
            n = b.size;
        }
        reserve(m, n);
        std::memcpy(m->data, bytes, n);
        m->size = n;
    }
    return Value(m);
}

Value stringIoMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    return makeMemoryStream(type, true, args, nargs, kw);
}

Value bytesIoMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    return makeMemoryStream(type, false, args, nargs, kw);
}

Value getvalue(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("getvalue", nargs, kw, 1, 1);
    auto* m = static_cast<MemoryStreamObject*>(openStream(args[0]));
    std::string_view contents(reinterpret_cast<const char*>(m->data), m->size);
    if (m->text) return Value(newStrWithLength(contents, m->length));
    return Value(newBytes(contents.data(), contents.size()));
}

const MethodDef memoryMethods[] = {
    {"getvalue", getvalue},
    {nullptr, nullptr},
};

constexpr TypeSpec memoryTypeSpec(const char* name, MakeFn make) {
    return TypeSpec{
        .name = name,
        .base = &streamBaseType,
        .instanceSize = sizeof(MemoryStreamObject),
        .trace = memoryTrace,
        .make = make,
        .methods = memoryMethods,
        .module = "uio",
    };
}

}  // namespace

Type stringIoType{memoryTypeSpec("StringIO", stringIoMake)};
Type bytesIoType{memoryTypeSpec("BytesIO", bytesIoMake)};

}  // namespace pyfw::lib
