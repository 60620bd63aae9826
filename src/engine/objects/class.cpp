// User classes: creation (layout, C3 MRO, slots), instantiation (type.__call__), and keeping the
// slots right when a class changes. The slots that call dunder methods are in class_slots.cpp.
#include "engine/objects/class.h"

#include <new>
#include <vector>

#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/list.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

uint64_t classEpoch = 1;
uint64_t classEpochTag = uint64_t(1) << 8;
void fillClassSlots(Type* cls);
void clearMethodCache();

namespace {

// C3 linearisation of the bases' MROs.
TupleObject* computeMro(Type* cls, TupleObject* bases) {
    RootedValues work;
    std::vector<std::vector<Value>> sequences;
    for (size_t i = 0; i < bases->size; ++i) {
        TupleObject* mro = bases->items[i].as<Type>()->mro;
        sequences.emplace_back(mro->items, mro->items + mro->size);
    }
    sequences.emplace_back(bases->items, bases->items + bases->size);
    // Keep every candidate reachable for the GC while we work on host vectors.
    for (auto& seq : sequences) work.values.insert(work.values.end(), seq.begin(), seq.end());
    std::vector<Value> result{Value(cls)};
    while (true) {
        bool empty = true;
        for (auto& seq : sequences) empty &= seq.empty();
        if (empty) break;
        Value chosen;
        for (auto& seq : sequences) {
            if (seq.empty()) continue;
            Value candidate = seq.front();
            bool inTail = false;
            for (auto& other : sequences)
                for (size_t k = 1; k < other.size() && !inTail; ++k) inTail = other[k] == candidate;
            if (!inTail) {
                chosen = candidate;
                break;
            }
        }
        if (!chosen)
            raiseTypeError("Cannot create a consistent method resolution order (MRO)");
        result.push_back(chosen);
        for (auto& seq : sequences)
            if (!seq.empty() && seq.front() == chosen) seq.erase(seq.begin());
    }
    return tupleFromArray(result.data(), result.size());
}

// The built-in type whose layout instances share: the most derived native base.
Type* solidBase(TupleObject* bases) {
    Type* solid = &objectType;
    for (size_t i = 0; i < bases->size; ++i) {
        Type* nb = bases->items[i].as<Type>()->nativeBase;
        if (isSubtype(nb, solid)) solid = nb;
        else if (!isSubtype(solid, nb)) raiseTypeError("multiple bases have instance lay-out conflict");
    }
    return solid;
}

void wrapImplicitly(DictObject* ns, StrObject* name, Type* wrapper) {
    Value v = dictGetStr(ns, name);
    if (!v || typeOf(v) != &functionType) return;
    auto* w = allocateObject<WrapperObject>(wrapper);
    w->function = v;
    dictSetStr(ns, name, Value(w));
}

}  // namespace

Type* newClass(StrObject* name, TupleObject* bases, DictObject* ns, Type* metaclass, DictObject* classKeywords) {
    if (!metaclass) metaclass = &typeType;
    if (bases->size == 0) bases = newTuple({Value(&objectType)});
    for (size_t i = 0; i < bases->size; ++i) {
        Value b = bases->items[i];
        if (!isInstance(b, &typeType)) raiseTypeError("bases must be types");
        if (!(b.as<Type>()->flags & kTypeBaseType))
            raiseTypeError("type '%s' is not an acceptable base type", b.as<Type>()->name->data);
    }
    Type* nb = solidBase(bases);
    void* memory = allocateBytes(metaclass->instanceSize + (metaclass != &typeType ? 8 : 0));
    auto* cls = new (memory) Type();
    cls->type = metaclass;
    cls->name = name;
    cls->bases = bases;
    cls->base = bases->items[0].as<Type>();
    cls->nativeBase = nb;
    cls->dict = dictCopy(ns);
    cls->flags = kTypeHeapType | kTypeBaseType | (nb->flags & (kTypeException | kTypeVarSize | kTypeInitFills));
    cls->mro = computeMro(cls, bases);
    // Layout: the native base's, plus a __dict__ slot unless some base already has one.
    Type* layoutBase = cls->base;
    for (size_t i = 0; i < bases->size; ++i) {
        Type* b = bases->items[i].as<Type>();
        if (b->instanceSize > layoutBase->instanceSize) layoutBase = b;
    }
    cls->instanceSize = layoutBase->instanceSize;
    cls->dictOffset = layoutBase->dictOffset;
    if (!cls->dictOffset) {
        if (nb->flags & kTypeVarSize) {
            cls->dictOffset = -1;
        } else {
            cls->dictOffset = int32_t(cls->instanceSize);
            cls->instanceSize += sizeof(Value);
        }
    }
    for (size_t i = 0; i < bases->size; ++i) bases->items[i].as<Type>()->flags |= kTypeHasSubclasses;
    if (Value module = dictGetStr(cls->dict, names::__module__)) cls->moduleName = module;
    else if (Frame* f = thread().frame) cls->moduleName = dictGetStr(f->globals, names::__name__);
    wrapImplicitly(cls->dict, names::__new__, &staticmethodType);
    wrapImplicitly(cls->dict, names::__init_subclass__, &classmethodType);
    wrapImplicitly(cls->dict, names::__class_getitem__, &classmethodType);
    // Defining __eq__ without __hash__ in the class body makes instances unhashable, as in
    // CPython: the inherited hash would no longer agree with equality. Only the class's own
    // dict counts, and only at creation: __eq__ assigned later leaves the hash alone.
    if (dictGetStr(cls->dict, names::__eq__) && !dictGetStr(cls->dict, names::__hash__))
        dictSetStr(cls->dict, names::__hash__, None());
    cls->version = nextVersion();
    fillClassSlots(cls);
    // __set_name__ on descriptors, then the parent's __init_subclass__.
    DictObject* d = cls->dict;
    for (uint32_t i = 0; i < d->filled; ++i) {
        DictEntry e = d->entries()[i];
        if (!e.key || e.value.isSmallInt()) continue;
        Value setName = lookupType(typeOf(e.value), names::__set_name__);
        if (setName) call3(setName, e.value, Value(cls), e.key);
    }
    if (cls->mro->size > 1) {
        Type* parent = cls->mro->items[1].as<Type>();
        Value init = lookupType(parent, names::__init_subclass__);
        if (init && typeOf(init) == &classmethodType) {
            TupleObject* args = newTuple({Value(cls)});
            callWithTupleDict(init.as<WrapperObject>()->function, args, classKeywords);
        }
    }
    return cls;
}

namespace {

// The classes whose MRO holds `type`, found by walking the heap: classes keep no list of their
// subclasses (it would have to be weak, or no class could ever die), and a dunder assigned to
// a class that has subclasses is rare. Garbage not yet swept may be among them; refilling its
// slots is harmless.
void collectSubclasses(Type* type, RootedValues& out) {
    Heap& heap = interp().heap;
    heap.forEachObject([&](Object* o) {
        Type* meta = o->type;
        bool isClass = meta == &typeType ||
                       (meta && heap.contains(meta) && meta->isHeapType() && isSubtype(meta, &typeType));
        if (!isClass) return;
        auto* t = static_cast<Type*>(o);
        // A class whose creation failed half-way has no MRO and no slots to refill.
        if (t != type && t->isHeapType() && t->mro && isSubtype(t, type)) out.values.push_back(Value(t));
    });
}

}  // namespace

void classChanged(Type* type, StrObject* name) {
    type->version = nextVersion();
    if (type->flags & kTypeHasSubclasses) {
        ++classEpoch;
        classEpochTag = uint64_t(uint32_t(classEpoch)) << 8;
        clearMethodCache();
    }
    std::string_view n = name->view();
    if (n.size() <= 4 || n.substr(0, 2) != "__" || n.substr(n.size() - 2) != "__") return;
    fillClassSlots(type);
    // A subclass's slots come from the dunders along its MRO, so they are stale now too.
    if (type->flags & kTypeHasSubclasses) {
        RootedValues below;
        collectSubclasses(type, below);
        for (Value sub : below.values) fillClassSlots(sub.as<Type>());
    }
}

DictObject** dictSlot(Value object) {
    if (object.isImmediate()) return nullptr;
    Type* t = object.object()->type;
    int32_t offset = t->dictOffset;
    if (offset > 0) return reinterpret_cast<DictObject**>(reinterpret_cast<char*>(object.object()) + offset);
    if (offset < 0) {
        Heap& heap = interp().heap;
        if (!heap.contains(object.object())) return nullptr;
        size_t size = heap.allocationSize(object.object());
        return reinterpret_cast<DictObject**>(reinterpret_cast<char*>(object.object()) + size - sizeof(Value));
    }
    return nullptr;
}

DictObject* instanceDict(Value object, bool create) {
    DictObject** slot = dictSlot(object);
    if (!slot) return nullptr;
    if (!*slot && create) *slot = newInstanceDictFor(typeOf(object));
    return *slot;
}

// type.__call__: make the instance with __new__, then initialise it with __init__.
Value typeCall(Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
    Type* cls = self.as<Type>();
    if (!cls->isHeapType()) {
        if (!cls->make || (cls->flags & kTypeAbstractNew))
            raiseTypeError("cannot create '%s' instances", cls->name->data);
        return cls->make(cls, args, nargs, kwnames);
    }
    Value newFn = lookupType(cls, names::__new__);
    Type* nb = cls->nativeBase;
    Value instance;
    bool nativeNew = !newFn || typeOf(newFn) == &builtinFunctionType;
    if (nativeNew) {
        if (nb->flags & kTypeInitFills) instance = nb->make(cls, nullptr, 0, nullptr);
        else instance = nb->make(cls, args, nargs, kwnames);
    } else {
        Value fn = typeOf(newFn) == &staticmethodType ? newFn.as<WrapperObject>()->function : newFn;
        size_t total = nargs + (kwnames ? kwnames->size : 0);
        RootedValues all;
        all.values.reserve(total + 1);
        all.values.push_back(self);
        all.values.insert(all.values.end(), args, args + total);
        instance = call(fn, all.values.data(), nargs + 1, kwnames);
        if (!isInstance(instance, cls)) return instance;
    }
    Value init = lookupType(typeOf(instance), names::__init__);
    if (init && typeOf(init) == &builtinFunctionType && init.as<BuiltinFunctionObject>()->owner == &objectType) {
        if ((nargs || (kwnames && kwnames->size)) && nativeNew && (nb == &objectType || (nb->flags & kTypeInitFills)))
            raiseTypeError("%s() takes no arguments", cls->name->data);
        return instance;
    }
    if (init) {
        size_t total = nargs + (kwnames ? kwnames->size : 0);
        PrependedArgs prepended(instance, args, total);
        Value* all = prepended.data();
        Value r = call(init, all, nargs + 1, kwnames);
        if (r != None()) raiseTypeError("__init__() should return None, not '%s'", typeName(r));
    }
    return instance;
}

}  // namespace pyfw::engine
