// memoryview: a window on another object's buffer, without copying.
#include <cstring>

#include "engine/objects/bytes.h"
#include "engine/objects/numbers.h"
#include "engine/objects/sequence.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

Value bytesHex(const Value* args, size_t nargs, TupleObject* kw);

namespace {

struct MemoryviewObject : Object {
    Value owner;
    uint64_t offset;
    uint64_t length;
};

MemoryviewObject* asView(Value v) { return v.as<MemoryviewObject>(); }

Buffer windowOf(Value self) {
    MemoryviewObject* m = asView(self);
    Buffer b = requireBuffer(m->owner, "memoryview");
    if (m->offset + m->length > b.size) raiseError(&exc::IndexError, "memoryview: underlying buffer was resized");
    return Buffer{b.data + m->offset, m->length, b.writable};
}

void trace(Object* self, Tracer& t) { t.visit(static_cast<MemoryviewObject*>(self)->owner); }

Value make(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    checkArgs("memoryview", nargs, kwnames, 1, 1);
    Buffer b = requireBuffer(args[0], "memoryview");
    auto* m = allocateObject<MemoryviewObject>(cls);
    m->owner = args[0];
    m->length = b.size;
    return Value(m);
}

bool buffer(Value self, Buffer& out) {
    out = windowOf(self);
    return true;
}

int64_t len(Value self) { return int64_t(asView(self)->length); }

Value getitem(Value self, Value key) {
    MemoryviewObject* m = asView(self);
    if (isSlice(key)) {
        SliceBounds s = sliceBounds(key, int64_t(m->length));
        if (s.step != 1) raiseNotImplemented("memoryview slices with a step");
        auto* sub = allocateObject<MemoryviewObject>(&memoryviewType);
        sub->owner = m->owner;
        sub->offset = m->offset + uint64_t(s.start);
        sub->length = uint64_t(std::max<int64_t>(s.count, 0));
        return Value(sub);
    }
    Buffer b = windowOf(self);
    return Value::smallInt(b.data[sequenceIndex(key, int64_t(b.size), "memoryview")]);
}

void setitem(Value self, Value key, Value value) {
    Buffer b = windowOf(self);
    if (!b.writable) raiseTypeError("cannot modify read-only memory");
    if (!value) raiseTypeError("cannot delete memory");
    if (isSlice(key)) {
        SliceBounds s = sliceBounds(key, int64_t(b.size));
        Buffer src = requireBuffer(value, "memoryview assignment");
        if (s.step != 1 || int64_t(src.size) != s.count) raiseValueError("memoryview assignment: lvalue and rvalue have different structures");
        std::memmove(b.data + s.start, src.data, src.size);
        return;
    }
    int64_t i = sequenceIndex(key, int64_t(b.size), "memoryview");
    int64_t v = requireInt64(value);
    if (v < 0 || v > 255) raiseValueError("memoryview: invalid value for format 'B'");
    b.data[i] = uint8_t(v);
}

Value tobytes(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("tobytes", nargs, kw, 1, 1);
    Buffer b = windowOf(args[0]);
    return Value(newBytes(b.data, b.size));
}

Value binary(BinaryOp op, Value self, Value other, bool) {
    if (op != BinaryOp::Eq && op != BinaryOp::Ne) return NotImplemented();
    Buffer a = windowOf(self), b;
    if (!getBuffer(other, b)) return NotImplemented();
    bool same = a.size == b.size && std::memcmp(a.data, b.data, a.size) == 0;
    return boolValue(op == BinaryOp::Eq ? same : !same);
}

const MethodDef methods[] = {{"hex", bytesHex}, {"tobytes", tobytes}, {nullptr, nullptr}};

}  // namespace

Type memoryviewType{TypeSpec{
    .name = "memoryview",
    .instanceSize = sizeof(MemoryviewObject),
    .trace = trace,
    .hash = unhashableHash,
    .make = make,
    .binary = binary,
    .len = len,
    .getitem = getitem,
    .setitem = setitem,
    .buffer = buffer,
    .methods = methods,
}};

}  // namespace pyfw::engine
