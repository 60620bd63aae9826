// The VM's out-of-line operations: inline-cache misses, and instructions too rare or too big to
// write inside the dispatch loop.
#pragma once

#include "engine/bytecode/code.h"
#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/dict_shape.h"
#include "engine/objects/function.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/object.h"
#include "engine/runtime/module.h"

namespace pyfw::engine {

struct DictObject;
struct ListObject;
struct TupleObject;
struct StrObject;

// The value a LOAD_GLOBAL or LOAD_NAME cache entry found (see loadGlobalSlow).
inline const Value* globalSlotOf(const InlineCache& c) { return reinterpret_cast<const Value*>(c.index); }
Value loadGlobalSlow(InlineCache& cache, DictObject* globals, DictObject* builtins, StrObject* name);

// The attribute caches are pairs (cache[0] most recent, cache[1] the type seen before it). An
// entry is valid for one type at one version (key1, key2) and one class epoch; its index packs the
// epoch (bits 32..63), the kind (bits 24..31) and the instance-dict entry hint (bits 0..23).
enum AttrKind : uint64_t {
    kAttrNone = 0,
    kAttrInstanceDict = 1,   // the hinted entry of the instance's own dict
    kAttrClassValue = 2,     // a plain class attribute the instance dict does not shadow
    kAttrClassFunction = 3,  // a method: bound on load
    kAttrProperty = 4,       // a property's getter
    kAttrInstanceAdd = 5,    // a store that adds the name to the instance dict (no data descriptor)
};
inline uint64_t attrIndex(AttrKind kind, uint64_t hint) {
    return ((classEpochTag | kind) << 24) | (hint & 0xffffff);
}
// The instance dict of an object whose type has one at a fixed offset (cache kinds that name
// the instance dict are only made for such types).
inline DictObject** instanceDictSlot(Object* o, Type* t) {
    return reinterpret_cast<DictObject**>(reinterpret_cast<char*>(o) + t->dictOffset);
}
inline DictObject* fixedInstanceDict(Object* o, Type* t) { return *instanceDictSlot(o, t); }
// Entry `c` is of this kind, made for type t as it is now (its version, the class epoch). The
// version alone names the type: types and dicts take their versions from one counter, and no
// version is given twice, so key1 (the type) need not be compared as well.
inline bool cacheHolds(const InlineCache& c, Type* t, AttrKind kind) {
    return c.key2 == t->version && (c.index >> 24) == (classEpochTag | kind);
}
// The common hit, done in the dispatch loop: entry `c` says its name is entry hint of the
// instance dict of this exact type, and it still is. The entry holds the name it was made for
// (the instruction's) in its value, which saves reading the name from the code here.
inline bool instanceAttrHit(const InlineCache& c, Value object, Value*& slot) {
    if (!object.isObject()) return false;
    Type* t = object.object()->type;
    if (!cacheHolds(c, t, kAttrInstanceDict)) return false;
    DictObject* d = fixedInstanceDict(object.object(), t);
    uint64_t hint = c.index & 0xffffff;
    if (!d || hint >= d->filled || d->entries()[hint].key != c.value) return false;
    slot = &d->entries()[hint].value;
    return true;
}
// Entry `c` (a class attribute: value, function) recorded in its hint a dict shape that lacks the
// name, and d has that shape: d cannot shadow the class attribute.
inline bool shapeLacksName(const InlineCache& c, const DictObject* d) {
    return d->shape != kNoShape && d->shape == (c.index & 0xffffff);
}
// The common attribute add (self.x = v in __init__), done in the dispatch loop: entry `c` says the
// type sends `name` straight to the instance dict and records the shape the add starts from, and
// the dict (made here if the object has none yet) has that shape. May allocate.
bool instanceAddHit(const InlineCache& c, Value object, StrObject* name, Value value);
// The common method hit, done in the dispatch loop: a cached method of a type whose instances
// have no dict to shadow it (str, list, dict, int, ...), or whose instance dict has a shape the
// cache knows lacks the name. Writes [function, self] at out[0..1].
inline bool methodHit(const InlineCache& c, Value object, Value* out) {
    Type* t = typeOf(object);
    if (!cacheHolds(c, t, kAttrClassFunction)) return false;
    if (t->dictOffset != 0) {
        if (t->dictOffset < 0) return false;
        DictObject* d = fixedInstanceDict(object.object(), t);
        if (d && d->used && !shapeLacksName(c, d)) return false;
    }
    out[0] = c.value;
    out[1] = object;
    return true;
}
// A module attribute (math.sqrt, mod.CONST): the cache names the module's dict at its version
// and the entry's index; a rebinding keeps both, so the entry holds the current value.
inline bool moduleAttrHit(const InlineCache& c, Value object, Value& out) {
    if (!object.isObject() || object.object()->type != &moduleType) return false;
    DictObject* d = static_cast<ModuleObject*>(object.object())->dict;
    if (c.key1 != reinterpret_cast<uintptr_t>(d) || c.key2 != d->version) return false;
    out = d->entries()[c.index].value;
    return true;
}
// A built-in function (len(s), math.sqrt(x)), or a method of a built-in type called on an
// instance of exactly that type (s.split(), d.get(k)): its native function, called without the
// general call's dispatch and checks (they hold by construction).
inline NativeFn directBuiltin(Value callee, const Value* args, size_t nargs) {
    if (!callee.isObject() || callee.object()->type != &builtinFunctionType) return nullptr;
    auto* b = callee.as<BuiltinFunctionObject>();
    if (b->self) return nullptr;
    if (b->owner && (nargs == 0 || typeOf(args[0]) != b->owner)) return nullptr;
    return b->fn;
}
Value loadAttrCached(InlineCache* cache, Value object, StrObject* name);
void storeAttrCached(InlineCache* cache, Value object, StrObject* name, Value value);
// Writes [function, self] or [null, bound attribute] at out[0..1].
void loadMethodCached(InlineCache* cache, Value object, StrObject* name, Value* out);
Value fastBinary(BinaryOp op, Value a, Value b);
// `a += b` past the small-int and str cases of INPLACE_ADD_FAST/DEREF: floats inline, then the types'.
Value inplaceAdd(Value a, Value b);

// Whether comparison `op` holds between two numbers of one C++ type; for an operator known at
// compile time, one instruction.
template <typename T>
inline bool compareNumbers(BinaryOp op, T x, T y) {
    switch (op) {
    case BinaryOp::Lt: return x < y;
    case BinaryOp::Le: return x <= y;
    case BinaryOp::Eq: return x == y;
    case BinaryOp::Ne: return x != y;
    case BinaryOp::Gt: return x > y;
    default: return x >= y;
    }
}

// A comparison operator on two numbers of one C++ type (doubles compare as C++ does, NaN
// included, which is Python's rule); false for an operator that is not a comparison.
template <typename T>
inline bool compareInline(BinaryOp op, T x, T y, Value& out) {
    switch (op) {
    case BinaryOp::Lt: out = boolValue(x < y); return true;
    case BinaryOp::Le: out = boolValue(x <= y); return true;
    case BinaryOp::Eq: out = boolValue(x == y); return true;
    case BinaryOp::Ne: out = boolValue(x != y); return true;
    case BinaryOp::Gt: out = boolValue(x > y); return true;
    case BinaryOp::Ge: out = boolValue(x >= y); return true;
    default: return false;
    }
}

// A comparison of two exact strs (a subclass may define its own operators); false for anything
// else, which takes the general path.
inline bool strCompareInline(BinaryOp op, Value a, Value b, Value& out) {
    if (!isComparison(op) || !isExactStr(a) || !isExactStr(b)) return false;
    const StrObject* x = asStr(a);
    const StrObject* y = asStr(b);
    if (op == BinaryOp::Eq || op == BinaryOp::Ne) {
        out = boolValue(strEquals(x, y) == (op == BinaryOp::Eq));
        return true;
    }
    return compareInline(op, strOrder(x, y), 0, out);
}

// Whether comparison `op` holds between two integers, with no branch per operator: each operator's
// row says which outcomes (greater, equal, less: bits 0 to 2) make it true. Not for doubles, whose
// NaN is none of the three.
inline bool intCompareHolds(BinaryOp op, int64_t x, int64_t y) {
    static constexpr uint8_t kTrueWhen[] = {4, 6, 2, 5, 1, 3};   // Lt Le Eq Ne Gt Ge
    unsigned outcome = unsigned(x < y) * 2 + unsigned(x == y);
    return (kTrueWhen[size_t(op) - size_t(BinaryOp::Lt)] >> outcome) & 1;
}

// A small int plus `twice` (an even number, twice the change) on its tagged bits (value.h:
// n << 1 | 1): the tag survives an even addend, and the small range at that scale is exactly
// int64's, so the CPU's overflow flag is the range check. False when the sum leaves the range.
inline bool addToSmallInt(Value x, int64_t twice, Value& out) {
    int64_t sum;
    if (__builtin_add_overflow(int64_t(x.bits()), twice, &sum)) return false;
    out = Value::fromBits(uint64_t(sum));
    return true;
}

// Operators on two small ints that give a small int or a bool at once (most of a program's
// arithmetic); false when the result leaves the small range or the operator needs the general
// path (errors such as a zero divisor or a negative shift, true division, powers).
inline bool smallIntBinary(BinaryOp op, int64_t x, int64_t y, Value& out) {
    int64_t r;
    switch (op) {
    case BinaryOp::Add: if (__builtin_add_overflow(x, y, &r)) return false; break;
    case BinaryOp::Sub: if (__builtin_sub_overflow(x, y, &r)) return false; break;
    case BinaryOp::Mul: if (__builtin_mul_overflow(x, y, &r)) return false; break;
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
        if (y == 0) return false;
        // Small ints are within 2**62, so x / y cannot overflow; Python rounds towards -inf.
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) --q, m += y;
        r = op == BinaryOp::FloorDiv ? q : m;
        break;
    }
    case BinaryOp::LShift:
        if (y < 0 || y >= 62 || !magnitudeBelow(x, int64_t(1) << (62 - y))) return false;
        r = x * (int64_t(1) << y);
        break;
    case BinaryOp::RShift:
        if (y < 0) return false;
        r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
        break;
    // Bitwise results of two small ints are small: no range check.
    case BinaryOp::And: out = Value::smallInt(x & y); return true;
    case BinaryOp::Or: out = Value::smallInt(x | y); return true;
    case BinaryOp::Xor: out = Value::smallInt(x ^ y); return true;
    default:
        if (!isComparison(op)) return false;
        out = boolValue(intCompareHolds(op, x, y));
        return true;
    }
    if (!Value::fitsSmall(r)) return false;
    out = Value::smallInt(r);
    return true;
}

// smallIntBinary for two small ints as Values, with + and - done on the tagged bits (as
// addToSmallInt; b's tag taken off leaves twice its number).
inline bool smallIntOperator(BinaryOp op, Value a, Value b, Value& out) {
    int64_t twice = int64_t(b.bits()) - 1, r;
    if (op == BinaryOp::Add) return addToSmallInt(a, twice, out);
    if (op == BinaryOp::Sub) {   // not a + (-twice): negating -2**63 overflows
        if (__builtin_sub_overflow(int64_t(a.bits()), twice, &r)) return false;
        out = Value::fromBits(uint64_t(r));
        return true;
    }
    return smallIntBinary(op, a.smallInt(), b.smallInt(), out);
}

// The double of an exact float (not a subclass, whose operators may be overridden).
inline bool floatOperand(Value v, double& out) {
    if (v.isFloatImmediate()) return out = v.floatImmediate(), true;
    if (v.isObject() && v.object()->type == &floatType) return out = v.as<FloatObject>()->value, true;
    return false;
}
// Both operands as doubles when the operator can be done on floats at once: float with float, or a
// float with a small int that a double holds exactly (up to 2**53), so mixing rounds as CPython's does.
inline bool floatOperands(Value a, Value b, double& x, double& y) {
    constexpr int64_t kExact = (int64_t(1) << 53) + 1;
    if (floatOperand(a, x)) {
        if (floatOperand(b, y)) return true;
        if (!b.isSmallInt() || !magnitudeBelow(b.smallInt(), kExact)) return false;
        y = double(b.smallInt());
        return true;
    }
    if (!a.isSmallInt() || !magnitudeBelow(a.smallInt(), kExact) || !floatOperand(b, y)) return false;
    x = double(a.smallInt());
    return true;
}
// The float operators the dispatch loop does inline; false for the others (and for a division by
// zero), which take the general path. May allocate (a result outside the immediate window).
inline bool floatArithmeticInline(BinaryOp op, double x, double y, Value& out) {
    switch (op) {
    case BinaryOp::Add: out = newFloat(x + y); return true;
    case BinaryOp::Sub: out = newFloat(x - y); return true;
    case BinaryOp::Mul: out = newFloat(x * y); return true;
    case BinaryOp::TrueDiv:
        if (y == 0) return false;
        out = newFloat(x / y);
        return true;
    default: return false;
    }
}

[[noreturn]] void raiseUnboundLocal(CodeObject* code, uint32_t index);
[[noreturn]] void raiseUnboundFree(CodeObject* code, uint32_t index);
[[noreturn]] void raiseWithCause(Value exception, Value cause, bool hasCause);
bool exceptionMatches(Value exception, Value type);

Value buildString(const Value* parts, size_t count);
Value formatValue(Value v, uint32_t conversion, Value spec);
void listExtendForUnpack(ListObject* list, Value iterable);
// `callee` (for DICT_MERGE) names the function in the duplicate-keyword error.
void dictUpdateForUnpack(DictObject* dict, Value mapping, bool rejectDuplicates, Value callee = Value());
void unpackSequence(Value sequence, size_t count, Value* out);
// `for a, b in zip(x, y)` and `for i, x in enumerate(s)`: the iterator's next items written as
// UNPACK_SEQUENCE leaves them (the first at out[count - 1]), with no tuple between. 1 when
// written, 0 when exhausted, -1 when the iterator is neither an exact zip of `count` iterators nor
// an exact enumerate with `count` 2 (the general path then runs). In builtins/builtins_iter.cpp.
int nextUnpacked(Value iterator, size_t count, Value* out);
// How many items an exact list, tuple or range iterator, or a zip of such, will still give; -1 for
// any other iterator (whose count only its own code could tell). In builtins/builtins_iter.cpp.
int64_t itemsLeft(Value iterator);
uint64_t listIteratorLeft(Value iterator);    // objects/list.cpp
uint64_t tupleIteratorLeft(Value iterator);   // objects/tuple.cpp
uint64_t rangeIteratorLeft(Value iterator);   // objects/range.cpp
// A comprehension's empty list, with room for the items its iterator will give when that is known.
ListObject* newListForItems(Value iterator);
void unpackEx(Value sequence, size_t before, size_t after, Value* out);
Value makeFunction(Frame* frame, CodeObject* code, TupleObject* defaults, DictObject* kwdefaults, TupleObject* closure);
void beforeWith(Value manager, bool isAsync, Value& exit, Value& entered);
Value yieldFromStep(Value subIterator, Value sent, bool& done);
Value getAwaitable(Value v);
Value asyncIterator(Value v);   // __aiter__
Value asyncNext(Value v);       // the awaitable of __anext__
Value importName(StrObject* name, Value fromlist, int level, Frame* frame);
Value importFrom(Value module, StrObject* name);
void importStar(Value module, DictObject* target);
void printExpression(Value v);
Value newRangeIterator(int64_t start, int64_t step, uint64_t count);
bool rangeOfArgs(const Value* args, size_t nargs, int64_t& start, int64_t& step, uint64_t& length);

}  // namespace pyfw::engine
