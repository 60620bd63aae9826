// dict: insertion-ordered hash table. Entries are appended to a dense array; a separate index
// table of int32 slots (open addressing) points into it. Deleting leaves a hole (null key) that a
// resize compacts. `version` changes whenever a key is added or removed, so inline caches can keep
// an entry index and check it with one compare.
#pragma once

#include "engine/objects/object.h"

namespace pyfw::engine {

struct StrObject;

struct DictEntry {
    Value key;          // null: deleted
    Value value;
    int64_t hash;
};

struct DictObject : Object {
    uint32_t used;        // live entries
    uint32_t filled;      // entries in use, live or deleted
    uint32_t capacity;    // entry slots
    uint32_t indexBits : 8;   // index table has 1 << indexBits int32 slots
    uint32_t shape : 24;      // dict_shape.h: kNoShape unless made by newInstanceDict
    uint64_t version;
    char* storage;        // raw block: int32 index[1 << indexBits], then DictEntry[capacity]
    DictEntry* entryArray;  // where the entries start in storage (kept: every cached lookup reads it)

    DictEntry* entries() const { return entryArray; }
};

DictObject* newDict(size_t expected = 0);
// An object's __dict__: empty, with its shape tracked (dict_shape.h) until a key is deleted.
DictObject* newInstanceDict();
// null when absent; may raise (the key's __hash__/__eq__).
Value dictGet(DictObject* d, Value key);
Value dictGetStr(DictObject* d, StrObject* key);
Value dictGetCString(DictObject* d, const char* key);
void dictSet(DictObject* d, Value key, Value value);
void dictSetStr(DictObject* d, StrObject* key, Value value);
// Adds a key the caller knows is absent (its shape says so), without looking for it; the caller
// also knows the shape that results (dict_shape.h).
void dictAddAbsent(DictObject* d, StrObject* key, Value value, uint32_t shapeAfterAdd);
bool dictDelete(DictObject* d, Value key);
void dictClear(DictObject* d);
int64_t dictFind(DictObject* d, Value key, int64_t hash);   // entry index or -1
int64_t dictFindStr(DictObject* d, StrObject* key);
// A dict display: items holds key, value, key, value... (later values win, as dictSet does).
DictObject* dictFromPairs(const Value* items, size_t pairs);
DictObject* dictCopy(DictObject* d);
void dictUpdate(DictObject* d, Value other);    // from a mapping or an iterable of pairs
uint64_t nextDictVersion();
inline DictObject* asDict(Value v) { return v.as<DictObject>(); }

}  // namespace pyfw::engine
