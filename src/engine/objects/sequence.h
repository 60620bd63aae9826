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

struct SliceBounds {
    int64_t start, stop, step, count;
};

inline bool isSlice(Value v) { return !v.isImmediate() && v.object()->type == &sliceType; }
SliceObject* newSlice(Value start, Value stop, Value step);
// Resolves a slice against a sequence length as slice.indices() does.
SliceBounds sliceBounds(Value slice, int64_t length);
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
