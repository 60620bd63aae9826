// Operators, truth, hashing, containers, iteration and printing: the generic entry points that
// dispatch through type slots (runtime.h).
#include <cstring>

#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

Value sequenceIterator(Value sequence);

namespace {

const char* const kOpSymbols[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|",
                                  "<", "<=", "==", "!=", ">", ">="};
static_assert(sizeof(kOpSymbols) / sizeof(kOpSymbols[0]) == size_t(BinaryOp::Count));

// The method a class defines for `op` with the operands swapped (__radd__, or __gt__ for <).
StrObject* reflectedDunder(BinaryOp op) {
    static StrObject* const* table = nullptr;
    static StrObject* names[int(BinaryOp::Count)];
    if (!table) {
        StrObject* r[] = {names::__radd__, names::__rsub__, names::__rmul__, names::__rmatmul__, names::__rtruediv__,
                          names::__rfloordiv__, names::__rmod__, names::__rpow__, names::__rlshift__,
                          names::__rrshift__, names::__rand__, names::__rxor__, names::__ror__, names::__gt__,
                          names::__ge__, names::__eq__, names::__ne__, names::__lt__, names::__le__};
        for (int i = 0; i < int(BinaryOp::Count); ++i) names[i] = r[i];
        table = names;
    }
    return table[int(op)];
}

BinaryOp swapped(BinaryOp op) {
    switch (op) {
    case BinaryOp::Lt: return BinaryOp::Gt;
    case BinaryOp::Le: return BinaryOp::Ge;
    case BinaryOp::Gt: return BinaryOp::Lt;
    case BinaryOp::Ge: return BinaryOp::Le;
    default: return op;
    }
}

[[noreturn]] void unsupported(BinaryOp op, Value a, Value b) {
    if (op == BinaryOp::Add) {
        Type* ta = typeOf(a);
        for (Type* t : {&strType, &listType, &tupleType})
            if (ta == t)
                raiseTypeError("can only concatenate %s (not \"%s\") to %s", t->cname, typeName(b), t->cname);
    }
    if (isComparison(op))
        raiseTypeError("'%s' not supported between instances of '%s' and '%s'", kOpSymbols[int(op)], typeName(a),
                       typeName(b));
    raiseTypeError("unsupported operand type(s) for %s: '%s' and '%s'", op == BinaryOp::Pow ? "** or pow()" : kOpSymbols[int(op)],
                   typeName(a), typeName(b));
}

// Does the right operand's type (a subclass of the left's) provide its own reflected operator?
bool rightOverrides(BinaryOp op, Type* ta, Type* tb) {
    if (tb->binary != ta->binary) return true;
    if (!tb->isHeapType()) return false;
    StrObject* name = reflectedDunder(op);
    return name && lookupType(tb, name) != lookupType(ta, name);
}

// One attempt in each direction, the right operand first when its type is a subclass of the left's.
Value tryBinary(BinaryOp op, Value a, Value b) {
    Type* ta = typeOf(a);
    Type* tb = typeOf(b);
    bool compare = isComparison(op);
    bool rightFirst = ta != tb && tb->binary && isSubtype(tb, ta) && rightOverrides(op, ta, tb);
    if (rightFirst && tb->binary) {
        Value r = compare ? tb->binary(swapped(op), b, a, false) : tb->binary(op, b, a, true);
        if (r != NotImplemented()) return r;
    }
    if (ta->binary) {
        Value r = ta->binary(op, a, b, false);
        if (r != NotImplemented()) return r;
    }
    if (!rightFirst && tb->binary && (ta != tb || compare)) {
        Value r = compare ? tb->binary(swapped(op), b, a, false) : tb->binary(op, b, a, true);
        if (r != NotImplemented()) return r;
    }
    return NotImplemented();
}

}  // namespace

const char* binaryOpSymbol(BinaryOp op) { return kOpSymbols[int(op)]; }

void raiseUnsupportedOperands(BinaryOp op, Value a, Value b) { unsupported(op, a, b); }

Value binaryOp(BinaryOp op, Value a, Value b) {
    if (isExactInt(a) && isExactInt(b)) return intBinary(op, a, b);
    Value r = tryBinary(op, a, b);
    if (r != NotImplemented()) return r;
    if (op == BinaryOp::Eq) return boolValue(a == b);
    if (op == BinaryOp::Ne) return boolValue(a != b);
    unsupported(op, a, b);
}

Value inplaceOp(BinaryOp op, Value a, Value b) {
    Type* ta = typeOf(a);
    if (ta->inplace) {
        Value r = ta->inplace(op, a, b, false);
        if (r != NotImplemented()) return r;
    }
    return binaryOp(op, a, b);
}

Value unaryOp(UnaryOp op, Value v) {
    Type* t = typeOf(v);
    if (t->unary) {
        if (Value r = t->unary(op, v)) return r;
    }
    static const char* const names[] = {"unary -", "unary +", "unary ~", "abs()"};
    raiseTypeError("bad operand type for %s: '%s'", names[int(op)], typeName(v));
}

bool equals(Value a, Value b) {
    if (a == b) return true;
    if (a.isSmallInt() && b.isSmallInt()) return false;
    Type* ta = typeOf(a);
    if (ta == &strType && typeOf(b) == &strType) return strEquals(asStr(a), asStr(b));
    return truthy(binaryOp(BinaryOp::Eq, a, b));
}

bool lessThan(Value a, Value b) {
    if (a.isSmallInt() && b.isSmallInt()) return a.smallInt() < b.smallInt();
    return truthy(binaryOp(BinaryOp::Lt, a, b));
}

bool truthy(Value v) {
    if (v == True()) return true;
    if (v == False() || v == None()) return false;
    if (v.isSmallInt()) return v.smallInt() != 0;
    if (v.isFloatImmediate()) return true;   // the immediate window holds no zero
    Type* t = v.object()->type;
    if (t->truthy) return t->truthy(v);
    if (t->len) return t->len(v) != 0;
    return true;
}

int64_t hashOf(Value v) {
    if (v.isSmallInt()) return hashSmallInt(v);
    Type* t = typeOf(v);
    if (t == &strType) return strHash(asStr(v));
    if (!t->hash) raiseTypeError("unhashable type: '%s'", typeName(v));
    return t->hash(v);
}

int64_t unhashableHash(Value self) { raiseTypeError("unhashable type: '%s'", typeName(self)); }

bool contains(Value container, Value item) {
    Type* t = typeOf(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter && !t->getitem) raiseTypeError("argument of type '%s' is not iterable", typeName(container));
    Value it = getIter(container);
    while (Value x = iterNext(it))
        if (x == item || equals(x, item)) return true;
    return false;
}

Value getIter(Value v) {
    Type* t = typeOf(v);
    if (t->iter) return t->iter(v);
    if (t->getitem) {
            return sequenceIterator(v);
    }
    raiseTypeError("'%s' object is not iterable", typeName(v));
}

Value iterNext(Value iterator) {
    Type* t = typeOf(iterator);
    if (!t->next) raiseTypeError("'%s' object is not an iterator", typeName(iterator));
    pollInterrupt();  // native loops over endless iterators (sum, any, list(...)) stay stoppable
    // Iterators wrapping iterators (map(f, map(f, ...)), zip, filter) recurse natively, one level
    // per wrapper: RuntimeError past the C++ stack budget, as for calls, before the heap or the
    // stack runs out.
    checkRecursion();
    return t->next(iterator);
}

Value getItem(Value object, Value key) {
    Type* t = typeOf(object);
    if (t->getitem) return t->getitem(object, key);
    if (t == &typeType) {
        // Class subscription (list[int]): a no-op alias, as annotations use it.
        if (Value f = lookupType(object.as<Type>(), names::__class_getitem__)) return call2(f, object, key);
        return object;
    }
    raiseTypeError("'%s' object is not subscriptable", typeName(object));
}

void setItem(Value object, Value key, Value value) {
    Type* t = typeOf(object);
    if (!t->setitem) raiseTypeError("'%s' object does not support item assignment", typeName(object));
    t->setitem(object, key, value);
}

void delItem(Value object, Value key) {
    Type* t = typeOf(object);
    if (!t->setitem) raiseTypeError("'%s' object does not support item deletion", typeName(object));
    t->setitem(object, key, Value());
}

int64_t length(Value v) {
    Type* t = typeOf(v);
    if (!t->len) raiseTypeError("object of type '%s' has no len()", typeName(v));
    return t->len(v);
}

namespace {

// The text print() is building, which may be written out in pieces (see StreamingPrint).
thread_local std::string* streamingOut = nullptr;
constexpr size_t kPrintChunk = 64 * 1024;

// Text that becomes a str must fit in the heap, so a repr larger than the heap is MemoryError as
// soon as it grows past it (a list holding one big string many times would otherwise fill
// gigabytes of host memory first); print() writes its text out in chunks instead.
void boundPrintedText(std::string& out) {
    if (&out == streamingOut) {
        if (out.size() >= kPrintChunk) {
            writeOut(out);
            out.clear();
        }
    } else if (out.size() > interp().heap.capacityBytes()) {
        raiseMemoryError();
    }
}

}  // namespace

StreamingPrint::StreamingPrint(std::string& out) : previous_(streamingOut) { streamingOut = &out; }
StreamingPrint::~StreamingPrint() { streamingOut = previous_; }

void printValue(std::string& out, Value v, PrintKind kind) {
    if (v.isSmallInt()) {
        char buf[24];
        out.append(buf, formatDecimal(buf, v.smallInt()));
        return;
    }
    Type* t = typeOf(v);
    if (t->print) {
        checkRecursion();  // containers print their items through here: deep nesting must not crash
        t->print(out, v, kind);
        boundPrintedText(out);
        return;
    }
    char buf[96];
    std::snprintf(buf, sizeof buf, "<%s object at 0x%llx>", t->cname, static_cast<unsigned long long>(v.bits()));
    out += buf;
}

StrObject* repr(Value v) {
    std::string out;
    printValue(out, v, PrintKind::Repr);
    return newStr(out);
}

StrObject* str(Value v) {
    if (!v.isImmediate() && v.object()->type == &strType) return asStr(v);
    if (v.isSmallInt()) return decimalStr(v.smallInt());
    std::string out;
    printValue(out, v, PrintKind::Str);
    return newStr(out);
}

std::string reprString(Value v) {
    std::string out;
    printValue(out, v, PrintKind::Repr);
    return out;
}

std::string strString(Value v) {
    std::string out;
    printValue(out, v, PrintKind::Str);
    return out;
}

void writeOut(std::string_view text) { interp().host->writeOut(text); }

}  // namespace pyfw::engine
