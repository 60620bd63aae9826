// Attribute access: type lookup through the MRO (with a global cache keyed on type versions),
// the generic descriptor protocol, and the method-call shortcut used by the VM.
#include <cstring>

#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

// Direct-mapped cache of (type version, name) -> value. Versions are never reused, so a hit is
// valid even for a type that died since: its version cannot match any live type.
struct MethodCacheEntry {
    uint64_t version = 0;
    StrObject* name = nullptr;
    Value value;
};
constexpr size_t kMethodCacheSize = 4096;
// constinit: all zeros in .bss, untouched until used (a run-time initialiser would write all
// 96 KiB at start-up).
constinit MethodCacheEntry methodCache[kMethodCacheSize];

Value lookupUncached(const Type* type, StrObject* name) {
    TupleObject* mro = type->mro;
    if (!mro) return type->dict ? dictGetStr(type->dict, name) : Value();
    for (size_t i = 0; i < mro->size; ++i) {
        if (DictObject* d = typeDict(mro->items[i].as<Type>())) {
            if (Value v = dictGetStr(d, name)) return v;
        }
    }
    return Value();
}

}  // namespace

void clearMethodCache() { std::memset(static_cast<void*>(methodCache), 0, sizeof methodCache); }

Value lookupType(const Type* type, StrObject* name) {
    if (!name->isInterned()) return lookupUncached(type, name);
    size_t slot = (type->version * 0x9E3779B97F4A7C15ull ^ (reinterpret_cast<uintptr_t>(name) >> 4)) & (kMethodCacheSize - 1);
    MethodCacheEntry& e = methodCache[slot];
    if (e.version == type->version && e.name == name) return e.value;
    Value v = lookupUncached(type, name);
    e.version = type->version;
    e.name = name;
    e.value = v;
    return v;
}

Value genericGetAttr(Value object, StrObject* name) {
    Type* type = typeOf(object);
    Value descr = lookupType(type, name);
    Type* dt = nullptr;
    if (descr) {
        dt = typeOf(descr);
        if (dt->descrGet && dt->descrSet) return dt->descrGet(descr, object, type);
    }
    if (DictObject** slot = dictSlot(object)) {
        if (*slot) {
            if (Value v = dictGetStr(*slot, name)) return v;
        }
    }
    if (descr) {
        if (dt->descrGet) return dt->descrGet(descr, object, type);
        return descr;
    }
    if (name == names::__dict__) {
        if (DictObject** slot = dictSlot(object)) {
            if (!*slot) *slot = newInstanceDictFor(type);
            return Value(*slot);
        }
    }
    return Value();
}

void genericSetAttr(Value object, StrObject* name, Value value) {
    Type* type = typeOf(object);
    Value descr = lookupType(type, name);
    if (descr) {
        Type* dt = typeOf(descr);
        if (dt->descrSet) {
            dt->descrSet(descr, object, value);
            return;
        }
    }
    DictObject** slot = dictSlot(object);
    if (!slot) {
        if (descr)
            raiseError(&exc::AttributeError, "'%s' object attribute '%s' is read-only", typeName(object), name->data);
        raiseError(&exc::AttributeError, "'%s' object has no attribute '%s'", typeName(object), name->data);
    }
    if (name == names::__dict__) {   // obj.__dict__ = d replaces the namespace itself
        if (!value) {   // deleted: an empty one is made on next use, as CPython does
            *slot = nullptr;
            return;
        }
        if (!isInstance(value, &dictType)) raiseTypeError("__dict__ must be set to a dictionary, not a '%s'", typeName(value));
        *slot = value.as<DictObject>();
        return;
    }
    if (value) {
        if (!*slot) *slot = newInstanceDictFor(type);
        dictSetStr(*slot, name, value);
        noteInstanceDictSize(type, *slot);
        return;
    }
    if (!*slot || !dictDelete(*slot, Value(name)))
        raiseError(&exc::AttributeError, "'%s' object has no attribute '%s'", typeName(object), name->data);
}

Value getAttrOrNull(Value object, StrObject* name) {
    Type* t = typeOf(object);
    try {
        return t->getattr ? t->getattr(object, name) : genericGetAttr(object, name);
    } catch (PythonError&) {
        if (!pendingIs(&exc::AttributeError)) throw;
        takePendingException();
        return Value();
    }
}

[[noreturn]] void raiseNoAttribute(Value object, StrObject* name) {
    if (typeOf(object) == &typeType || isInstance(object, &typeType))
        raiseError(&exc::AttributeError, "type object '%s' has no attribute '%s'", object.as<Type>()->name->data,
                   name->data);
    if (typeOf(object) == &moduleType)
        raiseError(&exc::AttributeError, "module '%s' has no attribute '%s'", object.as<ModuleObject>()->name->data,
                   name->data);
    raiseError(&exc::AttributeError, "'%s' object has no attribute '%s'", typeName(object), name->data);
}

Value getAttr(Value object, StrObject* name) {
    Type* t = typeOf(object);
    Value v = t->getattr ? t->getattr(object, name) : genericGetAttr(object, name);
    if (!v) raiseNoAttribute(object, name);
    return v;
}

void setAttr(Value object, StrObject* name, Value value) {
    Type* t = typeOf(object);
    if (t->setattr) t->setattr(object, name, value);
    else genericSetAttr(object, name, value);
}

void delAttr(Value object, StrObject* name) { setAttr(object, name, Value()); }

bool loadMethod(Value object, StrObject* name, Value& function, bool& passSelf) {
    Type* t = typeOf(object);
    if (t->getattr == genericGetAttr) {
        Value descr = lookupType(t, name);
        if (descr.isObject()) {
            Type* dt = descr.object()->type;
            bool plainFunction =
                dt == &functionType || (dt == &builtinFunctionType && !descr.as<BuiltinFunctionObject>()->self &&
                                        descr.as<BuiltinFunctionObject>()->owner);
            if (plainFunction) {
                DictObject** slot = dictSlot(object);
                if (!slot || !*slot || !(*slot)->used || !dictGetStr(*slot, name)) {
                    function = descr;
                    passSelf = true;
                    return true;
                }
            }
        }
    }
    passSelf = false;
    function = t->getattr ? t->getattr(object, name) : genericGetAttr(object, name);
    return bool(function);
}

}  // namespace pyfw::engine
