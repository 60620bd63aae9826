// range (64-bit bounds) and its iterator. The VM iterates ranges without allocating an iterator
// per step; this iterator is what iter(range(...)) returns.
#include "engine/objects/numbers.h"
#include "engine/objects/sequence.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

int64_t rangeLength(int64_t start, int64_t stop, int64_t step) {
    if (step > 0) return stop > start ? int64_t((uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1) : 0;
    return start > stop ? int64_t((uint64_t(start) - uint64_t(stop) - 1) / (uint64_t(0) - uint64_t(step)) + 1) : 0;
}

}  // namespace

RangeObject* newRange(int64_t start, int64_t stop, int64_t step) {
    auto* r = allocateObject<RangeObject>(&rangeType);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = rangeLength(start, stop, step);
    return r;
}

struct RangeIteratorObject : Object {
    int64_t next;
    int64_t step;
    int64_t remaining;
};

namespace {

void traceNothing(Object*, Tracer&) {}

Value rangeIteratorNext(Value self) {
    auto* it = self.as<RangeIteratorObject>();
    if (it->remaining <= 0) return Value();
    --it->remaining;
    int64_t v = it->next;
    it->next += it->step;
    return makeInt(v);
}

Value selfIter(Value self) { return self; }

}  // namespace

Type rangeIteratorType{TypeSpec{
    .name = "range_iterator",
    .instanceSize = sizeof(RangeIteratorObject),
    .trace = traceNothing,
    .iter = selfIter,
    .next = rangeIteratorNext,
}};

Value newRangeIterator(int64_t start, int64_t step, int64_t count) {
    auto* it = allocateObject<RangeIteratorObject>(&rangeIteratorType);
    it->next = start;
    it->step = step;
    it->remaining = count;
    return Value(it);
}

namespace {

RangeObject* asRange(Value v) { return v.as<RangeObject>(); }

Value rangeMake(Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
    if (kwnames && kwnames->size) raiseTypeError("range() takes no keyword arguments");
    if (nargs < 1 || nargs > 3) raiseTypeError("range expected at least 1 argument, got %zu", nargs);
    int64_t start = 0, stop, step = 1;
    auto arg = [](Value v) {
        if (!isInt(v) && !callSpecialOrNull(v, intern("__index__")))
            raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(v));
        return requireIndex(v);
    };
    if (nargs == 1) {
        stop = arg(args[0]);
    } else {
        start = arg(args[0]);
        stop = arg(args[1]);
        if (nargs == 3) step = arg(args[2]);
    }
    if (step == 0) raiseValueError("range() arg 3 must not be zero");
    return Value(newRange(start, stop, step));
}

void rangePrint(std::string& out, Value self, PrintKind) {
    RangeObject* r = asRange(self);
    out += "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) out += ", " + std::to_string(r->step);
    out += ")";
}

int64_t rangeLen(Value self) { return asRange(self)->length; }
bool rangeTruthy(Value self) { return asRange(self)->length != 0; }

Value rangeGetItem(Value self, Value key) {
    RangeObject* r = asRange(self);
    if (isSlice(key)) {
        // As CPython: the bounds of the resolved slice mapped through the range.
        SliceBounds b = sliceBounds(key, r->length);
        int64_t start, stop, step, offset;
        if (__builtin_mul_overflow(r->step, b.step, &step) || __builtin_mul_overflow(b.start, r->step, &offset) ||
            __builtin_add_overflow(r->start, offset, &start) || __builtin_mul_overflow(b.stop, r->step, &offset) ||
            __builtin_add_overflow(r->start, offset, &stop))
            raiseError(&exc::OverflowError, "range slice too large for a machine-sized range");
        return Value(newRange(start, stop, step));
    }
    int64_t i = sequenceIndex(key, r->length, "range object");
    return makeInt(r->start + i * r->step);
}

bool rangeContains(Value self, Value item) {
    RangeObject* r = asRange(self);
    int64_t v;
    if (!isInt(item) || !intToInt64(item, v)) {
        Value it = getIter(self);
        while (Value x = iterNext(it))
            if (equals(x, item)) return true;
        return false;
    }
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
    return (v - r->start) % r->step == 0;
}

Value rangeIter(Value self) {
    RangeObject* r = asRange(self);
    return newRangeIterator(r->start, r->step, r->length);
}

Value rangeBinary(BinaryOp op, Value self, Value other, bool) {
    if ((op != BinaryOp::Eq && op != BinaryOp::Ne) || typeOf(other) != &rangeType) return NotImplemented();
    RangeObject *a = asRange(self), *b = asRange(other);
    bool same = a->length == b->length &&
                (a->length == 0 || (a->start == b->start && (a->length == 1 || a->step == b->step)));
    return boolValue(op == BinaryOp::Eq ? same : !same);
}

int64_t rangeHash(Value self) {
    RangeObject* r = asRange(self);
    Value parts[3] = {makeInt(r->length), r->length ? makeInt(r->start) : None(),
                      r->length > 1 ? makeInt(r->step) : None()};
    return hashOf(Value(tupleFromArray(parts, 3)));
}

Value rangeStart(Value self) { return makeInt(asRange(self)->start); }
Value rangeStop(Value self) { return makeInt(asRange(self)->stop); }
Value rangeStep(Value self) { return makeInt(asRange(self)->step); }

Value rangeIndex(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("index", nargs, kw, 2, 2);
    RangeObject* r = asRange(args[0]);
    if (!rangeContains(args[0], args[1])) raiseValueError("%s is not in range", reprString(args[1]).c_str());
    return makeInt((requireInt64(args[1]) - r->start) / r->step);
}

Value rangeCount(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("count", nargs, kw, 2, 2);
    return Value::smallInt(rangeContains(args[0], args[1]) ? 1 : 0);
}

const MethodDef rangeMethods[] = {{"count", rangeCount}, {"index", rangeIndex}, {nullptr, nullptr}};
const AttrDef rangeAttrs[] = {
    {"start", rangeStart}, {"stop", rangeStop}, {"step", rangeStep}, {nullptr, nullptr}};

}  // namespace

Type rangeType{TypeSpec{
    .name = "range",
    .instanceSize = sizeof(RangeObject),
    .trace = traceNothing,
    .print = rangePrint,
    .hash = rangeHash,
    .make = rangeMake,
    .binary = rangeBinary,
    .truthy = rangeTruthy,
    .len = rangeLen,
    .iter = rangeIter,
    .getitem = rangeGetItem,
    .contains = rangeContains,
    .methods = rangeMethods,
    .attrs = rangeAttrs,
    .binaryMethods = kNoOperators,
    .reflectedMethods = kNoOperators,
}};

}  // namespace pyfw::engine
