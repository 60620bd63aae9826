// memoryview: a window on another object's buffer, without copying. Its items are the owner's:
// bytes of a bytes or bytearray, typed items of an array (memoryview(array('h', ...))[1] is the
// second 16-bit item), as in CPython and MicroPython.
#include <cstring>

#include "engine/objects/buffer_items.h"
#include "engine/objects/bytes.h"
#include "engine/objects/list.h"
#include "engine/objects/str.h"
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
    uint64_t offset;   // in bytes
    uint64_t length;   // in bytes, a multiple of itemSize
    char format;
    uint8_t itemSize;
};

MemoryviewObject* asView(Value v) { return v.as<MemoryviewObject>(); }

Buffer windowOf(Value self) {
    MemoryviewObject* m = asView(self);
    Buffer b = requireBuffer(m->owner, "memoryview");
    if (m->offset + m->length > b.size) raiseError(&exc::IndexError, "memoryview: underlying buffer was resized");
    return Buffer{b.data + m->offset, m->length, b.writable, m->format, m->itemSize};
}

void trace(Object* self, Tracer& t) { t.visit(static_cast<MemoryviewObject*>(self)->owner); }

Value make(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    checkArgs("memoryview", nargs, kwnames, 1, 1);
    Buffer b = requireBuffer(args[0], "memoryview");
    auto* m = allocateObject<MemoryviewObject>(cls);
    if (isInstance(args[0], &memoryviewType)) {
        // A view of a view is a view of the same owner, as in CPython: a chain of views would
        // reach the bytes through one C++ call per link.
        MemoryviewObject* inner = asView(args[0]);
        m->owner = inner->owner;
        m->offset = inner->offset;
        m->length = inner->length;
        m->format = inner->format;
        m->itemSize = inner->itemSize;
        return Value(m);
    }
    m->owner = args[0];
    m->length = b.size;
    m->format = b.format;
    m->itemSize = b.itemSize ? b.itemSize : 1;
    return Value(m);
}

bool buffer(Value self, Buffer& out) {
    out = windowOf(self);
    return true;
}

int64_t len(Value self) { return int64_t(asView(self)->length / asView(self)->itemSize); }

Value getitem(Value self, Value key) {
    MemoryviewObject* m = asView(self);
    int64_t items = len(self);
    if (isSlice(key)) {
        SliceBounds s = sliceBounds(key, items);
        if (s.step != 1) raiseNotImplemented("memoryview slices with a step");
        auto* sub = allocateObject<MemoryviewObject>(&memoryviewType);
        sub->owner = m->owner;
        sub->offset = m->offset + uint64_t(s.start) * m->itemSize;
        sub->length = uint64_t(std::max<int64_t>(s.count, 0)) * m->itemSize;
        sub->format = m->format;
        sub->itemSize = m->itemSize;
        return Value(sub);
    }
    int64_t i = sequenceIndex(key, items, "memoryview");
    Buffer b = windowOf(self);
    if (m->itemSize == 1 && m->format == 'B') return Value::smallInt(b.data[i]);
    return loadBufferItem(m->format, b.data + i * m->itemSize);
}

void setitem(Value self, Value key, Value value) {
    if (!windowOf(self).writable) raiseTypeError("cannot modify read-only memory");
    if (!value) raiseTypeError("cannot delete memory");
    MemoryviewObject* m = asView(self);
    if (isSlice(key)) {
        Buffer b = windowOf(self);
        SliceBounds s = sliceBounds(key, len(self));
        Buffer src = requireBuffer(value, "memoryview assignment");
        if (s.step != 1 || int64_t(src.size) != s.count * m->itemSize)
            raiseValueError("memoryview assignment: lvalue and rvalue have different structures");
        std::memmove(b.data + s.start * m->itemSize, src.data, src.size);
        return;
    }
    // The view's length is fixed, but the index's __index__ may resize the owner: the window is
    // read after it (and after the value's conversion, which may too).
    int64_t i = sequenceIndex(key, len(self), "memoryview");
    if (m->itemSize == 1 && m->format == 'B') {
        int64_t v = requireInt64(value);
        if (v < 0 || v > 255) raiseValueError("memoryview: invalid value for format 'B'");
        windowOf(self).data[i] = uint8_t(v);
        return;
    }
    uint8_t item[8];
    storeBufferItem(m->format, item, value);
    Buffer b = windowOf(self);
    std::memcpy(b.data + i * m->itemSize, item, m->itemSize);
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

Value tolist(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("tolist", nargs, kw, 1, 1);
    int64_t items = len(args[0]);
    ListObject* list = newList(size_t(items));
    for (int64_t i = 0; i < items && i < int64_t(list->size); ++i) list->items[i] = getitem(args[0], Value::smallInt(i));
    return Value(list);
}

Value formatOf(Value self) {
    char code = asView(self)->format;
    return Value(newStr(std::string_view(&code, 1)));
}
Value itemSizeOf(Value self) { return Value::smallInt(asView(self)->itemSize); }

const MethodDef methods[] = {{"hex", bytesHex}, {"tobytes", tobytes}, {"tolist", tolist}, {nullptr, nullptr}};
const AttrDef attrs[] = {{"format", formatOf}, {"itemsize", itemSizeOf}, {nullptr, nullptr}};

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
    .attrs = attrs,
    .binaryMethods = kNoOperators,
    .reflectedMethods = kNoOperators,
}};

}  // namespace pyfw::engine
