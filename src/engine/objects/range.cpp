// range (64-bit bounds) and its iterator. The VM iterates ranges without allocating an iterator
// per step; this iterator is what iter(range(...)) returns.
//
// Distances between two bounds and offsets from start are computed unsigned: they reach 2**64 - 1
// (range(-2**63, 2**63 - 1)), and each item they lead to lies between start and stop, so the
// wrapped sum is exact.
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

// |step| as unsigned: -2**63 has no positive int64.
uint64_t stride(int64_t step) { return step > 0 ? uint64_t(step) : uint64_t(0) - uint64_t(step); }

uint64_t rangeLength(int64_t start, int64_t stop, int64_t step) {
    // The usual step needs no division (a 64-bit divide costs tens of cycles per loop started).
    if (step == 1) return stop > start ? uint64_t(stop) - uint64_t(start) : 0;
    if (step > 0) return stop > start ? (uint64_t(stop) - uint64_t(start) - 1) / stride(step) + 1 : 0;
    return start > stop ? (uint64_t(start) - uint64_t(stop) - 1) / stride(step) + 1 : 0;
}

// The item `offset` places after start.
int64_t rangeAt(int64_t start, int64_t step, uint64_t offset) {
    return int64_t(uint64_t(start) + offset * uint64_t(step));
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
    uint64_t remaining;
};

namespace {

void traceNothing(Object*, Tracer&) {}

Value rangeIteratorNext(Value self) {
    auto* it = self.as<RangeIteratorObject>();
    if (it->remaining == 0) return Value();
    --it->remaining;
    int64_t v = it->next;
    it->next = rangeAt(v, it->step, 1);   // past the last item this may leave the int64 range
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

uint64_t rangeIteratorLeft(Value iterator) { return iterator.as<RangeIteratorObject>()->remaining; }

Value newRangeIterator(int64_t start, int64_t step, uint64_t count) {
    auto* it = allocateObject<RangeIteratorObject>(&rangeIteratorType);
    it->next = start;
    it->step = step;
    it->remaining = count;
    return Value(it);
}

// range(*args) as start, step and length when every argument is a small int and the step is not
// zero; false otherwise (the call then goes through rangeMake, which raises what it must).
bool rangeOfArgs(const Value* args, size_t nargs, int64_t& start, int64_t& step, uint64_t& length) {
    if (nargs < 1 || nargs > 3) return false;
    for (size_t i = 0; i < nargs; ++i)
        if (!args[i].isSmallInt()) return false;
    start = nargs == 1 ? 0 : args[0].smallInt();
    int64_t stop = nargs == 1 ? args[0].smallInt() : args[1].smallInt();
    step = nargs == 3 ? args[2].smallInt() : 1;
    if (step == 0) return false;
    length = rangeLength(start, stop, step);
    return true;
}

namespace {

RangeObject* asRange(Value v) { return v.as<RangeObject>(); }

Value rangeMake(Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
    if (kwnames && kwnames->size) raiseTypeError("range() takes no keyword arguments");
    if (nargs < 1) raiseTypeError("range expected at least 1 argument, got %zu", nargs);
    if (nargs > 3) raiseTypeError("range expected at most 3 arguments, got %zu", nargs);
    int64_t start = 0, stop, step = 1;
    // requireIndex runs each argument's __index__ once, in order, as CPython does.
    if (nargs == 1) {
        stop = requireIndex(args[0]);
    } else {
        start = requireIndex(args[0]);
        stop = requireIndex(args[1]);
        if (nargs == 3) step = requireIndex(args[2]);
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

// A length past int64 (only a range from near -2**63 to near 2**63 has one) is an OverflowError,
// as CPython's len() of a range longer than a ssize_t; iterating and indexing still work.
int64_t lengthInt64(RangeObject* r) {
    if (r->length > uint64_t(INT64_MAX))
        raiseError(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return int64_t(r->length);
}

int64_t rangeLen(Value self) { return lengthInt64(asRange(self)); }
bool rangeTruthy(Value self) { return asRange(self)->length != 0; }

// The offset from start of index `key` (negative counts from the end); IndexError outside. Any
// int below 2**64 in magnitude can be an index, since the length reaches 2**64 - 1.
uint64_t rangeOffset(RangeObject* r, Value key) {
    if (!isInt(key)) key = makeInt(requireIndex(key));
    bool negative = intIsNegative(key);
    if (key.isSmallInt() || intBitLength(key) <= 64) {
        uint64_t low = key.isSmallInt() ? uint64_t(key.smallInt()) : intLow64(key);
        uint64_t magnitude = negative ? uint64_t(0) - low : low;
        if (negative ? magnitude <= r->length : magnitude < r->length) return negative ? r->length - magnitude : magnitude;
    }
    raiseError(&exc::IndexError, "range object index out of range");
}

Value rangeGetItem(Value self, Value key) {
    RangeObject* r = asRange(self);
    if (isSlice(key)) {
        // As CPython: the bounds of the resolved slice mapped through the range.
        SliceBounds b = sliceBounds(key, lengthInt64(r));
        int64_t start, stop, step, offset;
        if (__builtin_mul_overflow(r->step, b.step, &step) || __builtin_mul_overflow(b.start, r->step, &offset) ||
            __builtin_add_overflow(r->start, offset, &start) || __builtin_mul_overflow(b.stop, r->step, &offset) ||
            __builtin_add_overflow(r->start, offset, &stop))
            raiseError(&exc::OverflowError, "range slice too large for a machine-sized range");
        return Value(newRange(start, stop, step));
    }
    return makeInt(rangeAt(r->start, r->step, rangeOffset(r, key)));
}

// Only an int or a bool is found by arithmetic, as in CPython: anything else (a float, an int
// subclass with its own __eq__) is compared with each item in turn.
bool isPlainInt(Value v) { return isExactInt(v) || v == True() || v == False(); }

// The offset of int `v` in the range; false when it is not one of the items.
bool offsetOf(RangeObject* r, Value item, uint64_t& offset) {
    int64_t v;
    if (!intToInt64(item, v)) return false;   // beyond the bounds, which are int64
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
    uint64_t distance = r->step > 0 ? uint64_t(v) - uint64_t(r->start) : uint64_t(r->start) - uint64_t(v);
    offset = distance / stride(r->step);
    return distance % stride(r->step) == 0;
}

// The position of each item equal to `item`, in order, for what arithmetic cannot find; `found`
// returns false to stop.
template <typename Found>
void scanFor(Value self, Value item, Found found) {
    Value it = getIter(self);
    for (uint64_t i = 0; Value x = iterNext(it); ++i)
        if (equals(x, item) && !found(i)) return;
}

bool rangeContains(Value self, Value item) {
    uint64_t offset;
    if (isPlainInt(item)) return offsetOf(asRange(self), item, offset);
    bool seen = false;
    scanFor(self, item, [&](uint64_t) { return !(seen = true); });
    return seen;
}

Value rangeIter(Value self) {
    RangeObject* r = asRange(self);
    return newRangeIterator(r->start, r->step, r->length);
}

// Ranges are equal when they hold the same items (CPython's rule): the same length, and the same
// start and step only where the length makes them matter.
Value rangeBinary(BinaryOp op, Value self, Value other, bool) {
    if ((op != BinaryOp::Eq && op != BinaryOp::Ne) || typeOf(other) != &rangeType) return NotImplemented();
    RangeObject *a = asRange(self), *b = asRange(other);
    bool same = a->length == b->length &&
                (a->length == 0 || (a->start == b->start && (a->length == 1 || a->step == b->step)));
    return boolValue(op == BinaryOp::Eq ? same : !same);
}

// The hash of (length, start, step) with the parts equality ignores as None, so equal ranges
// hash alike (CPython hashes the same tuple).
int64_t rangeHash(Value self) {
    RangeObject* r = asRange(self);
    Value parts[3] = {makeIntU64(r->length), r->length ? makeInt(r->start) : None(),
                      r->length > 1 ? makeInt(r->step) : None()};
    return hashOf(Value(tupleFromArray(parts, 3)));
}

Value rangeStart(Value self) { return makeInt(asRange(self)->start); }
Value rangeStop(Value self) { return makeInt(asRange(self)->stop); }
Value rangeStep(Value self) { return makeInt(asRange(self)->step); }

Value rangeIndex(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("index", nargs, kw, 2, 2);
    uint64_t offset;
    bool found = false;
    if (isPlainInt(args[1])) found = offsetOf(asRange(args[0]), args[1], offset);
    else scanFor(args[0], args[1], [&](uint64_t i) { offset = i; return !(found = true); });
    if (!found) raiseValueError("%s is not in range", reprString(args[1]).c_str());
    return makeIntU64(offset);
}

Value rangeCount(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("count", nargs, kw, 2, 2);
    uint64_t offset, count = 0;
    if (isPlainInt(args[1])) count = offsetOf(asRange(args[0]), args[1], offset);
    else scanFor(args[0], args[1], [&](uint64_t) { ++count; return true; });
    return makeIntU64(count);
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
