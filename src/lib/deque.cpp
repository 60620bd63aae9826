// ucollections.deque: a ring buffer of Values in the GC heap. deque(iterable=(), maxlen=None,
// flags=0) takes CPython's arguments and MicroPython's: with a maxlen, appending to a full deque
// drops an item from the other end, unless flags & 1 (MicroPython's "raise when full") asks for
// IndexError instead.
#include <algorithm>
#include <string>

#include "engine/native.h"
#include "engine/objects/numbers.h"
#include "engine/objects/sequence.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/runtime.h"
#include "lib/collections_types.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

struct DequeObject : Object {
    Value* items;        // raw block of `capacity` slots
    uint64_t capacity;
    uint64_t head;       // slot of the first item
    uint64_t size;
    int64_t maxlen;      // -1: unbounded
    uint64_t version;    // bumped by every change, so iterators notice
    bool raiseWhenFull;
};

DequeObject* asDeque(Value v) { return v.as<DequeObject>(); }

Value& slot(DequeObject* d, uint64_t index) { return d->items[(d->head + index) % d->capacity]; }

void grow(DequeObject* d) {
    uint64_t capacity = std::max<uint64_t>(8, d->capacity * 2);
    auto* items = static_cast<Value*>(allocateRaw(capacity * sizeof(Value)));
    for (uint64_t i = 0; i < d->size; ++i) items[i] = slot(d, i);
    d->items = items;
    d->capacity = capacity;
    d->head = 0;
}

Value popFront(DequeObject* d) {
    if (!d->size) raiseError(&exc::IndexError, "pop from an empty deque");
    Value v = slot(d, 0);
    slot(d, 0) = Value();
    d->head = (d->head + 1) % d->capacity;
    --d->size;
    ++d->version;
    return v;
}

Value popBack(DequeObject* d) {
    if (!d->size) raiseError(&exc::IndexError, "pop from an empty deque");
    Value v = slot(d, d->size - 1);
    slot(d, d->size - 1) = Value();
    --d->size;
    ++d->version;
    return v;
}

// Makes room for one more item; false when the item must be dropped (maxlen 0).
bool makeRoom(DequeObject* d, bool atBack) {
    if (d->maxlen >= 0 && d->size >= uint64_t(d->maxlen)) {
        if (d->raiseWhenFull) raiseError(&exc::IndexError, "full");
        if (d->maxlen == 0) return false;
        if (atBack) popFront(d);
        else popBack(d);
    }
    if (d->size == d->capacity) grow(d);
    return true;
}

void pushBack(DequeObject* d, Value v) {
    if (!makeRoom(d, true)) return;
    slot(d, d->size++) = v;
    ++d->version;
}

void pushFront(DequeObject* d, Value v) {
    if (!makeRoom(d, false)) return;
    d->head = (d->head + d->capacity - 1) % d->capacity;
    d->items[d->head] = v;
    ++d->size;
    ++d->version;
}

TupleObject* snapshot(DequeObject* d) {
    TupleObject* t = newTuple(d->size);
    for (uint64_t i = 0; i < d->size && i < t->size; ++i) t->items[i] = slot(d, i);
    return t;
}

void dequeTrace(Object* self, Tracer& t) {
    auto* d = static_cast<DequeObject*>(self);
    if (!d->items) return;
    t.markRaw(d->items);
    for (uint64_t i = 0; i < d->size; ++i) t.visit(slot(d, i));
}

Value dequeMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("deque", args, nargs, kw, {"iterable", "maxlen", "flags"}, 0, a);
    auto* d = allocateObject<DequeObject>(type);
    d->maxlen = -1;
    if (a[1] && a[1] != None()) {
        d->maxlen = requireInt64(a[1]);
        if (d->maxlen < 0) raiseValueError("maxlen must be non-negative");
    }
    d->raiseWhenFull = a[2] && (requireInt64(a[2]) & 1);
    if (a[0]) forEach(a[0], [&](Value v) { pushBack(d, v); });
    return Value(d);
}

void dequePrint(std::string& out, Value self, PrintKind) {
    DequeObject* d = asDeque(self);
    TupleObject* items = snapshot(d);
    out += "deque(";
    printSequence(out, d, items->items, items->size, "[", "]");
    if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
    out += ')';
}

int64_t dequeLen(Value self) { return int64_t(asDeque(self)->size); }

uint64_t indexOf(DequeObject* d, Value key) {
    int64_t i = requireIndex(key);
    if (i < 0) i += int64_t(d->size);
    if (i < 0 || uint64_t(i) >= d->size) raiseError(&exc::IndexError, "deque index out of range");
    return uint64_t(i);
}

Value dequeGetItem(Value self, Value key) {
    DequeObject* d = asDeque(self);
    return slot(d, indexOf(d, key));
}

void dequeSetItem(Value self, Value key, Value value) {
    DequeObject* d = asDeque(self);
    uint64_t i = indexOf(d, key);
    if (value) {
        slot(d, i) = value;
        ++d->version;
        return;
    }
    for (uint64_t j = i; j + 1 < d->size; ++j) slot(d, j) = slot(d, j + 1);
    popBack(d);
}

bool dequeContains(Value self, Value item) {
    TupleObject* items = snapshot(asDeque(self));
    for (uint64_t i = 0; i < items->size; ++i)
        if (items->items[i] == item || equals(items->items[i], item)) return true;
    return false;
}

Value dequeBinary(BinaryOp op, Value self, Value other, bool) {
    if (!isComparison(op) || !isInstance(other, &dequeType)) return NotImplemented();
    TupleObject* a = snapshot(asDeque(self));
    TupleObject* b = snapshot(asDeque(other));
    return compareSequences(op, a->items, a->size, b->items, b->size);
}

// ---- iteration ----

struct DequeIteratorObject : Object {
    DequeObject* deque;
    uint64_t index;
    uint64_t version;
};

void iteratorTrace(Object* self, Tracer& t) { t.visitObject(static_cast<DequeIteratorObject*>(self)->deque); }
Value selfIter(Value self) { return self; }

Value iteratorNext(Value self) {
    auto* it = self.as<DequeIteratorObject>();
    DequeObject* d = it->deque;
    if (d->version != it->version) raiseError(&exc::RuntimeError, "deque mutated during iteration");
    if (it->index >= d->size) return Value();
    return slot(d, it->index++);
}

Type dequeIteratorType{TypeSpec{
    .name = "_deque_iterator",
    .instanceSize = sizeof(DequeIteratorObject),
    .flags = kTypeAbstractNew,
    .trace = iteratorTrace,
    .iter = selfIter,
    .next = iteratorNext,
}};

Value dequeIter(Value self) {
    auto* it = allocateObject<DequeIteratorObject>(&dequeIteratorType);
    it->deque = asDeque(self);
    it->version = it->deque->version;
    return Value(it);
}

// ---- methods ----

DequeObject* self(const Value* args) { return asDeque(args[0]); }

Value append(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("append", nargs, kw, 2, 2);
    pushBack(self(args), args[1]);
    return None();
}

Value appendleft(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("appendleft", nargs, kw, 2, 2);
    pushFront(self(args), args[1]);
    return None();
}

Value pop(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pop", nargs, kw, 1, 1);
    return popBack(self(args));
}

Value popleft(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("popleft", nargs, kw, 1, 1);
    return popFront(self(args));
}

Value extend(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("extend", nargs, kw, 2, 2);
    TupleObject* items = toTuple(args[1]);   // first, so d.extend(d) is safe
    for (uint64_t i = 0; i < items->size; ++i) pushBack(self(args), items->items[i]);
    return None();
}

Value extendleft(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("extendleft", nargs, kw, 2, 2);
    TupleObject* items = toTuple(args[1]);
    for (uint64_t i = 0; i < items->size; ++i) pushFront(self(args), items->items[i]);
    return None();
}

Value clear(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("clear", nargs, kw, 1, 1);
    DequeObject* d = self(args);
    while (d->size) popBack(d);
    return None();
}

Value copy(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("copy", nargs, kw, 1, 1);
    DequeObject* d = self(args);
    Value items(snapshot(d));
    Value a[2] = {items, d->maxlen >= 0 ? makeInt(d->maxlen) : None()};
    return dequeMake(typeOf(args[0]), a, 2, nullptr);
}

Value count(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("count", nargs, kw, 2, 2);
    TupleObject* items = snapshot(self(args));
    int64_t n = 0;
    for (uint64_t i = 0; i < items->size; ++i) n += items->items[i] == args[1] || equals(items->items[i], args[1]);
    return makeInt(n);
}

Value index(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("index", nargs, kw, 2, 4);
    TupleObject* items = snapshot(self(args));
    int64_t size = int64_t(items->size);
    int64_t start = nargs > 2 ? requireInt64(args[2]) : 0, stop = nargs > 3 ? requireInt64(args[3]) : size;
    if (start < 0) start = std::max<int64_t>(0, start + size);
    if (stop < 0) stop += size;
    for (int64_t i = start; i < std::min(stop, size); ++i)
        if (items->items[i] == args[1] || equals(items->items[i], args[1])) return makeInt(i);
    raiseValueError("deque.index(x): x not in deque");
}

Value remove(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("remove", nargs, kw, 2, 2);
    DequeObject* d = self(args);
    TupleObject* items = snapshot(d);
    for (uint64_t i = 0; i < items->size; ++i) {
        if (items->items[i] == args[1] || equals(items->items[i], args[1])) {
            dequeSetItem(args[0], Value::smallInt(int64_t(i)), Value());
            return None();
        }
    }
    raiseValueError("deque.remove(x): x not in deque");
}

Value reverse(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("reverse", nargs, kw, 1, 1);
    DequeObject* d = self(args);
    for (uint64_t i = 0, j = d->size; i + 1 < j; ++i, --j) std::swap(slot(d, i), slot(d, j - 1));
    ++d->version;
    return None();
}

Value rotate(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("rotate", nargs, kw, 1, 2);
    DequeObject* d = self(args);
    if (d->size == 0) return None();
    int64_t n = nargs > 1 ? requireInt64(args[1]) : 1;
    n %= int64_t(d->size);
    if (n < 0) n += int64_t(d->size);
    for (int64_t i = 0; i < n; ++i) {
        Value v = slot(d, d->size - 1);
        d->head = (d->head + d->capacity - 1) % d->capacity;
        if (d->size < d->capacity) {
            d->items[d->head] = v;
            slot(d, d->size) = Value();
        }
    }
    ++d->version;
    return None();
}

Value maxlenAttr(Value self) {
    DequeObject* d = asDeque(self);
    return d->maxlen >= 0 ? makeInt(d->maxlen) : None();
}

const MethodDef dequeMethods[] = {
    {"append", append},   {"appendleft", appendleft}, {"clear", clear},   {"copy", copy},
    {"count", count},     {"extend", extend},         {"extendleft", extendleft}, {"index", index},
    {"pop", pop},
    {"popleft", popleft}, {"remove", remove},         {"reverse", reverse}, {"rotate", rotate},
    {nullptr, nullptr},
};

const AttrDef dequeAttrs[] = {
    {"maxlen", maxlenAttr},
    {nullptr, nullptr},
};

}  // namespace

Type dequeType{TypeSpec{
    .name = "deque",
    .instanceSize = sizeof(DequeObject),
    .trace = dequeTrace,
    .print = dequePrint,
    .hash = unhashableHash,
    .make = dequeMake,
    .binary = dequeBinary,
    .len = dequeLen,
    .iter = dequeIter,
    .getitem = dequeGetItem,
    .setitem = dequeSetItem,
    .contains = dequeContains,
    .methods = dequeMethods,
    .attrs = dequeAttrs,
    .module = "ucollections",
    .binaryMethods = kNoOperators,
    .reflectedMethods = kNoOperators,
}};

}  // namespace pyfw::lib
