// Calling: the generic call entry point and its conveniences. Python functions run in the VM
// (vm_call.cpp); everything else goes through its type's call slot.
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

Value callFunction(FunctionObject* f, const Value* args, size_t nargs, TupleObject* kwnames);

Value call(Value callee, const Value* args, size_t nargs, TupleObject* kwnames) {
    if (callee.isSmallInt()) raiseTypeError("'int' object is not callable");
    Type* t = typeOf(callee);
    if (t == &functionType) return callFunction(callee.as<FunctionObject>(), args, nargs, kwnames);
    if (t == &builtinFunctionType) {
        auto* b = callee.as<BuiltinFunctionObject>();
        if (!b->self && !b->owner) return b->fn(args, nargs, kwnames);
    }
    if (!t->call) raiseTypeError("'%s' object is not callable", typeName(callee));
    checkRecursion();
    return t->call(callee, args, nargs, kwnames);
}

Value call1(Value callee, Value a) { return call(callee, &a, 1); }

Value call2(Value callee, Value a, Value b) {
    Value args[2] = {a, b};
    return call(callee, args, 2);
}

Value call3(Value callee, Value a, Value b, Value c) {
    Value args[3] = {a, b, c};
    return call(callee, args, 3);
}

Value callMethod(Value self, StrObject* name, const Value* args, size_t nargs) {
    Value function;
    bool passSelf;
    if (!loadMethod(self, name, function, passSelf)) getAttr(self, name);   // raises AttributeError
    if (!passSelf) return call(function, args, nargs);
    PrependedArgs prepended(self, args, nargs);
    Value* all = prepended.data();
    return call(function, all, nargs + 1);
}

Value callSpecialOrNull(Value self, StrObject* name, const Value* args, size_t nargs) {
    Value f = lookupType(typeOf(self), name);
    if (!f) return Value();
    PrependedArgs prepended(self, args, nargs);
    Value* all = prepended.data();
    Type* ft = typeOf(f);
    if (ft == &functionType || ft == &builtinFunctionType) return call(f, all, nargs + 1);
    if (ft->descrGet) return call(ft->descrGet(f, self, typeOf(self)), args, nargs);
    return call(f, all, nargs + 1);
}

Value callWithTupleDict(Value callee, TupleObject* args, DictObject* kwargs) {
    size_t npos = args ? args->size : 0;
    if (!kwargs || kwargs->used == 0) return call(callee, args ? args->items : nullptr, npos);
    RootedValues all;
    all.values.reserve(npos + kwargs->used);
    for (size_t i = 0; i < npos; ++i) all.values.push_back(args->items[i]);
    TupleObject* names = newTuple(kwargs->used);
    size_t k = 0;
    for (uint32_t i = 0; i < kwargs->filled; ++i) {
        DictEntry e = kwargs->entries()[i];
        if (!e.key) continue;
        if (!isStr(e.key)) raiseTypeError("keywords must be strings");
        names->items[k++] = e.key;
        all.values.push_back(e.value);
    }
    return call(callee, all.values.data(), npos, names);
}

bool isCallable(Value v) {
    return typeOf(v)->call != nullptr;
}

}  // namespace pyfw::engine
