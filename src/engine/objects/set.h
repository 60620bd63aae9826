// set and frozenset: open addressing over (key, hash) slots, probed linearly, so small ints iterate
// in the order CPython prints them.
#pragma once

#include "engine/objects/object.h"

namespace pyfw::engine {

struct SetEntry {
    Value key;          // null: empty; dummy: deleted
    int64_t hash;
};

// The operators sets serve (- & ^ |, each also reflected and in place): shared with dict views.
constexpr uint32_t kSetOperators = operators(BinaryOp::Sub, BinaryOp::And, BinaryOp::Xor, BinaryOp::Or);

struct SetObject : Object {
    uint64_t used;      // live keys
    uint64_t fill;      // live + deleted
    uint64_t mask;      // table size - 1 (0 with no table)
    SetEntry* table;    // raw block
    int64_t hash;       // frozenset: 0 until computed
    uint64_t finger;    // where pop() looks first: past the slot it emptied last time
    // The first table lives inside the set (as CPython's smalltable), so a set of up to four keys
    // needs no second allocation; a larger table is a raw block of its own.
    SetEntry small[8];
};

SetObject* newSet(Type* type = nullptr);
bool setAdd(SetObject* s, Value key);         // false when already present
bool setContains(SetObject* s, Value key);
bool setDiscard(SetObject* s, Value key);
void setUpdate(SetObject* s, Value iterable);
inline bool isAnySet(Value v) { return isInstance(v, &setType) || isInstance(v, &frozensetType); }
inline SetObject* asSet(Value v) { return v.as<SetObject>(); }

}  // namespace pyfw::engine
