// User classes: instances, class creation (type(name, bases, dict) and the class statement), C3
// MRO, and the slots that make a class's dunder methods work for operators and built-ins.
#pragma once

#include "engine/objects/object.h"

namespace pyfw::engine {

struct DictObject;
struct TupleObject;
struct StrObject;

struct InstanceObject : Object {
    DictObject* dict;
};

// type(name, bases, namespace): builds the class, computes the MRO, fills the slots.
Type* newClass(StrObject* name, TupleObject* bases, DictObject* ns, Type* metaclass = nullptr,
               DictObject* classKeywords = nullptr);   // passed to the parent's __init_subclass__
// Recomputes a class's slots after its dict changed (class attribute assignment).
void classChanged(Type* type, StrObject* name);
// The instance dict slot of `object` (address), or null.
DictObject** dictSlot(Value object);
// The Python function behind `a op b` for two instances of class t, when that call is the whole
// operation: an arithmetic operator (not a comparison) of a class whose binary slot is the
// generic one, defined as a plain def (no reflected method is tried between operands of one
// class). Null otherwise. The VM runs such a call as a frame of its own loop.
struct FunctionObject;
FunctionObject* sameClassOperator(BinaryOp op, Type* t);
// A new instance of cls made as object.__new__ makes it (cls has object's layout and __new__),
// with its dict sized by what the class's instances hold lately.
Value newPlainInstance(Type* cls);
// A new global version stamp for inline caches (types and dicts share the counter).
uint64_t nextVersion();
// Bumped when a class that has subclasses changes; every type cache checks it.
extern uint64_t classEpoch;
// The epoch's low 32 bits shifted left by 8, as the attribute caches compare it (vm/vm_ops.h),
// kept with it so that a cache hit need not shift it.
extern uint64_t classEpochTag;

}  // namespace pyfw::engine
