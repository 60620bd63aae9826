// The built-in type registry and the finishing of built-in types at start-up (names, MROs, slot
// inheritance from the base type), and each type's method dict, built from its MethodDef tables
// the first time the type's attributes are looked up.
#include <mutex>
#include <vector>

#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/objects/type_constants.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

extern thread_local bool allocatingPermanent;

struct SlotWrapperDef {
    const char* name;
    NativeFn fn;
    bool (*applies)(const Type* t);
};
extern const SlotWrapperDef kSlotWrappers[];

namespace {

std::vector<Type*>& registry() {
    static std::vector<Type*> types;
    return types;
}

}  // namespace

// Built-in types are static objects, constructed in an order C++ leaves unspecified across files,
// so the constructor only copies the spec and registers the type; everything that needs another
// type (the base, interned names) waits for finishType at start-up.
Type::Type(const TypeSpec& spec) {
    type = &typeType;
    cname = spec.name;
    base = spec.base;
    instanceSize = spec.instanceSize;
    flags = spec.flags;
    dictOffset = spec.dictOffset;
    methods = spec.methods;
    attrs = spec.attrs;
    trace = spec.trace;
    finalize = spec.finalize;
    print = spec.print;
    hash = spec.hash;
    call = spec.call;
    make = spec.make;
    getattr = spec.getattr;
    setattr = spec.setattr;
    binary = spec.binary;
    inplace = spec.inplace;
    unary = spec.unary;
    truthy = spec.truthy;
    len = spec.len;
    iter = spec.iter;
    next = spec.next;
    getitem = spec.getitem;
    setitem = spec.setitem;
    contains = spec.contains;
    buffer = spec.buffer;
    descrGet = spec.descrGet;
    descrSet = spec.descrSet;
    binaryMethods = spec.binaryMethods;
    reflectedMethods = spec.reflectedMethods;
    unaryMethods = spec.unaryMethods;
    inplaceMethods = spec.inplaceMethods;
    // The C string rides in the Value until finishType can intern it.
    if (spec.module) moduleName = Value(reinterpret_cast<Object*>(const_cast<char*>(spec.module)));
    registry().push_back(this);
}

bool isSubtype(const Type* type, const Type* base) {
    if (type == base) return true;
    if (TupleObject* mro = type->mro) {
        for (size_t i = 0; i < mro->size; ++i)
            if (mro->items[i].as<Type>() == base) return true;
        return false;
    }
    // Not finished yet (no MRO): built-in types have single inheritance, so the base chain is it.
    for (const Type* t = type->base; t; t = t->base)
        if (t == base) return true;
    return false;
}

namespace {

struct AttrDescriptorObject : Object {
    const AttrDef* def;
    Type* owner;
};

Value attrDescriptorGet(Value descr, Value instance, Type*) {
    if (!instance) return descr;  // read through the class (int.real): the descriptor itself
    return descr.as<AttrDescriptorObject>()->def->get(instance);
}

void attrDescriptorSet(Value descr, Value instance, Value value) {
    auto* d = descr.as<AttrDescriptorObject>();
    if (!d->def->set)
        raiseError(&exc::AttributeError, "'%s' object attribute '%s' is read-only", typeName(instance),
                   d->def->name);
    d->def->set(instance, value);
}

Type attrDescriptorType{TypeSpec{
    .name = "getset_descriptor",
    .descrGet = attrDescriptorGet,
    .descrSet = attrDescriptorSet,
}};

// Calls owner->make with an explicit class: the built-in types' __new__(cls, *args).
Value nativeNew(const Value* args, size_t nargs, TupleObject* kwnames) {
    Type* owner = args[0].as<Type>();
    if (nargs < 2 || typeOf(args[1]) != &typeType)
        raiseTypeError("%s.__new__(X): X is not a type object", owner->cname);
    Type* cls = args[1].as<Type>();
    if (!isSubtype(cls, owner))
        raiseTypeError("%s.__new__(%s): %s is not a subtype of %s", owner->cname, cls->name->data,
                       cls->name->data, owner->cname);
    // Only the constructor of cls's own native base makes a valid instance: object.__new__ of a
    // list iterator or a hash object would leave the fields its own constructor fills at zero.
    Type* native = cls->nativeBase;
    if (native->make != owner->make)
        raiseTypeError("%s.__new__(%s) is not safe, use %s.__new__()", owner->cname, cls->name->data,
                       native->name->data);
    return owner->make(cls, args + 2, nargs - 2, kwnames);
}

// Only empty slots are filled: a type's own slot always wins over its base's, as in CPython's
// slot inheritance. Run base first (finishType recurses), so b's slots are already complete.
void inheritSlots(Type* t, const Type* b) {
#define INHERIT(slot) if (!t->slot) t->slot = b->slot
    INHERIT(trace); INHERIT(finalize); INHERIT(print); INHERIT(hash); INHERIT(call);
    INHERIT(getattr); INHERIT(setattr); INHERIT(binary); INHERIT(inplace); INHERIT(unary);
    INHERIT(truthy); INHERIT(len); INHERIT(iter); INHERIT(next); INHERIT(getitem);
    INHERIT(setitem); INHERIT(contains); INHERIT(buffer); INHERIT(descrGet); INHERIT(descrSet);
#undef INHERIT
    // A native type without a constructor of its own cannot be called (list_iterator); object's
    // would make an instance whose fields nothing fills. Types made for subclassing still inherit.
    if (!t->make && (b != &objectType || (t->flags & kTypeBaseType))) t->make = b->make;
    if (!t->dictOffset) t->dictOffset = b->dictOffset;  // the __dict__ sits where the base's does
}

WrapperObject* wrapMethod(Type* wrapperType, Value fn) {
    auto* w = static_cast<WrapperObject*>(allocatePermanent(sizeof(WrapperObject)));
    w->type = wrapperType;
    w->function = fn;
    return w;
}

void addMethods(Type* t, DictObject* d) {
    for (const MethodDef* m = t->methods; m && m->name; ++m) {
        Value fn(permanentBuiltinFunction(m->name, m->fn, m->kind == MethodKind::Method ? t : nullptr));
        if (m->kind == MethodKind::ClassMethod) fn = Value(wrapMethod(&classmethodType, fn));
        else if (m->kind == MethodKind::StaticMethod) fn = Value(wrapMethod(&staticmethodType, fn));
        dictSetStr(d, intern(m->name), fn);
    }
    for (const AttrDef* a = t->attrs; a && a->name; ++a) {
        auto* descriptor = static_cast<AttrDescriptorObject*>(allocatePermanent(sizeof(AttrDescriptorObject)));
        descriptor->type = &attrDescriptorType;
        descriptor->def = a;
        descriptor->owner = t;
        dictSetStr(d, intern(a->name), Value(descriptor));
    }
}

// Dunder methods for the type's own slots (object's are written out in object_type.cpp), and
// __new__ for a type that can be made.
void addSlotMethods(Type* t, DictObject* d) {
    if (t != &objectType) {
        for (const SlotWrapperDef* w = kSlotWrappers; w->name; ++w) {
            if (!w->applies(t)) continue;
            // A method the type's table defines under the same name is more specific than the
            // generic wrapper around its slot, so it is kept.
            StrObject* name = intern(w->name);
            if (!dictGetStr(d, name)) dictSetStr(d, name, Value(permanentBuiltinFunction(w->name, w->fn, t)));
        }
    }
    if (t->make && !(t->flags & kTypeAbstractNew) && !dictGetStr(d, names::__new__)) {
        BuiltinFunctionObject* fn = permanentBuiltinFunction("__new__", nativeNew, t);
        // Bound to the type it belongs to, so nativeNew knows whose constructor was asked for
        // even when reached through a subclass (int.__new__(MyInt)).
        fn->self = Value(t);
        dictSetStr(d, names::__new__, Value(fn));
    }
}

// Every name a built-in type's dict will hold is interned now, in the process-wide table, even
// though the dict is built later: a name first interned by one interpreter would otherwise be a
// different object from the dict's key, and lookups compare interned names by identity.
void internMemberNames(const Type* t) {
    for (const MethodDef* m = t->methods; m && m->name; ++m) intern(m->name);
    for (const AttrDef* a = t->attrs; a && a->name; ++a) intern(a->name);
    internRegisteredConstantNames(t);
}

void finishType(Type* t) {
    if (t->name) return;  // done already: a base is finished before the first type derived from it
    if (t != &objectType && !t->base) t->base = &objectType;
    if (t->base) finishType(t->base);
    t->name = intern(t->cname);
    t->nativeBase = t;
    if (t->moduleName) t->moduleName = Value(intern(reinterpret_cast<const char*>(t->moduleName.bits())));
    if (t->base) inheritSlots(t, t->base);
    // MRO: the type, then its base's MRO (built-in types have single inheritance).
    size_t baseLength = t->base ? t->base->mro->size : 0;
    TupleObject* mro = newTuple(baseLength + 1);
    mro->items[0] = Value(t);
    for (size_t i = 0; i < baseLength; ++i) mro->items[i + 1] = t->base->mro->items[i];
    t->mro = mro;
    t->bases = t->base ? newTuple({Value(t->base)}) : emptyTuple();
    internMemberNames(t);
    t->version = nextVersion();
}

// Sets allocatingPermanent for one scope and puts back what it was.
struct PermanentScope {
    bool saved = allocatingPermanent;
    PermanentScope() { allocatingPermanent = true; }
    ~PermanentScope() { allocatingPermanent = saved; }
};

}  // namespace

void initBuiltinTypes() {
    static std::once_flag once;
    std::call_once(once, [] {
        PermanentScope permanent;
        names::initStaticNames();
        for (const SlotWrapperDef* w = kSlotWrappers; w->name; ++w) intern(w->name);
        for (Type* t : registry()) finishType(t);
    });
}

// The dict is permanent like the type: every interpreter in the process shares it, so it is built
// once, under a lock, and published only when complete. Building it changes no visible state, so
// the type's version stays.
DictObject* buildBuiltinTypeDict(Type* t) {
    static std::mutex building;
    std::lock_guard<std::mutex> lock(building);
    if (t->dict) return t->dict;  // another thread built it while this one waited for the lock
    PermanentScope permanent;
    DictObject* d = newDict();
    addMethods(t, d);
    addRegisteredConstants(t, d);
    addSlotMethods(t, d);
    // Pairs with the acquire load in typeDict(): a reader that sees the pointer sees a full dict.
    __atomic_store_n(&t->dict, d, __ATOMIC_RELEASE);
    return d;
}

}  // namespace pyfw::engine
