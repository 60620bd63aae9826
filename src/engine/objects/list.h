// list: a growable array of Values (the array is a raw block owned by the list).
#pragma once

#include "engine/objects/object.h"

namespace pyfw::engine {

struct ListObject : Object {
    uint64_t size;
    uint64_t capacity;
    Value* items;       // raw block
};

ListObject* newList(size_t size = 0);        // size items, all None
ListObject* listFromArray(const Value* items, size_t size);
void listAppend(ListObject* list, Value item);
void listReserve(ListObject* list, size_t capacity);
void listResize(ListObject* list, size_t size);
void listInsert(ListObject* list, int64_t index, Value item);
void listExtend(ListObject* list, Value iterable);
void listSort(ListObject* list, Value key, bool reverse);
inline ListObject* asList(Value v) { return v.as<ListObject>(); }

}  // namespace pyfw::engine
