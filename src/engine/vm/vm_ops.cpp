#include "engine/bytecode/bytecode.h"
#include "engine/vm/vm_ops.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/format.h"
#include "engine/objects/function.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"
#include "engine/vm/vm.h"

namespace pyfw::engine {

Value floatArithmetic(BinaryOp op, double a, double b);

namespace {

AttrKind kindOf(const InlineCache& c) { return AttrKind((c.index >> 24) & 0xff); }
uint64_t hintOf(const InlineCache& c) { return c.index & 0xffffff; }

bool cacheMatches(const InlineCache& c, Type* t) {
    return c.key1 == reinterpret_cast<uintptr_t>(t) && c.key2 == t->version && (c.index >> 32) == (classEpochTag >> 8);
}

DictObject* fixedDict(Value object, Type* t) {
    return t->dictOffset > 0 ? fixedInstanceDict(object.object(), t) : nullptr;
}

bool dictLacks(DictObject* d, StrObject* name) { return !d || !d->used || dictFindStr(d, name) < 0; }

// Instance dict d does not shadow the class attribute entry c caches: proved by the shape c
// recorded, or by a probe, after which c records d's shape for the next instance built alike.
bool instanceLacks(InlineCache& c, DictObject* d, StrObject* name) {
    if (!d || !d->used || shapeLacksName(c, d)) return true;
    if (dictFindStr(d, name) >= 0) return false;
    if (d->shape != kNoShape) c.index = (c.index & ~uint64_t(0xffffff)) | d->shape;
    return true;
}

// Caching is only sound where attribute lookup is the generic one with an optional fixed dict.
bool cacheable(Type* t) { return t->getattr == genericGetAttr && t->dictOffset >= 0; }

}  // namespace

// The cache keeps the address of the value in the dict's entries: it stays valid while the
// dict's version holds, since only adding or removing a key moves or drops entries (and versions
// are unique across dicts, so another dict at the same address never matches).
Value loadGlobalSlow(InlineCache& c, DictObject* g, DictObject* b, StrObject* name) {
    int64_t ix = dictFindStr(g, name);
    if (ix >= 0) {
        c.key1 = g->version;
        c.key2 = 0;
        c.index = reinterpret_cast<uintptr_t>(&g->entries()[ix].value);
        return g->entries()[ix].value;
    }
    ix = dictFindStr(b, name);
    if (ix >= 0) {
        c.key1 = g->version;
        c.key2 = b->version;
        c.index = reinterpret_cast<uintptr_t>(&b->entries()[ix].value);
        return b->entries()[ix].value;
    }
    raiseError(&exc::NameError, "name '%s' is not defined", name->data);
}

namespace {

// A cached attribute read: true (and `out`) when entry `c` applies to this object.
bool attrHit(InlineCache& c, Value object, Type* t, StrObject* name, Value& out) {
    if (!cacheMatches(c, t)) return false;
    DictObject* d = fixedDict(object, t);
    switch (kindOf(c)) {
    case kAttrInstanceDict: {
        uint64_t hint = hintOf(c);
        if (d && hint < d->filled && d->entries()[hint].key == Value(name)) {
            out = d->entries()[hint].value;
            return true;
        }
        return false;
    }
    case kAttrClassValue:
        if (!instanceLacks(c, d, name)) return false;
        out = c.value;
        return true;
    case kAttrClassFunction:
        if (!instanceLacks(c, d, name)) return false;
        out = Value(newBoundMethod(c.value, object));
        return true;
    case kAttrProperty:
        out = call1(c.value, object);
        return true;
    default:
        return false;
    }
}

// Describes how `name` was found on an object of type t (after a successful slow lookup).
InlineCache describeAttr(Value object, Type* t, StrObject* name) {
    InlineCache c;
    c.key1 = reinterpret_cast<uintptr_t>(t);
    c.key2 = t->version;
    Value descr = lookupType(t, name);
    Type* dt = descr ? typeOf(descr) : nullptr;
    DictObject* d = fixedDict(object, t);
    if (dt == &propertyType && descr.as<PropertyObject>()->fget) {
        c.index = attrIndex(kAttrProperty, 0);
        c.value = descr.as<PropertyObject>()->fget;
    } else if (dt && dt->descrSet) {
        c.index = attrIndex(kAttrNone, 0);
    } else if (d && !dictLacks(d, name)) {
        c.index = attrIndex(kAttrInstanceDict, uint64_t(dictFindStr(d, name)));
        c.value = Value(name);   // for instanceAttrHit
    } else if (dt == &functionType) {
        c.index = attrIndex(kAttrClassFunction, 0);
        c.value = descr;
    } else if (descr && !dt->descrGet) {
        c.index = attrIndex(kAttrClassValue, 0);
        c.value = descr;
    } else {
        c.index = attrIndex(kAttrNone, 0);
    }
    return c;
}

void remember(InlineCache* pair, const InlineCache& entry) {
    if (pair[0].key1 != entry.key1) pair[1] = pair[0];
    pair[0] = entry;
}

}  // namespace

Value loadAttrCached(InlineCache* pair, Value object, StrObject* name) {
    Type* t = typeOf(object);
    if (t == &moduleType) {
        InlineCache& c = pair[0];
        Value hit;
        if (moduleAttrHit(c, object, hit)) return hit;
        DictObject* d = object.as<ModuleObject>()->dict;
        int64_t ix = dictFindStr(d, name);
        if (ix < 0) return getAttr(object, name);
        c.key1 = reinterpret_cast<uintptr_t>(d);
        c.key2 = d->version;
        c.index = uint64_t(ix);
        return d->entries()[ix].value;
    }
    Value out;
    if (attrHit(pair[0], object, t, name, out) || attrHit(pair[1], object, t, name, out)) return out;
    Value v = getAttr(object, name);
    if (cacheable(t) && !object.isImmediate()) remember(pair, describeAttr(object, t, name));
    return v;
}

namespace {

// instanceAddHit's cases that call out: the object has no dict yet, or its dict has no room.
[[gnu::noinline]] bool instanceAddCallingOut(const InlineCache& c, Type* t, DictObject** slot, StrObject* name, Value value) {
    if (!*slot) *slot = newInstanceDictFor(t);
    if (!shapeLacksName(c, *slot)) return false;
    if (!dictAddAbsentToRoom(*slot, Value(name), name->hash, value, uint32_t(c.value.smallInt())))
        dictAddAbsent(*slot, name, value, uint32_t(c.value.smallInt()));
    noteInstanceDictSize(t, *slot);
    return true;
}

}  // namespace

// Out of line: inlined into both store instructions it made the dispatch loop's code bigger
// and float loops slower. The usual add (a dict with room) calls nothing, so it saves no
// registers; the rest is left to instanceAddCallingOut.
bool instanceAddHit(const InlineCache& c, Value object, StrObject* name, Value value) {
    if (!object.isObject()) return false;
    Type* t = object.object()->type;
    if (!cacheHolds(c, t, kAttrInstanceAdd)) return false;
    DictObject** slot = instanceDictSlot(object.object(), t);
    DictObject* d = *slot;
    // The name is interned (a shape's keys are), so its hash is normally known already.
    if (!d || !shapeLacksName(c, d) || !dictAddAbsentToRoom(d, Value(name), name->hash, value, uint32_t(c.value.smallInt())))
        return instanceAddCallingOut(c, t, slot, name, value);
    noteInstanceDictSize(t, d);
    return true;
}

void storeAttrCached(InlineCache* pair, Value object, StrObject* name, Value value) {
    Type* t = typeOf(object);
    for (int i = 0; i < 2; ++i) {
        InlineCache& c = pair[i];
        if (!cacheMatches(c, t)) continue;
        Value* slot;
        if (instanceAttrHit(c, object, slot)) {
            *slot = value;
            return;
        }
        if (kindOf(c) == kAttrInstanceAdd) {
            // The type (at this version) has no data descriptor of this name: the store goes
            // straight to the instance dict, as genericSetAttr would send it; appended without a
            // probe when the dict has the shape the add was first seen from.
            if (!instanceAddHit(c, object, name, value)) dictSetStr(*instanceDictSlot(object.object(), t), name, value);
            return;
        }
    }
    // A store to __dict__ replaces the dict (genericSetAttr): never an entry of it.
    bool cacheable = !object.isImmediate() && t->setattr == genericSetAttr && t->dictOffset > 0 && name != names::__dict__;
    DictObject* before = cacheable ? fixedDict(object, t) : nullptr;
    bool adding = cacheable && dictLacks(before, name);
    uint32_t shapeBefore = before ? before->shape : kEmptyShape;   // no dict yet: an empty one is made
    setAttr(object, name, value);
    if (!cacheable) return;
    Value descr = lookupType(t, name);
    if (descr && typeOf(descr)->descrSet) return;
    DictObject* d = fixedDict(object, t);
    if (!d) return;
    int64_t ix = dictFindStr(d, name);
    if (ix < 0) return;
    InlineCache c;
    c.key1 = reinterpret_cast<uintptr_t>(t);
    c.key2 = t->version;
    c.index = adding ? attrIndex(kAttrInstanceAdd, shapeBefore) : attrIndex(kAttrInstanceDict, uint64_t(ix));
    // The shape after the add, for the next one; for an entry, its name (instanceAttrHit).
    c.value = adding ? Value::smallInt(d->shape) : Value(name);
    remember(pair, c);
}

void loadMethodCached(InlineCache* pair, Value object, StrObject* name, Value* out) {
    Type* t = typeOf(object);
    if (t == &moduleType) {
        out[1] = loadAttrCached(pair, object, name);
        out[0] = Value();
        return;
    }
    for (int i = 0; i < 2; ++i) {
        InlineCache& c = pair[i];
        if (cacheHolds(c, t, kAttrClassFunction) && instanceLacks(c, fixedDict(object, t), name)) {
            out[0] = c.value;
            out[1] = object;
            return;
        }
    }
    Value function;
    bool passSelf;
    if (!loadMethod(object, name, function, passSelf)) getAttr(object, name);
    if (!passSelf) {
        out[0] = Value();
        out[1] = function;
        return;
    }
    out[0] = function;
    out[1] = object;
    if (cacheable(t) || object.isImmediate()) {
        InlineCache c;
        c.key1 = reinterpret_cast<uintptr_t>(t);
        c.key2 = t->version;
        c.index = attrIndex(kAttrClassFunction, 0);
        c.value = function;
        remember(pair, c);
    }
}

Value inplaceAdd(Value a, Value b) {
    double x, y;
    Value sum;
    if (floatOperands(a, b, x, y) && floatArithmeticInline(BinaryOp::Add, x, y, sum)) return sum;
    // `items += more` on an exact list (whose __iadd__ no class can replace) is its extend.
    if (a.isObject() && a.object()->type == &listType) {
        listExtend(a.as<ListObject>(), b);
        return a;
    }
    return typeOf(a)->inplace ? inplaceOp(BinaryOp::Add, a, b) : fastBinary(BinaryOp::Add, a, b);
}

Value fastBinary(BinaryOp op, Value a, Value b) {
    // Float arithmetic without the generic dispatch; mixed int/float only where the int is exact in
    // a double (up to 2**53). Operators floats do not have fall through to binaryOp's error.
    double x, y;
    if (floatOperands(a, b, x, y) && op != BinaryOp::Pow) {
        Value r = floatArithmetic(op, x, y);
        if (r != NotImplemented()) return r;
    }
    // Joining two exact strs without the generic dispatch (their comparisons are done in the loop).
    if (op == BinaryOp::Add && isExactStr(a) && isExactStr(b)) return Value(strConcat(asStr(a), asStr(b)));
    return binaryOp(op, a, b);
}

void raiseUnboundLocal(CodeObject* code, uint32_t index) {
    raiseError(&exc::UnboundLocalError, "local variable '%s' referenced before assignment",
               asStr(code->localNames->items[index])->data);
}

void raiseUnboundFree(CodeObject* code, uint32_t index) {
    raiseError(&exc::NameError, "free variable '%s' referenced before assignment in enclosing scope",
               asStr(code->localNames->items[index])->data);
}

void raiseWithCause(Value exception, Value cause, bool hasCause) {
    if (isExceptionType(exception)) exception = call0(exception);
    if (!isException(exception)) raiseTypeError("exceptions must derive from BaseException");
    if (hasCause) {
        auto* e = exception.as<ExceptionObject>();
        if (cause == None()) {
            e->cause = Value();
        } else {
            if (isExceptionType(cause)) cause = call0(cause);
            if (!isException(cause)) raiseTypeError("exception causes must derive from BaseException");
            e->cause = cause;
        }
        e->suppressContext = true;
    }
    raise(exception);
}

// `except` takes a class or a flat tuple of classes, every one checked before any is matched: as
// in CPython, a tuple inside the tuple is refused, not searched (a search would recurse as deep
// as the program nests them).
bool exceptionMatches(Value exception, Value type) {
    bool tuple = isInstance(type, &tupleType);
    const Value* items = tuple ? asTuple(type)->items : &type;
    size_t count = tuple ? asTuple(type)->size : 1;
    for (size_t i = 0; i < count; ++i)
        if (!isExceptionType(items[i]))
            raiseTypeError("catching classes that do not inherit from BaseException is not allowed");
    for (size_t i = 0; i < count; ++i)
        if (isInstance(exception, items[i].as<Type>())) return true;
    return false;
}

Value buildString(const Value* parts, size_t count) {
    size_t size = 0, length = 0;
    for (size_t i = 0; i < count; ++i) {
        size += asStr(parts[i])->size;
        length += asStr(parts[i])->length();
    }
    StrObject* s = allocateStr(size);
    char* p = s->data;
    for (size_t i = 0; i < count; ++i) {
        StrObject* part = asStr(parts[i]);
        std::memcpy(p, part->data, part->size);
        p += part->size;
    }
    s->lengthBits = uint32_t(length);
    return Value(s);
}

Value formatValue(Value v, uint32_t conversion, Value spec) {
    if (conversion == kFormatStr) v = Value(str(v));
    else if (conversion == kFormatRepr) v = Value(repr(v));
    else if (conversion == kFormatAscii) v = asciiOf(v);
    if (!spec || asStr(spec)->size == 0) {
        if (typeOf(v) == &strType) return v;
        if (!spec) return formatObject(v, emptyStr());
    }
    return formatObject(v, asStr(spec));
}

void listExtendForUnpack(ListObject* list, Value iterable) {
    Type* t = typeOf(iterable);
    if (!t->iter && !t->getitem) raiseTypeError("Value after * must be an iterable, not %s", typeName(iterable));
    listExtend(list, iterable);
}

void dictUpdateForUnpack(DictObject* dict, Value mapping, bool rejectDuplicates, Value callee) {
    if (!isInstance(mapping, &dictType) && !getAttrOrNull(mapping, names::keys))
        raiseTypeError("'%s' object is not a mapping", typeName(mapping));
    if (!rejectDuplicates) {
        dictUpdate(dict, mapping);
        return;
    }
    DictObject* source;
    if (isInstance(mapping, &dictType)) {
        source = asDict(mapping);
    } else {
        source = newDict();
        dictUpdate(source, mapping);
    }
    for (uint32_t i = 0; i < source->filled; ++i) {
        DictEntry e = source->entries()[i];
        if (!e.key) continue;
        if (!isStr(e.key)) raiseTypeError("keywords must be strings");
        if (dictGet(dict, e.key)) {
            std::string who = "";
            if (callee && typeOf(callee) == &functionType) {
                auto* f = callee.as<FunctionObject>();
                if (f->module && isStr(f->module) && strView(f->module) != "builtins") who = std::string(strView(f->module)) + ".";
                who += std::string((f->qualname ? f->qualname : f->name)->view()) + "() ";
            }
            raiseTypeError("%sgot multiple values for keyword argument '%s'", who.c_str(), asStr(e.key)->data);
        }
        dictSet(dict, e.key, e.value);
    }
}

void unpackSequence(Value sequence, size_t count, Value* out) {
    Type* t = typeOf(sequence);
    const Value* items = nullptr;
    size_t size = 0;
    if (t == &tupleType) items = asTuple(sequence)->items, size = asTuple(sequence)->size;
    else if (t == &listType) items = asList(sequence)->items, size = asList(sequence)->size;
    if (items) {
        if (size != count) {
            if (size < count) raiseValueError("not enough values to unpack (expected %zu, got %zu)", count, size);
            raiseValueError("too many values to unpack (expected %zu)", count);
        }
        for (size_t i = 0; i < count; ++i) out[count - 1 - i] = items[i];
        return;
    }
    if (!t->iter && !t->getitem) raiseTypeError("cannot unpack non-iterable %s object", typeName(sequence));
    Value it = getIter(sequence);
    for (size_t i = 0; i < count; ++i) {
        Value v = iterNext(it);
        if (!v) raiseValueError("not enough values to unpack (expected %zu, got %zu)", count, i);
        out[count - 1 - i] = v;
    }
    if (iterNext(it)) raiseValueError("too many values to unpack (expected %zu)", count);
}

void unpackEx(Value sequence, size_t before, size_t after, Value* out) {
    Type* t = typeOf(sequence);
    if (!t->iter && !t->getitem) raiseTypeError("cannot unpack non-iterable %s object", typeName(sequence));
    ListObject* items = newList();
    listExtend(items, sequence);
    size_t size = items->size;
    if (size < before + after)
        raiseValueError("not enough values to unpack (expected at least %zu, got %zu)", before + after, size);
    size_t total = before + after + 1;
    for (size_t i = 0; i < before; ++i) out[total - 1 - i] = items->items[i];
    ListObject* middle = listFromArray(items->items + before, size - before - after);
    out[total - 1 - before] = Value(middle);
    for (size_t i = 0; i < after; ++i) out[after - 1 - i] = items->items[size - after + i];
}

// The most room a comprehension's list is given ahead: past it the list grows as it fills, so a
// huge range whose items fail early does not claim its memory first.
constexpr int64_t kMaxRoomAhead = 4096;

ListObject* newListForItems(Value iterator) {
    int64_t left = itemsLeft(iterator);
    return newListWithRoom(left < 0 ? 0 : size_t(std::min(left, kMaxRoomAhead)));
}

Value makeFunction(Frame* frame, CodeObject* code, TupleObject* defaults, DictObject* kwdefaults, TupleObject* closure) {
    auto* f = allocateObject<FunctionObject>(&functionType);
    f->code = code;
    f->globals = frame->globals;
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->closure = closure;
    f->name = code->name;
    f->qualname = code->qualname;
    f->module = dictGetStr(frame->globals, names::__name__);
    Value doc = code->consts->size ? code->consts->items[0] : Value();
    f->doc = doc && isStr(doc) && code->name != names::angle_lambda && !(code->flags & kCodeNameLookups) ? doc : None();
    return Value(f);
}

void beforeWith(Value manager, bool isAsync, Value& exit, Value& entered) {
    Type* t = typeOf(manager);
    Value enter = lookupType(t, isAsync ? names::__aenter__ : names::__enter__);
    Value exitFn = lookupType(t, isAsync ? names::__aexit__ : names::__exit__);
    if (!enter || !exitFn)
        raiseTypeError("'%s' object does not support the %scontext manager protocol", typeName(manager),
                       isAsync ? "asynchronous " : "");
    Type* et = typeOf(exitFn);
    exit = et->descrGet ? et->descrGet(exitFn, manager, t) : exitFn;
    Type* nt = typeOf(enter);
    Value bound = nt->descrGet ? nt->descrGet(enter, manager, t) : enter;
    entered = call0(bound);
}

Value yieldFromStep(Value sub, Value sent, bool& done) {
    if (isGenerator(sub)) {
        bool returned;
        Value r = resumeGenerator(sub, sent, Value(), returned);
        done = returned;
        // A generator that had already finished returns nothing: `yield from` gives None.
        return r ? r : None();
    }
    // A native iterator ends without a value; a class's __next__ may end with StopIteration(value),
    // which is the value of `yield from`, so it is called as a method to keep that value.
    bool native = !(typeOf(sub)->flags & kTypeHeapType);
    if (sent == None() && native) {
        Value v = iterNext(sub);
        done = !v;
        return v ? v : None();
    }
    try {
        Value v = sent == None() ? callMethod(sub, names::__next__, nullptr, 0) : callMethod(sub, names::send, &sent, 1);
        done = false;
        return v;
    } catch (PythonError&) {
        if (!pendingIs(&exc::StopIteration)) throw;
        Value stop = takePendingException();
        done = true;
        TupleObject* args = exceptionArgs(stop);
        return args->size ? args->items[0] : None();
    }
}

Value getAwaitable(Value v) {
    if (isGenerator(v)) return v;
    if (Value r = callSpecialOrNull(v, names::__await__)) {
        if (!typeOf(r)->next) raiseTypeError("__await__() returned non-iterator of type '%s'", typeName(r));
        return r;
    }
    raiseTypeError("'%s' object can't be used in 'await' expression", typeName(v));
}

Value asyncIterator(Value v) {
    Value r = callSpecialOrNull(v, intern("__aiter__"));
    if (!r) raiseTypeError("'async for' requires an object with __aiter__ method, got %s", typeName(v));
    return r;
}

Value asyncNext(Value v) {
    Value r = callSpecialOrNull(v, intern("__anext__"));
    if (!r) raiseTypeError("'async for' requires an iterator with __anext__ method, got %s", typeName(v));
    return getAwaitable(r);
}

void printExpression(Value v) {
    if (v == None()) return;
    dictSetStr(interp().builtins, intern("_"), v);
    std::string text = reprString(v);
    text += '\n';
    writeOut(text);
}

}  // namespace pyfw::engine
