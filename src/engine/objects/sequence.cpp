// Index/slice arithmetic, sequence comparison and printing shared by str, bytes, tuple and list;
// the slice type.
#include "engine/objects/sequence.h"

#include <algorithm>
#include <vector>

#include "engine/objects/numbers.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

int64_t indexInt(Value index, const char* what) {
    int64_t i;
    if (index.isSmallInt()) {
        i = index.smallInt();
    } else if (isInt(index)) {
        if (!intToInt64(index, i)) raiseError(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
    } else if (Value r = callSpecialOrNull(index, names::__index__)) {
        i = requireIndex(r);
    } else {
        raiseTypeError("%s indices must be integers or slices, not %s", what, typeName(index));
    }
    return i;
}

int64_t checkedIndex(int64_t i, int64_t length, const char* what) {
    if (i < 0) i += length;
    if (i < 0 || i >= length) raiseError(&exc::IndexError, "%s index out of range", what);
    return i;
}

int64_t sequenceIndex(Value index, int64_t length, const char* what) {
    return checkedIndex(indexInt(index, what), length, what);
}

SliceObject* newSlice(Value start, Value stop, Value step) {
    auto* s = allocateObject<SliceObject>(&sliceType);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return s;
}

// A slice bound as CPython reads it: an int beyond the machine range is clamped to it (the length
// of any real sequence lies far inside), and to -INT64_MAX below so a step can be negated.
int64_t clampedIndex(Value v) {
    if (v.isSmallInt()) return v.smallInt();
    if (isInt(v)) {
        int64_t out;
        if (intToInt64(v, out)) return out == INT64_MIN ? -INT64_MAX : out;
        return intIsNegative(v) ? -INT64_MAX : INT64_MAX;
    }
    if (Value r = callSpecialOrNull(v, names::__index__)) return clampedIndex(r);
    raiseTypeError("slice indices must be integers or None or have an __index__ method");
}

bool repeatCount(Value count, int64_t& n) {
    if (count.isSmallInt()) return n = count.smallInt(), true;
    count = indexOrNull(count);
    if (!count) return false;
    if (!intToInt64(count, n)) raiseError(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    return true;
}

SliceParts sliceParts(Value slice) {
    auto* s = slice.as<SliceObject>();
    int64_t step = s->step == None() ? 1 : clampedIndex(s->step);
    if (step == 0) raiseValueError("slice step cannot be zero");
    int64_t start = s->start == None() ? (step < 0 ? INT64_MAX : 0) : clampedIndex(s->start);
    int64_t stop = s->stop == None() ? (step < 0 ? -INT64_MAX : INT64_MAX) : clampedIndex(s->stop);
    return SliceParts{start, stop, step};
}

SliceBounds sliceBounds(Value slice, int64_t length) { return sliceBounds(sliceParts(slice), length); }

Value compareSequences(BinaryOp op, const Value* a, size_t na, const Value* b, size_t nb) {
    if ((op == BinaryOp::Eq || op == BinaryOp::Ne) && na != nb) return boolValue(op == BinaryOp::Ne);
    checkRecursion();   // nested containers compare recursively
    size_t n = std::min(na, nb);
    for (size_t i = 0; i < n; ++i) {
        if (a[i] == b[i] || equals(a[i], b[i])) continue;
        if (op == BinaryOp::Eq) return False();
        if (op == BinaryOp::Ne) return True();
        return binaryOp(op, a[i], b[i]);
    }
    switch (op) {
    case BinaryOp::Eq: return True();
    case BinaryOp::Ne: return False();
    case BinaryOp::Lt: return boolValue(na < nb);
    case BinaryOp::Le: return boolValue(na <= nb);
    case BinaryOp::Gt: return boolValue(na > nb);
    default: return boolValue(na >= nb);
    }
}

namespace {
thread_local std::vector<Object*> printing;
}

bool reprEnter(Object* o) {
    if (std::find(printing.begin(), printing.end(), o) != printing.end()) return false;
    printing.push_back(o);
    return true;
}

void reprLeave(Object* o) {
    if (!printing.empty() && printing.back() == o) printing.pop_back();
}

void printSequence(std::string& out, Object* owner, const Value* items, size_t count, const char* open,
                   const char* close) {
    if (!reprEnter(owner)) {
        out += open;
        out += "...";
        out += close;
        return;
    }
    checkRecursion();
    out += open;
    try {
        for (size_t i = 0; i < count; ++i) {
            if (i) out += ", ";
            printValue(out, items[i], PrintKind::Repr);
        }
    } catch (...) {
        reprLeave(owner);
        throw;
    }
    reprLeave(owner);
    out += close;
}

// ---- slice ----

namespace {

void sliceTrace(Object* self, Tracer& t) {
    auto* s = static_cast<SliceObject*>(self);
    t.visit(s->start);
    t.visit(s->stop);
    t.visit(s->step);
}

void slicePrint(std::string& out, Value self, PrintKind) {
    auto* s = self.as<SliceObject>();
    out += "slice(";
    printValue(out, s->start, PrintKind::Repr);
    out += ", ";
    printValue(out, s->stop, PrintKind::Repr);
    out += ", ";
    printValue(out, s->step, PrintKind::Repr);
    out += ")";
}

Value sliceMake(Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
    if (kwnames && kwnames->size) raiseTypeError("slice() takes no keyword arguments");
    if (nargs < 1 || nargs > 3) raiseTypeError("slice expected at least 1 argument, got %zu", nargs);
    if (nargs == 1) return Value(newSlice(None(), args[0], None()));
    return Value(newSlice(args[0], args[1], nargs == 3 ? args[2] : None()));
}

// Slices compare as the tuples (start, stop, step), orderings included, as in CPython.
Value sliceBinary(BinaryOp op, Value self, Value other, bool reflected) {
    if (!isComparison(op) || !isSlice(other)) return NotImplemented();
    auto* a = self.as<SliceObject>();
    auto* b = other.as<SliceObject>();
    Value x[3] = {a->start, a->stop, a->step}, y[3] = {b->start, b->stop, b->step};
    return reflected ? compareSequences(op, y, 3, x, 3) : compareSequences(op, x, 3, y, 3);
}

Value sliceIndices(const Value* args, size_t nargs, TupleObject* kw) {
    if (nargs != 2) raiseTypeError("indices() takes exactly one argument");
    // Any negative length is a ValueError, even one past the machine range.
    int64_t length = isInt(args[1]) && intIsNegative(args[1]) ? -1 : requireIndex(args[1]);
    if (length < 0) raiseValueError("length should not be negative");
    SliceBounds b = sliceBounds(args[0], length);
    // A step beyond the machine range is clamped for the arithmetic; indices() gives it back whole.
    Value given = args[0].as<SliceObject>()->step;
    bool clamped = b.step == INT64_MAX || b.step == -INT64_MAX;
    Value step = clamped && isInt(given) && given != True() ? given : makeInt(b.step);
    return Value(newTuple({makeInt(b.start), makeInt(b.stop), step}));
}

Value sliceStart(Value self) { return self.as<SliceObject>()->start; }
Value sliceStop(Value self) { return self.as<SliceObject>()->stop; }
Value sliceStep(Value self) { return self.as<SliceObject>()->step; }

const MethodDef sliceMethods[] = {{"indices", sliceIndices}, {nullptr, nullptr}};
const AttrDef sliceAttrs[] = {{"start", sliceStart}, {"stop", sliceStop}, {"step", sliceStep}, {nullptr, nullptr}};

}  // namespace

Type sliceType{TypeSpec{
    .name = "slice",
    .instanceSize = sizeof(SliceObject),
    .trace = sliceTrace,
    .print = slicePrint,
    .hash = unhashableHash,
    .make = sliceMake,
    .binary = sliceBinary,
    .methods = sliceMethods,
    .attrs = sliceAttrs,
    .binaryMethods = kNoOperators,
    .reflectedMethods = kNoOperators,
}};

}  // namespace pyfw::engine
