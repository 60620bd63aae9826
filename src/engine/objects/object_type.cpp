// object, type, NoneType, NotImplementedType and ellipsis.
#include <cstring>

#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/list.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

Value typeCall(Value self, const Value* args, size_t nargs, TupleObject* kwnames);

// The class's instances get attributes: this one's dict is made now, with room for them, so that
// the first attribute store (its __init__'s) appends like the others.
Value newPlainInstance(Type* cls) {
    auto* o = static_cast<Object*>(allocateBytes(cls->instanceSize, cls->finalize != nullptr));
    o->type = cls;
    if (cls->usualDictSize && cls->dictOffset > 0)
        *reinterpret_cast<DictObject**>(reinterpret_cast<char*>(o) + cls->dictOffset) = newInstanceDictFor(cls);
    return Value(o);
}

namespace {

// ---- object ----

void objectPrint(std::string& out, Value self, PrintKind) {
    Type* t = typeOf(self);
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at 0x%llx>", static_cast<unsigned long long>(self.bits()));
    out += '<';
    if (t->isHeapType() && t->moduleName && isStr(t->moduleName) && strView(t->moduleName) != "builtins") {
        out += strView(t->moduleName);
        out += '.';
    }
    out += t->name->view();
    out += buf;
}

// Heap objects sit on 16-byte blocks: the low bits of their addresses are always zero, so they are
// shifted out rather than leave every hash a multiple of 16 (crowding the hash tables' slots).
int64_t identityHash(Value self) { return int64_t(self.bits() >> 4); }

// The arguments belong to a subclass's __init__ (typeCall checks them against it); only object()
// itself has nowhere to send them.
Value objectMake(Type* cls, const Value*, size_t nargs, TupleObject* kwnames) {
    if (cls == &objectType && (nargs || (kwnames && kwnames->size))) raiseTypeError("object() takes no arguments");
    return newPlainInstance(cls);
}

// Extra arguments are refused only when no __init__ of the class's own would have taken them
// (object.__init__ reached through super() from an __init__ that took some is fine).
Value objectInit(const Value* args, size_t nargs, TupleObject* kw) {
    if (nargs > 1 || (kw && kw->size)) {
        Type* t = typeOf(args[0]);
        Value init = lookupType(t, names::__init__);
        bool initOverridden = init && typeOf(init) != &builtinFunctionType;
        if (!initOverridden) raiseTypeError("%s() takes no arguments", t->cname ? t->cname : t->name->data);
    }
    return None();
}

// Identity or NotImplemented (never False), so the other operand's __eq__ still gets its turn.
Value objectEq(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__eq__", nargs, kw, 2, 2);
    return args[0] == args[1] ? True() : NotImplemented();
}

Value objectOrdering(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("comparison", nargs, kw, 2, 2);
    return NotImplemented();
}

// The inverse of the object's own __eq__ (a class defining only __eq__ gets a matching !=).
Value objectNe(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__ne__", nargs, kw, 2, 2);
    Value eq = callSpecialOrNull(args[0], names::__eq__, args + 1, 1);
    if (!eq || eq == NotImplemented()) return NotImplemented();
    return boolValue(!truthy(eq));
}

Value objectHash(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__hash__", nargs, kw, 1, 1);
    return Value::smallInt(identityHash(args[0]));
}

Value objectRepr(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__repr__", nargs, kw, 1, 1);
    std::string out;
    objectPrint(out, args[0], PrintKind::Repr);
    return Value(newStr(out));
}

Value objectStr(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__str__", nargs, kw, 1, 1);
    return Value(repr(args[0]));
}

Value objectSetattr(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__setattr__", nargs, kw, 3, 3);
    genericSetAttr(args[0], requireStr(args[1], "attribute name"), args[2]);
    return None();
}

Value objectDelattr(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__delattr__", nargs, kw, 2, 2);
    genericSetAttr(args[0], requireStr(args[1], "attribute name"), Value());
    return None();
}

Value objectGetattribute(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__getattribute__", nargs, kw, 2, 2);
    StrObject* name = requireStr(args[1], "attribute name");
    if (Value v = genericGetAttr(args[0], name)) return v;
    raiseError(&exc::AttributeError, "'%s' object has no attribute '%s'", typeName(args[0]), name->data);
}

Value objectFormat(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__format__", nargs, kw, 2, 2);
    if (requireStr(args[1], "format spec")->size)
        raiseTypeError("unsupported format string passed to %s.__format__", typeName(args[0]));
    return Value(str(args[0]));
}

// The end of the __init_subclass__ chain: keywords of a class statement that no __init_subclass__
// took are an error here, as in CPython ("class D(C, x=1)" with nothing to receive x).
Value objectInitSubclass(const Value* args, size_t nargs, TupleObject* kw) {
    if (kw && kw->size)
        raiseTypeError("%s.__init_subclass__() takes no keyword arguments", args[0].as<Type>()->name->data);
    if (nargs > 1) raiseTypeError("__init_subclass__() takes no arguments (%zu given)", nargs - 1);
    return None();
}

Value objectDir(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__dir__", nargs, kw, 1, 1);
    ListObject* out = newList();
    if (DictObject* d = instanceDict(args[0], false))
        for (uint32_t i = 0; i < d->filled; ++i)
            if (d->entries()[i].key) listAppend(out, d->entries()[i].key);
    TupleObject* mro = typeOf(args[0])->mro;
    for (size_t k = 0; k < mro->size; ++k) {
        DictObject* d = typeDict(mro->items[k].as<Type>());
        for (uint32_t i = 0; i < d->filled; ++i)
            if (d->entries()[i].key) listAppend(out, d->entries()[i].key);
    }
    return Value(out);
}

Value objectClass(Value self) { return Value(typeOf(self)); }

const MethodDef objectMethods[] = {
    {"__delattr__", objectDelattr},
    {"__dir__", objectDir},
    {"__eq__", objectEq},
    {"__format__", objectFormat},
    {"__ge__", objectOrdering},
    {"__getattribute__", objectGetattribute},
    {"__gt__", objectOrdering},
    {"__hash__", objectHash},
    {"__init__", objectInit},
    {"__init_subclass__", objectInitSubclass, MethodKind::ClassMethod},
    {"__le__", objectOrdering},
    {"__lt__", objectOrdering},
    {"__ne__", objectNe},
    {"__repr__", objectRepr},
    {"__setattr__", objectSetattr},
    {"__str__", objectStr},
    {nullptr, nullptr},
};

const AttrDef objectAttrs[] = {{"__class__", objectClass}, {nullptr, nullptr}};

// ---- type ----

void typeTrace(Object* self, Tracer& t) {
    auto* type = static_cast<Type*>(self);
    t.visitObject(type->name);
    t.visitObject(type->base);
    t.visitObject(type->bases);
    t.visitObject(type->mro);
    t.visitObject(type->dict);
    t.visit(type->moduleName);
    t.visitObject(type->nativeBase);
}

void typePrint(std::string& out, Value self, PrintKind) {
    Type* t = self.as<Type>();
    // MicroPython prints a class by its name alone, whatever module defines it (<class 'Dummy'>).
    out += "<class '";
    out += t->name->view();
    out += "'>";
}

Value typeMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    if (nargs == 1 && cls == &typeType && !(kwnames && kwnames->size)) return Value(typeOf(args[0]));
    if (nargs != 3) raiseTypeError("type() takes 1 or 3 arguments");
    if (!isInstance(args[1], &tupleType) || !isInstance(args[2], &dictType))
        raiseTypeError("type() arguments must be (str, tuple, dict)");
    DictObject* keywords = nullptr;
    if (kwnames && kwnames->size) {
        keywords = newDict();
        for (size_t k = 0; k < kwnames->size; ++k) dictSet(keywords, kwnames->items[k], args[nargs + k]);
    }
    return Value(newClass(requireStr(args[0], "type() argument 1"), asTuple(args[1]), asDict(args[2]), cls, keywords));
}

Value typeGetAttr(Value self, StrObject* name) {
    Type* t = self.as<Type>();
    if (name == names::__name__) return Value(t->name);
    if (name == names::__qualname__) {
        if (t->isHeapType()) {
            if (Value q = dictGetStr(t->dict, names::__qualname__)) return q;
        }
        return Value(t->name);
    }
    if (name == names::__mro__) return Value(t->mro);
    if (name == names::__class__) return Value(typeOf(self));
    if (name == names::__bases__) return Value(t->bases);
    if (name == names::__dict__) return Value(dictCopy(typeDict(t)));
    if (name == names::__module__) {
        if (t->isHeapType()) {
            if (Value m = dictGetStr(t->dict, names::__module__)) return m;
        }
        return t->moduleName ? t->moduleName : Value(intern("builtins"));
    }
    if (name == names::__doc__ && !t->isHeapType()) return None();
    if (Value v = lookupType(t, name)) {
        Type* vt = typeOf(v);
        if (vt->descrGet) return vt->descrGet(v, Value(), t);
        return v;
    }
    // Attributes of the metaclass (e.g. type.mro, a metaclass's methods), bound to the class.
    Type* meta = typeOf(self);
    if (Value v = lookupType(meta, name)) {
        Type* vt = typeOf(v);
        if (vt->descrGet) return vt->descrGet(v, self, meta);
        return v;
    }
    if (name == names::__doc__) return None();
    return Value();
}

void typeSetAttr(Value self, StrObject* name, Value value) {
    Type* t = self.as<Type>();
    if (!t->isHeapType())
        raiseTypeError("cannot set '%s' attribute of immutable type '%s'", name->data, t->name->data);
    if (Value meta = lookupType(typeOf(self), name)) {
        Type* mt = typeOf(meta);
        if (mt->descrSet) {
            mt->descrSet(meta, self, value);
            return;
        }
    }
    if (name == names::__name__) {
        t->name = requireStr(value, "__name__");
        return;
    }
    if (value) {
        dictSetStr(t->dict, name, value);
    } else if (!dictDelete(t->dict, Value(name))) {
        raiseError(&exc::AttributeError, "type object '%s' has no attribute '%s'", t->name->data, name->data);
    }
    classChanged(t, name);
}

Value typeBinary(BinaryOp op, Value self, Value other, bool) {
    if (op == BinaryOp::Eq) return boolValue(self == other);
    if (op == BinaryOp::Ne) return boolValue(self != other);
    return NotImplemented();
}

Value typeMro(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("mro", nargs, kw, 1, 1);
    TupleObject* mro = args[0].as<Type>()->mro;
    return Value(listFromArray(mro->items, mro->size));
}

Value typeSubclasscheck(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__subclasscheck__", nargs, kw, 2, 2);
    if (!isInstance(args[1], &typeType)) raiseTypeError("issubclass() arg 1 must be a class");
    return boolValue(isSubtype(args[1].as<Type>(), args[0].as<Type>()));
}

Value typeInstancecheck(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__instancecheck__", nargs, kw, 2, 2);
    return boolValue(isInstance(args[1], args[0].as<Type>()));
}

const MethodDef typeMethods[] = {
    {"mro", typeMro},
    {"__instancecheck__", typeInstancecheck},
    {"__subclasscheck__", typeSubclasscheck},
    {nullptr, nullptr},
};

// ---- singletons ----

void nonePrint(std::string& out, Value, PrintKind) { out += "None"; }
bool falseTruthy(Value) { return false; }
Value noneMake(Type*, const Value*, size_t nargs, TupleObject*) {
    if (nargs) raiseTypeError("NoneType takes no arguments");
    return None();
}
void notImplementedPrint(std::string& out, Value, PrintKind) { out += "NotImplemented"; }
void ellipsisPrint(std::string& out, Value, PrintKind) { out += "Ellipsis"; }

// type(NotImplemented)() and type(...)() give back the singletons, as NoneType() gives None.
Value notImplementedMake(Type*, const Value*, size_t nargs, TupleObject* kw) {
    if (nargs || (kw && kw->size)) raiseTypeError("NotImplementedType takes no arguments");
    return NotImplemented();
}
Value ellipsisMake(Type*, const Value*, size_t nargs, TupleObject* kw) {
    if (nargs || (kw && kw->size)) raiseTypeError("ellipsis takes no arguments");
    return Ellipsis();
}

}  // namespace

Type objectType{TypeSpec{
    .name = "object",
    .instanceSize = sizeof(Object),
    .flags = kTypeBaseType | kTypeInitFills,
    .print = objectPrint,
    .hash = identityHash,
    .make = objectMake,
    .getattr = genericGetAttr,
    .setattr = genericSetAttr,
    .methods = objectMethods,
    .attrs = objectAttrs,
}};

Type typeType{TypeSpec{
    .name = "type",
    .instanceSize = sizeof(Type),
    .flags = kTypeBaseType,
    .trace = typeTrace,
    .print = typePrint,
    .call = typeCall,
    .make = typeMake,
    .getattr = typeGetAttr,
    .setattr = typeSetAttr,
    .binary = typeBinary,
    .methods = typeMethods,
    .binaryMethods = kNoOperators,
    .reflectedMethods = kNoOperators,
}};

Type noneType{TypeSpec{
    .name = "NoneType",
    .print = nonePrint,
    .make = noneMake,
    .truthy = falseTruthy,
}};

Type notImplementedType{TypeSpec{
    .name = "NotImplementedType",
    .print = notImplementedPrint,
    .make = notImplementedMake,
}};

Type ellipsisType{TypeSpec{
    .name = "ellipsis",
    .print = ellipsisPrint,
    .make = ellipsisMake,
}};

Object noneObject{&noneType};
Object notImplementedObject{&notImplementedType};
Object ellipsisObject{&ellipsisType};

}  // namespace pyfw::engine
