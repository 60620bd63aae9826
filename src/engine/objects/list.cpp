// list: items in a raw block that doubles while small and then grows by 1.5x (in place when it sits
// at the heap's bump cursor). Methods are at the end of the file.
#include "engine/objects/list.h"

#include <algorithm>
#include <cstring>

#include "engine/objects/numbers.h"
#include "engine/objects/sequence.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

// Moves n values (the ranges may overlap). An empty list may have no storage at all, and memmove
// wants real pointers even for zero bytes.
void copyValues(Value* to, const Value* from, size_t n) {
    if (n) std::memmove(static_cast<void*>(to), from, n * sizeof(Value));
}

// The most items a list may hold (far beyond any heap: asking for more is a MemoryError).
constexpr size_t kMaxItems = size_t(1) << 40;

// Where a list made at its final size keeps its items: inside its own allocation, right after
// the header, so it costs one allocation instead of two. Growing past that moves them out.
Value* inlineItems(ListObject* list) { return reinterpret_cast<Value*>(list + 1); }

// A small list doubles, as MicroPython's does (4, 8, 16, 32, 64 items): a comprehension of 16
// items grows 3 times rather than 5. Past 64 items it grows by half, to keep a big list's unused
// room small.
size_t grownCapacity(size_t capacity) {
    return capacity < 4 ? 4 : capacity < 64 ? 2 * capacity : capacity + capacity / 2;
}

}  // namespace

ListObject* newListWithRoom(size_t capacity) {
    if (capacity > kMaxItems) raiseRequestTooLarge(sizeof(Value), capacity);
    // Only the header is cleared: the GC reads no item at or past `size`, so the room is
    // filled by the caller instead of being zeroed first.
    auto* list = static_cast<ListObject*>(
        allocateUnfilled(sizeof(ListObject) + capacity * sizeof(Value), sizeof(ListObject)));
    list->type = &listType;
    list->size = 0;
    list->capacity = capacity;
    list->items = capacity ? inlineItems(list) : nullptr;
    return list;
}

ListObject* newList(size_t size) {
    ListObject* list = newListWithRoom(size);
    for (size_t i = 0; i < size; ++i) list->items[i] = None();
    list->size = size;
    return list;
}

ListObject* listFromArray(const Value* items, size_t size) {
    ListObject* list = newListWithRoom(size);
    copyValues(list->items, items, size);
    list->size = size;
    return list;
}

void listReserve(ListObject* list, size_t capacity) {
    if (capacity <= list->capacity) return;
    if (capacity > kMaxItems) raiseRequestTooLarge(sizeof(Value), capacity);
    if (list->items && list->items == inlineItems(list)) {
        auto* block = static_cast<Value*>(allocateRaw(capacity * sizeof(Value)));
        copyValues(block, list->items, list->size);
        list->items = block;
    } else {
        list->items = static_cast<Value*>(
            reallocateRaw(list->items, list->capacity * sizeof(Value), capacity * sizeof(Value)));
    }
    list->capacity = capacity;
}

void listAppend(ListObject* list, Value item) {
    if (list->size == list->capacity) listReserve(list, grownCapacity(list->capacity));
    list->items[list->size++] = item;
}

void listResize(ListObject* list, size_t size) {
    listReserve(list, size);
    for (size_t i = list->size; i < size; ++i) list->items[i] = None();
    list->size = size;
}

void listInsert(ListObject* list, int64_t index, Value item) {
    int64_t n = int64_t(list->size);
    if (index < 0) index = std::max<int64_t>(0, index + n);
    if (index > n) index = n;
    listAppend(list, item);
    copyValues(list->items + index + 1, list->items + index, size_t(n - index));
    list->items[index] = item;
}

void listExtend(ListObject* list, Value iterable) {
    Type* t = typeOf(iterable);
    if (t == &listType || t == &tupleType) {
        const Value* items = t == &listType ? asList(iterable)->items : asTuple(iterable)->items;
        size_t n = t == &listType ? asList(iterable)->size : asTuple(iterable)->size;
        if (n == 0) return;  // an empty list may have no storage, and memmove wants real pointers
        listReserve(list, list->size + n);
        copyValues(list->items + list->size, items, n);
        list->size += n;
        return;
    }
    Value it = getIter(iterable);
    while (Value item = iterNext(it)) listAppend(list, item);
}

ListObject* listSlice(ListObject* l, const SliceBounds& b) {
    if (b.count <= 0) return newList();
    ListObject* out = newListWithRoom(size_t(b.count));
    Value* to = out->items;
    if (b.step == 1) copyValues(to, l->items + b.start, size_t(b.count));
    else for (int64_t i = 0; i < b.count; ++i) to[i] = l->items[b.start + i * b.step];
    out->size = size_t(b.count);
    return out;
}

void listAssignSlice(ListObject* l, const SliceBounds& b, const Value* items, size_t n) {
    int64_t count = std::max<int64_t>(b.count, 0);
    if (b.step != 1) {
        if (int64_t(n) != count)
            raiseValueError("attempt to assign sequence of size %zu to extended slice of size %ld", n, long(count));
        for (int64_t i = 0; i < count; ++i) l->items[b.start + i * b.step] = items[i];
        return;
    }
    // Clamped to the size now: converting the value may have shrunk the list since b was made.
    size_t oldSize = l->size;
    size_t start = std::min(size_t(b.start), oldSize);
    size_t stop = std::min(std::max(size_t(std::max(b.stop, b.start)), start), oldSize);
    size_t newSize = oldSize - (stop - start) + n;
    if (newSize > oldSize) listReserve(l, newSize);
    if (n != stop - start) copyValues(l->items + start + n, l->items + stop, oldSize - stop);   // the tail moves
    copyValues(l->items + start, items, n);
    l->size = newSize;
}

ListObject* listConcat(ListObject* a, ListObject* b) {
    ListObject* out = newListWithRoom(a->size + b->size);
    copyValues(out->items, a->items, a->size);
    copyValues(out->items + a->size, b->items, b->size);
    out->size = a->size + b->size;
    return out;
}

Value sliceOfSequence(Value obj, Value start, Value stop, Value step) {
    if (obj.isImmediate()) return Value();
    Type* t = obj.object()->type;
    if (t != &listType && t != &tupleType) return Value();
    size_t length = t == &listType ? asList(obj)->size : asTuple(obj)->size;
    SliceBounds b;
    if (!smallSliceBounds(start, stop, step, int64_t(length), b)) return Value();
    if (t == &listType) return Value(listSlice(asList(obj), b));
    return tupleSlice(obj, b);
}

bool assignSliceOfList(Value obj, Value start, Value stop, Value step, Value value) {
    if (obj.isImmediate() || obj.object()->type != &listType || value.isImmediate() || value == obj) return false;
    Type* t = value.object()->type;
    if (t != &listType && t != &tupleType) return false;
    ListObject* l = asList(obj);
    SliceBounds b;
    if (!smallSliceBounds(start, stop, step, int64_t(l->size), b)) return false;
    bool isList = t == &listType;
    size_t n = isList ? asList(value)->size : asTuple(value)->size;
    if (b.step != 1 && int64_t(n) != std::max<int64_t>(b.count, 0)) return false;   // the general path raises
    listAssignSlice(l, b, isList ? asList(value)->items : asTuple(value)->items, n);
    return true;
}

namespace {

// Stable merge sort over rooted host arrays, so Python comparisons may allocate (and collect).
void mergeSort(Value* keys, Value* values, Value* tmpKeys, Value* tmpValues, size_t n, bool reverse) {
    if (n < 2) return;
    if (n <= 8) {
        for (size_t i = 1; i < n; ++i) {
            Value k = keys[i], v = values[i];
            size_t j = i;
            while (j > 0 && (reverse ? lessThan(keys[j - 1], k) : lessThan(k, keys[j - 1]))) {
                keys[j] = keys[j - 1];
                values[j] = values[j - 1];
                --j;
            }
            keys[j] = k;
            values[j] = v;
        }
        return;
    }
    size_t half = n / 2;
    mergeSort(keys, values, tmpKeys, tmpValues, half, reverse);
    mergeSort(keys + half, values + half, tmpKeys, tmpValues, n - half, reverse);
    std::copy(keys, keys + n, tmpKeys);
    std::copy(values, values + n, tmpValues);
    size_t i = 0, j = half, k = 0;
    while (i < half && j < n) {
        bool takeRight = reverse ? lessThan(tmpKeys[i], tmpKeys[j]) : lessThan(tmpKeys[j], tmpKeys[i]);
        if (takeRight) keys[k] = tmpKeys[j], values[k++] = tmpValues[j++];
        else keys[k] = tmpKeys[i], values[k++] = tmpValues[i++];
    }
    while (i < half) keys[k] = tmpKeys[i], values[k++] = tmpValues[i++];
    while (j < n) keys[k] = tmpKeys[j], values[k++] = tmpValues[j++];
}

}  // namespace

void listSort(ListObject* list, Value key, bool reverse) {
    size_t n = list->size;
    RootedValues work;
    work.values.resize(4 * n);
    Value* keys = work.values.data();
    Value* values = keys + n;
    std::copy(list->items, list->items + n, values);
    for (size_t i = 0; i < n; ++i) keys[i] = key && key != None() ? call1(key, values[i]) : values[i];
    mergeSort(keys, values, values + n, values + 2 * n, n, reverse);
    if (list->size != n) raiseValueError("list modified during sort");
    std::copy(values, values + n, list->items);
}

namespace {

void listTrace(Object* self, Tracer& t) {
    auto* list = static_cast<ListObject*>(self);
    t.markRaw(list->items);
    t.visitRange(list->items, list->items + list->size);
}

void listPrint(std::string& out, Value self, PrintKind) {
    ListObject* l = asList(self);
    printSequence(out, l, l->items, l->size, "[", "]");
}

Value listGetItem(Value self, Value key) {
    ListObject* l = asList(self);
    if (key.isSmallInt()) {
        int64_t i = key.smallInt();
        if (i < 0) i += int64_t(l->size);
        if (i < 0 || i >= int64_t(l->size)) raiseError(&exc::IndexError, "list index out of range");
        return l->items[i];
    }
    if (isSlice(key)) {
        SliceParts parts = sliceParts(key);   // may run __index__, which may resize the list
        return Value(listSlice(l, sliceBounds(parts, int64_t(l->size))));
    }
    int64_t i = indexInt(key, "list");   // may run __index__, which may resize the list
    return l->items[checkedIndex(i, int64_t(l->size), "list")];
}

// Removes the items b names, keeping the others in order.
void deleteSlice(ListObject* l, SliceBounds b) {
    if (b.count <= 0) return;
    if (b.step < 0) {
        b.start += (b.count - 1) * b.step;
        b.step = -b.step;
    }
    // Each removed item is followed by the kept run up to the next removed one (or the end).
    size_t write = size_t(b.start);
    for (int64_t k = 0; k < b.count; ++k) {
        size_t from = size_t(b.start + k * b.step) + 1;
        size_t to = k + 1 < b.count ? size_t(b.start + (k + 1) * b.step) : l->size;
        copyValues(l->items + write, l->items + from, to - from);
        write += to - from;
    }
    l->size = write;
}

void listSetItem(Value self, Value key, Value value) {
    ListObject* l = asList(self);
    if (isSlice(key)) {
        SliceParts parts = sliceParts(key);   // may run __index__, which may resize the list
        SliceBounds b = sliceBounds(parts, int64_t(l->size));
        if (!value) {
            deleteSlice(l, b);
            return;
        }
        Type* t = typeOf(value);
        if ((t == &listType && value != self) || t == &tupleType) {
            bool isList = t == &listType;
            listAssignSlice(l, b, isList ? asList(value)->items : asTuple(value)->items,
                            isList ? asList(value)->size : asTuple(value)->size);
            return;
        }
        if (!t->iter && !t->getitem)
            raiseTypeError(b.step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        // Anything else is copied first: it may be the list itself, or an iterator over it. The
        // iteration may shrink the list: extended bounds that now reach past its end are resolved
        // again (a step of 1 is clamped by the assignment itself).
        TupleObject* src = toTuple(value);
        int64_t last = b.step > 0 ? b.start + (b.count - 1) * b.step : b.start;
        if (b.step != 1 && b.count > 0 && last >= int64_t(l->size)) b = sliceBounds(parts, int64_t(l->size));
        listAssignSlice(l, b, src->items, src->size);
        return;
    }
    int64_t i = indexInt(key, "list");   // may run __index__, which may resize the list
    i = checkedIndex(i, int64_t(l->size), "list");
    if (value) {
        l->items[i] = value;
    } else {
        copyValues(l->items + i, l->items + i + 1, l->size - size_t(i) - 1);
        --l->size;
    }
}

int64_t listLen(Value self) { return int64_t(asList(self)->size); }

bool listContains(Value self, Value item) {
    ListObject* l = asList(self);
    for (size_t i = 0; i < l->size; ++i)
        if (l->items[i] == item || equals(l->items[i], item)) return true;
    return false;
}

// compareSequences for two lists, which an item's __eq__ may change: sizes and items are read
// afresh at every step (an index past either end then compares the sizes), as CPython does, never
// through a pointer the change may have moved.
Value compareLists(BinaryOp op, ListObject* a, ListObject* b) {
    if ((op == BinaryOp::Eq || op == BinaryOp::Ne) && a->size != b->size) return boolValue(op == BinaryOp::Ne);
    checkRecursion();   // nested lists compare recursively
    size_t i = 0;
    for (; i < a->size && i < b->size; ++i) {
        Value x = a->items[i], y = b->items[i];
        if (x != y && !equals(x, y)) break;
    }
    if (i >= a->size || i >= b->size) return comparisonValue(op, a->size < b->size ? -1 : a->size > b->size);
    if (op == BinaryOp::Eq) return False();
    if (op == BinaryOp::Ne) return True();
    return binaryOp(op, a->items[i], b->items[i]);
}

Value listBinary(BinaryOp op, Value self, Value other, bool reflected) {
    ListObject* l = asList(self);
    if (op == BinaryOp::Add) {
        if (reflected || (typeOf(other) != &listType && !isInstance(other, &listType))) return NotImplemented();
        return Value(listConcat(l, asList(other)));
    }
    if (op == BinaryOp::Mul) {
        int64_t n;
        if (!repeatCount(other, n)) return NotImplemented();
        if (requireRepeatFits(l->size * sizeof(Value), n) == 0) return Value(newList());
        ListObject* out = newListWithRoom(l->size * size_t(n));
        for (int64_t k = 0; k < n; ++k)
            copyValues(out->items + k * l->size, l->items, l->size);
        out->size = l->size * size_t(n);
        return Value(out);
    }
    if (!isComparison(op) || !isInstance(other, &listType)) return NotImplemented();
    ListObject* o = asList(other);
    return reflected ? compareLists(op, o, l) : compareLists(op, l, o);
}

Value listInplace(BinaryOp op, Value self, Value other, bool) {
    ListObject* l = asList(self);
    if (op == BinaryOp::Add) {
        listExtend(l, other);
        return self;
    }
    if (op == BinaryOp::Mul) {
        int64_t n;
        if (!repeatCount(other, n)) return NotImplemented();
        size_t size = l->size;
        if (requireRepeatFits(size * sizeof(Value), n) == 0) {
            if (n <= 0) l->size = 0;
            return self;
        }
        listReserve(l, size * size_t(n));
        for (int64_t k = 1; k < n; ++k)
            copyValues(l->items + k * size, l->items, size);
        l->size = size * size_t(n);
        return self;
    }
    return NotImplemented();
}

void listIteratorTrace(Object* self, Tracer& t) { t.visitObject(static_cast<ListIteratorObject*>(self)->list); }

Value listIteratorNext(Value self) { return listIteratorStep(self.as<ListIteratorObject>()); }

Value selfIter(Value self) { return self; }

}  // namespace

Type listIteratorType{TypeSpec{
    .name = "list_iterator",
    .instanceSize = sizeof(ListIteratorObject),
    .trace = listIteratorTrace,
    .iter = selfIter,
    .next = listIteratorNext,
}};

uint64_t listIteratorLeft(Value iterator) {
    auto* it = iterator.as<ListIteratorObject>();
    return it->index < it->list->size ? it->list->size - it->index : 0;
}

namespace {

Value listIter(Value self) {
    auto* it = allocateObject<ListIteratorObject>(&listIteratorType);
    it->list = asList(self);
    return Value(it);
}

Value listMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    checkArgs("list", nargs, kwnames, 0, 1);
    if (cls == &listType && nargs) {
        // A copy of a list or tuple is made at its final size.
        Type* t = typeOf(args[0]);
        if (t == &listType) return Value(listFromArray(asList(args[0])->items, asList(args[0])->size));
        if (t == &tupleType) return Value(listFromArray(asTuple(args[0])->items, asTuple(args[0])->size));
    }
    auto* list = static_cast<ListObject*>(allocateBytes(cls->instanceSize + (cls != &listType ? 8 : 0)));
    list->type = cls;
    if (nargs) listExtend(list, args[0]);
    return Value(list);
}

// ---- methods ----

ListObject* self(const Value* args) { return asList(args[0]); }

Value listInit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("list", nargs, kw, 1, 2);
    self(args)->size = 0;
    if (nargs > 1) listExtend(self(args), args[1]);
    return None();
}

Value listAppendMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("append", nargs, kw, 2, 2);
    listAppend(self(args), args[1]);
    return None();
}

Value listExtendMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("extend", nargs, kw, 2, 2);
    listExtend(self(args), args[1]);
    return None();
}

Value listInsertMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("insert", nargs, kw, 3, 3);
    listInsert(self(args), requireIndex(args[1]), args[2]);
    return None();
}

Value listPop(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pop", nargs, kw, 1, 2);
    ListObject* l = self(args);
    if (l->size == 0) raiseError(&exc::IndexError, "pop from empty list");
    int64_t i = nargs > 1 ? requireIndex(args[1]) : int64_t(l->size) - 1;
    if (i < 0) i += int64_t(l->size);
    if (i < 0 || i >= int64_t(l->size)) raiseError(&exc::IndexError, "pop index out of range");
    Value item = l->items[i];
    copyValues(l->items + i, l->items + i + 1, l->size - size_t(i) - 1);
    --l->size;
    return item;
}

Value listRemove(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("remove", nargs, kw, 2, 2);
    ListObject* l = self(args);
    for (size_t i = 0; i < l->size; ++i) {
        if (equals(l->items[i], args[1])) {
            copyValues(l->items + i, l->items + i + 1, l->size - i - 1);
            --l->size;
            return None();
        }
    }
    raiseValueError("list.remove(x): x not in list");
}

Value listIndex(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("index", nargs, kw, 2, 4);
    ListObject* l = self(args);
    int64_t n = int64_t(l->size);
    int64_t start = nargs > 2 ? clampedIndex(args[2]) : 0, stop = nargs > 3 ? clampedIndex(args[3]) : n;
    if (start < 0) start = std::max<int64_t>(0, start + n);
    if (stop < 0) stop += n;
    for (int64_t i = start; i < std::min<int64_t>(stop, int64_t(l->size)); ++i)
        if (equals(l->items[i], args[1])) return Value::smallInt(i);
    raiseValueError("%s is not in list", reprString(args[1]).c_str());
}

Value listCount(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("count", nargs, kw, 2, 2);
    ListObject* l = self(args);
    int64_t n = 0;
    for (size_t i = 0; i < l->size; ++i) n += equals(l->items[i], args[1]);
    return Value::smallInt(n);
}

Value listClear(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("clear", nargs, kw, 1, 1);
    self(args)->size = 0;
    return None();
}

Value listCopy(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("copy", nargs, kw, 1, 1);
    return Value(listFromArray(self(args)->items, self(args)->size));
}

Value listReverse(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("reverse", nargs, kw, 1, 1);
    std::reverse(self(args)->items, self(args)->items + self(args)->size);
    return None();
}

Value listSortMethod(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    if (nargs > 1) raiseTypeError("sort() takes no positional arguments");
    parseArgs("sort", args + 1, 0, kw, {"key", "reverse"}, 0, a);
    listSort(self(args), a[0], a[1] && truthy(a[1]));
    return None();
}

const MethodDef listMethods[] = {
    {"__init__", listInit},
    {"append", listAppendMethod},
    {"clear", listClear},
    {"copy", listCopy},
    {"count", listCount},
    {"extend", listExtendMethod},
    {"index", listIndex},
    {"insert", listInsertMethod},
    {"pop", listPop},
    {"remove", listRemove},
    {"reverse", listReverse},
    {"sort", listSortMethod},
    {nullptr, nullptr},
};

}  // namespace

Type listType{TypeSpec{
    .name = "list",
    .instanceSize = sizeof(ListObject),
    .flags = kTypeBaseType | kTypeInitFills,
    .trace = listTrace,
    .print = listPrint,
    .hash = unhashableHash,
    .make = listMake,
    .binary = listBinary,
    .inplace = listInplace,
    .len = listLen,
    .iter = listIter,
    .getitem = listGetItem,
    .setitem = listSetItem,
    .contains = listContains,
    .methods = listMethods,
    .binaryMethods = operators(BinaryOp::Add, BinaryOp::Mul),
    .reflectedMethods = operators(BinaryOp::Mul),
    .inplaceMethods = operators(BinaryOp::Add, BinaryOp::Mul),
}};

}  // namespace pyfw::engine
