// ustruct (also `struct`): calcsize, pack, pack_into, unpack, unpack_from, with the semantics of
// the firmware's py/binary.c and modstruct.c as Pycom 1.17.2 ships them:
// - typecodes b B h H i I l L q Q f d s P (O and S, raw object/string pointers, are refused);
//   anything else raises ValueError("bad typecode");
// - '@' (the default) is the ESP32's native layout: 32-bit long and pointer, 8-byte alignment of
//   q/Q/d; '<', '>', '!' and '=' are standard sizes without alignment;
// - integers are stored modulo 2**(8*size) with correct sign/zero extension (no range error);
// - unpack accepts any buffer that is big enough (it is unpack_from at offset 0), and pack stops at
//   the first missing argument and ignores surplus ones, as the firmware does.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "engine/objects/bytes.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/module.h"
#include "lib/int_bits.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

enum class Kind : uint8_t { Int, Float32, Float64, Bytes, RawPointer };

struct TypeCode {
    char code;
    uint8_t size;         // standard size ('<', '>', '!', '=')
    uint8_t nativeSize;   // '@' on the ESP32 (ILP32 Xtensa)
    uint8_t nativeAlign;
    Kind kind;
    bool isSigned;
};

constexpr TypeCode kTypeCodes[] = {
    {'b', 1, 1, 1, Kind::Int, true},        {'B', 1, 1, 1, Kind::Int, false},
    {'h', 2, 2, 2, Kind::Int, true},        {'H', 2, 2, 2, Kind::Int, false},
    {'i', 4, 4, 4, Kind::Int, true},        {'I', 4, 4, 4, Kind::Int, false},
    {'l', 4, 4, 4, Kind::Int, true},        {'L', 4, 4, 4, Kind::Int, false},
    {'q', 8, 8, 8, Kind::Int, true},        {'Q', 8, 8, 8, Kind::Int, false},
    {'P', 4, 4, 4, Kind::Int, false},       {'f', 4, 4, 4, Kind::Float32, false},
    {'d', 8, 8, 8, Kind::Float64, false},   {'s', 1, 1, 1, Kind::Bytes, false},
    {'O', 4, 4, 4, Kind::RawPointer, false}, {'S', 4, 4, 4, Kind::RawPointer, false},
};

constexpr bool typeCodesAreSane() {
    for (const TypeCode& t : kTypeCodes)
        if (t.size == 0 || t.nativeAlign == 0 || (t.nativeAlign & (t.nativeAlign - 1)) != 0) return false;
    return true;
}
static_assert(typeCodesAreSane(), "every typecode has a size and a power-of-two alignment");

const TypeCode* findTypeCode(char c) {
    for (const TypeCode& t : kTypeCodes)
        if (t.code == c) return &t;
    return nullptr;
}

// One step of a format: `count` values of a typecode (for 's', one bytes value of `count` bytes).
struct Field {
    const TypeCode* type;
    size_t count;
    size_t size;     // bytes per value
    size_t align;
};

// A parsed format string: the byte order and the fields, with the total size and item count.
struct Format {
    bool native = true;
    bool bigEndian = false;
    std::string_view rest;

    // Reads the next field; false at the end. Raises ValueError("bad typecode").
    bool next(Field& field) {
        if (rest.empty()) return false;
        size_t count = 1;
        if (rest[0] >= '0' && rest[0] <= '9') {
            count = 0;
            while (!rest.empty() && rest[0] >= '0' && rest[0] <= '9') {
                count = count * 10 + size_t(rest[0] - '0');
                if (count > (size_t(1) << 40)) raiseValueError("struct format count too large");
                rest.remove_prefix(1);
            }
            if (rest.empty()) raiseValueError("bad typecode");
        }
        const TypeCode* type = findTypeCode(rest[0]);
        if (!type) raiseValueError("bad typecode");
        rest.remove_prefix(1);
        field = {type, count, native ? type->nativeSize : type->size, native ? type->nativeAlign : size_t(1)};
        return true;
    }
};

Format parseFormat(Value fmt) {
    std::string_view text;
    if (isStr(fmt)) {
        text = strView(fmt);
    } else if (isInstance(fmt, &bytesType)) {
        text = bytesView(fmt.as<BytesObject>());
    } else {
        raiseTypeError("struct format must be str or bytes, not %s", typeName(fmt));
    }
    Format f;
    if (!text.empty()) {
        switch (text[0]) {
        case '@': f.native = true; text.remove_prefix(1); break;
        case '=': case '<': f.native = false; text.remove_prefix(1); break;
        case '>': case '!': f.native = false; f.bigEndian = true; text.remove_prefix(1); break;
        default: break;
        }
    }
    f.rest = text;
    return f;
}

size_t alignUp(size_t offset, size_t align) { return (offset + align - 1) & ~(align - 1); }

struct Layout {
    size_t size = 0;
    size_t items = 0;
};

Layout measure(Value fmt) {
    Format f = parseFormat(fmt);
    Layout layout;
    Field field;
    while (f.next(field)) {
        if (field.type->kind == Kind::Bytes) {
            layout.size += field.count;
            layout.items += 1;
        } else {
            if (field.count) layout.size = alignUp(layout.size, field.align);
            layout.size += field.count * field.size;
            layout.items += field.count;
        }
    }
    return layout;
}

[[noreturn]] void refuseRawPointer(char code) {
    raiseError(&exc::NotImplementedError, "struct typecode '%c' (a raw memory pointer) is not supported", code);
}

void storeUnsigned(uint8_t* out, size_t size, uint64_t bits, bool bigEndian) {
    for (size_t i = 0; i < size; ++i) {
        uint8_t byte = uint8_t(bits >> (8 * i));
        out[bigEndian ? size - 1 - i : i] = byte;
    }
}

uint64_t loadUnsigned(const uint8_t* in, size_t size, bool bigEndian) {
    uint64_t bits = 0;
    for (size_t i = 0; i < size; ++i) bits |= uint64_t(in[bigEndian ? size - 1 - i : i]) << (8 * i);
    return bits;
}

void packValue(const Field& field, Value v, uint8_t* out, bool bigEndian) {
    switch (field.type->kind) {
    case Kind::Int:
        storeUnsigned(out, field.size, intLowBits(v), bigEndian);
        break;
    case Kind::Float32: {
        float f = float(requireDouble(v));
        uint32_t bits;
        std::memcpy(&bits, &f, sizeof bits);
        storeUnsigned(out, 4, bits, bigEndian);
        break;
    }
    case Kind::Float64: {
        double d = requireDouble(v);
        uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        storeUnsigned(out, 8, bits, bigEndian);
        break;
    }
    case Kind::Bytes:
    case Kind::RawPointer:
        refuseRawPointer(field.type->code);
    }
}

Value unpackValue(const Field& field, const uint8_t* in, bool bigEndian) {
    uint64_t bits = loadUnsigned(in, field.size, bigEndian);
    switch (field.type->kind) {
    case Kind::Int:
        if (field.type->isSigned) {
            unsigned shift = unsigned(64 - 8 * field.size);
            return makeInt(int64_t(bits << shift) >> shift);
        }
        return makeIntU64(bits);
    case Kind::Float32: {
        uint32_t narrow = uint32_t(bits);
        float f;
        std::memcpy(&f, &narrow, sizeof f);
        return newFloat(double(f));
    }
    case Kind::Float64: {
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return newFloat(d);
    }
    case Kind::Bytes:
    case Kind::RawPointer:
        break;
    }
    refuseRawPointer(field.type->code);
}

// Packs args into out (already zeroed, layout.size bytes).
void packInto(Value fmt, uint8_t* out, const Value* args, size_t nargs) {
    Format f = parseFormat(fmt);
    size_t offset = 0, used = 0;
    Field field;
    while (used < nargs && f.next(field)) {
        if (field.type->kind == Kind::Bytes) {
            Buffer b = requireBuffer(args[used++], "pack");
            std::memcpy(out + offset, b.data, std::min(b.size, field.count));
            offset += field.count;
            continue;
        }
        if (field.count) offset = alignUp(offset, field.align);
        for (size_t i = 0; i < field.count && used < nargs; ++i) {
            packValue(field, args[used++], out + offset, f.bigEndian);
            offset += field.size;
        }
    }
}

Value calcsize(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("calcsize", nargs, kw, 1, 1);
    return makeInt(int64_t(measure(args[0]).size));
}

Value pack(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pack", nargs, kw, 1, SIZE_MAX);
    Layout layout = measure(args[0]);
    BytesObject* packed = allocateBytesObject(layout.size);
    packInto(args[0], packed->data, args + 1, nargs - 1);
    return Value(packed);
}

// A buffer offset as the firmware takes it: negative counts from the end.
size_t resolveOffset(Value offsetValue, size_t bufferSize, size_t needed) {
    int64_t offset = offsetValue ? requireInt64(offsetValue) : 0;
    if (offset < 0) offset += int64_t(bufferSize);
    if (offset < 0 || uint64_t(offset) + needed > bufferSize) raiseValueError("buffer too small");
    return size_t(offset);
}

Value packIntoFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pack_into", nargs, kw, 3, SIZE_MAX);
    Layout layout = measure(args[0]);
    Buffer b = requireBuffer(args[1], "pack_into");
    if (!b.writable) raiseTypeError("pack_into: the buffer is read-only");
    resolveOffset(args[2], b.size, layout.size);
    std::string packed(layout.size, '\0');
    packInto(args[0], reinterpret_cast<uint8_t*>(packed.data()), args + 3, nargs - 3);
    // Looked up again: converting the values may have run Python code that resized the buffer.
    b = requireBuffer(args[1], "pack_into");
    size_t offset = resolveOffset(args[2], b.size, layout.size);
    std::memcpy(b.data + offset, packed.data(), packed.size());
    return None();
}

Value unpackAt(Value fmt, Value buffer, Value offsetValue) {
    Layout layout = measure(fmt);
    Buffer b = requireBuffer(buffer, "unpack");
    size_t offset = resolveOffset(offsetValue, b.size, layout.size);
    std::string copy(reinterpret_cast<const char*>(b.data) + offset, layout.size);
    const auto* in = reinterpret_cast<const uint8_t*>(copy.data());
    TupleObject* result = newTuple(layout.items);
    Format f = parseFormat(fmt);
    size_t at = 0, item = 0;
    Field field;
    while (f.next(field)) {
        if (field.type->kind == Kind::Bytes) {
            result->items[item++] = Value(newBytes(in + at, field.count));
            at += field.count;
            continue;
        }
        if (field.count) at = alignUp(at, field.align);
        for (size_t i = 0; i < field.count; ++i) {
            result->items[item++] = unpackValue(field, in + at, f.bigEndian);
            at += field.size;
        }
    }
    return Value(result);
}

Value unpack(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("unpack", nargs, kw, 2, 2);
    return unpackAt(args[0], args[1], Value());
}

Value unpackFrom(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("unpack_from", args, nargs, kw, {"format", "buffer", "offset"}, 2, a);
    return unpackAt(a[0], a[1], a[2]);
}

const MethodDef functions[] = {
    {"calcsize", calcsize}, {"pack", pack}, {"pack_into", packIntoFn},
    {"unpack", unpack},     {"unpack_from", unpackFrom},
    {nullptr, nullptr},
};

void init(ModuleObject* module) { moduleAddFunctions(module, functions); }

}  // namespace

void initStructModule(ModuleObject* module) { init(module); }

}  // namespace pyfw::lib
