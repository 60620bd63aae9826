// uarray (also `array`): array(typecode[, initializer]), a list of machine numbers packed in one
// block of the GC heap, with the typecodes of the firmware (b B h H i I l L q Q f d; 'l' and 'L'
// are 32-bit as on the ESP32). It has the buffer protocol, so memoryview, bytes(), streams,
// ustruct and sockets see its bytes, and memoryview its typed items. Integers are stored modulo
// the item size, as the firmware's binary.c stores them (CPython raises OverflowError).
#include <algorithm>
#include <cstring>
#include <string>

#include "engine/native.h"
#include "engine/objects/sequence.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

extern Type arrayType;
extern Type arrayIteratorType;

struct ArrayObject : Object {
    uint8_t* data;       // raw block of capacity * itemSize bytes
    uint64_t size;       // items
    uint64_t capacity;   // items
    char code;
    uint8_t itemSize;
};

ArrayObject* asArray(Value v) { return v.as<ArrayObject>(); }

bool isArray(Value v) { return isInstance(v, &arrayType); }

void trace(Object* self, Tracer& t) {
    auto* a = static_cast<ArrayObject*>(self);
    if (a->data) t.markRaw(a->data);
}

// Room for `items` items; MemoryError when they cannot fit in the heap.
void reserve(ArrayObject* a, uint64_t items) {
    if (items <= a->capacity) return;
    if (items > heapCapacityBytes() / a->itemSize) raiseRequestTooLarge(a->itemSize, items);
    uint64_t capacity = std::max<uint64_t>(items, a->capacity + a->capacity / 2 + 4);
    capacity = std::min<uint64_t>(capacity, heapCapacityBytes() / a->itemSize);
    a->data = static_cast<uint8_t*>(reallocatePlain(a->data, a->capacity * a->itemSize, capacity * a->itemSize));
    a->capacity = capacity;
}

ArrayObject* newArray(char code, uint64_t items) {
    size_t itemSize = bufferItemSize(code);
    auto* a = allocateObject<ArrayObject>(&arrayType);
    a->code = code;
    a->itemSize = uint8_t(itemSize);
    reserve(a, items);
    a->size = items;
    if (items) std::memset(a->data, 0, items * itemSize);
    return a;
}

uint8_t* itemAt(ArrayObject* a, uint64_t i) { return a->data + i * a->itemSize; }

Value load(ArrayObject* a, uint64_t i) { return loadBufferItem(a->code, itemAt(a, i)); }

// Converts before growing: the conversion may run Python code that changes the array.
void append(ArrayObject* a, Value v) {
    uint8_t item[8];
    storeBufferItem(a->code, item, v);
    reserve(a, a->size + 1);
    std::memcpy(itemAt(a, a->size), item, a->itemSize);
    ++a->size;
}

void appendBytes(ArrayObject* a, const uint8_t* data, size_t bytes) {
    if (bytes % a->itemSize) raiseValueError("bytes length not a multiple of item size");
    std::string copy(reinterpret_cast<const char*>(data), bytes);   // data may be this array
    uint64_t items = bytes / a->itemSize;
    reserve(a, a->size + items);
    std::memcpy(itemAt(a, a->size), copy.data(), bytes);
    a->size += items;
}

// extend() and the constructor: another array's items, a bytes-like object's raw bytes (as
// frombytes), or any iterable's values.
void extend(ArrayObject* a, Value source) {
    if (isArray(source)) {
        ArrayObject* other = asArray(source);
        if (other->code == a->code) {
            appendBytes(a, other->data, other->size * other->itemSize);
            return;
        }
        for (uint64_t i = 0; i < other->size; ++i) append(a, load(other, i));
        return;
    }
    Buffer b;
    if (!isStr(source) && getBuffer(source, b)) {
        appendBytes(a, b.data, b.size);
        return;
    }
    forEach(source, [&](Value v) { append(a, v); });
}

char requireTypeCode(Value v) {
    if (!isStr(v) || strView(v).size() != 1)
        raiseTypeError("array() argument 1 must be a unicode character, not %s", typeName(v));
    char code = strView(v)[0];
    if (!bufferItemSize(code)) raiseValueError("bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)");
    return code;
}

Value make(Type*, const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("array", nargs, kw, 1, 2);
    ArrayObject* a = newArray(requireTypeCode(args[0]), 0);
    if (nargs == 2) extend(a, args[1]);
    return Value(a);
}

void print(std::string& out, Value self, PrintKind) {
    ArrayObject* a = asArray(self);
    out += "array('";
    out += a->code;
    out += '\'';
    if (a->size) {
        out += ", [";
        for (uint64_t i = 0; i < a->size; ++i) {
            if (i) out += ", ";
            printValue(out, load(a, i), PrintKind::Repr);
        }
        out += ']';
    }
    out += ')';
}

int64_t len(Value self) { return int64_t(asArray(self)->size); }

bool buffer(Value self, Buffer& out) {
    ArrayObject* a = asArray(self);
    out = Buffer{a->data, size_t(a->size * a->itemSize), true, a->code, a->itemSize};
    return true;
}

Value sliceOf(ArrayObject* a, const SliceBounds& s) {
    uint64_t count = uint64_t(std::max<int64_t>(s.count, 0));
    ArrayObject* part = newArray(a->code, count);
    for (uint64_t i = 0; i < count; ++i)
        std::memcpy(itemAt(part, i), itemAt(a, uint64_t(s.start + int64_t(i) * s.step)), a->itemSize);
    return Value(part);
}

Value getitem(Value self, Value key) {
    ArrayObject* a = asArray(self);
    if (isSlice(key)) {
        SliceParts parts = sliceParts(key);   // may run __index__, which may resize the array
        return sliceOf(a, sliceBounds(parts, int64_t(a->size)));
    }
    int64_t i = indexInt(key, "array");   // may run __index__, which may resize the array
    return load(a, uint64_t(checkedIndex(i, int64_t(a->size), "array")));
}

// Keeps the items a slice does not name, in order.
void deleteSlice(ArrayObject* a, const SliceBounds& s) {
    std::string kept;
    for (int64_t i = 0; i < int64_t(a->size); ++i) {
        int64_t off = i - s.start;
        bool hit = s.step > 0 ? (off >= 0 && off % s.step == 0 && off / s.step < s.count)
                              : (off <= 0 && (-off) % (-s.step) == 0 && off / s.step < s.count);
        if (!hit) kept.append(reinterpret_cast<const char*>(itemAt(a, uint64_t(i))), a->itemSize);
    }
    std::memcpy(a->data, kept.data(), kept.size());
    a->size = kept.size() / a->itemSize;
}

void assignSlice(ArrayObject* a, const SliceBounds& s, Value value) {
    if (!isArray(value) || asArray(value)->code != a->code)
        raiseTypeError("can only assign array (not \"%s\") to array slice", typeName(value));
    ArrayObject* src = asArray(value);
    std::string items(reinterpret_cast<const char*>(src->data), src->size * src->itemSize);   // src may be a
    uint64_t count = src->size;
    if (s.step == 1) {
        uint64_t start = uint64_t(s.start), removed = uint64_t(std::max<int64_t>(s.count, 0));
        std::string tail(reinterpret_cast<const char*>(itemAt(a, start + removed)), (a->size - start - removed) * a->itemSize);
        reserve(a, start + count + tail.size() / a->itemSize);
        std::memcpy(itemAt(a, start), items.data(), items.size());
        std::memcpy(itemAt(a, start + count), tail.data(), tail.size());
        a->size = start + count + tail.size() / a->itemSize;
        return;
    }
    if (int64_t(count) != s.count)
        raiseValueError("attempt to assign array of size %llu to extended slice of size %lld",
                        static_cast<unsigned long long>(count), static_cast<long long>(s.count));
    for (uint64_t i = 0; i < count; ++i)
        std::memcpy(itemAt(a, uint64_t(s.start + int64_t(i) * s.step)), items.data() + i * a->itemSize, a->itemSize);
}

void setitem(Value self, Value key, Value value) {
    ArrayObject* a = asArray(self);
    if (isSlice(key)) {
        SliceParts parts = sliceParts(key);   // may run __index__, which may resize the array
        SliceBounds s = sliceBounds(parts, int64_t(a->size));
        if (!value) deleteSlice(a, s);
        else assignSlice(a, s, value);
        return;
    }
    int64_t index = indexInt(key, "array");   // may run __index__, which may resize the array
    if (!value) {
        int64_t i = checkedIndex(index, int64_t(a->size), "array");
        std::memmove(itemAt(a, uint64_t(i)), itemAt(a, uint64_t(i) + 1), (a->size - uint64_t(i) - 1) * a->itemSize);
        --a->size;
        return;
    }
    uint8_t item[8];
    storeBufferItem(a->code, item, value);
    int64_t i = checkedIndex(index, int64_t(a->size), "array");   // the conversion may have resized it
    std::memcpy(itemAt(a, uint64_t(i)), item, a->itemSize);
}

// Sizes are read again at every step: an item's __eq__ may change the array.
int64_t find(ArrayObject* a, Value x, int64_t start, int64_t stop) {
    for (int64_t i = start; i < std::min<int64_t>(stop, int64_t(a->size)); ++i) {
        Value item = load(a, uint64_t(i));
        if (equals(item, x)) return i;
    }
    return -1;
}

bool contains(Value self, Value item) { return find(asArray(self), item, 0, INT64_MAX) >= 0; }

Value itemsAsTuple(ArrayObject* a) {
    TupleObject* t = newTuple(size_t(a->size));
    for (uint64_t i = 0; i < a->size && i < t->size; ++i) t->items[i] = load(a, i);
    return Value(t);
}

Value repeat(ArrayObject* a, int64_t n) {
    size_t bytes = requireRepeatFits(size_t(a->size * a->itemSize), n);
    ArrayObject* out = newArray(a->code, bytes / a->itemSize);
    for (size_t at = 0; at < bytes; at += size_t(a->size * a->itemSize))
        std::memcpy(out->data + at, a->data, size_t(a->size * a->itemSize));
    return Value(out);
}

Value binary(BinaryOp op, Value self, Value other, bool reflected) {
    ArrayObject* a = asArray(self);
    int64_t n;
    if (op == BinaryOp::Mul) return repeatCount(other, n) ? repeat(a, n) : NotImplemented();
    if (op == BinaryOp::Add) {
        if (reflected || !isArray(other) || asArray(other)->code != a->code) {
            if (isArray(other)) raiseTypeError("bad argument type for built-in operation");
            return NotImplemented();
        }
        ArrayObject* sum = newArray(a->code, 0);
        appendBytes(sum, a->data, size_t(a->size * a->itemSize));
        ArrayObject* b = asArray(other);
        appendBytes(sum, b->data, size_t(b->size * b->itemSize));
        return Value(sum);
    }
    if (!isComparison(op) || !isArray(other)) return NotImplemented();
    Value mine = itemsAsTuple(a), theirs = itemsAsTuple(asArray(other));
    if (reflected) std::swap(mine, theirs);
    TupleObject* x = mine.as<TupleObject>();
    TupleObject* y = theirs.as<TupleObject>();
    return compareSequences(op, x->items, x->size, y->items, y->size);
}

Value inplace(BinaryOp op, Value self, Value other, bool) {
    ArrayObject* a = asArray(self);
    if (op == BinaryOp::Add) {
        if (!isArray(other) || asArray(other)->code != a->code) {
            if (isArray(other)) raiseTypeError("bad argument type for built-in operation");
            return NotImplemented();
        }
        ArrayObject* b = asArray(other);
        appendBytes(a, b->data, size_t(b->size * b->itemSize));
        return self;
    }
    int64_t n;
    if (op == BinaryOp::Mul && repeatCount(other, n)) {
        ArrayObject* copy = asArray(repeat(a, n));
        a->data = copy->data;
        a->size = copy->size;
        a->capacity = copy->capacity;
        return self;
    }
    return NotImplemented();
}

// ---- iteration ----

struct ArrayIteratorObject : Object {
    ArrayObject* array;
    uint64_t next;
};

void iteratorTrace(Object* self, Tracer& t) { t.visitObject(static_cast<ArrayIteratorObject*>(self)->array); }

Value selfIter(Value self) { return self; }

Value iteratorNext(Value self) {
    auto* it = self.as<ArrayIteratorObject>();
    if (!it->array || it->next >= it->array->size) {
        it->array = nullptr;
        return Value();
    }
    return load(it->array, it->next++);
}

Value iter(Value self) {
    auto* it = allocateObject<ArrayIteratorObject>(&arrayIteratorType);
    it->array = asArray(self);
    it->next = 0;
    return Value(it);
}

// ---- methods ----

ArrayObject* selfArg(const Value* args) {
    if (!isArray(args[0])) raiseTypeError("descriptor requires an 'array' object, not '%s'", typeName(args[0]));
    return asArray(args[0]);
}

Value appendMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("append", nargs, kw, 2, 2);
    append(selfArg(args), args[1]);
    return None();
}

Value extendMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("extend", nargs, kw, 2, 2);
    extend(selfArg(args), args[1]);
    return None();
}

Value frombytes(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("frombytes", nargs, kw, 2, 2);
    ArrayObject* a = selfArg(args);
    Buffer b = requireBuffer(args[1], "frombytes");
    appendBytes(a, b.data, b.size);
    return None();
}

Value tobytes(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("tobytes", nargs, kw, 1, 1);
    ArrayObject* a = selfArg(args);
    return Value(newBytes(a->data, size_t(a->size * a->itemSize)));
}

Value tolist(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("tolist", nargs, kw, 1, 1);
    ArrayObject* a = selfArg(args);
    ListObject* list = newList(size_t(a->size));
    for (uint64_t i = 0; i < a->size && i < list->size; ++i) list->items[i] = load(a, i);
    return Value(list);
}

Value insert(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("insert", nargs, kw, 3, 3);
    ArrayObject* a = selfArg(args);
    int64_t at = requireInt64(args[1]);
    uint8_t item[8];
    storeBufferItem(a->code, item, args[2]);
    int64_t size = int64_t(a->size);
    at = at < 0 ? std::max<int64_t>(0, at + size) : std::min(at, size);
    reserve(a, a->size + 1);
    std::memmove(itemAt(a, uint64_t(at) + 1), itemAt(a, uint64_t(at)), (a->size - uint64_t(at)) * a->itemSize);
    std::memcpy(itemAt(a, uint64_t(at)), item, a->itemSize);
    ++a->size;
    return None();
}

Value pop(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pop", nargs, kw, 1, 2);
    ArrayObject* a = selfArg(args);
    if (!a->size) raiseError(&exc::IndexError, "pop from empty array");
    Value index = nargs == 2 ? args[1] : Value::smallInt(-1);
    int64_t i = indexInt(index, "array");   // may run __index__, which may resize the array
    i = checkedIndex(i, int64_t(a->size), "array");
    Value item = load(a, uint64_t(i));
    setitem(args[0], Value::smallInt(i), Value());
    return item;
}

Value remove(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("remove", nargs, kw, 2, 2);
    ArrayObject* a = selfArg(args);
    int64_t i = find(a, args[1], 0, INT64_MAX);
    if (i < 0) raiseValueError("array.remove(x): x not in array");
    setitem(args[0], Value::smallInt(i), Value());
    return None();
}

Value index(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("index", nargs, kw, 2, 4);
    ArrayObject* a = selfArg(args);
    int64_t size = int64_t(a->size);
    int64_t start = nargs > 2 ? clampedIndex(args[2]) : 0, stop = nargs > 3 ? clampedIndex(args[3]) : size;
    if (start < 0) start = std::max<int64_t>(0, start + size);
    if (stop < 0) stop += size;
    int64_t i = find(a, args[1], start, stop);
    if (i < 0) raiseValueError("array.index(x): x not in array");
    return makeInt(i);
}

Value count(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("count", nargs, kw, 2, 2);
    ArrayObject* a = selfArg(args);
    int64_t n = 0;
    for (uint64_t i = 0; i < a->size; ++i) n += equals(load(a, i), args[1]);
    return makeInt(n);
}

Value reverse(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("reverse", nargs, kw, 1, 1);
    ArrayObject* a = selfArg(args);
    uint8_t item[8];
    for (uint64_t i = 0, j = a->size; i + 1 < j; ++i, --j) {
        std::memcpy(item, itemAt(a, i), a->itemSize);
        std::memcpy(itemAt(a, i), itemAt(a, j - 1), a->itemSize);
        std::memcpy(itemAt(a, j - 1), item, a->itemSize);
    }
    return None();
}

Value byteswap(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("byteswap", nargs, kw, 1, 1);
    ArrayObject* a = selfArg(args);
    for (uint64_t i = 0; i < a->size; ++i) std::reverse(itemAt(a, i), itemAt(a, i) + a->itemSize);
    return None();
}

Value typecodeOf(Value self) { return Value(newStr(std::string_view(&asArray(self)->code, 1))); }
Value itemsizeOf(Value self) { return Value::smallInt(asArray(self)->itemSize); }

const MethodDef methods[] = {
    {"append", appendMethod}, {"byteswap", byteswap}, {"count", count},     {"extend", extendMethod},
    {"frombytes", frombytes}, {"index", index},       {"insert", insert},   {"pop", pop},
    {"remove", remove},       {"reverse", reverse},   {"tobytes", tobytes}, {"tolist", tolist},
    {nullptr, nullptr},
};

const AttrDef attrs[] = {{"typecode", typecodeOf}, {"itemsize", itemsizeOf}, {nullptr, nullptr}};

Type arrayType{TypeSpec{
    .name = "array",
    .instanceSize = sizeof(ArrayObject),
    .trace = trace,
    .print = print,
    .hash = unhashableHash,
    .make = make,
    .binary = binary,
    .inplace = inplace,
    .len = len,
    .iter = iter,
    .getitem = getitem,
    .setitem = setitem,
    .contains = contains,
    .buffer = buffer,
    .methods = methods,
    .attrs = attrs,
    .module = "array",
    .binaryMethods = operators(BinaryOp::Add, BinaryOp::Mul),
    .reflectedMethods = operators(BinaryOp::Mul),
    .inplaceMethods = operators(BinaryOp::Add, BinaryOp::Mul),
}};

Type arrayIteratorType{TypeSpec{
    .name = "array_iterator",
    .instanceSize = sizeof(ArrayIteratorObject),
    .flags = kTypeAbstractNew,
    .trace = iteratorTrace,
    .iter = selfIter,
    .next = iteratorNext,
}};

}  // namespace

void initArrayModule(ModuleObject* module) {
    moduleSet(module, "array", Value(&arrayType));
}

}  // namespace pyfw::lib
