// tuple: an immutable array of Values stored inline.
#pragma once

#include <initializer_list>

#include "engine/objects/object.h"
#include "engine/objects/sequence.h"

namespace pyfw::engine {

struct TupleObject : Object {
    uint64_t size;
    Value items[];
};

TupleObject* newTuple(size_t size);   // items are null until filled in
TupleObject* newTuple(std::initializer_list<Value> items);
TupleObject* tupleFromArray(const Value* items, size_t size);
TupleObject* emptyTuple();
// The items a resolved slice names, as a tuple (the tuple itself when that is all of it).
Value tupleSlice(Value tuple, const SliceBounds& bounds);
inline TupleObject* asTuple(Value v) { return v.as<TupleObject>(); }

}  // namespace pyfw::engine
