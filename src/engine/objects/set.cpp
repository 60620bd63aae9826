// set and frozenset: the hash table, the operators and the methods.
#include "engine/objects/set.h"

#include <cstring>

#include "engine/objects/list.h"
#include "engine/objects/sequence.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

// Marks a deleted slot. It cannot simply be emptied: a key inserted after it may sit further on
// the same probe path, and an empty slot ends the probe.
Object dummyKey{&noneType};
const Value kDummy(&dummyKey);

bool isFrozen(Value v) { return isInstance(v, &frozensetType); }

void resize(SetObject* s, size_t minUsed) {
    constexpr size_t kSmall = sizeof(s->small) / sizeof(SetEntry);
    size_t size = kSmall;
    while (size <= minUsed) size <<= 1;
    SetEntry* old = s->table;
    SetEntry* table;
    // The inline table is reused only when the keys come from elsewhere: clearing it while it
    // is the source would lose them, so a small set shedding dummies gets a raw block.
    if (size == kSmall && old != s->small) {
        table = s->small;
        std::memset(static_cast<void*>(table), 0, sizeof(s->small));
    } else {
        table = static_cast<SetEntry*>(allocateRaw(size * sizeof(SetEntry)));
    }
    size_t oldSize = s->table ? s->mask + 1 : 0;
    s->table = table;
    s->mask = size - 1;
    s->fill = s->used;  // dummies are not copied: a resize is what clears them out
    for (size_t i = 0; i < oldSize; ++i) {
        if (!old[i].key || old[i].key == kDummy) continue;
        size_t slot = size_t(old[i].hash) & s->mask;
        while (table[slot].key) slot = (slot + 1) & s->mask;
        table[slot] = old[i];
    }
}

// A key's __eq__ may change the set under a lookup; the lookup then starts again, this many times
// at most before giving up (clearing and refilling on every comparison would never settle).
constexpr int kMaxLookupRestarts = 100;

// Slot of key, or -1; `freeSlot` receives where it would go.
int64_t findSlot(SetObject* s, Value key, int64_t hash, int64_t* freeSlot) {
    for (int restarts = 0;; ++restarts) {
        if (restarts > kMaxLookupRestarts) raiseError(&exc::RuntimeError, "set changed size during lookup");
        if (freeSlot) *freeSlot = -1;
        if (!s->table) return -1;   // empty, or cleared by a comparison
        SetEntry* table = s->table;
        bool changed = false;
        for (size_t slot = size_t(hash) & s->mask;; slot = (slot + 1) & s->mask) {
            SetEntry& e = table[slot];
            if (!e.key) {
                if (freeSlot && *freeSlot < 0) *freeSlot = int64_t(slot);
                return -1;
            }
            if (e.key == kDummy) {
                // The first dummy is where an insert goes, but the key may still be further on,
                // so the probe goes on to an empty slot.
                if (freeSlot && *freeSlot < 0) *freeSlot = int64_t(slot);
                continue;
            }
            // Identity, then the stored hash, before __eq__ (Python's containment rule).
            if (e.key == key) return int64_t(slot);
            if (e.hash != hash) continue;
            Value candidate = e.key;
            bool same = equals(candidate, key);
            // e is only read when the table is unchanged, since a resize would leave it dangling.
            if (s->table != table || e.key != candidate) {
                changed = true;
                break;
            }
            if (same) return int64_t(slot);
        }
        if (!changed) return -1;
    }
}

}  // namespace

SetObject* newSet(Type* type) {
    auto* s = allocateObject<SetObject>(type ? type : &setType);
    return s;
}

bool setAdd(SetObject* s, Value key) {
    int64_t hash = hashOf(key);
    int64_t freeSlot;
    if (findSlot(s, key, hash, &freeSlot) >= 0) return false;
    // Dummies count towards the load (fill, not used): past 60 % the probe chains grow long, and
    // below it an empty slot always remains, so every probe ends. Growth is CPython's rule:
    // fourfold while small, so building a set resizes seldom, then only double.
    if (!s->table || (s->fill + 1) * 5 >= s->mask * 3) {
        resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
        // The key is known to be absent: take the first free slot without comparing again.
        size_t slot = size_t(hash) & s->mask;
        while (s->table[slot].key) slot = (slot + 1) & s->mask;
        freeSlot = int64_t(slot);
    }
    SetEntry& e = s->table[freeSlot];
    if (!e.key) ++s->fill;
    e.key = key;
    e.hash = hash;
    ++s->used;
    return true;
}

namespace {

// An unhashable set is looked up as the frozenset with the same items (CPython's rule for `in`,
// remove and discard); a set subclass that defines __hash__ is looked up by that hash.
Value lookupKey(Value key) {
    if (!isInstance(key, &setType)) return key;
    Type* t = typeOf(key);
    if (t->hash && t->hash != unhashableHash) return key;
    SetObject* frozen = newSet(&frozensetType);
    setUpdate(frozen, key);
    return Value(frozen);
}

}  // namespace

bool setContains(SetObject* s, Value key) {
    key = lookupKey(key);
    return findSlot(s, key, hashOf(key), nullptr) >= 0;
}

bool setDiscard(SetObject* s, Value key) {
    key = lookupKey(key);
    int64_t slot = findSlot(s, key, hashOf(key), nullptr);
    if (slot < 0) return false;
    s->table[slot].key = kDummy;
    --s->used;
    return true;
}

void setUpdate(SetObject* s, Value iterable) {
    if (isAnySet(iterable)) {
        SetObject* o = asSet(iterable);
        // table and mask are read afresh each time: a key's __eq__ may resize or clear `o`.
        for (size_t i = 0; o->table && i <= o->mask; ++i) {
            Value k = o->table[i].key;
            if (k && k != kDummy) setAdd(s, k);
        }
        return;
    }
    forEach(iterable, [&](Value item) { setAdd(s, item); });
}

namespace {

template <typename F>
void eachKey(SetObject* s, F&& f) {
    for (size_t i = 0; s->table && i <= s->mask; ++i) {
        Value k = s->table[i].key;
        if (k && k != kDummy) f(k);
    }
}

// Python's rule: the result of an operator or method has the left operand's kind, so
// frozenset | set is a frozenset; subclasses are not preserved.
SetObject* sameKind(Value self) { return newSet(isFrozen(self) ? &frozensetType : &setType); }

// The methods take any iterable (the operators do not); a non-set is copied into a set once so
// each membership test is a hash lookup rather than a scan.
SetObject* asSetArg(Value v) {
    if (isAnySet(v)) return asSet(v);
    SetObject* s = newSet();
    setUpdate(s, v);
    return s;
}

SetObject* setUnion(Value self, Value other) {
    SetObject* out = sameKind(self);
    setUpdate(out, self);
    setUpdate(out, other);
    return out;
}

SetObject* setIntersection(Value self, Value other) {
    SetObject* o = asSetArg(other);
    SetObject* out = sameKind(self);
    eachKey(asSet(self), [&](Value k) { if (setContains(o, k)) setAdd(out, k); });
    return out;
}

SetObject* setDifference(Value self, Value other) {
    SetObject* o = asSetArg(other);
    SetObject* out = sameKind(self);
    eachKey(asSet(self), [&](Value k) { if (!setContains(o, k)) setAdd(out, k); });
    return out;
}

SetObject* setSymmetric(Value self, Value other) {
    SetObject* o = asSetArg(other);
    SetObject* out = sameKind(self);
    eachKey(asSet(self), [&](Value k) { if (!setContains(o, k)) setAdd(out, k); });
    eachKey(o, [&](Value k) { if (!setContains(asSet(self), k)) setAdd(out, k); });
    return out;
}

bool isSubset(SetObject* a, SetObject* b) {
    if (a->used > b->used) return false;
    checkRecursion();   // frozensets of frozensets compare recursively
    bool all = true;
    eachKey(a, [&](Value k) { if (all && !setContains(b, k)) all = false; });
    return all;
}

void setTrace(Object* self, Tracer& t) {
    auto* s = static_cast<SetObject*>(self);
    if (!s->table) return;
    if (s->table != s->small) t.markRaw(s->table);  // the inline table is part of the object
    for (size_t i = 0; i <= s->mask; ++i) t.visit(s->table[i].key);
}

void setPrint(std::string& out, Value self, PrintKind) {
    SetObject* s = asSet(self);
    bool frozen = isFrozen(self);
    const char* name = typeOf(self)->cname;
    if (s->used == 0) {
        out += name;
        out += "()";
        return;
    }
    if (!reprEnter(s)) {
        out += name;
        out += "(...)";
        return;
    }
    // Only a plain non-empty set has a literal form; others print as a call: frozenset({1}).
    if (frozen || typeOf(self) != &setType) {
        out += name;
        out += '(';
    }
    out += '{';
    bool first = true;
    try {
        eachKey(s, [&](Value k) {
            if (!first) out += ", ";
            first = false;
            printValue(out, k, PrintKind::Repr);
        });
    } catch (...) {
        reprLeave(s);
        throw;
    }
    reprLeave(s);
    out += '}';
    if (frozen || typeOf(self) != &setType) out += ')';
}

Value setBinary(BinaryOp op, Value self, Value other, bool reflected) {
    // {1} | [2] is a TypeError in Python: only the named methods accept other iterables.
    if (!isAnySet(other)) return NotImplemented();
    Value a = reflected ? other : self, b = reflected ? self : other;
    SetObject *sa = asSet(a), *sb = asSet(b);
    switch (op) {
    case BinaryOp::Or: return Value(setUnion(a, b));
    case BinaryOp::And: return Value(setIntersection(a, b));
    case BinaryOp::Sub: return Value(setDifference(a, b));
    case BinaryOp::Xor: return Value(setSymmetric(a, b));
    case BinaryOp::Eq: return boolValue(sa->used == sb->used && isSubset(sa, sb));
    case BinaryOp::Ne: return boolValue(!(sa->used == sb->used && isSubset(sa, sb)));
    case BinaryOp::Le: return boolValue(isSubset(sa, sb));
    case BinaryOp::Lt: return boolValue(sa->used < sb->used && isSubset(sa, sb));
    case BinaryOp::Ge: return boolValue(isSubset(sb, sa));
    case BinaryOp::Gt: return boolValue(sb->used < sa->used && isSubset(sb, sa));
    default: return NotImplemented();
    }
}

// The in-place operators compute the result into a new set first and then take its keys: the
// other operand may be s itself (s &= s), and an __eq__ must never see a half-changed set.
void replaceContents(SetObject* s, SetObject* with) {
    s->table = nullptr;
    s->used = s->fill = s->mask = 0;
    setUpdate(s, Value(with));
}

Value setInplace(BinaryOp op, Value self, Value other, bool) {
    if (!isAnySet(other) || isFrozen(self)) return NotImplemented();
    SetObject* s = asSet(self);
    switch (op) {
    case BinaryOp::Or: setUpdate(s, other); return self;
    case BinaryOp::And: replaceContents(s, setIntersection(self, other)); return self;
    case BinaryOp::Sub: replaceContents(s, setDifference(self, other)); return self;
    case BinaryOp::Xor: replaceContents(s, setSymmetric(self, other)); return self;
    default: return NotImplemented();
    }
}

int64_t setLen(Value self) { return int64_t(asSet(self)->used); }
bool setContainsSlot(Value self, Value item) { return setContains(asSet(self), item); }

int64_t frozensetHash(Value self) {
    SetObject* s = asSet(self);
    if (s->hash) return s->hash;  // immutable, so computed once
    // Equal frozensets may hold their keys in different table orders, so the keys are combined
    // with xor, which ignores order; each hash is scrambled first, or small ints would cancel
    // out ({1, 2} and {3} would collide). 0 means "not computed yet" and -1 is never a hash.
    uint64_t h = 1927868237ull * (s->used + 1);
    eachKey(s, [&](Value k) {
        uint64_t x = uint64_t(hashOf(k));
        h ^= (x ^ (x << 16) ^ 89869747ull) * 3644798167ull;
    });
    h = h * 69069u + 907133923u;
    auto r = int64_t(h);
    if (r == -1 || r == 0) r = 590923713;
    s->hash = r;
    return r;
}

struct SetIteratorObject : Object {
    SetObject* set;
    uint64_t index;
    uint64_t expectedUsed;
};

void setIteratorTrace(Object* self, Tracer& t) { t.visitObject(static_cast<SetIteratorObject*>(self)->set); }

// Set in expectedUsed once a size change was seen, so every later step raises again (as in
// CPython); no set holds that many keys.
constexpr uint64_t kSizeChanged = UINT64_MAX;

Value setIteratorNext(Value self) {
    auto* it = self.as<SetIteratorObject>();
    SetObject* s = it->set;
    if (!s) return Value();   // exhausted: stays so whatever the set does afterwards
    // A resize reorders the whole table, so after a size change the position means nothing.
    if (s->used != it->expectedUsed) {
        it->expectedUsed = kSizeChanged;
        raiseError(&exc::RuntimeError, "Set changed size during iteration");
    }
    while (s->table && it->index <= s->mask) {
        Value k = s->table[it->index++].key;
        if (k && k != kDummy) return k;
    }
    it->set = nullptr;
    return Value();
}

Value selfIter(Value self) { return self; }

Type setIteratorType{TypeSpec{
    .name = "set_iterator",
    .instanceSize = sizeof(SetIteratorObject),
    .trace = setIteratorTrace,
    .iter = selfIter,
    .next = setIteratorNext,
}};

Value setIter(Value self) {
    auto* it = allocateObject<SetIteratorObject>(&setIteratorType);
    it->set = asSet(self);
    it->expectedUsed = it->set->used;
    return Value(it);
}

Value setMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    checkArgs(cls == &frozensetType || isSubtype(cls, &frozensetType) ? "frozenset" : "set", nargs, kwnames, 0, 1);
    // A subclass's instance keeps its __dict__ pointer in 8 extra bytes at the end (see dictSlot).
    auto* s = static_cast<SetObject*>(allocateBytes(cls->instanceSize + (cls->isHeapType() ? 8 : 0)));
    s->type = cls;
    if (nargs) setUpdate(s, args[0]);
    return Value(s);
}

// ---- methods ----

SetObject* self(const Value* args) { return asSet(args[0]); }

Value setInit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("set", nargs, kw, 1, 2);
    // Calling __init__ again on a set starts it afresh, as in CPython.
    replaceContents(self(args), newSet());
    if (nargs > 1) setUpdate(self(args), args[1]);
    return None();
}

Value setAddMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("add", nargs, kw, 2, 2);
    setAdd(self(args), args[1]);
    return None();
}

Value setRemove(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("remove", nargs, kw, 2, 2);
    if (!setDiscard(self(args), args[1])) raiseWithValue(&exc::KeyError, args[1]);
    return None();
}

Value setDiscardMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("discard", nargs, kw, 2, 2);
    setDiscard(self(args), args[1]);
    return None();
}

Value setPop(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pop", nargs, kw, 1, 1);
    SetObject* s = self(args);
    // Any key will do (Python promises none in particular): the next live slot from the finger.
    // Starting at slot 0 each time would step over every slot the earlier pops emptied, and
    // emptying a set by pop() would take time quadratic in its size.
    for (size_t n = 0; s->table && n <= s->mask; ++n) {
        size_t i = (s->finger + n) & s->mask;
        Value k = s->table[i].key;
        if (k && k != kDummy) {
            s->table[i].key = kDummy;
            --s->used;
            s->finger = i + 1;
            return k;
        }
    }
    raiseError(&exc::KeyError, "pop from an empty set");
}

Value setClear(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("clear", nargs, kw, 1, 1);
    replaceContents(self(args), newSet());
    return None();
}

Value setCopy(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("copy", nargs, kw, 1, 1);
    SetObject* out = sameKind(args[0]);
    setUpdate(out, args[0]);
    return Value(out);
}

Value setUpdateMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("update", nargs, kw, 1, SIZE_MAX);
    for (size_t i = 1; i < nargs; ++i) setUpdate(self(args), args[i]);
    return None();
}

template <SetObject* (*Op)(Value, Value)>
Value multiOp(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("set operation", nargs, kw, 1, SIZE_MAX);
    Value result = args[0];
    // s.union() with no argument is a copy, never s itself.
    if (nargs == 1) {
        SetObject* out = sameKind(args[0]);
        setUpdate(out, args[0]);
        return Value(out);
    }
    for (size_t i = 1; i < nargs; ++i) result = Value(Op(result, Value(asSetArg(args[i]))));
    return result;
}

template <SetObject* (*Op)(Value, Value)>
Value updateOp(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("set update", nargs, kw, 1, SIZE_MAX);
    for (size_t i = 1; i < nargs; ++i) replaceContents(self(args), Op(args[0], Value(asSetArg(args[i]))));
    return None();
}

Value setIssubset(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("issubset", nargs, kw, 2, 2);
    return boolValue(isSubset(self(args), asSetArg(args[1])));
}

Value setIssuperset(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("issuperset", nargs, kw, 2, 2);
    return boolValue(isSubset(asSetArg(args[1]), self(args)));
}

Value setIsdisjoint(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("isdisjoint", nargs, kw, 2, 2);
    bool disjoint = true;
    SetObject* o = asSetArg(args[1]);
    eachKey(self(args), [&](Value k) { if (disjoint && setContains(o, k)) disjoint = false; });
    return boolValue(disjoint);
}

const MethodDef frozensetMethods[] = {
    {"copy", setCopy},
    {"difference", multiOp<setDifference>},
    {"intersection", multiOp<setIntersection>},
    {"isdisjoint", setIsdisjoint},
    {"issubset", setIssubset},
    {"issuperset", setIssuperset},
    {"symmetric_difference", multiOp<setSymmetric>},
    {"union", multiOp<setUnion>},
    {nullptr, nullptr},
};

const MethodDef setMethods[] = {
    {"__init__", setInit},
    {"add", setAddMethod},
    {"clear", setClear},
    {"copy", setCopy},
    {"difference", multiOp<setDifference>},
    {"difference_update", updateOp<setDifference>},
    {"discard", setDiscardMethod},
    {"intersection", multiOp<setIntersection>},
    {"intersection_update", updateOp<setIntersection>},
    {"isdisjoint", setIsdisjoint},
    {"issubset", setIssubset},
    {"issuperset", setIssuperset},
    {"pop", setPop},
    {"remove", setRemove},
    {"symmetric_difference", multiOp<setSymmetric>},
    {"symmetric_difference_update", updateOp<setSymmetric>},
    {"union", multiOp<setUnion>},
    {"update", setUpdateMethod},
    {nullptr, nullptr},
};

}  // namespace

Type setType{TypeSpec{
    .name = "set",
    .instanceSize = sizeof(SetObject),
    .flags = kTypeBaseType | kTypeInitFills,
    .trace = setTrace,
    .print = setPrint,
    .hash = unhashableHash,
    .make = setMake,
    .binary = setBinary,
    .inplace = setInplace,
    .len = setLen,
    .iter = setIter,
    .contains = setContainsSlot,
    .methods = setMethods,
    .binaryMethods = kSetOperators,
    .reflectedMethods = kSetOperators,
    .inplaceMethods = kSetOperators,
}};

Type frozensetType{TypeSpec{
    .name = "frozenset",
    .instanceSize = sizeof(SetObject),
    .flags = kTypeBaseType,
    .trace = setTrace,
    .print = setPrint,
    .hash = frozensetHash,
    .make = setMake,
    .binary = setBinary,
    .len = setLen,
    .iter = setIter,
    .contains = setContainsSlot,
    .methods = frozensetMethods,
    .binaryMethods = kSetOperators,
    .reflectedMethods = kSetOperators,
}};

}  // namespace pyfw::engine
