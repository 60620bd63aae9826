// uctypes: C structures over memory, with MicroPython's API (struct, sizeof, addressof,
// bytes_at, bytearray_at and the type constants) and the firmware's 32-bit encodings. Memory is
// reached only through engine/runtime/address_space.h: a struct keeps the heap allocation it
// views alive and checks every field against that allocation's bounds, so a wrong layout or a
// made-up address is a Python error, never a stray read or write.
#include <cstdio>
#include <cstring>

#include "engine/native.h"
#include "lib/standard_library.h"
#include "lib/uctypes_layout.h"

namespace pyfw::lib {

using namespace pyfw::engine;
using namespace pyfw::lib::uctypes;

namespace {

extern Type structType;

struct StructObject : Object {
    Value layout;             // a dict of fields, or an aggregate tuple (array or pointer)
    uint8_t* at;              // the struct's first byte
    uint8_t* lower;           // the bytes of its allocation it may reach: [lower, upper)
    uint8_t* upper;
    const void* allocation;   // kept alive by this struct
    Layout mode;
    bool writable;
};

StructObject* asStruct(Value v) { return v.as<StructObject>(); }

void trace(Object* self, Tracer& t) {
    auto* s = static_cast<StructObject*>(self);
    t.visit(s->layout);
    t.markRaw(s->allocation);
}

// `size` bytes at `offset` from the struct; ValueError when they leave its buffer.
uint8_t* reach(StructObject* s, uint64_t offset, uint64_t size, bool write) {
    uint64_t start = uint64_t(s->at - s->lower);
    uint64_t room = uint64_t(s->upper - s->lower);
    if (start > room || offset > room - start || size > room - start - offset)
        raiseValueError("uctypes: %s bytes at offset %s are past the end of the buffer",
                        std::to_string(size).c_str(), std::to_string(offset).c_str());
    if (write && !s->writable) raiseTypeError("uctypes: the memory is read-only (a bytes object)");
    return s->at + offset;
}

// A struct over the same allocation as `parent`, `offset` bytes further on. Allocates before it
// copies the parent's bounds; the parent, held by the caller, keeps the allocation alive.
Value childStruct(StructObject* parent, Value layout, uint64_t offset) {
    auto* s = allocateObject<StructObject>(&structType);
    s->layout = layout;
    s->lower = parent->lower;
    s->upper = parent->upper;
    s->allocation = parent->allocation;
    s->mode = parent->mode;
    s->writable = parent->writable;
    uint64_t room = uint64_t(parent->upper - parent->at);
    s->at = parent->at + (offset < room ? offset : room);   // past the end: every access refuses
    return Value(s);
}

// A struct at a script address (a pointer's target, or uctypes.struct()).
Value structAt(uint64_t address, Value layout, Layout mode) {
    auto* s = allocateObject<StructObject>(&structType);
    s->layout = layout;
    s->mode = mode;
    ScriptMemory m = scriptMemoryAt(address, 0);   // allocates nothing: stored at once
    s->at = m.at;
    s->lower = m.lower;
    s->upper = m.upper;
    s->allocation = m.allocation;
    s->writable = m.writable;
    return Value(s);
}

Value bytesOver(StructObject* s, uint64_t offset, uint64_t size) {
    uint8_t* p = reach(s, offset, size, false);
    if (!s->writable) return Value(newBytes(p, size));   // a bytes object's data stays read-only
    BytearrayObject* b = newBytearray(nullptr, 0);
    bytearrayBorrow(b, p, size);
    return Value(b);
}

uint32_t loadAddress(StructObject* s, uint64_t offset) {
    return uint32_t(loadContainer(UINT32, reach(s, offset, kPointerSize, false), kLittleEndian));
}

uint64_t bitMask(uint32_t len) { return len >= 64 ? ~uint64_t(0) : (uint64_t(1) << len) - 1; }

Value loadField(StructObject* s, Value field) {
    if (isInt(field)) {
        ScalarField f = decodeScalar(field);
        if (!isBitField(f.type)) return loadScalar(f.type, reach(s, f.offset, scalarSize(f.type), false), s->mode);
        uint64_t bits = loadContainer(f.type, reach(s, f.offset, scalarSize(f.type), false), s->mode);
        bits = (bits >> f.bitPos) & bitMask(f.bitLen);
        bool isSigned = f.type & 1;
        if (isSigned && f.bitLen && f.bitLen < 64 && (bits >> (f.bitLen - 1)) & 1) return makeInt(int64_t(bits | ~bitMask(f.bitLen)));
        return makeIntU64(bits);
    }
    AggregateField f = decodeAggregate(field);
    if (f.kind == kStruct) return childStruct(s, f.target, f.offset);
    if (f.kind == kArray && !f.target && f.item == UINT8) return bytesOver(s, f.offset, uint64_t(f.count));
    return childStruct(s, field, f.offset);
}

void storeField(StructObject* s, Value field, Value v) {
    if (isInt(field)) {
        ScalarField f = decodeScalar(field);
        uint32_t size = scalarSize(f.type);
        if (!isBitField(f.type)) {
            storeScalar(f.type, reach(s, f.offset, size, true), s->mode, v);
            return;
        }
        if (!isInt(v)) raiseTypeError("can't convert %s to int", typeName(v));
        uint64_t value = intLow64(v);
        uint8_t* p = reach(s, f.offset, size, true);
        uint64_t mask = bitMask(f.bitLen) << f.bitPos;
        uint64_t bits = loadContainer(f.type, p, s->mode);
        storeContainer(f.type, p, s->mode, (bits & ~mask) | ((value << f.bitPos) & mask));
        return;
    }
    AggregateField f = decodeAggregate(field);
    if (f.kind != kPointer) raiseTypeError("uctypes: cannot assign to an aggregate field");
    storeScalar(UINT32, reach(s, f.offset, kPointerSize, true), kLittleEndian, v);
}

Value getattr(Value self, StrObject* name) {
    StructObject* s = asStruct(self);
    if (!isLayoutDict(s->layout)) raiseTypeError("struct: no fields");
    Value field = dictGetStr(asDict(s->layout), name);
    return field ? loadField(s, field) : Value();
}

void setattr(Value self, StrObject* name, Value value) {
    StructObject* s = asStruct(self);
    if (!isLayoutDict(s->layout)) raiseTypeError("struct: no fields");
    Value field = dictGetStr(asDict(s->layout), name);
    if (!field) raiseError(&exc::AttributeError, "struct has no field '%s'", strView(Value(name)).data());
    if (!value) raiseTypeError("uctypes: cannot delete a field");
    storeField(s, field, value);
}

// The byte offset of item `index` of `itemSize` bytes; IndexError outside [0, count).
uint64_t itemOffset(Value index, uint64_t itemSize, uint64_t count) {
    int64_t i = requireIndex(index);
    if (i < 0 || uint64_t(i) >= count) raiseError(&exc::IndexError, "struct: index out of range");
    return uint64_t(i) * itemSize;
}

// p[index] of a pointer: the item `index` places after the address the pointer holds.
Value derefItem(StructObject* s, const AggregateField& f, Value index, Value store) {
    uint32_t address = loadAddress(s, 0);
    int64_t i = requireIndex(index);
    uint64_t itemSize = isInt(f.target) ? scalarSize(f.item) : layoutSize(f.target, s->mode);
    if (i < 0 || uint64_t(i) > UINT32_MAX / (itemSize ? itemSize : 1)) raiseError(&exc::IndexError, "struct: index out of range");
    uint64_t target = uint64_t(address) + uint64_t(i) * itemSize;
    if (!isInt(f.target)) {
        if (store) raiseTypeError("uctypes: cannot assign to an aggregate");
        return structAt(target, f.target, s->mode);
    }
    if (isBitField(f.item)) raiseTypeError("syntax error in uctypes descriptor");
    ScriptMemory m = scriptMemoryAt(target, itemSize);
    if (!store) return loadScalar(f.item, m.at, s->mode);
    if (!m.writable) raiseTypeError("uctypes: the memory is read-only (a bytes object)");
    uint8_t item[8];
    storeScalar(f.item, item, s->mode, store);   // Python code it runs cannot move m.at: checked again
    m = scriptMemoryAt(target, itemSize);
    std::memcpy(m.at, item, itemSize);
    return store;
}

Value subscript(Value self, Value index, Value store) {
    StructObject* s = asStruct(self);
    if (isLayoutDict(s->layout)) raiseTypeError("struct: cannot index");
    AggregateField f = decodeAggregate(s->layout);
    if (f.kind == kPointer) return derefItem(s, f, index, store);
    if (f.kind != kArray) raiseTypeError("struct: cannot index");
    if (!f.target) {
        uint64_t offset = itemOffset(index, scalarSize(f.item), f.count);
        if (!store) return loadScalar(f.item, reach(s, offset, scalarSize(f.item), false), s->mode);
        storeScalar(f.item, reach(s, offset, scalarSize(f.item), true), s->mode, store);
        return store;
    }
    if (store) raiseTypeError("uctypes: cannot assign to an aggregate");
    uint64_t offset = itemOffset(index, layoutSize(f.target, s->mode), f.count);
    return childStruct(s, f.target, offset);
}

Value getitem(Value self, Value index) { return subscript(self, index, Value()); }

void setitem(Value self, Value index, Value value) {
    if (!value) raiseTypeError("uctypes: cannot delete an item");
    subscript(self, index, value);
}

const char* kindName(Value layout) {
    if (isLayoutDict(layout)) return "STRUCT";
    if (!isInstance(layout, &tupleType)) return "ERROR";
    switch (decodeAggregate(layout).kind) {
    case kPointer: return "PTR";
    case kArray: return "ARRAY";
    default: return "unk";
    }
}

void print(std::string& out, Value self, PrintKind) {
    StructObject* s = asStruct(self);
    char address[16];
    std::snprintf(address, sizeof address, "%x", unsigned(scriptAddressOf(s->at)));
    out += "<struct ";
    out += kindName(s->layout);
    out += ' ';
    out += address;
    out += '>';
}

bool buffer(Value self, Buffer& out) {
    StructObject* s = asStruct(self);
    uint64_t size = layoutSize(s->layout, s->mode);
    out = Buffer{reach(s, 0, size, false), size_t(size), s->writable};
    return true;
}

// int(p) of a pointer: the address it holds.
Value toInt(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__int__", nargs, kw, 1, 1);
    StructObject* s = asStruct(args[0]);
    if (isLayoutDict(s->layout) || decodeAggregate(s->layout).kind != kPointer)
        raiseTypeError("can't convert struct to int");
    return makeIntU64(loadAddress(s, 0));
}

Value make(Type*, const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("struct", nargs, kw, 2, 3);
    int64_t address = requireInt64(args[0], "address");
    Layout mode = nargs == 3 ? requireLayout(args[2]) : kNative;
    if (!isLayoutDict(args[1])) decodeAggregate(args[1]);   // a layout, or syntax error
    if (address < 0) raiseValueError("address must not be negative");
    return structAt(uint64_t(address), args[1], mode);
}

const MethodDef structMethods[] = {
    {"__int__", toInt},
    {nullptr, nullptr},
};

Type structType{TypeSpec{
    .name = "struct",
    .instanceSize = sizeof(StructObject),
    .trace = trace,
    .print = print,
    .make = make,
    .getattr = getattr,
    .setattr = setattr,
    .getitem = getitem,
    .setitem = setitem,
    .buffer = buffer,
    .methods = structMethods,
    .module = "uctypes",
}};

// ---- module functions ----

Value addressof(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("addressof", nargs, kw, 1, 1);
    Buffer b = requireBuffer(args[0], "addressof");
    if (!b.data) raiseValueError("the object has no data (an empty buffer)");
    return makeIntU64(scriptAddressOf(b.data));
}

uint64_t requireSize(Value v) {
    int64_t n = requireInt64(v, "size");
    if (n < 0) raiseValueError("size must not be negative");
    return uint64_t(n);
}

uint64_t requireAddress(Value v) {
    int64_t n = requireInt64(v, "address");
    if (n < 0) raiseValueError("address must not be negative");
    return uint64_t(n);
}

Value bytesAt(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("bytes_at", nargs, kw, 2, 2);
    uint64_t address = requireAddress(args[0]), size = requireSize(args[1]);
    if (size == 0) return Value(newBytes(nullptr, 0));
    scriptMemoryAt(address, size);   // a bad address is a ValueError before any allocation
    // Allocated first, so the memory copied from is resolved again after any collection.
    BytesObject* out = allocateBytesObject(size_t(requireFitsInHeap(int64_t(size))));
    std::memcpy(out->data, scriptMemoryAt(address, size).at, size);
    return Value(out);
}

Value bytearrayAt(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("bytearray_at", nargs, kw, 2, 2);
    uint64_t address = requireAddress(args[0]), size = requireSize(args[1]);
    BytearrayObject* out = newBytearray(nullptr, 0);
    if (size == 0) return Value(out);
    ScriptMemory m = scriptMemoryAt(address, size);
    if (!m.writable) raiseValueError("bytearray_at: the memory is read-only (a bytes object); use bytes_at");
    bytearrayBorrow(out, m.at, size);
    return Value(out);
}

Value sizeOf(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("sizeof", nargs, kw, 1, 2);
    if (isInstance(args[0], &bytearrayType)) return makeInt(length(args[0]));
    if (isInstance(args[0], &structType)) {
        if (nargs != 1) raiseTypeError("sizeof() of a struct takes no layout");
        StructObject* s = asStruct(args[0]);
        return makeIntU64(layoutSize(s->layout, s->mode));
    }
    return makeIntU64(layoutSize(args[0], nargs == 2 ? requireLayout(args[1]) : kNative));
}

const MethodDef functions[] = {
    {"addressof", addressof},
    {"bytes_at", bytesAt},
    {"bytearray_at", bytearrayAt},
    {"sizeof", sizeOf},
    {nullptr, nullptr},
};

struct NamedConstant {
    const char* name;
    int32_t value;
};

constexpr NamedConstant kConstants[] = {
    {"LITTLE_ENDIAN", kLittleEndian}, {"BIG_ENDIAN", kBigEndian}, {"NATIVE", kNative},
    {"VOID", scalarConstant(UINT8)},
    {"UINT8", scalarConstant(UINT8)},     {"INT8", scalarConstant(INT8)},
    {"UINT16", scalarConstant(UINT16)},   {"INT16", scalarConstant(INT16)},
    {"UINT32", scalarConstant(UINT32)},   {"INT32", scalarConstant(INT32)},
    {"UINT64", scalarConstant(UINT64)},   {"INT64", scalarConstant(INT64)},
    {"BFUINT8", scalarConstant(BFUINT8)}, {"BFINT8", scalarConstant(BFINT8)},
    {"BFUINT16", scalarConstant(BFUINT16)}, {"BFINT16", scalarConstant(BFINT16)},
    {"BFUINT32", scalarConstant(BFUINT32)}, {"BFINT32", scalarConstant(BFINT32)},
    {"FLOAT32", scalarConstant(FLOAT32)}, {"FLOAT64", scalarConstant(FLOAT64)},
    {"BF_POS", kBitPosShift}, {"BF_LEN", kBitLenShift},
    {"PTR", aggregateConstant(kPointer)}, {"ARRAY", aggregateConstant(kArray)},
};

// The values the firmware prints for them (a 31-bit small int on the ESP32).
static_assert(scalarConstant(UINT16) == 0x10000000);
static_assert(scalarConstant(FLOAT64) == -134217728);
static_assert(aggregateConstant(kArray) == -1073741824);
static_assert(aggregateConstant(kPointer) == 0x20000000);

}  // namespace

void initUctypesModule(ModuleObject* module) {
    moduleSet(module, "struct", Value(&structType));
    moduleAddFunctions(module, functions);
    for (const NamedConstant& c : kConstants) moduleSet(module, c.name, makeInt(c.value));
}

}  // namespace pyfw::lib
