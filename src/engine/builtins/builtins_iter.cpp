// Iteration built-ins: enumerate, zip, map, filter, reversed (types), and iter, next, sorted, min,
// max, sum, all, any; the iterators behind __getitem__-only sequences and iter(f, sentinel).
#include <algorithm>
#include <cstdint>

#include "engine/objects/dict.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"
#include "engine/vm/vm.h"
#include "engine/vm/vm_ops.h"

namespace pyfw::engine {

extern Type listIteratorType, tupleIteratorType, rangeIteratorType;

namespace {

Value selfIter(Value self) { return self; }

// The next item of an iterator that enumerate or zip wraps. A list iterator is stepped directly:
// it runs no code and wraps no iterator, so iterNext's interrupt poll and recursion check have
// nothing to guard.
Value stepInner(Value iterator) {
    Type* t = typeOf(iterator);
    return t == &listIteratorType ? t->next(iterator) : iterNext(iterator);
}

// ---- enumerate ----
struct EnumerateObject : Object {
    Value iterator;
    Value count;
};

void enumerateTrace(Object* self, Tracer& t) {
    auto* e = static_cast<EnumerateObject*>(self);
    t.visit(e->iterator);
    t.visit(e->count);
}

Value enumerateMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    Value a[2];
    parseArgs("enumerate", args, nargs, kwnames, {"iterable", "start"}, 1, a);
    auto* e = allocateObject<EnumerateObject>(cls);
    e->iterator = getIter(a[0]);
    e->count = a[1] ? a[1] : Value::smallInt(0);
    if (!isInt(e->count)) raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(e->count));
    // Counts are plain ints, as CPython's: a bool start counts 1, 2, ... and an int subclass's
    // own __add__ is never called.
    if (typeOf(e->count) != &intType) e->count = intBinary(BinaryOp::Add, e->count, Value::smallInt(0));
    return Value(e);
}

// The count after `index` (an int: a big one past the small range or from `start`).
Value nextCount(Value index) {
    if (index.isSmallInt() && Value::fitsSmall(index.smallInt() + 1)) return Value::smallInt(index.smallInt() + 1);
    return binaryOp(BinaryOp::Add, index, Value::smallInt(1));
}

Value enumerateNext(Value self) {
    auto* e = self.as<EnumerateObject>();
    Value item = stepInner(e->iterator);
    if (!item) return Value();
    Value index = e->count;
    e->count = nextCount(index);
    return Value(newTuple({index, item}));
}

// ---- zip ----
struct ZipObject : Object {
    TupleObject* iterators;
};

void zipTrace(Object* self, Tracer& t) { t.visitObject(static_cast<ZipObject*>(self)->iterators); }

Value zipMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    if (kwnames && kwnames->size) raiseTypeError("zip() takes no keyword arguments");
    auto* z = allocateObject<ZipObject>(cls);
    TupleObject* its = newTuple(nargs);
    for (size_t i = 0; i < nargs; ++i) its->items[i] = Value();
    z->iterators = its;
    for (size_t i = 0; i < nargs; ++i) its->items[i] = getIter(args[i]);
    return Value(z);
}

Value zipNext(Value self) {
    TupleObject* its = self.as<ZipObject>()->iterators;
    if (its->size == 0) return Value();
    // The first item before the result tuple: nested zips then reach the recursion limit (a
    // RuntimeError) before each level allocates on a heap they may have filled.
    Value first = stepInner(its->items[0]);
    if (!first) return Value();
    TupleObject* out = newTuple(its->size);
    out->items[0] = first;
    for (size_t i = 1; i < its->size; ++i) out->items[i] = None();
    for (size_t i = 1; i < its->size; ++i) {
        Value v = stepInner(its->items[i]);
        if (!v) return Value();
        out->items[i] = v;
    }
    return Value(out);
}

// ---- map ----
struct MapObject : Object {
    Value function;
    TupleObject* iterators;
};

void mapTrace(Object* self, Tracer& t) {
    auto* m = static_cast<MapObject*>(self);
    t.visit(m->function);
    t.visitObject(m->iterators);
}

Value mapMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    if (kwnames && kwnames->size) raiseTypeError("map() takes no keyword arguments");
    if (nargs < 2) raiseTypeError("map() must have at least two arguments.");
    auto* m = allocateObject<MapObject>(cls);
    m->function = args[0];
    TupleObject* its = newTuple(nargs - 1);
    for (size_t i = 0; i < its->size; ++i) its->items[i] = Value();
    m->iterators = its;
    for (size_t i = 1; i < nargs; ++i) its->items[i - 1] = getIter(args[i]);
    return Value(m);
}

Value mapNext(Value self) {
    auto* m = self.as<MapObject>();
    size_t n = m->iterators->size;
    if (n == 1) {
        Value v = iterNext(m->iterators->items[0]);
        return v ? call1(m->function, v) : Value();
    }
    RootedValues args;
    args.values.resize(n);
    for (size_t i = 0; i < n; ++i) {
        Value v = iterNext(m->iterators->items[i]);
        if (!v) return Value();
        args.values[i] = v;
    }
    return call(m->function, args.values.data(), n);
}

// ---- filter ----
struct FilterObject : Object {
    Value function;
    Value iterator;
};

void filterTrace(Object* self, Tracer& t) {
    auto* f = static_cast<FilterObject*>(self);
    t.visit(f->function);
    t.visit(f->iterator);
}

Value filterMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    checkArgs("filter", nargs, kwnames, 2, 2);
    auto* f = allocateObject<FilterObject>(cls);
    f->function = args[0];
    f->iterator = getIter(args[1]);
    return Value(f);
}

Value filterNext(Value self) {
    auto* f = self.as<FilterObject>();
    while (Value v = iterNext(f->iterator)) {
        bool keep = f->function == None() ? truthy(v) : truthy(call1(f->function, v));
        if (keep) return v;
    }
    return Value();
}

// ---- reversed ----
struct ReversedObject : Object {
    Value sequence;
    int64_t index;
};

void reversedTrace(Object* self, Tracer& t) { t.visit(static_cast<ReversedObject*>(self)->sequence); }

Value reversedMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    checkArgs("reversed", nargs, kwnames, 1, 1);
    Value seq = args[0];
    if (Value r = callSpecialOrNull(seq, names::__reversed__)) return r;
    Type* t = typeOf(seq);
    if (!t->getitem || !t->len)
        raiseTypeError("'%s' object is not reversible", typeName(seq));
    auto* r = allocateObject<ReversedObject>(cls);
    r->sequence = seq;
    r->index = length(seq) - 1;
    return Value(r);
}

Value reversedNext(Value self) {
    auto* r = self.as<ReversedObject>();
    if (r->index < 0) return Value();
    Value seq = r->sequence;
    if (typeOf(seq) == &listType) {
        ListObject* l = asList(seq);
        if (r->index >= int64_t(l->size)) {
            r->index = -1;
            return Value();
        }
        return l->items[r->index--];
    }
    return getItem(seq, makeInt(r->index--));
}

// ---- iterator over __getitem__ and iter(callable, sentinel) ----
struct SequenceIteratorObject : Object {
    Value sequence;
    int64_t index;
};

void sequenceIteratorTrace(Object* self, Tracer& t) { t.visit(static_cast<SequenceIteratorObject*>(self)->sequence); }

Value sequenceIteratorNext(Value self) {
    auto* it = self.as<SequenceIteratorObject>();
    if (!it->sequence) return Value();
    try {
        return getItem(it->sequence, makeInt(it->index++));
    } catch (PythonError&) {
        if (!pendingIs(&exc::IndexError) && !pendingIs(&exc::StopIteration)) throw;
        takePendingException();
        it->sequence = Value();
        return Value();
    }
}

Type sequenceIteratorType{TypeSpec{
    .name = "iterator",
    .instanceSize = sizeof(SequenceIteratorObject),
    .trace = sequenceIteratorTrace,
    .iter = selfIter,
    .next = sequenceIteratorNext,
}};

struct CallableIteratorObject : Object {
    Value function;
    Value sentinel;
};

void callableIteratorTrace(Object* self, Tracer& t) {
    auto* c = static_cast<CallableIteratorObject*>(self);
    t.visit(c->function);
    t.visit(c->sentinel);
}

Value callableIteratorNext(Value self) {
    auto* c = self.as<CallableIteratorObject>();
    if (!c->function) return Value();
    Value v = call0(c->function);
    if (equals(v, c->sentinel)) {
        c->function = Value();
        return Value();
    }
    return v;
}

Type callableIteratorType{TypeSpec{
    .name = "callable_iterator",
    .instanceSize = sizeof(CallableIteratorObject),
    .trace = callableIteratorTrace,
    .iter = selfIter,
    .next = callableIteratorNext,
}};

// ---- functions ----

Value builtinIter(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("iter", nargs, kw, 1, 2);
    if (nargs == 1) return getIter(args[0]);
    if (!isCallable(args[0])) raiseTypeError("iter(v, w): v must be callable");
    auto* c = allocateObject<CallableIteratorObject>(&callableIteratorType);
    c->function = args[0];
    c->sentinel = args[1];
    return Value(c);
}

Value builtinNext(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("next", nargs, kw, 1, 2);
    Type* t = typeOf(args[0]);
    if (!t->next) raiseTypeError("'%s' object is not an iterator", typeName(args[0]));
    if (isGenerator(args[0]) && nargs == 1) {
        bool returned;
        Value v = resumeGenerator(args[0], None(), Value(), returned);
        if (returned) raiseGeneratorReturn(v);
        return v;
    }
    Value v = t->next(args[0]);
    if (v) return v;
    if (nargs > 1) return args[1];
    raise(newException(&exc::StopIteration, nullptr));
}

Value builtinSorted(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    if (nargs != 1) raiseTypeError("sorted expected 1 argument, got %zu", nargs);
    parseArgs("sorted", args + 1, 0, kw, {"key", "reverse"}, 0, a);
    ListObject* list = newList();
    listExtend(list, args[0]);
    listSort(list, a[0], a[1] && truthy(a[1]));
    return Value(list);
}

Value minMax(const Value* args, size_t nargs, TupleObject* kw, bool isMax) {
    const char* name = isMax ? "max" : "min";
    Value key, fallback;
    for (size_t k = 0; kw && k < kw->size; ++k) {
        std::string_view n = asStr(kw->items[k])->view();
        if (n == "key") key = args[nargs + k];
        else if (n == "default") fallback = args[nargs + k];
        else raiseTypeError("%s() got an unexpected keyword argument '%.*s'", name, int(n.size()), n.data());
    }
    if (nargs == 0) raiseTypeError("%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && fallback) raiseTypeError("Cannot specify a default for %s() with multiple positional arguments", name);
    if (nargs == 2 && !key && !fallback && args[0].isSmallInt() && args[1].isSmallInt()) {
        // max(a, b) of two small ints, the common case, without the general loop. The first of
        // equal items wins, as below.
        bool second = isMax ? args[1].smallInt() > args[0].smallInt() : args[1].smallInt() < args[0].smallInt();
        return args[second ? 1 : 0];
    }
    Value best, bestKey;
    // As CPython: the new item is compared with the best so far (item > best for max, item < best
    // for min), so its comparison method is asked first and errors name the operands that way.
    auto better = [isMax](Value k, Value bestKey) {
        if (k.isSmallInt() && bestKey.isSmallInt())
            return isMax ? k.smallInt() > bestKey.smallInt() : k.smallInt() < bestKey.smallInt();
        return truthy(binaryOp(isMax ? BinaryOp::Gt : BinaryOp::Lt, k, bestKey));
    };
    auto consider = [&](Value item) {
        Value k = key && key != None() ? call1(key, item) : item;
        if (!best || better(k, bestKey)) {
            best = item;
            bestKey = k;
        }
    };
    if (nargs == 1) forEach(args[0], consider);
    else for (size_t i = 0; i < nargs; ++i) consider(args[i]);
    if (!best) {
        if (fallback) return fallback;
        raiseValueError("%s() arg is an empty sequence", name);
    }
    return best;
}

Value builtinMin(const Value* args, size_t nargs, TupleObject* kw) { return minMax(args, nargs, kw, false); }
Value builtinMax(const Value* args, size_t nargs, TupleObject* kw) { return minMax(args, nargs, kw, true); }

Value builtinSum(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("sum", args, nargs, kw, {"iterable", "start"}, 1, a);
    Value total = a[1] ? a[1] : Value::smallInt(0);
    if (isStr(total)) raiseTypeError("sum() can't sum strings [use ''.join(seq) instead]");
    forEach(a[0], [&](Value item) {
        if (total.isSmallInt() && item.isSmallInt()) {
            int64_t r;
            if (!__builtin_add_overflow(total.smallInt(), item.smallInt(), &r) && Value::fitsSmall(r)) {
                total = Value::smallInt(r);
                return;
            }
        }
        total = binaryOp(BinaryOp::Add, total, item);
    });
    return total;
}

Value builtinAll(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("all", nargs, kw, 1, 1);
    Value it = getIter(args[0]);
    while (Value v = iterNext(it))
        if (!truthy(v)) return False();
    return True();
}

Value builtinAny(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("any", nargs, kw, 1, 1);
    Value it = getIter(args[0]);
    while (Value v = iterNext(it))
        if (truthy(v)) return True();
    return False();
}

}  // namespace

Value sequenceIterator(Value sequence) {
    auto* it = allocateObject<SequenceIteratorObject>(&sequenceIteratorType);
    it->sequence = sequence;
    return Value(it);
}

extern const MethodDef kIterBuiltins[] = {
    {"all", builtinAll},
    {"any", builtinAny},
    {"iter", builtinIter},
    {"max", builtinMax},
    {"min", builtinMin},
    {"next", builtinNext},
    {"sorted", builtinSorted},
    {"sum", builtinSum},
    {nullptr, nullptr},
};

Type enumerateType{TypeSpec{
    .name = "enumerate",
    .instanceSize = sizeof(EnumerateObject),
    .flags = kTypeBaseType,
    .trace = enumerateTrace,
    .make = enumerateMake,
    .iter = selfIter,
    .next = enumerateNext,
}};

Type zipType{TypeSpec{
    .name = "zip",
    .instanceSize = sizeof(ZipObject),
    .flags = kTypeBaseType,
    .trace = zipTrace,
    .make = zipMake,
    .iter = selfIter,
    .next = zipNext,
}};

Type mapType{TypeSpec{
    .name = "map",
    .instanceSize = sizeof(MapObject),
    .flags = kTypeBaseType,
    .trace = mapTrace,
    .make = mapMake,
    .iter = selfIter,
    .next = mapNext,
}};

Type filterType{TypeSpec{
    .name = "filter",
    .instanceSize = sizeof(FilterObject),
    .flags = kTypeBaseType,
    .trace = filterTrace,
    .make = filterMake,
    .iter = selfIter,
    .next = filterNext,
}};

Type reversedType{TypeSpec{
    .name = "reversed",
    .instanceSize = sizeof(ReversedObject),
    .flags = kTypeBaseType,
    .trace = reversedTrace,
    .make = reversedMake,
    .iter = selfIter,
    .next = reversedNext,
}};

int64_t itemsLeft(Value iterator) {
    static const struct {
        Type* type;
        uint64_t (*left)(Value);
    } known[] = {{&listIteratorType, listIteratorLeft},
                 {&tupleIteratorType, tupleIteratorLeft},
                 {&rangeIteratorType, rangeIteratorLeft}};
    if (!iterator.isObject()) return -1;
    Type* type = iterator.object()->type;
    for (const auto& k : known)
        if (type == k.type) return int64_t(std::min<uint64_t>(k.left(iterator), INT64_MAX));
    if (type != &zipType) return -1;
    // A zip stops at its shortest iterator; one it cannot count makes the whole count unknown.
    TupleObject* its = iterator.as<ZipObject>()->iterators;
    int64_t least = its->size ? INT64_MAX : 0;
    for (size_t i = 0; i < its->size; ++i) {
        int64_t left = itemsLeft(its->items[i]);
        if (left < 0) return -1;
        least = std::min(least, left);
    }
    return least;
}

// The item tuples of enumerate and zip are made only to be unpacked at once by most loops, so
// those loops take the items without them.
namespace {

// `for a, b in zip(xs, ys)` over two lists, the common case: stepped here with no call per item.
int nextListPair(const Value* iterators, Value* out) {
    Value first = listIteratorStep(iterators[0].as<ListIteratorObject>());
    if (!first) return 0;
    Value second = listIteratorStep(iterators[1].as<ListIteratorObject>());
    if (!second) return 0;
    out[1] = first;
    out[0] = second;
    return 1;
}

// The other cases, kept out of line so that the pair of lists needs no registers saved.
[[gnu::noinline]] int nextZipped(TupleObject* its, Value* out) {
    size_t count = its->size;
    for (size_t i = 0; i < count; ++i) {
        Value v = stepInner(its->items[i]);
        if (!v) return 0;
        out[count - 1 - i] = v;
    }
    return count ? 1 : 0;
}

[[gnu::noinline]] int nextEnumerated(EnumerateObject* e, Value* out) {
    Value item = stepInner(e->iterator);
    if (!item) return 0;
    out[0] = item;
    out[1] = e->count;
    e->count = nextCount(e->count);
    return 1;
}

}  // namespace

int nextUnpacked(Value iterator, size_t count, Value* out) {
    Type* type = iterator.object()->type;
    if (type == &enumerateType) return count == 2 ? nextEnumerated(iterator.as<EnumerateObject>(), out) : -1;
    if (type != &zipType) return -1;
    TupleObject* its = iterator.as<ZipObject>()->iterators;
    if (its->size != count) return -1;
    if (count == 2 && typeOf(its->items[0]) == &listIteratorType && typeOf(its->items[1]) == &listIteratorType)
        return nextListPair(its->items, out);
    return nextZipped(its, out);
}

}  // namespace pyfw::engine
