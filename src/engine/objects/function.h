// Callables: Python functions, built-in functions (a C++ function and an optional bound self),
// bound methods, closure cells, and the method wrappers classmethod/staticmethod/property.
#pragma once

#include "engine/objects/object.h"

namespace pyfw::engine {

struct CodeObject;
struct DictObject;
struct TupleObject;
struct StrObject;

struct FunctionObject : Object {
    CodeObject* code;
    DictObject* globals;
    TupleObject* defaults;     // may be null
    DictObject* kwdefaults;    // may be null
    TupleObject* closure;      // cells for the code's free variables, may be null
    StrObject* name;
    StrObject* qualname;
    DictObject* dict;          // function attributes, made on first use
    Value module;
    Value doc;
};

struct BuiltinFunctionObject : Object {
    const char* name;
    NativeFn fn;
    Value self;                // null: not bound
    Type* owner;               // the type whose method this is, for repr and checks
};

struct BoundMethodObject : Object {
    Value function;
    Value self;
};

struct CellObject : Object {
    Value value;               // null: empty
};

struct WrapperObject : Object {   // classmethod, staticmethod
    Value function;
};

struct PropertyObject : Object {
    Value fget, fset, fdel, doc;
};

BuiltinFunctionObject* newBuiltinFunction(const char* name, NativeFn fn, Value self = Value(),
                                          Type* owner = nullptr);
// A built-in function in permanent memory (module tables, type method tables).
BuiltinFunctionObject* permanentBuiltinFunction(const char* name, NativeFn fn, Type* owner);
BoundMethodObject* newBoundMethod(Value function, Value self);
CellObject* newCell(Value value);

}  // namespace pyfw::engine
