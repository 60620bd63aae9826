// Index and slice arithmetic shared by every sequence type, and the range and slice objects.
#pragma once

#include <cstdint>
#include <string>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct SliceObject : Object {
    Value start, stop, step;
};

// Bounds are machine ints (as MicroPython's); the length is unsigned because
// range(-2**63, 2**63 - 1) holds 2**64 - 1 items, more than an int64 counts.
struct RangeObject : Object {
    int64_t start, stop, step;
    uint64_t length;
};

// A slice resolved against a length: `count` items at start, start + step, ... (count is 0 for an
// empty slice; stop is only meaningful to a step-1 assignment, which inserts at start).
struct SliceBounds {
    int64_t start, stop, step, count;
};

inline bool isSlice(Value v) { return !v.isImmediate() && v.object()->type == &sliceType; }
SliceObject* newSlice(Value start, Value stop, Value step);
// A slice's parts as machine ints (None made the extremes; beyond the machine range clamped to
// it), read before any length: reading them may run __index__, which may change the sequence.
struct SliceParts {
    int64_t start, stop, step;
};
SliceParts sliceParts(Value slice);   // ValueError for a zero step

// Clamps a start or stop (negative counted from the end) into the sequence, as slice.indices().
inline int64_t clampSliceBound(int64_t i, int64_t length, int64_t step) {
    if (i < 0) {
        i += length;
        if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= length) {
        i = step < 0 ? length - 1 : length;
    }
    return i;
}

// Resolves parts against a sequence length as slice.indices() does. The count is
// (distance - 1) / step + 1, which cannot overflow for any step; steps of 1 and -1, nearly all
// slices, need no division. Inline: the slicing fast paths run it for every slice.
inline SliceBounds sliceBounds(const SliceParts& p, int64_t length) {
    SliceBounds b{clampSliceBound(p.start, length, p.step), clampSliceBound(p.stop, length, p.step), p.step, 0};
    if (p.step > 0 && b.start < b.stop) b.count = p.step == 1 ? b.stop - b.start : (b.stop - b.start - 1) / p.step + 1;
    else if (p.step < 0 && b.stop < b.start) b.count = p.step == -1 ? b.start - b.stop : (b.start - b.stop - 1) / -p.step + 1;
    return b;
}

// Both at once, for sequences whose length no __index__ can change.
SliceBounds sliceBounds(Value slice, int64_t length);

// The same from a slice's parts when each is None or a small int (step not 0), without a slice
// object and without running any Python code; false (nothing resolved) otherwise.
inline bool smallSliceBounds(Value start, Value stop, Value step, int64_t length, SliceBounds& out) {
    SliceParts p{0, 0, 1};
    if (step != None()) {
        if (!step.isSmallInt() || step.smallInt() == 0) return false;
        p.step = step.smallInt();
    }
    if (start == None()) p.start = p.step < 0 ? INT64_MAX : 0;
    else if (start.isSmallInt()) p.start = start.smallInt();
    else return false;
    if (stop == None()) p.stop = p.step < 0 ? -INT64_MAX : INT64_MAX;
    else if (stop.isSmallInt()) p.stop = stop.smallInt();
    else return false;
    out = sliceBounds(p, length);
    return true;
}
// A start or end argument (list.index, str.find, ...) as CPython reads it: an int or __index__,
// clamped to the machine range instead of overflowing, so 2**100 means "to the end".
int64_t clampedIndex(Value v);

// The count of a sequence repeat (`seq * n`): an int or an object with __index__, as CPython
// takes it; false for anything else (the operator then answers NotImplemented). An int beyond the
// machine range is an OverflowError, not a TypeError.
bool repeatCount(Value count, int64_t& n);

// A sequence index (int or __index__), negative counted from the end; raises IndexError naming
// `what` ("list", "tuple", ...) when out of range. For immutable sequences: an __index__ may
// change a mutable one after its length was read, so those take the two steps below.
int64_t sequenceIndex(Value index, int64_t length, const char* what);
// The int of an index (running __index__); TypeError naming `what` when it is none. Read the
// sequence's length and items only after it.
int64_t indexInt(Value index, const char* what);
// An index from indexInt checked against the current length, negative counted from the end.
int64_t checkedIndex(int64_t i, int64_t length, const char* what);
RangeObject* newRange(int64_t start, int64_t stop, int64_t step);

}  // namespace pyfw::engine

namespace pyfw::engine {

// Lexicographic comparison of two Value arrays, as list and tuple compare.
Value compareSequences(BinaryOp op, const Value* a, size_t na, const Value* b, size_t nb);
// Appends "open item, item close" (repr of each item), guarding against self-reference.
void printSequence(std::string& out, Object* owner, const Value* items, size_t count, const char* open,
                   const char* close);
// Guards repr of containers that contain themselves: enter() is false when already printing.
bool reprEnter(Object* o);
void reprLeave(Object* o);

}  // namespace pyfw::engine
