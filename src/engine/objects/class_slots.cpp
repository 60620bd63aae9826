// The slots of user classes. A class gets its native base's slots, except where its MRO defines
// the matching dunder method in Python; those slots look the method up and call it. A dunder that
// resolves to a built-in method (e.g. object.__eq__) defers to the native slot when there is one.
#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

Value sequenceIterator(Value sequence);

namespace {

// Indexed by BinaryOp, so the order must follow that enum; the comparisons come last and have no
// reflected or in-place forms, hence the shorter tables below.
StrObject* const* binaryNames() {
    static StrObject* table[] = {
        names::__add__, names::__sub__, names::__mul__, names::__matmul__, names::__truediv__,
        names::__floordiv__, names::__mod__, names::__pow__, names::__lshift__, names::__rshift__,
        names::__and__, names::__xor__, names::__or__, names::__lt__, names::__le__, names::__eq__,
        names::__ne__, names::__gt__, names::__ge__};
    return table;
}

StrObject* const* reflectedNames() {
    static StrObject* table[] = {
        names::__radd__, names::__rsub__, names::__rmul__, names::__rmatmul__, names::__rtruediv__,
        names::__rfloordiv__, names::__rmod__, names::__rpow__, names::__rlshift__, names::__rrshift__,
        names::__rand__, names::__rxor__, names::__ror__};
    return table;
}

StrObject* const* inplaceNames() {
    static StrObject* table[] = {
        names::__iadd__, names::__isub__, names::__imul__, names::__imatmul__, names::__itruediv__,
        names::__ifloordiv__, names::__imod__, names::__ipow__, names::__ilshift__, names::__irshift__,
        names::__iand__, names::__ixor__, names::__ior__};
    return table;
}

StrObject* unaryName(UnaryOp op) {
    switch (op) {
    case UnaryOp::Neg: return names::__neg__;
    case UnaryOp::Pos: return names::__pos__;
    case UnaryOp::Invert: return names::__invert__;
    default: return names::__abs__;
    }
}

// A built-in type's own method (object.__eq__, int.__add__) does what the native slot does; going
// through it would only cost a call, and the slot is what it would end up in anyway.
bool isNativeMethod(Value v) {
    return !v.isSmallInt() && typeOf(v) == &builtinFunctionType && v.as<BuiltinFunctionObject>()->owner &&
           !v.as<BuiltinFunctionObject>()->owner->isHeapType();
}

// The Python-level method for a dunder, or null when none is defined or only a built-in one is.
Value userMethod(Value self, StrObject* name) {
    Value f = lookupType(typeOf(self), name);
    if (!f || isNativeMethod(f)) return Value();
    return f;
}

Value callMethodValue(Value f, Value self) {
    return call1(f, self);
}

// The native part first (a list subclass's items, say), then the instance __dict__.
void traceInstance(Object* self, Tracer& t) {
    Type* nb = self->type->nativeBase;
    if (nb && nb->trace) nb->trace(self, t);
    if (DictObject** slot = dictSlot(Value(self))) t.visitObject(*slot);
}

void instancePrint(std::string& out, Value self, PrintKind kind) {
    // str() falls back to __repr__ (object.__str__ calls repr), repr() never uses __str__.
    Value f;
    if (kind == PrintKind::Str) f = userMethod(self, names::__str__);
    if (!f) f = userMethod(self, names::__repr__);
    if (!f) {
        Type* nb = typeOf(self)->nativeBase;
        if (nb->print) nb->print(out, self, kind);
        else printValue(out, Value(), kind);
        return;
    }
    Value r = callMethodValue(f, self);
    if (!isStr(r))
        raiseTypeError("%s returned non-string (type %s)", kind == PrintKind::Str ? "__str__" : "__repr__", typeName(r));
    out += strView(r);
}

int64_t instanceHash(Value self) {
    Value f = lookupType(typeOf(self), names::__hash__);
    if (!f || f == None()) raiseTypeError("unhashable type: '%s'", typeName(self));
    if (isNativeMethod(f)) {
        Type* nb = typeOf(self)->nativeBase;
        if (nb->hash) return nb->hash(self);
    }
    // Any int is accepted and folded as hash(int) would: a big one by the numeric hash, -1
    // (reserved) as -2.
    Value r = callMethodValue(f, self);
    if (!isInt(r)) raiseTypeError("__hash__ method should return an integer");
    int64_t h;
    if (intToInt64(r, h)) return h == -1 ? -2 : h;
    return hashInt(r);
}

Value instanceCall(Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
    Value f = lookupType(typeOf(self), names::__call__);
    if (!f) raiseTypeError("'%s' object is not callable", typeName(self));
    // __call__ is looked up on the type, never the instance (Python's rule for all dunders), and
    // gets self prepended; the copy is rooted, as the GC does not scan a std::vector.
    size_t total = nargs + (kwnames ? kwnames->size : 0);
    RootedValues all;
    all.values.reserve(total + 1);
    all.values.push_back(self);
    all.values.insert(all.values.end(), args, args + total);
    return call(f, all.values.data(), nargs + 1, kwnames);
}

Value instanceGetAttr(Value self, StrObject* name) {
    Type* t = typeOf(self);
    Value getattribute = userMethod(self, names::__getattribute__);
    Value getattr = userMethod(self, names::__getattr__);
    try {
        if (getattribute) return call2(getattribute, self, Value(name));
        Type* nb = t->nativeBase;
        Value v = nb->getattr ? nb->getattr(self, name) : genericGetAttr(self, name);
        if (v || !getattr) return v;
    } catch (PythonError&) {
        // __getattr__ is only the fallback for a missing attribute: any other error, or an
        // AttributeError with no __getattr__ to try, goes on.
        if (!getattr || !pendingIs(&exc::AttributeError)) throw;
        takePendingException();
    }
    return call2(getattr, self, Value(name));
}

void instanceSetAttr(Value self, StrObject* name, Value value) {
    if (value) {
        if (Value f = userMethod(self, names::__setattr__)) {
            call3(f, self, Value(name), value);
            return;
        }
    } else if (Value f = userMethod(self, names::__delattr__)) {
        call2(f, self, Value(name));
        return;
    }
    Type* nb = typeOf(self)->nativeBase;
    if (nb->setattr) nb->setattr(self, name, value);
    else genericSetAttr(self, name, value);
}

Value instanceBinary(BinaryOp op, Value self, Value other, bool reflected) {
    // A comparison has no __r*__ form: the caller reflects a < b as b > a, already swapped.
    StrObject* name = isComparison(op) || !reflected ? binaryNames()[int(op)] : reflectedNames()[int(op)];
    Value f = lookupType(typeOf(self), name);
    Type* nb = typeOf(self)->nativeBase;
    if (!f || isNativeMethod(f)) {
        if (nb->binary) return nb->binary(op, self, other, reflected);
        if (!f) return NotImplemented();
    }
    // A descriptor other than a plain function (staticmethod, classmethod) is bound first, as
    // CPython's slot does: staticmethod(lambda a, b: ...) then gets only the other operand.
    Type* ft = typeOf(f);
    if (ft != &functionType && ft->descrGet) return call1(ft->descrGet(f, self, typeOf(self)), other);
    return call2(f, self, other);
}

}  // namespace

// When both operands have this class, the VM runs the Python function behind an arithmetic
// operator as a frame of its own loop, without a C++ call through the slot. Only a plain function
// qualifies: a descriptor needs binding, and a generator or coroutine function would return a new
// object rather than run the body there.
FunctionObject* sameClassOperator(BinaryOp op, Type* t) {
    if (isComparison(op) || t->binary != instanceBinary) return nullptr;
    Value f = lookupType(t, binaryNames()[int(op)]);
    if (!f.isObject() || f.object()->type != &functionType) return nullptr;
    auto* function = f.as<FunctionObject>();
    if (function->code->flags & (kCodeGenerator | kCodeCoroutine)) return nullptr;
    return function;
}

namespace {

// NotImplemented here makes the caller fall back to the plain operator: a += b without __iadd__
// is a = a + b.
Value instanceInplace(BinaryOp op, Value self, Value other, bool) {
    if (Value f = userMethod(self, inplaceNames()[int(op)])) return call2(f, self, other);
    Type* nb = typeOf(self)->nativeBase;
    if (nb->inplace) return nb->inplace(op, self, other, false);
    return NotImplemented();
}

Value instanceUnary(UnaryOp op, Value self) {
    if (Value f = userMethod(self, unaryName(op))) return callMethodValue(f, self);
    Type* nb = typeOf(self)->nativeBase;
    if (nb->unary) return nb->unary(op, self);
    return Value();
}

bool instanceTruthy(Value self) {
    if (Value f = userMethod(self, names::__bool__)) {
        // Exactly bool, as CPython insists: an int from __bool__ is a TypeError.
        Value r = callMethodValue(f, self);
        if (typeOf(r) != &boolType) raiseTypeError("__bool__ should return bool, returned %s", typeName(r));
        return r == True();
    }
    if (userMethod(self, names::__len__)) return length(self) != 0;  // Python's fallback: len 0 is false
    Type* nb = typeOf(self)->nativeBase;
    if (nb->truthy) return nb->truthy(self);
    if (nb->len) return nb->len(self) != 0;
    return true;
}

int64_t instanceLen(Value self) {
    if (Value f = userMethod(self, names::__len__)) {
        Value r = callMethodValue(f, self);
        if (!isInt(r)) raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(r));
        int64_t n = requireInt64(r);
        if (n < 0) raiseValueError("__len__() should return >= 0");
        return n;
    }
    Type* nb = typeOf(self)->nativeBase;
    if (nb->len) return nb->len(self);
    raiseTypeError("object of type '%s' has no len()", typeName(self));
}

Value instanceIter(Value self) {
    if (Value f = userMethod(self, names::__iter__)) {
        Value it = callMethodValue(f, self);
        if (!typeOf(it)->next) raiseTypeError("iter() returned non-iterator of type '%s'", typeName(it));
        return it;
    }
    Type* nb = typeOf(self)->nativeBase;
    if (nb->iter) return nb->iter(self);
    // The old sequence protocol: __getitem__ with 0, 1, 2 ... until IndexError.
    if (typeOf(self)->getitem) return sequenceIterator(self);
    raiseTypeError("'%s' object is not iterable", typeName(self));
}

Value instanceNext(Value self) {
    if (Value f = userMethod(self, names::__next__)) {
        // The native protocol ends an iteration with a null value, not an exception, so the
        // StopIteration of a Python __next__ is turned into that here.
        try {
            return callMethodValue(f, self);
        } catch (PythonError&) {
            if (!pendingIs(&exc::StopIteration)) throw;
            takePendingException();
            return Value();
        }
    }
    Type* nb = typeOf(self)->nativeBase;
    if (nb->next) return nb->next(self);
    raiseTypeError("'%s' object is not an iterator", typeName(self));
}

Value instanceGetItem(Value self, Value key) {
    if (Value f = userMethod(self, names::__getitem__)) return call2(f, self, key);
    Type* nb = typeOf(self)->nativeBase;
    if (nb->getitem) return nb->getitem(self, key);
    raiseTypeError("'%s' object is not subscriptable", typeName(self));
}

void instanceSetItem(Value self, Value key, Value value) {
    if (Value f = userMethod(self, value ? names::__setitem__ : names::__delitem__)) {
        if (value) call3(f, self, key, value);
        else call2(f, self, key);
        return;
    }
    Type* nb = typeOf(self)->nativeBase;
    if (nb->setitem) return nb->setitem(self, key, value);
    raiseTypeError("'%s' object does not support item %s", typeName(self), value ? "assignment" : "deletion");
}

bool instanceContains(Value self, Value item) {
    if (Value f = userMethod(self, names::__contains__)) return truthy(call2(f, self, item));
    Type* nb = typeOf(self)->nativeBase;
    if (nb->contains) return nb->contains(self, item);
    // Without __contains__, Python's "in" searches by iterating, identity before equality.
    Value it = getIter(self);
    while (Value x = iterNext(it))
        if (x == item || equals(x, item)) return true;
    return false;
}

Value instanceDescrGet(Value descr, Value instance, Type* owner) {
    // Read through the class, a descriptor gets None as the instance (the protocol's signal).
    Value f = userMethod(descr, names::__get__);
    return call3(f, descr, instance ? instance : None(), owner ? Value(owner) : Value(typeOf(instance)));
}

void instanceDescrSet(Value descr, Value instance, Value value) {
    if (value) {
        Value f = userMethod(descr, names::__set__);
        if (!f) raiseError(&exc::AttributeError, "__set__");
        call3(f, descr, instance, value);
    } else {
        Value f = userMethod(descr, names::__delete__);
        if (!f) raiseError(&exc::AttributeError, "__delete__");
        call2(f, descr, instance);
    }
}

}  // namespace

// Run when the class is made and again when a dunder of it or of a class in its MRO is assigned
// or deleted. Inheriting the native base's slots first keeps a class that defines nothing as fast
// as its base; a slot is replaced only where the MRO defines the dunder in Python, as each
// replacement costs a lookup per use.
void fillClassSlots(Type* cls) {
    Type* nb = cls->nativeBase;
    cls->finalize = nb->finalize;
    cls->print = nb->print;
    cls->hash = nb->hash;
    cls->call = nb->call;
    cls->make = nb->make;
    cls->getattr = nb->getattr;
    cls->setattr = nb->setattr;
    cls->binary = nb->binary;
    cls->inplace = nb->inplace;
    cls->unary = nb->unary;
    cls->truthy = nb->truthy;
    cls->len = nb->len;
    cls->iter = nb->iter;
    cls->next = nb->next;
    cls->getitem = nb->getitem;
    cls->setitem = nb->setitem;
    cls->contains = nb->contains;
    cls->buffer = nb->buffer;
    cls->descrGet = nb->descrGet;
    cls->descrSet = nb->descrSet;
    cls->trace = traceInstance;

    Value probe(cls);
    auto defined = [&](StrObject* n) {
        Value v = lookupType(cls, n);
        return v && !isNativeMethod(v);
    };
    if (defined(names::__repr__) || defined(names::__str__)) cls->print = instancePrint;
    Value hash = lookupType(cls, names::__hash__);
    if (hash == None()) cls->hash = nullptr;
    else if (defined(names::__hash__)) cls->hash = instanceHash;
    if (defined(names::__call__)) cls->call = instanceCall;
    if (defined(names::__getattr__) || defined(names::__getattribute__)) cls->getattr = instanceGetAttr;
    if (defined(names::__setattr__) || defined(names::__delattr__)) cls->setattr = instanceSetAttr;
    bool binary = false, inplace = false;
    for (int i = 0; i < int(BinaryOp::Count); ++i) binary |= defined(binaryNames()[i]);
    for (int i = 0; i < int(BinaryOp::Lt); ++i) {
        // A reflected method alone also needs the binary slot: the runtime calls the right
        // operand's slot with reflected set.
        binary |= defined(reflectedNames()[i]);
        inplace |= defined(inplaceNames()[i]);
    }
    if (binary) cls->binary = instanceBinary;
    if (inplace) cls->inplace = instanceInplace;
    for (int i = 0; i < int(UnaryOp::Count); ++i)
        if (defined(unaryName(UnaryOp(i)))) cls->unary = instanceUnary;
    if (defined(names::__bool__) || defined(names::__len__)) cls->truthy = instanceTruthy;
    if (defined(names::__len__)) cls->len = instanceLen;
    if (defined(names::__iter__)) cls->iter = instanceIter;
    if (defined(names::__next__)) cls->next = instanceNext;
    if (defined(names::__getitem__)) cls->getitem = instanceGetItem;
    if (defined(names::__setitem__) || defined(names::__delitem__)) cls->setitem = instanceSetItem;
    if (defined(names::__contains__)) cls->contains = instanceContains;
    if (defined(names::__get__)) cls->descrGet = instanceDescrGet;
    if (defined(names::__set__) || defined(names::__delete__)) cls->descrSet = instanceDescrSet;
    (void)probe;
}

}  // namespace pyfw::engine
