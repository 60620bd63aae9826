// The object model: every heap object starts with a pointer to its Type, and a Type is a table of
// slots (function pointers) that the runtime calls. A built-in type is one TypeSpec written with
// designated initialisers in the file that implements it; a user class is a Type made at run time
// whose slots call the class's dunder methods (see class_slots.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/objects/value.h"

namespace pyfw::engine {

struct Type;
struct StrObject;
struct TupleObject;
struct DictObject;
struct FunctionObject;
class Tracer;

struct Object {
    Type* type;
};

// Binary operators, in the order of their dunder names (see operators.cpp). The comparisons share
// the slot so a type answers every operator in one function.
enum class BinaryOp : uint8_t {
    Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Xor, Or,
    Lt, Le, Eq, Ne, Gt, Ge,
    Count
};
constexpr bool isComparison(BinaryOp op) { return op >= BinaryOp::Lt; }

enum class UnaryOp : uint8_t { Neg, Pos, Invert, Abs, Count };

// Which operator methods (__add__, __radd__, __iadd__, __neg__, ...) a built-in type's dict
// shows, as a set of BinaryOp or UnaryOp bits: only those the type really serves, as CPython
// shows them, so hasattr([], '__sub__') is False. Zero (not given) shows every one its slot could.
constexpr uint32_t kOperatorsGiven = 1u << 31;
template <class... Ops>
constexpr uint32_t operators(Ops... ops) { return (kOperatorsGiven | ... | (1u << unsigned(ops))); }
constexpr uint32_t kNoOperators = operators();   // comparisons only (range, slice, memoryview)

enum class PrintKind : uint8_t { Str, Repr };

// Calls pass arguments in the vectorcall style: `args[0..nargs)` are positional, and when
// `kwnames` is set the next len(kwnames) values are keyword arguments with those names.
using NativeFn = Value (*)(const Value* args, size_t nargs, TupleObject* kwnames);

using TraceFn = void (*)(Object* self, Tracer& tracer);
using FinalizeFn = void (*)(Object* self);
using PrintFn = void (*)(std::string& out, Value self, PrintKind kind);
using HashFn = int64_t (*)(Value self);
using CallFn = Value (*)(Value self, const Value* args, size_t nargs, TupleObject* kwnames);
using MakeFn = Value (*)(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames);
using GetAttrFn = Value (*)(Value self, StrObject* name);               // null when absent
using SetAttrFn = void (*)(Value self, StrObject* name, Value value);   // null value deletes
using BinaryFn = Value (*)(BinaryOp op, Value self, Value other, bool reflected);  // NotImplemented
using UnaryFn = Value (*)(UnaryOp op, Value self);                    // null when unsupported
using TruthFn = bool (*)(Value self);
using LenFn = int64_t (*)(Value self);
using IterFn = Value (*)(Value self);
using NextFn = Value (*)(Value self);                                  // null when exhausted
using GetItemFn = Value (*)(Value self, Value key);
using SetItemFn = void (*)(Value self, Value key, Value value);       // null value deletes
using ContainsFn = bool (*)(Value self, Value item);
using DescrGetFn = Value (*)(Value descr, Value instance, Type* owner);  // instance null: via class
using DescrSetFn = void (*)(Value descr, Value instance, Value value);   // null value deletes

// A bytes-like view for the buffer protocol (bytes, bytearray, memoryview, array).
// `size` counts bytes; a typed buffer (array) also says how its items are laid out, which
// memoryview follows.
struct Buffer {
    uint8_t* data;
    size_t size;
    bool writable;
    char format = 'B';       // a typecode of buffer_items.h
    uint8_t itemSize = 1;
};
using BufferFn = bool (*)(Value self, Buffer& out);

enum class MethodKind : uint8_t { Method, ClassMethod, StaticMethod };

// One row of a built-in type's method table. The function receives self as args[0].
struct MethodDef {
    const char* name;
    NativeFn fn;
    MethodKind kind = MethodKind::Method;
};

// A computed attribute of a built-in type (e.g. slice.start); setter null means read-only.
struct AttrDef {
    const char* name;
    Value (*get)(Value self);
    void (*set)(Value self, Value value) = nullptr;
};

enum TypeFlags : uint32_t {
    kTypeBaseType = 1u << 0,        // may be subclassed
    kTypeHeapType = 1u << 1,        // a class made at run time (lives in the GC heap)
    kTypeVarSize = 1u << 2,         // instances carry a variable part after instanceSize
    kTypeException = 1u << 3,       // BaseException or a subclass
    kTypeHasSubclasses = 1u << 4,   // changing its dict must invalidate subclasses' caches
    kTypeAbstractNew = 1u << 5,     // calling it raises TypeError (e.g. function, generator)
    kTypeInitFills = 1u << 6,       // mutable: a subclass's instance is made empty, __init__ fills it
};

// Everything a built-in type says about itself, written once with designated initialisers.
struct TypeSpec {
    const char* name;
    Type* base = nullptr;           // null means object
    uint32_t instanceSize = sizeof(Object);
    uint32_t flags = 0;
    int32_t dictOffset = 0;         // where an instance keeps its __dict__ (0: none)
    TraceFn trace = nullptr;
    FinalizeFn finalize = nullptr;
    PrintFn print = nullptr;
    HashFn hash = nullptr;
    CallFn call = nullptr;
    MakeFn make = nullptr;
    GetAttrFn getattr = nullptr;
    SetAttrFn setattr = nullptr;
    BinaryFn binary = nullptr;
    BinaryFn inplace = nullptr;
    UnaryFn unary = nullptr;
    TruthFn truthy = nullptr;
    LenFn len = nullptr;
    IterFn iter = nullptr;
    NextFn next = nullptr;
    GetItemFn getitem = nullptr;
    SetItemFn setitem = nullptr;
    ContainsFn contains = nullptr;
    BufferFn buffer = nullptr;
    DescrGetFn descrGet = nullptr;
    DescrSetFn descrSet = nullptr;
    const MethodDef* methods = nullptr;   // terminated by a row with a null name
    const AttrDef* attrs = nullptr;       // terminated by a row with a null name
    const char* module = nullptr;         // for repr, e.g. "ucollections"
    uint32_t binaryMethods = 0;           // operators(...): __add__ ... shown in the dict
    uint32_t reflectedMethods = 0;        // operators(...): __radd__ ...
    uint32_t unaryMethods = 0;            // operators(...): __neg__ ...
    uint32_t inplaceMethods = 0;          // operators(...): __iadd__ ...
};

struct Type : Object {
    explicit Type(const TypeSpec& spec);  // a permanent built-in type; registers itself
    Type() = default;                     // a heap type, filled in by class creation

    const char* cname = nullptr;
    StrObject* name = nullptr;
    Type* base = nullptr;
    TupleObject* bases = nullptr;
    TupleObject* mro = nullptr;
    DictObject* dict = nullptr;
    Value moduleName;                     // str or null
    uint64_t version = 0;                 // changes whenever the dict gains/loses/rebinds a key
    uint32_t flags = 0;
    uint32_t instanceSize = 0;
    int32_t dictOffset = 0;
    // The most entries an instance dict of this type was seen to hold lately: a new one is made
    // with room for that many inside the dict object (dict.h), so it rarely needs separate
    // storage. instanceDictsMade counts them, to start the record again now and then.
    uint32_t usualDictSize = 0;
    uint32_t instanceDictsMade = 0;
    const MethodDef* methods = nullptr;
    const AttrDef* attrs = nullptr;
    Type* nativeBase = nullptr;           // the built-in type whose layout instances share
    uint32_t binaryMethods = 0;           // see TypeSpec
    uint32_t reflectedMethods = 0;
    uint32_t unaryMethods = 0;
    uint32_t inplaceMethods = 0;
    // What calling this class runs, for the VM's inline instance creation: __init__ when it is a
    // plain function and __new__ is object's, else null; valid while version and the class epoch
    // are those recorded (initVersion 0: not looked up yet). Not traced: while valid, the
    // function is in a dict along the MRO.
    uint64_t initVersion = 0;
    uint64_t initEpoch = 0;
    FunctionObject* initFunction = nullptr;

    TraceFn trace = nullptr;
    FinalizeFn finalize = nullptr;
    PrintFn print = nullptr;
    HashFn hash = nullptr;
    CallFn call = nullptr;
    MakeFn make = nullptr;
    GetAttrFn getattr = nullptr;
    SetAttrFn setattr = nullptr;
    BinaryFn binary = nullptr;
    BinaryFn inplace = nullptr;
    UnaryFn unary = nullptr;
    TruthFn truthy = nullptr;
    LenFn len = nullptr;
    IterFn iter = nullptr;
    NextFn next = nullptr;
    GetItemFn getitem = nullptr;
    SetItemFn setitem = nullptr;
    ContainsFn contains = nullptr;
    BufferFn buffer = nullptr;
    DescrGetFn descrGet = nullptr;
    DescrSetFn descrSet = nullptr;

    bool isHeapType() const { return flags & kTypeHeapType; }
};

// The types every file needs; each is defined in the file that implements it.
extern Type typeType, objectType, noneType, boolType, intType, floatType, strType, bytesType,
    bytearrayType, tupleType, listType, dictType, setType, frozensetType, rangeType, sliceType,
    functionType, builtinFunctionType, boundMethodType, cellType, codeType, moduleType,
    generatorType, propertyType, classmethodType, staticmethodType, superType,
    notImplementedType, ellipsisType, memoryviewType;

inline Type* typeOf(Value v) {
    if (v.isImmediate()) return v.isSmallInt() ? &intType : &floatType;
    return v.object()->type;
}

// Permanent singletons (never in the GC heap).
extern Object noneObject, trueObject, falseObject, notImplementedObject, ellipsisObject;
inline Value None() { return Value(&noneObject); }
inline Value True() { return Value(&trueObject); }
inline Value False() { return Value(&falseObject); }
inline Value NotImplemented() { return Value(&notImplementedObject); }
inline Value Ellipsis() { return Value(&ellipsisObject); }
inline Value boolValue(bool b) { return b ? True() : False(); }

bool isSubtype(const Type* type, const Type* base);
inline bool isInstance(Value v, const Type* t) {
    Type* vt = typeOf(v);
    return vt == t || isSubtype(vt, t);
}
inline bool isStr(Value v) { return isInstance(v, &strType); }
inline bool isInt(Value v) { return v.isSmallInt() || isInstance(v, &intType); }

// The process-wide list of built-in types, filled by Type's constructor during static
// initialisation and finished (names, MROs, inherited slots) by initBuiltinTypes().
void initBuiltinTypes();

// A type's dict. A built-in type's is built on first use: most programs touch a few dozen of the
// hundreds of types, and building them all at start-up was most of its time and memory.
DictObject* buildBuiltinTypeDict(Type* t);
inline DictObject* typeDict(Type* t) {
    DictObject* d = __atomic_load_n(&t->dict, __ATOMIC_ACQUIRE);  // another thread may build it
    return d || t->isHeapType() ? d : buildBuiltinTypeDict(t);
}

}  // namespace pyfw::engine
