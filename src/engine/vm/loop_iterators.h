// The iterators of `for` loops over a list, a tuple or a range, reused from one loop to the next.
//
// An iterator that GET_ITER makes right before FOR_ITER (a `for` statement) lives only in that
// loop's stack slot: no Python code can reach it. The thread remembers the latest one made so
// (`ownedLoopIterator`); when FOR_ITER exhausts that very iterator, it becomes the spare of its
// kind, and the next loop over a sequence of that kind refills it instead of allocating. Inner
// loops, run once per outer item, then allocate nothing. An iterator a loop did not make (the
// user's `it = iter(xs)`) is never the owned one, so it is never reused. A collection forgets the
// owned and spare iterators (scanThread): the GC may then free them, and a new object at the same
// address must not pass for the owned one.
#pragma once

#include "engine/objects/list.h"
#include "engine/objects/sequence.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/interpreter.h"

namespace pyfw::engine {

extern Type listIteratorType, tupleIteratorType, rangeIteratorType;

// The tuple and range iterators' layouts, as tuple.cpp and range.cpp define them (the list
// iterator's is list.h's ListIteratorObject).
struct TupleIteratorView : Object {
    TupleObject* tuple;
    uint64_t index;
};
struct RangeIteratorView : Object {
    int64_t next, step;
    uint64_t remaining;
};

// A range iterator's next number; false once it is exhausted. Unsigned: the step past the last
// item may leave the int64 range.
inline bool rangeIteratorStep(RangeIteratorView* r, int64_t& v) {
    if (r->remaining == 0) return false;
    --r->remaining;
    v = r->next;
    r->next = int64_t(uint64_t(r->next) + uint64_t(r->step));
    return true;
}
// A tuple iterator's next item, as tupleIteratorNext steps it; null once it is exhausted.
inline Value tupleIteratorStep(TupleIteratorView* it) {
    return it->index < it->tuple->size ? it->tuple->items[it->index++] : Value();
}

// enumerate's object, as builtins_iter.cpp defines it.
struct EnumerateView : Object {
    Value iterator;
    Value count;
};

// A spare range iterator refilled, or a new one; owned by the loop that asks.
inline Value rangeLoopIterator(ThreadState& t, int64_t start, int64_t step, uint64_t length) {
    auto* it = static_cast<RangeIteratorView*>(t.spareLoopIterators[kLoopRange]);
    if (it) t.spareLoopIterators[kLoopRange] = nullptr;
    else it = allocateObject<RangeIteratorView>(&rangeIteratorType);
    it->next = start;
    it->step = step;
    it->remaining = length;
    t.ownedLoopIterator = it;
    return Value(it);
}

// A spare list or tuple iterator refilled, or a new one; owned by the loop that asks.
template <typename Iterator, typename Sequence, Sequence* Iterator::*kSequence>
inline Value indexedLoopIterator(ThreadState& t, LoopKind kind, Type* type, Sequence* sequence) {
    auto* it = static_cast<Iterator*>(t.spareLoopIterators[kind]);
    if (it) t.spareLoopIterators[kind] = nullptr;
    else it = allocateObject<Iterator>(type);
    it->*kSequence = sequence;
    it->index = 0;
    t.ownedLoopIterator = it;
    return Value(it);
}

// The iterator for `for x in v` when v is exactly a list, tuple or range; null otherwise.
inline Value sequenceLoopIterator(ThreadState& t, Value v) {
    if (v.isImmediate()) return Value();
    Type* type = v.object()->type;
    if (type == &listType)
        return indexedLoopIterator<ListIteratorObject, ListObject, &ListIteratorObject::list>(
            t, kLoopList, &listIteratorType, v.as<ListObject>());
    if (type == &tupleType)
        return indexedLoopIterator<TupleIteratorView, TupleObject, &TupleIteratorView::tuple>(
            t, kLoopTuple, &tupleIteratorType, v.as<TupleObject>());
    if (type == &rangeType) {
        auto* r = v.as<RangeObject>();
        return rangeLoopIterator(t, r->start, r->step, r->length);
    }
    return Value();
}

// FOR_ITER has exhausted `it`, of kind `kind`, and popped it: kept for reuse if the loop made it.
inline void loopFinished(ThreadState& t, Object* it, LoopKind kind) {
    if (it != t.ownedLoopIterator) return;
    t.spareLoopIterators[kind] = it;
    t.ownedLoopIterator = nullptr;
}

}  // namespace pyfw::engine
