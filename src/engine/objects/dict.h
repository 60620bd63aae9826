// dict: insertion-ordered hash table. Entries are appended to a dense array; a separate index
// table of int32 slots (open addressing) points into it. Deleting leaves a hole (null key) that a
// resize compacts. `version` changes whenever a key is added or removed, so inline caches can keep
// an entry index and check it with one compare.
#pragma once

#include "engine/objects/object.h"

namespace pyfw::engine {

struct StrObject;

// An index slot is empty (ends a probe), a dummy (a deleted entry: probes go past it, since a
// key inserted after it may sit further on), or an entry number.
constexpr int32_t kDictEmpty = -1;
constexpr int32_t kDictDummy = -2;

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
    // int32 index[1 << indexBits], then DictEntry[capacity]: a raw block, or for an instance
    // dict first the room that follows the object's fields (newInstanceDict).
    char* storage;
    DictEntry* entryArray;  // where the entries start in storage (kept: every cached lookup reads it)

    DictEntry* entries() const { return entryArray; }
};

DictObject* newDict(size_t expected = 0);
// An object's __dict__: empty, with its shape tracked (dict_shape.h) until a key is deleted. Its
// first storage, for about `expected` entries, is part of the dict object: an instance with a few
// attributes costs two heap blocks (itself and this), not three.
DictObject* newInstanceDict(size_t expected = 0);
// The same, sized by what t's instances were seen to hold lately: every kInstanceDictWindow dicts
// the record starts again, so that one instance with many attributes does not make every later
// instance of its class as big.
constexpr uint32_t kInstanceDictWindow = 64;
inline DictObject* newInstanceDictFor(Type* t) {
    uint32_t expected = t->usualDictSize;
    if (++t->instanceDictsMade % kInstanceDictWindow == 0) t->usualDictSize = 0;
    return newInstanceDict(expected);
}
inline void noteInstanceDictSize(Type* t, const DictObject* d) {
    if (d->used > t->usualDictSize) t->usualDictSize = d->used;
}
// null when absent; may raise (the key's __hash__/__eq__).
Value dictGet(DictObject* d, Value key);
Value dictGetStr(DictObject* d, StrObject* key);
Value dictGetCString(DictObject* d, const char* key);
void dictSet(DictObject* d, Value key, Value value);
void dictSetStr(DictObject* d, StrObject* key, Value value);
// Adds a key the caller knows is absent (its shape says so), without looking for it; the caller
// also knows the shape that results (dict_shape.h).
void dictAddAbsent(DictObject* d, StrObject* key, Value value, uint32_t shapeAfterAdd);
// One counter for every dict (and type): a version is never reused, so a cache that saw version
// v of one dict cannot match another dict, or the same dict after a change and a change back.
extern uint64_t versionCounter;
inline uint64_t nextDictVersion() { return ++versionCounter; }
// Appends an entry the caller knows is absent to a dict whose storage has room (filled <
// capacity). In line: every attribute add of a new instance comes here.
inline void dictAppendToRoom(DictObject* d, Value key, Value value, int64_t hash) {
    auto* index = reinterpret_cast<int32_t*>(d->storage);
    size_t mask = (size_t(1) << d->indexBits) - 1;
    size_t slot = size_t(hash) & mask;
    while (index[slot] >= 0) slot = (slot + 1) & mask;  // a dummy slot may be reused
    index[slot] = int32_t(d->filled);
    d->entries()[d->filled] = DictEntry{key, value, hash};
    ++d->filled;
    ++d->used;
    d->version = nextDictVersion();
}
// dictAddAbsent's common case in line: false (nothing done) when the storage is full or the key's
// hash not yet computed, and dictAddAbsent must do it.
inline bool dictAddAbsentToRoom(DictObject* d, Value key, int64_t keyHash, Value value, uint32_t shapeAfterAdd) {
    if (d->filled >= d->capacity || keyHash <= 0) return false;   // capacity is 0 without storage
    dictAppendToRoom(d, key, value, keyHash);
    d->shape = shapeAfterAdd;
    return true;
}
bool dictDelete(DictObject* d, Value key);
void dictClear(DictObject* d);
int64_t dictFind(DictObject* d, Value key, int64_t hash);   // entry index or -1
int64_t dictFindStr(DictObject* d, StrObject* key);
// A dict display: items holds key, value, key, value... (later values win, as dictSet does).
DictObject* dictFromPairs(const Value* items, size_t pairs);
DictObject* dictCopy(DictObject* d);
void dictUpdate(DictObject* d, Value other);    // from a mapping or an iterable of pairs
inline DictObject* asDict(Value v) { return v.as<DictObject>(); }

}  // namespace pyfw::engine
