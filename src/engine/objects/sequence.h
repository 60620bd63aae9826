// Index and slice arithmetic shared by every sequence type, and the range and slice objects.
#pragma once

#include <cstdint>
#include <string>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct SliceObject : Object {
    Value start, stop, step;
};

struct RangeObject : Object {
    int64_t start, stop, step, length;
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
// Resolves parts against a sequence length as slice.indices() does.
SliceBounds sliceBounds(const SliceParts& parts, int64_t length);
// Both at once, for sequences whose length no __index__ can change.
SliceBounds sliceBounds(Value slice, int64_t length);
// The same from a slice's parts when each is None or a small int (step not 0), without a slice
// object and without running any Python code; false (nothing resolved) otherwise.
bool smallSliceBounds(Value start, Value stop, Value step, int64_t length, SliceBounds& out);
// A sequence index (int or __index__), negative counted from the end; raises IndexError naming
// `what` ("list", "tuple", ...) when out of range.
int64_t sequenceIndex(Value index, int64_t length, const char* what);
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
