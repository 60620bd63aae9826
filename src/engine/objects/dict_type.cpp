// The dict type: slots, methods, and the keys/values/items views and their iterators.
#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/list.h"
#include "engine/objects/sequence.h"
#include "engine/objects/set.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

enum class ViewKind : uint8_t { Keys, Values, Items };

struct DictViewObject : Object {
    DictObject* dict;
    ViewKind kind;
};

struct DictIteratorObject : Object {
    DictObject* dict;
    uint32_t index;         // forwards: the next entry; backwards: one past it
    uint32_t expectedUsed;
    uint32_t remaining;     // entries still to yield: a key found past that count was added
    ViewKind kind;
    bool backwards;         // reversed(): dicts keep insertion order, so they can run backwards
};

void dictTrace(Object* self, Tracer& t) {
    auto* d = static_cast<DictObject*>(self);
    if (!d->storage) return;
    // The storage is a raw block (no header to trace), so it is marked by hand; holes have a
    // null key and value, which visit() skips.
    t.markRaw(d->storage);
    DictEntry* entries = d->entries();
    // A dict with a shape holds interned str keys only (dict_shape.h), which the intern table
    // keeps alive: only its values need a visit.
    if (d->shape != kNoShape) {
        for (uint32_t i = 0; i < d->filled; ++i) t.visit(entries[i].value);
        return;
    }
    for (uint32_t i = 0; i < d->filled; ++i) {
        t.visit(entries[i].key);
        t.visit(entries[i].value);
    }
}

void dictPrint(std::string& out, Value self, PrintKind) {
    DictObject* d = asDict(self);
    if (!reprEnter(d)) {
        out += "{...}";
        return;
    }
    out += '{';
    bool first = true;
    try {
        // filled and entries() are read afresh each time: a key's or value's __repr__ may
        // change the dict.
        for (uint32_t i = 0; i < d->filled; ++i) {
            DictEntry e = d->entries()[i];
            if (!e.key) continue;
            if (!first) out += ", ";
            first = false;
            printValue(out, e.key, PrintKind::Repr);
            out += ": ";
            printValue(out, e.value, PrintKind::Repr);
        }
    } catch (...) {
        reprLeave(d);
        throw;
    }
    reprLeave(d);
    out += '}';
}

Value dictGetItem(Value self, Value key) {
    DictObject* d = asDict(self);
    if (Value v = dictGet(d, key)) return v;
    // Only subclasses: dict itself has no __missing__, and the exact type skips the lookup.
    if (typeOf(self) != &dictType) {
        if (Value missing = lookupType(typeOf(self), names::__missing__)) return call2(missing, self, key);
    }
    raiseWithValue(&exc::KeyError, key);
}

void dictSetItem(Value self, Value key, Value value) {
    if (value) {
        dictSet(asDict(self), key, value);
        return;
    }
    if (!dictDelete(asDict(self), key)) raiseWithValue(&exc::KeyError, key);
}

int64_t dictLen(Value self) { return asDict(self)->used; }
bool dictContains(Value self, Value key) { return bool(dictGet(asDict(self), key)); }

bool dictsEqual(DictObject* a, DictObject* b) {
    if (a->used != b->used) return false;
    checkRecursion();
    for (uint32_t i = 0; i < a->filled; ++i) {
        DictEntry e = a->entries()[i];
        if (!e.key) continue;
        Value other = dictGet(b, e.key);
        // Identity before __eq__, as CPython compares containers: a NaN value equals itself here.
        if (!other || !(other == e.value || equals(e.value, other))) return false;
    }
    return true;
}

Value dictBinary(BinaryOp op, Value self, Value other, bool reflected) {
    if (!isInstance(other, &dictType)) return NotImplemented();
    if (op == BinaryOp::Eq) return boolValue(dictsEqual(asDict(self), asDict(other)));
    if (op == BinaryOp::Ne) return boolValue(!dictsEqual(asDict(self), asDict(other)));
    if (op == BinaryOp::Or) {
        // PEP 584: a new dict, the right operand's values winning on equal keys.
        Value left = reflected ? other : self, right = reflected ? self : other;
        DictObject* out = dictCopy(asDict(left));
        dictUpdate(out, right);
        return Value(out);
    }
    return NotImplemented();
}

Value dictInplace(BinaryOp op, Value self, Value other, bool) {
    if (op != BinaryOp::Or) return NotImplemented();
    dictUpdate(asDict(self), other);
    return self;
}

Value selfIter(Value self) { return self; }

void dictIteratorTrace(Object* self, Tracer& t) { t.visitObject(static_cast<DictIteratorObject*>(self)->dict); }

// Set in expectedUsed once a size change was seen: no dict holds that many entries, so every
// later step raises again, as CPython's iterator does.
constexpr uint32_t kSizeChanged = UINT32_MAX;

// The next live entry in the iterator's direction, or null at the end. The index is bounded by
// filled afresh each step: a delete and an add may have compacted the entries under it.
DictEntry* nextEntry(DictIteratorObject* it, DictObject* d) {
    if (it->backwards) {
        it->index = std::min(it->index, d->filled);
        while (it->index > 0) {
            DictEntry* e = &d->entries()[--it->index];
            if (e->key) return e;
        }
        return nullptr;
    }
    while (it->index < d->filled) {
        DictEntry* e = &d->entries()[it->index++];
        if (e->key) return e;
    }
    return nullptr;
}

Value dictIteratorNext(Value self) {
    auto* it = self.as<DictIteratorObject>();
    DictObject* d = it->dict;
    if (!d) return Value();   // exhausted: stays so whatever the dict does afterwards
    // A changed size means entries may have been compacted by a rebuild, so the position is no
    // longer meaningful; Python raises rather than skip or repeat keys.
    if (d->used != it->expectedUsed) {
        it->expectedUsed = kSizeChanged;
        raiseError(&exc::RuntimeError, "dictionary changed size during iteration");
    }
    DictEntry* e = nextEntry(it, d);
    if (!e) {
        it->dict = nullptr;
        return Value();
    }
    // A delete and an add keep the size; the added key lands after the old ones, so going
    // forwards it shows up as one key more than the dict held (CPython's check too). Going
    // backwards the added keys are behind the position and are never reached.
    if (it->remaining == 0) {
        it->dict = nullptr;
        raiseError(&exc::RuntimeError, "dictionary keys changed during iteration");
    }
    --it->remaining;
    switch (it->kind) {
    case ViewKind::Keys: return e->key;
    case ViewKind::Values: return e->value;
    case ViewKind::Items: return Value(newTuple({e->key, e->value}));
    }
    return Value();
}

Type dictIteratorType{TypeSpec{
    .name = "dict_iterator",
    .instanceSize = sizeof(DictIteratorObject),
    .trace = dictIteratorTrace,
    .iter = selfIter,
    .next = dictIteratorNext,
}};

Value newDictIterator(DictObject* d, ViewKind kind, bool backwards = false) {
    auto* it = allocateObject<DictIteratorObject>(&dictIteratorType);
    it->dict = d;
    it->kind = kind;
    it->backwards = backwards;
    it->index = backwards ? d->filled : 0;
    it->expectedUsed = d->used;
    it->remaining = d->used;
    return Value(it);
}

Value dictIter(Value self) { return newDictIterator(asDict(self), ViewKind::Keys); }

Value dictReversed(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__reversed__", nargs, kw, 1, 1);
    return newDictIterator(asDict(args[0]), ViewKind::Keys, true);
}

// ---- views ----

void viewTrace(Object* self, Tracer& t) { t.visitObject(static_cast<DictViewObject*>(self)->dict); }

const char* viewName(ViewKind k) {
    return k == ViewKind::Keys ? "dict_keys" : k == ViewKind::Values ? "dict_values" : "dict_items";
}

void viewPrint(std::string& out, Value self, PrintKind) {
    auto* v = self.as<DictViewObject>();
    out += viewName(v->kind);
    out += '(';
    // Python shows a view's items in list form: dict_keys([1, 2]).
    ListObject* items = newList();
    listExtend(items, self);
    printValue(out, Value(items), PrintKind::Repr);
    out += ')';
}

Value viewIter(Value self) {
    auto* v = self.as<DictViewObject>();
    return newDictIterator(v->dict, v->kind);
}

Value viewReversed(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__reversed__", nargs, kw, 1, 1);
    auto* v = args[0].as<DictViewObject>();
    return newDictIterator(v->dict, v->kind, true);
}

const MethodDef viewMethods[] = {
    {"__reversed__", viewReversed},
    {nullptr, nullptr},
};

int64_t viewLen(Value self) { return self.as<DictViewObject>()->dict->used; }

bool viewContains(Value self, Value item) {
    auto* v = self.as<DictViewObject>();
    if (v->kind == ViewKind::Keys) return bool(dictGet(v->dict, item));
    // (k, v) in items: one key lookup, then compare the value; not a scan.
    if (v->kind == ViewKind::Items) {
        if (!isInstance(item, &tupleType) || asTuple(item)->size != 2) return false;
        Value value = dictGet(v->dict, asTuple(item)->items[0]);
        return value && equals(value, asTuple(item)->items[1]);
    }
    Value it = viewIter(self);
    while (Value x = iterNext(it))
        if (equals(x, item)) return true;
    return false;
}

Value viewBinary(BinaryOp op, Value self, Value other, bool reflected) {
    auto* v = self.as<DictViewObject>();
    // Values may be unhashable and repeat, so only keys and items views act as sets; the
    // operators work on set copies, which is why they return sets, as in Python.
    if (v->kind == ViewKind::Values) return NotImplemented();
    if (op == BinaryOp::Eq || op == BinaryOp::Ne || op == BinaryOp::And || op == BinaryOp::Or ||
        op == BinaryOp::Sub || op == BinaryOp::Xor || op == BinaryOp::Le || op == BinaryOp::Ge ||
        op == BinaryOp::Lt || op == BinaryOp::Gt) {
        SetObject* mine = newSet();
        setUpdate(mine, self);
        Value otherSet = other;
        if (!isAnySet(other)) {
            SetObject* o = newSet();
            setUpdate(o, other);
            otherSet = Value(o);
        }
        return reflected ? binaryOp(op, otherSet, Value(mine)) : binaryOp(op, Value(mine), otherSet);
    }
    return NotImplemented();
}

// Keys and items views take set operators (kSetOperators), as sets do.
Type dictViewTypes[3] = {
    Type{TypeSpec{.name = "dict_keys", .instanceSize = sizeof(DictViewObject), .trace = viewTrace,
                  .print = viewPrint, .hash = unhashableHash, .binary = viewBinary, .len = viewLen,
                  .iter = viewIter, .contains = viewContains, .methods = viewMethods,
                  .binaryMethods = kSetOperators, .reflectedMethods = kSetOperators}},
    Type{TypeSpec{.name = "dict_values", .instanceSize = sizeof(DictViewObject), .trace = viewTrace,
                  .print = viewPrint, .hash = unhashableHash, .len = viewLen, .iter = viewIter,
                  .contains = viewContains, .methods = viewMethods}},
    Type{TypeSpec{.name = "dict_items", .instanceSize = sizeof(DictViewObject), .trace = viewTrace,
                  .print = viewPrint, .hash = unhashableHash, .binary = viewBinary, .len = viewLen,
                  .iter = viewIter, .contains = viewContains, .methods = viewMethods,
                  .binaryMethods = kSetOperators, .reflectedMethods = kSetOperators}},
};

Value newView(Value dict, ViewKind kind) {
    auto* v = allocateObject<DictViewObject>(&dictViewTypes[int(kind)]);
    v->dict = asDict(dict);
    v->kind = kind;
    return Value(v);
}

// ---- methods ----

DictObject* self(const Value* args) { return asDict(args[0]); }

Value dictMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    // A subclass's instance carries its __dict__ pointer in 8 extra bytes at the end of the
    // allocation (see dictSlot), after the native part whose size instanceSize gives.
    auto* d = static_cast<DictObject*>(allocateBytes(cls->instanceSize + (cls != &dictType ? 8 : 0)));
    d->type = cls;
    d->version = nextDictVersion();
    if (nargs > 1) raiseTypeError("dict expected at most 1 argument, got %zu", nargs);
    if (nargs) dictUpdate(d, args[0]);
    for (size_t k = 0; kwnames && k < kwnames->size; ++k) dictSet(d, kwnames->items[k], args[nargs + k]);
    return Value(d);
}

Value dictInit(const Value* args, size_t nargs, TupleObject* kw) {
    if (nargs > 2) raiseTypeError("dict expected at most 1 argument, got %zu", nargs - 1);
    if (nargs > 1) dictUpdate(self(args), args[1]);
    for (size_t k = 0; kw && k < kw->size; ++k) dictSet(self(args), kw->items[k], args[nargs + k]);
    return None();
}

Value dictKeys(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("keys", nargs, kw, 1, 1);
    return newView(args[0], ViewKind::Keys);
}
Value dictValues(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("values", nargs, kw, 1, 1);
    return newView(args[0], ViewKind::Values);
}
Value dictItems(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("items", nargs, kw, 1, 1);
    return newView(args[0], ViewKind::Items);
}

Value dictGetMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("get", nargs, kw, 2, 3);
    if (Value v = dictGet(self(args), args[1])) return v;
    return nargs > 2 ? args[2] : None();
}

Value dictPop(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pop", nargs, kw, 2, 3);
    DictObject* d = self(args);
    if (Value v = dictGet(d, args[1])) {
        dictDelete(d, args[1]);
        return v;
    }
    if (nargs > 2) return args[2];
    raiseWithValue(&exc::KeyError, args[1]);
}

Value dictPopitem(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("popitem", nargs, kw, 1, 1);
    DictObject* d = self(args);
    // Last in, first out, as Python 3.7 guarantees; holes at the end are skipped.
    for (uint32_t i = d->filled; i-- > 0;) {
        DictEntry e = d->entries()[i];
        if (!e.key) continue;
        dictDelete(d, e.key);
        return Value(newTuple({e.key, e.value}));
    }
    raiseError(&exc::KeyError, "popitem(): dictionary is empty");
}

Value dictSetdefault(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("setdefault", nargs, kw, 2, 3);
    if (Value v = dictGet(self(args), args[1])) return v;
    Value fallback = nargs > 2 ? args[2] : None();
    dictSet(self(args), args[1], fallback);
    return fallback;
}

Value dictUpdateMethod(const Value* args, size_t nargs, TupleObject* kw) {
    if (nargs > 2) raiseTypeError("update expected at most 1 argument, got %zu", nargs - 1);
    if (nargs > 1) dictUpdate(self(args), args[1]);
    for (size_t k = 0; kw && k < kw->size; ++k) dictSet(self(args), kw->items[k], args[nargs + k]);
    return None();
}

Value dictClearMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("clear", nargs, kw, 1, 1);
    dictClear(self(args));
    return None();
}

Value dictCopyMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("copy", nargs, kw, 1, 1);
    return Value(dictCopy(self(args)));
}

Value dictFromkeys(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("fromkeys", nargs, kw, 2, 3);
    // A class method: a subclass gets an instance of itself, filled through its own __setitem__.
    Value d = call0(args[0]);
    Value value = nargs > 2 ? args[2] : None();
    Value it = getIter(args[1]);
    while (Value key = iterNext(it)) setItem(d, key, value);
    return d;
}

const MethodDef dictMethods[] = {
    {"__init__", dictInit},
    {"__reversed__", dictReversed},
    {"clear", dictClearMethod},
    {"copy", dictCopyMethod},
    {"fromkeys", dictFromkeys, MethodKind::ClassMethod},
    {"get", dictGetMethod},
    {"items", dictItems},
    {"keys", dictKeys},
    {"pop", dictPop},
    {"popitem", dictPopitem},
    {"setdefault", dictSetdefault},
    {"update", dictUpdateMethod},
    {"values", dictValues},
    {nullptr, nullptr},
};

}  // namespace

Type dictType{TypeSpec{
    .name = "dict",
    .instanceSize = sizeof(DictObject),
    .flags = kTypeBaseType | kTypeInitFills,
    .trace = dictTrace,
    .print = dictPrint,
    .hash = unhashableHash,
    .make = dictMake,
    .binary = dictBinary,
    .inplace = dictInplace,
    .len = dictLen,
    .iter = dictIter,
    .getitem = dictGetItem,
    .setitem = dictSetItem,
    .contains = dictContains,
    .methods = dictMethods,
    .binaryMethods = operators(BinaryOp::Or),
    .reflectedMethods = operators(BinaryOp::Or),
    .inplaceMethods = operators(BinaryOp::Or),
}};

}  // namespace pyfw::engine
