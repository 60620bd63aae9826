// Template bodies for runtime.h.
#pragma once

#include "engine/objects/list.h"
#include "engine/objects/tuple.h"

namespace pyfw::engine {

template <typename F>
void forEach(Value iterable, F&& visit) {
    Type* t = typeOf(iterable);
    if (t == &listType) {
        auto* list = iterable.as<ListObject>();
        for (size_t i = 0; i < list->size; ++i) visit(list->items[i]);
        return;
    }
    if (t == &tupleType) {
        auto* tuple = iterable.as<TupleObject>();
        for (size_t i = 0; i < tuple->size; ++i) visit(tuple->items[i]);
        return;
    }
    Value it = getIter(iterable);
    while (Value item = iterNext(it)) visit(item);
}

}  // namespace pyfw::engine
