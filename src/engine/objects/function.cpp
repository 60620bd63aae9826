// Callable types: Python functions (called through the VM), built-in functions, bound methods,
// cells, classmethod/staticmethod and property.
#include "engine/objects/function.h"

#include <cstring>

#include "engine/bytecode/code.h"
#include "engine/objects/dict.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

Value callFunction(FunctionObject* f, const Value* args, size_t nargs, TupleObject* kwnames);

BuiltinFunctionObject* newBuiltinFunction(const char* name, NativeFn fn, Value self, Type* owner) {
    auto* b = allocateObject<BuiltinFunctionObject>(&builtinFunctionType);
    b->name = name;
    b->fn = fn;
    b->self = self;
    b->owner = owner;
    return b;
}

BuiltinFunctionObject* permanentBuiltinFunction(const char* name, NativeFn fn, Type* owner) {
    auto* b = static_cast<BuiltinFunctionObject*>(allocatePermanent(sizeof(BuiltinFunctionObject)));
    b->type = &builtinFunctionType;
    b->name = name;
    b->fn = fn;
    b->owner = owner;
    return b;
}

BoundMethodObject* newBoundMethod(Value function, Value self) {
    auto* m = allocateObject<BoundMethodObject>(&boundMethodType);
    m->function = function;
    m->self = self;
    return m;
}

CellObject* newCell(Value value) {
    auto* c = allocateObject<CellObject>(&cellType);
    c->value = value;
    return c;
}

namespace {

// ---- function ----

void functionTrace(Object* self, Tracer& t) {
    auto* f = static_cast<FunctionObject*>(self);
    t.visitObject(f->code);
    t.visitObject(f->globals);
    t.visitObject(f->defaults);
    t.visitObject(f->kwdefaults);
    t.visitObject(f->closure);
    t.visitObject(f->name);
    t.visitObject(f->qualname);
    t.visitObject(f->dict);
    t.visit(f->module);
    t.visit(f->doc);
}

void functionPrint(std::string& out, Value self, PrintKind) {
    auto* f = self.as<FunctionObject>();
    char buf[48];
    std::snprintf(buf, sizeof buf, " at 0x%llx>", static_cast<unsigned long long>(self.bits()));
    out += "<function ";
    out += (f->qualname ? f->qualname : f->name)->view();
    out += buf;
}

Value functionCall(Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
    return callFunction(self.as<FunctionObject>(), args, nargs, kwnames);
}

Value functionDescrGet(Value descr, Value instance, Type*) {
    if (!instance) return descr;
    return Value(newBoundMethod(descr, instance));
}

Value functionGetAttr(Value self, StrObject* name) {
    auto* f = self.as<FunctionObject>();
    if (name == names::__name__) return Value(f->name);
    if (name == names::__qualname__) return Value(f->qualname ? f->qualname : f->name);
    if (name == names::__module__) return f->module ? f->module : None();
    if (name == names::__doc__) return f->doc ? f->doc : None();
    if (name == names::__globals__) return Value(f->globals);
    if (name == names::__defaults__) return f->defaults ? Value(f->defaults) : None();
    if (name == names::__closure__) return f->closure ? Value(f->closure) : None();
    if (name == names::__code__) return Value(f->code);
    if (name == names::__dict__) {
        if (!f->dict) f->dict = newDict();
        return Value(f->dict);
    }
    if (f->dict) {
        if (Value v = dictGetStr(f->dict, name)) return v;
    }
    return genericGetAttr(self, name);
}

void functionSetAttr(Value self, StrObject* name, Value value) {
    auto* f = self.as<FunctionObject>();
    if (name == names::__name__ || name == names::__qualname__) {
        StrObject* s = requireStr(value, "__name__");
        if (name == names::__name__) f->name = s;
        else f->qualname = s;
        return;
    }
    if (name == names::__doc__) {
        f->doc = value ? value : None();
        return;
    }
    if (name == names::__module__) {
        f->module = value;
        return;
    }
    if (!f->dict) f->dict = newDict();
    if (value) dictSetStr(f->dict, name, value);
    else if (!dictDelete(f->dict, Value(name))) raiseError(&exc::AttributeError, "%s", name->data);
}

// ---- builtin function ----

void builtinTrace(Object* self, Tracer& t) { t.visit(static_cast<BuiltinFunctionObject*>(self)->self); }

void builtinPrint(std::string& out, Value self, PrintKind) {
    auto* b = self.as<BuiltinFunctionObject>();
    if (b->self && b->owner) {
        out += "<bound_method>";
        return;
    }
    if (b->owner) {
        out += "<method '";
        out += b->name;
        out += "' of '";
        out += b->owner->cname;
        out += "' objects>";
        return;
    }
    out += "<function ";
    out += b->name;
    out += ">";
}

Value builtinCall(Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
    auto* b = self.as<BuiltinFunctionObject>();
    if (!b->self) {
        // An unbound method of a built-in type: self must be an instance of that type.
        if (b->owner && (nargs == 0 || !isInstance(args[0], b->owner)))
            raiseTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b->name,
                           b->owner->cname, nargs ? typeName(args[0]) : "nothing");
        return b->fn(args, nargs, kwnames);
    }
    size_t total = nargs + (kwnames ? kwnames->size : 0);
    PrependedArgs prepended(b->self, args, total);
    Value* all = prepended.data();
    return b->fn(all, nargs + 1, kwnames);
}

Value builtinDescrGet(Value descr, Value instance, Type*) {
    auto* b = descr.as<BuiltinFunctionObject>();
    if (!instance || b->self || !b->owner) return descr;
    return Value(newBuiltinFunction(b->name, b->fn, instance, b->owner));
}

Value builtinGetAttr(Value self, StrObject* name) {
    auto* b = self.as<BuiltinFunctionObject>();
    if (name == names::__name__) return Value(newStr(b->name));
    if (name == names::__self__) return b->self ? b->self : None();
    return genericGetAttr(self, name);
}

// ---- bound method ----

void boundTrace(Object* self, Tracer& t) {
    auto* m = static_cast<BoundMethodObject*>(self);
    t.visit(m->function);
    t.visit(m->self);
}

void boundPrint(std::string& out, Value self, PrintKind) {
    auto* m = self.as<BoundMethodObject>();
    out += "<bound_method ";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(self.bits()));
    out += buf;
    out += ' ';
    printValue(out, m->self, PrintKind::Repr);
    out += '.';
    printValue(out, m->function, PrintKind::Repr);
    out += '>';
}

Value boundCall(Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
    auto* m = self.as<BoundMethodObject>();
    checkRecursion();   // the function may itself be a bound method, to any depth
    size_t total = nargs + (kwnames ? kwnames->size : 0);
    PrependedArgs prepended(m->self, args, total);
    Value* all = prepended.data();
    return call(m->function, all, nargs + 1, kwnames);
}

Value boundGetAttr(Value self, StrObject* name) {
    auto* m = self.as<BoundMethodObject>();
    if (name == names::__self__) return m->self;
    if (name == names::dunder_func) return m->function;
    if (Value v = genericGetAttr(self, name)) return v;
    return getAttrOrNull(m->function, name);
}

Value boundBinary(BinaryOp op, Value self, Value other, bool) {
    if ((op != BinaryOp::Eq && op != BinaryOp::Ne) || typeOf(other) != &boundMethodType) return NotImplemented();
    auto *a = self.as<BoundMethodObject>(), *b = other.as<BoundMethodObject>();
    bool same = a->self == b->self && equals(a->function, b->function);
    return boolValue(op == BinaryOp::Eq ? same : !same);
}

int64_t boundHash(Value self) {
    auto* m = self.as<BoundMethodObject>();
    return int64_t(m->self.bits() >> 4) ^ hashOf(m->function);
}

// ---- cell ----

void cellTrace(Object* self, Tracer& t) { t.visit(static_cast<CellObject*>(self)->value); }

// ---- classmethod / staticmethod ----

void wrapperTrace(Object* self, Tracer& t) { t.visit(static_cast<WrapperObject*>(self)->function); }

Value classmethodDescrGet(Value descr, Value instance, Type* owner) {
    Value cls = owner ? Value(owner) : Value(typeOf(instance));
    return Value(newBoundMethod(descr.as<WrapperObject>()->function, cls));
}

Value staticmethodDescrGet(Value descr, Value, Type*) { return descr.as<WrapperObject>()->function; }

Value wrapperMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    checkArgs(cls->cname, nargs, kwnames, 1, 1);
    auto* w = allocateObject<WrapperObject>(cls);
    w->function = args[0];
    return Value(w);
}

Value wrapperGetAttr(Value self, StrObject* name) {
    if (name == names::dunder_func) return self.as<WrapperObject>()->function;
    return genericGetAttr(self, name);
}

Value staticmethodCall(Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
    return call(self.as<WrapperObject>()->function, args, nargs, kwnames);
}

// ---- property ----

void propertyTrace(Object* self, Tracer& t) {
    auto* p = static_cast<PropertyObject*>(self);
    t.visit(p->fget);
    t.visit(p->fset);
    t.visit(p->fdel);
    t.visit(p->doc);
}

Value propertyMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    Value a[4];
    parseArgs("property", args, nargs, kwnames, {"fget", "fset", "fdel", "doc"}, 0, a);
    auto* p = allocateObject<PropertyObject>(cls);
    p->fget = a[0] && a[0] != None() ? a[0] : Value();
    p->fset = a[1] && a[1] != None() ? a[1] : Value();
    p->fdel = a[2] && a[2] != None() ? a[2] : Value();
    p->doc = a[3];
    return Value(p);
}

Value propertyDescrGet(Value descr, Value instance, Type*) {
    if (!instance) return descr;
    auto* p = descr.as<PropertyObject>();
    if (!p->fget) raiseError(&exc::AttributeError, "unreadable attribute");
    return call1(p->fget, instance);
}

void propertyDescrSet(Value descr, Value instance, Value value) {
    auto* p = descr.as<PropertyObject>();
    if (value) {
        if (!p->fset) raiseError(&exc::AttributeError, "can't set attribute");
        call2(p->fset, instance, value);
    } else {
        if (!p->fdel) raiseError(&exc::AttributeError, "can't delete attribute");
        call1(p->fdel, instance);
    }
}

Value propertyCopy(const Value* args, int which) {
    auto* old = args[0].as<PropertyObject>();
    auto* p = allocateObject<PropertyObject>(&propertyType);
    p->fget = old->fget;
    p->fset = old->fset;
    p->fdel = old->fdel;
    p->doc = old->doc;
    Value f = args[1] == None() ? Value() : args[1];
    if (which == 0) p->fget = f;
    else if (which == 1) p->fset = f;
    else p->fdel = f;
    return Value(p);
}

Value propertyGetter(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("getter", nargs, kw, 2, 2);
    return propertyCopy(args, 0);
}
Value propertySetter(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("setter", nargs, kw, 2, 2);
    return propertyCopy(args, 1);
}
Value propertyDeleter(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("deleter", nargs, kw, 2, 2);
    return propertyCopy(args, 2);
}

Value propertyFget(Value self) {
    Value f = self.as<PropertyObject>()->fget;
    return f ? f : None();
}
Value propertyFset(Value self) {
    Value f = self.as<PropertyObject>()->fset;
    return f ? f : None();
}

const MethodDef propertyMethods[] = {
    {"deleter", propertyDeleter},
    {"getter", propertyGetter},
    {"setter", propertySetter},
    {nullptr, nullptr},
};
const AttrDef propertyAttrs[] = {{"fget", propertyFget}, {"fset", propertyFset}, {nullptr, nullptr}};

}  // namespace

Type functionType{TypeSpec{
    .name = "function",
    .instanceSize = sizeof(FunctionObject),
    .flags = kTypeAbstractNew,
    .trace = functionTrace,
    .print = functionPrint,
    .call = functionCall,
    .getattr = functionGetAttr,
    .setattr = functionSetAttr,
    .descrGet = functionDescrGet,
}};

Type builtinFunctionType{TypeSpec{
    .name = "builtin_function_or_method",
    .instanceSize = sizeof(BuiltinFunctionObject),
    .flags = kTypeAbstractNew,
    .trace = builtinTrace,
    .print = builtinPrint,
    .call = builtinCall,
    .getattr = builtinGetAttr,
    .descrGet = builtinDescrGet,
}};

Type boundMethodType{TypeSpec{
    .name = "bound_method",
    .instanceSize = sizeof(BoundMethodObject),
    .flags = kTypeAbstractNew,
    .trace = boundTrace,
    .print = boundPrint,
    .hash = boundHash,
    .call = boundCall,
    .getattr = boundGetAttr,
    .binary = boundBinary,
    .binaryMethods = kNoOperators,
    .reflectedMethods = kNoOperators,
}};

Type cellType{TypeSpec{
    .name = "cell",
    .instanceSize = sizeof(CellObject),
    .flags = kTypeAbstractNew,
    .trace = cellTrace,
}};

Type classmethodType{TypeSpec{
    .name = "classmethod",
    .instanceSize = sizeof(WrapperObject),
    .flags = kTypeBaseType,
    .trace = wrapperTrace,
    .make = wrapperMake,
    .getattr = wrapperGetAttr,
    .descrGet = classmethodDescrGet,
}};

Type staticmethodType{TypeSpec{
    .name = "staticmethod",
    .instanceSize = sizeof(WrapperObject),
    .flags = kTypeBaseType,
    .trace = wrapperTrace,
    .call = staticmethodCall,
    .make = wrapperMake,
    .getattr = wrapperGetAttr,
    .descrGet = staticmethodDescrGet,
}};

Type propertyType{TypeSpec{
    .name = "property",
    .instanceSize = sizeof(PropertyObject),
    .flags = kTypeBaseType,
    .trace = propertyTrace,
    .make = propertyMake,
    .descrGet = propertyDescrGet,
    .descrSet = propertyDescrSet,
    .methods = propertyMethods,
    .attrs = propertyAttrs,
}};

}  // namespace pyfw::engine
