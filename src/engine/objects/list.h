// list: a growable array of Values (the array is a raw block owned by the list).
#pragma once

#include "engine/objects/object.h"
#include "engine/objects/sequence.h"

namespace pyfw::engine {

struct ListObject : Object {
    uint64_t size;
    uint64_t capacity;
    Value* items;       // raw block
};

// A list's iterator, stepped by its type's next and directly by zip.
struct ListIteratorObject : Object {
    ListObject* list;
    uint64_t index;
};
inline Value listIteratorStep(ListIteratorObject* it) {
    // Once exhausted, the iterator stays exhausted even if the list grows again (as CPython's).
    if (it->index >= it->list->size) {
        it->index = UINT64_MAX;
        return Value();
    }
    return it->list->items[it->index++];
}

ListObject* newList(size_t size = 0);        // size items, all None
// An empty list with room for `capacity` items (kept inside the list's own allocation while
// they fit): for lists made at their final size.
ListObject* newListWithRoom(size_t capacity);
ListObject* listFromArray(const Value* items, size_t size);
void listAppend(ListObject* list, Value item);
void listReserve(ListObject* list, size_t capacity);
void listResize(ListObject* list, size_t size);
void listInsert(ListObject* list, int64_t index, Value item);
void listExtend(ListObject* list, Value iterable);
void listSort(ListObject* list, Value key, bool reverse);
// a + b for two lists, as a new list of exactly their size.
ListObject* listConcat(ListObject* a, ListObject* b);
// The items a resolved slice names, as a new list.
ListObject* listSlice(ListObject* list, const SliceBounds& bounds);
// Replaces the items a resolved slice names with items[0..n): any n for a step of 1, exactly as
// many as it names otherwise (ValueError). `items` must not be the list's own block.
void listAssignSlice(ListObject* list, const SliceBounds& bounds, const Value* items, size_t n);
// obj[start:stop:step] and obj[start:stop:step] = value without a slice object, for an exact list
// (or tuple, to read) with parts that are None or small ints and a list or tuple value other than
// obj: the VM's path when a slice is subscripted at once. Null / false, with nothing done, when
// the general path must run (it also raises every error).
Value sliceOfSequence(Value obj, Value start, Value stop, Value step);
bool assignSliceOfList(Value obj, Value start, Value stop, Value step, Value value);
inline ListObject* asList(Value v) { return v.as<ListObject>(); }

}  // namespace pyfw::engine
