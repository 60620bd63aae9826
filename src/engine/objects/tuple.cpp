// tuple: immutable, items inline after the header.
#include "engine/objects/tuple.h"

#include <cstring>

#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/sequence.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

extern thread_local bool allocatingPermanent;

namespace {

// A subclass's instance has 8 bytes more at the end, for its __dict__ pointer (as dict's).
TupleObject* allocateTuple(Type* cls, size_t size) {
    auto* t = static_cast<TupleObject*>(
        allocateBytes(sizeof(TupleObject) + size * sizeof(Value) + (cls != &tupleType ? 8 : 0)));
    t->type = cls;
    t->size = size;
    return t;
}

}  // namespace

// Permanent memory, outside every interpreter's heap: one empty tuple serves them all for the life
// of the process and is never collected, so `()` never allocates.
TupleObject* emptyTuple() {
    static TupleObject* empty = nullptr;
    if (!empty) {
        bool saved = allocatingPermanent;
        allocatingPermanent = true;
        empty = allocateTuple(&tupleType, 0);
        allocatingPermanent = saved;
    }
    return empty;
}

TupleObject* newTuple(size_t size) {
    if (size == 0) return emptyTuple();
    return allocateTuple(&tupleType, size);
}

TupleObject* newTuple(std::initializer_list<Value> items) {
    TupleObject* t = newTuple(items.size());
    size_t i = 0;
    for (Value v : items) t->items[i++] = v;
    return t;
}

TupleObject* tupleFromArray(const Value* items, size_t size) {
    TupleObject* t = newTuple(size);
    if (size) std::memcpy(static_cast<void*>(t->items), items, size * sizeof(Value));
    return t;
}

TupleObject* toTuple(Value iterable) {
    Type* t = typeOf(iterable);
    if (t == &tupleType) return asTuple(iterable);
    if (t == &listType) return tupleFromArray(asList(iterable)->items, asList(iterable)->size);
    ListObject* list = newList();
    listExtend(list, iterable);
    return tupleFromArray(list->items, list->size);
}

Value tupleSlice(Value self, const SliceBounds& b) {
    TupleObject* t = asTuple(self);
    // A whole slice of an immutable tuple is the tuple itself (as CPython); a subclass's slice is
    // a plain tuple, so it is copied.
    if (b.step == 1 && b.count == int64_t(t->size) && typeOf(self) == &tupleType) return self;
    TupleObject* out = newTuple(size_t(std::max<int64_t>(b.count, 0)));
    for (int64_t i = 0; i < b.count; ++i) out->items[i] = t->items[b.start + i * b.step];
    return Value(out);
}

namespace {

void tupleTrace(Object* self, Tracer& t) {
    auto* tuple = static_cast<TupleObject*>(self);
    t.visitRange(tuple->items, tuple->items + tuple->size);
}

void tuplePrint(std::string& out, Value self, PrintKind) {
    TupleObject* t = asTuple(self);
    if (t->size == 1) {
        printSequence(out, t, t->items, 1, "(", ",)");
        return;
    }
    printSequence(out, t, t->items, t->size, "(", ")");
}

int64_t tupleHash(Value self) {
    // xxHash-style mixing of the item hashes, as CPython does, so equal tuples hash alike.
    TupleObject* t = asTuple(self);
    checkRecursion();   // nested tuples hash recursively
    uint64_t acc = 0x27D4EB2F165667C5ull;
    for (size_t i = 0; i < t->size; ++i) {
        uint64_t lane = uint64_t(hashOf(t->items[i]));
        acc += lane * 0xC2B2AE3D27D4EB4Full;
        acc = (acc << 31) | (acc >> 33);
        acc *= 0x9E3779B185EBCA87ull;
    }
    acc += t->size ^ (0x27D4EB2F165667C5ull ^ 3527539ull);
    auto h = int64_t(acc);
    return h == -1 ? 1546275796 : h;   // CPython's replacement for -1 (its error value), kept so hashes match
}

Value tupleGetItem(Value self, Value key) {
    TupleObject* t = asTuple(self);
    if (key.isSmallInt()) {
        int64_t i = key.smallInt();
        if (i < 0) i += int64_t(t->size);
        if (i < 0 || i >= int64_t(t->size)) raiseError(&exc::IndexError, "tuple index out of range");
        return t->items[i];
    }
    if (isSlice(key)) return tupleSlice(self, sliceBounds(key, int64_t(t->size)));
    return t->items[sequenceIndex(key, int64_t(t->size), "tuple")];
}

int64_t tupleLen(Value self) { return int64_t(asTuple(self)->size); }

// Identity first, as CPython: an item is in the tuple that holds it even when it is not equal
// to itself (nan) or its __eq__ says otherwise.
bool tupleContains(Value self, Value item) {
    TupleObject* t = asTuple(self);
    for (size_t i = 0; i < t->size; ++i)
        if (t->items[i] == item || equals(t->items[i], item)) return true;
    return false;
}

Value tupleBinary(BinaryOp op, Value self, Value other, bool reflected) {
    TupleObject* t = asTuple(self);
    if (op == BinaryOp::Add) {
        // Only tuple + tuple: reflected means the left operand was not a tuple, which CPython
        // refuses too.
        if (reflected || !isInstance(other, &tupleType)) return NotImplemented();
        TupleObject* o = asTuple(other);
        TupleObject* out = newTuple(t->size + o->size);
        std::memcpy(static_cast<void*>(out->items), t->items, t->size * sizeof(Value));
        std::memcpy(static_cast<void*>(out->items + t->size), o->items, o->size * sizeof(Value));
        return Value(out);
    }
    if (op == BinaryOp::Mul) {
        int64_t n;
        if (!repeatCount(other, n)) return NotImplemented();
        if (requireRepeatFits(t->size * sizeof(Value), n) == 0) return Value(emptyTuple());
        TupleObject* out = newTuple(t->size * size_t(n));
        for (int64_t k = 0; k < n; ++k)
            std::memcpy(static_cast<void*>(out->items + k * t->size), t->items, t->size * sizeof(Value));
        return Value(out);
    }
    if (!isComparison(op) || !isInstance(other, &tupleType)) return NotImplemented();
    TupleObject* o = asTuple(other);
    if (reflected) return compareSequences(op, o->items, o->size, t->items, t->size);
    return compareSequences(op, t->items, t->size, o->items, o->size);
}

struct TupleIteratorObject : Object {
    TupleObject* tuple;
    uint64_t index;
};

void tupleIteratorTrace(Object* self, Tracer& t) { t.visitObject(static_cast<TupleIteratorObject*>(self)->tuple); }

Value tupleIteratorNext(Value self) {
    auto* it = self.as<TupleIteratorObject>();
    if (it->index >= it->tuple->size) return Value();
    return it->tuple->items[it->index++];
}

Value selfIter(Value self) { return self; }

}  // namespace

// Not file-local: the VM steps tuple iterators in FOR_ITER itself (vm/loop_iterators.h's TupleIteratorView).
Type tupleIteratorType{TypeSpec{
    .name = "tuple_iterator",
    .instanceSize = sizeof(TupleIteratorObject),
    .trace = tupleIteratorTrace,
    .iter = selfIter,
    .next = tupleIteratorNext,
}};

uint64_t tupleIteratorLeft(Value iterator) {
    auto* it = iterator.as<TupleIteratorObject>();
    return it->index < it->tuple->size ? it->tuple->size - it->index : 0;
}

namespace {

Value tupleIter(Value self) {
    auto* it = allocateObject<TupleIteratorObject>(&tupleIteratorType);
    it->tuple = asTuple(self);
    return Value(it);
}

Value tupleMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    checkArgs("tuple", nargs, kwnames, 0, 1);
    TupleObject* t = nargs ? toTuple(args[0]) : emptyTuple();
    // tuple(t) of a tuple is t itself; a subclass needs its own allocation (with the __dict__ room).
    if (cls == &tupleType) return Value(t);
    TupleObject* sub = allocateTuple(cls, t->size);
    std::memcpy(static_cast<void*>(sub->items), t->items, t->size * sizeof(Value));
    return Value(sub);
}

Value tupleIndex(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("index", nargs, kw, 2, 4);
    TupleObject* t = asTuple(args[0]);
    // Start and stop are clamped like slice bounds (CPython's), so 2**100 means "to the end".
    int64_t start = nargs > 2 ? clampedIndex(args[2]) : 0, stop = nargs > 3 ? clampedIndex(args[3]) : int64_t(t->size);
    if (start < 0) start = std::max<int64_t>(0, start + int64_t(t->size));
    if (stop < 0) stop += int64_t(t->size);
    for (int64_t i = start; i < std::min<int64_t>(stop, int64_t(t->size)); ++i)
        if (equals(t->items[i], args[1])) return Value::smallInt(i);
    raiseValueError("tuple.index(x): x not in tuple");
}

Value tupleCount(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("count", nargs, kw, 2, 2);
    TupleObject* t = asTuple(args[0]);
    int64_t n = 0;
    for (size_t i = 0; i < t->size; ++i) n += equals(t->items[i], args[1]);
    return Value::smallInt(n);
}

const MethodDef tupleMethods[] = {
    {"count", tupleCount},
    {"index", tupleIndex},
    {nullptr, nullptr},
};

}  // namespace

Type tupleType{TypeSpec{
    .name = "tuple",
    .instanceSize = sizeof(TupleObject),
    .flags = kTypeBaseType | kTypeVarSize,
    .trace = tupleTrace,
    .print = tuplePrint,
    .hash = tupleHash,
    .make = tupleMake,
    .binary = tupleBinary,
    .len = tupleLen,
    .iter = tupleIter,
    .getitem = tupleGetItem,
    .contains = tupleContains,
    .methods = tupleMethods,
    .binaryMethods = operators(BinaryOp::Add, BinaryOp::Mul),
    .reflectedMethods = operators(BinaryOp::Mul),
}};

}  // namespace pyfw::engine
