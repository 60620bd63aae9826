// Dunder methods for built-in types' slots (list.__getitem__, int.__add__, dict.__contains__, ...),
// so Python code can call them, e.g. super().__getitem__(key) in a dict subclass. Each wrapper
// calls the slot of self's native type; types.cpp adds the wrappers a type's slots call for.
#include "engine/objects/function.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

Type* native(const Value* args) { return typeOf(args[0])->nativeBase; }

Value getitemWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__getitem__", nargs, kw, 2, 2);
    return native(args)->getitem(args[0], args[1]);
}

Value setitemWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__setitem__", nargs, kw, 3, 3);
    native(args)->setitem(args[0], args[1], args[2]);
    return None();
}

Value delitemWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__delitem__", nargs, kw, 2, 2);
    native(args)->setitem(args[0], args[1], Value());
    return None();
}

Value lenWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__len__", nargs, kw, 1, 1);
    return makeInt(native(args)->len(args[0]));
}

Value containsWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__contains__", nargs, kw, 2, 2);
    return boolValue(native(args)->contains(args[0], args[1]));
}

Value iterWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__iter__", nargs, kw, 1, 1);
    return native(args)->iter(args[0]);
}

Value nextWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__next__", nargs, kw, 1, 1);
    Value v = native(args)->next(args[0]);
    if (!v) raise(newException(&exc::StopIteration, nullptr));
    return v;
}

Value reprWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__repr__", nargs, kw, 1, 1);
    std::string out;
    native(args)->print(out, args[0], PrintKind::Repr);
    return Value(newStr(out));
}

Value strWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__str__", nargs, kw, 1, 1);
    std::string out;
    native(args)->print(out, args[0], PrintKind::Str);
    return Value(newStr(out));
}

Value hashWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__hash__", nargs, kw, 1, 1);
    return makeInt(native(args)->hash(args[0]));
}

Value boolWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__bool__", nargs, kw, 1, 1);
    return boolValue(native(args)->truthy(args[0]));
}

Value callWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkRecursion();   // f.__call__.__call__... wraps as deep as a program repeats it
    return native(args)->call(args[0], args + 1, nargs - 1, kw);
}

template <BinaryOp Op, bool Reflected>
Value binaryWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("operator", nargs, kw, 2, 2);
    return native(args)->binary(Op, args[0], args[1], Reflected);
}

// a += b on a mutable built-in: the object itself, changed, or NotImplemented.
template <BinaryOp Op>
Value inplaceWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("operator", nargs, kw, 2, 2);
    return native(args)->inplace(Op, args[0], args[1], false);
}

template <UnaryOp Op>
Value unaryWrapper(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("operator", nargs, kw, 1, 1);
    Value r = native(args)->unary(Op, args[0]);
    return r ? r : NotImplemented();
}

}  // namespace

struct SlotWrapperDef {
    const char* name;
    NativeFn fn;
    bool (*applies)(const Type* t);   // the type has its own slot for this method
};

template <auto Slot>
bool own(const Type* t) {
    return t->*Slot && (!t->base || t->*Slot != t->base->*Slot);
}

// Whether a type's set of shown operator methods has `op` (no set given: every one).
constexpr bool shows(uint32_t methods, unsigned op) { return !methods || (methods >> op & 1); }

template <BinaryOp Op, bool Reflected>
bool servesBinary(const Type* t) {
    if (!own<&Type::binary>(t)) return false;
    return isComparison(Op) || shows(Reflected ? t->reflectedMethods : t->binaryMethods, unsigned(Op));
}

template <BinaryOp Op>
bool servesInplace(const Type* t) {
    return own<&Type::inplace>(t) && shows(t->inplaceMethods, unsigned(Op));
}

template <UnaryOp Op>
bool servesUnary(const Type* t) {
    return own<&Type::unary>(t) && shows(t->unaryMethods, unsigned(Op));
}

#define BINARY(name, op) {name, binaryWrapper<BinaryOp::op, false>, servesBinary<BinaryOp::op, false>}
#define REFLECTED(name, op) {name, binaryWrapper<BinaryOp::op, true>, servesBinary<BinaryOp::op, true>}
#define INPLACE(name, op) {name, inplaceWrapper<BinaryOp::op>, servesInplace<BinaryOp::op>}
#define UNARY(name, op) {name, unaryWrapper<UnaryOp::op>, servesUnary<UnaryOp::op>}

extern const SlotWrapperDef kSlotWrappers[] = {
    {"__getitem__", getitemWrapper, own<&Type::getitem>},
    {"__setitem__", setitemWrapper, own<&Type::setitem>},
    {"__delitem__", delitemWrapper, own<&Type::setitem>},
    {"__len__", lenWrapper, own<&Type::len>},
    {"__contains__", containsWrapper, own<&Type::contains>},
    {"__iter__", iterWrapper, own<&Type::iter>},
    {"__next__", nextWrapper, own<&Type::next>},
    {"__repr__", reprWrapper, own<&Type::print>},
    {"__str__", strWrapper, own<&Type::print>},
    {"__hash__", hashWrapper, own<&Type::hash>},
    {"__bool__", boolWrapper, own<&Type::truthy>},
    {"__call__", callWrapper, own<&Type::call>},
    BINARY("__add__", Add), BINARY("__sub__", Sub), BINARY("__mul__", Mul), BINARY("__truediv__", TrueDiv),
    BINARY("__floordiv__", FloorDiv), BINARY("__mod__", Mod), BINARY("__pow__", Pow), BINARY("__lshift__", LShift),
    BINARY("__rshift__", RShift), BINARY("__and__", And), BINARY("__xor__", Xor), BINARY("__or__", Or),
    REFLECTED("__radd__", Add), REFLECTED("__rsub__", Sub), REFLECTED("__rmul__", Mul),
    REFLECTED("__rtruediv__", TrueDiv), REFLECTED("__rfloordiv__", FloorDiv), REFLECTED("__rmod__", Mod),
    REFLECTED("__rpow__", Pow), REFLECTED("__rlshift__", LShift), REFLECTED("__rrshift__", RShift),
    REFLECTED("__rand__", And), REFLECTED("__rxor__", Xor), REFLECTED("__ror__", Or),
    INPLACE("__iadd__", Add), INPLACE("__isub__", Sub), INPLACE("__imul__", Mul),
    INPLACE("__itruediv__", TrueDiv), INPLACE("__ifloordiv__", FloorDiv), INPLACE("__imod__", Mod),
    INPLACE("__ipow__", Pow), INPLACE("__ilshift__", LShift), INPLACE("__irshift__", RShift),
    INPLACE("__iand__", And), INPLACE("__ixor__", Xor), INPLACE("__ior__", Or),
    BINARY("__lt__", Lt), BINARY("__le__", Le), BINARY("__eq__", Eq), BINARY("__ne__", Ne), BINARY("__gt__", Gt),
    BINARY("__ge__", Ge),
    UNARY("__neg__", Neg), UNARY("__pos__", Pos), UNARY("__invert__", Invert), UNARY("__abs__", Abs),
    {nullptr, nullptr, nullptr},
};

#undef BINARY
#undef REFLECTED
#undef INPLACE
#undef UNARY

}  // namespace pyfw::engine
