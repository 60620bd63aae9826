// dict's hash table (see dict.h for the layout). The dict type's slots and methods are in
// dict_type.cpp.
#include "engine/objects/dict.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/heap.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

int32_t* indexOf(const DictObject* d) { return reinterpret_cast<int32_t*>(d->storage); }

// Index slots for `capacity` entry slots: at least 1.5 per entry slot. Every index slot ever
// taken holds one of the `filled` entries (live or dummy), and filled <= capacity, so an empty
// slot always remains and every probe loop below ends.
constexpr uint32_t indexBitsFor(size_t capacity) {
    uint32_t bits = 3;
    while ((size_t(1) << bits) * 2 < capacity * 3) ++bits;
    return bits;
}

constexpr size_t indexBytesFor(uint32_t bits) { return sizeof(int32_t) << bits; }

// Every byte 0xff: each int32 slot is kDictEmpty. The small indexes, which nearly every dict
// has, get a fill of constant size that the compiler does in line.
void fillIndex(char* storage, uint32_t bits) {
    if (bits == 3) std::memset(storage, 0xff, indexBytesFor(3));
    else if (bits == 4) std::memset(storage, 0xff, indexBytesFor(4));
    else std::memset(storage, 0xff, indexBytesFor(bits));
}

// Lays the table out in `storage` (an index of 1 << bits slots, then `capacity` entries) and
// re-inserts the live entries of the current one there (compacting holes). In line in both
// callers: a dict literal's first storage pays no extra call.
[[gnu::always_inline]] inline void moveTo(DictObject* d, char* storage, uint32_t bits, size_t capacity) {
    size_t indexBytes = indexBytesFor(bits);
    fillIndex(storage, bits);
    auto* entries = reinterpret_cast<DictEntry*>(storage + indexBytes);
    auto* index = reinterpret_cast<int32_t*>(storage);
    size_t mask = (size_t(1) << bits) - 1;
    uint32_t count = 0;
    if (d->storage) {
        DictEntry* old = d->entries();
        for (uint32_t i = 0; i < d->filled; ++i) {
            if (!old[i].key) continue;
            entries[count] = old[i];
            size_t slot = size_t(old[i].hash) & mask;
            while (index[slot] != kDictEmpty) slot = (slot + 1) & mask;
            index[slot] = int32_t(count);
            ++count;
        }
    }
    d->storage = storage;
    d->entryArray = entries;
    d->indexBits = bits;
    d->capacity = uint32_t(capacity);
    d->filled = count;
    d->used = count;
}

// Builds fresh storage for `capacity` entries in a raw block of its own. Out of line: inlined into
// appendEntry it made every append save registers only a resize needs.
[[gnu::noinline]] void rebuild(DictObject* d, size_t capacity) {
    uint32_t bits = indexBitsFor(capacity);
    moveTo(d, static_cast<char*>(allocateRaw(indexBytesFor(bits) + capacity * sizeof(DictEntry))), bits, capacity);
}

}  // namespace

uint64_t versionCounter = 1;
uint64_t nextVersion() { return ++versionCounter; }

namespace {

// The capacity of a dict's first storage, for `expected` entries (at least 5, as CPython's
// smallest table holds: when a delete and an add make it compact shows in iteration).
size_t firstCapacity(size_t expected) { return expected < 5 ? 5 : expected; }

// A dict with the storage rebuild would give it for `capacity` entries, made inside the dict
// object: one allocation. dictTrace's markRaw finds no allocation starting there and marks
// nothing; a later rebuild moves the entries to a block of their own.
DictObject* newDictWithStorage(size_t capacity) {
    uint32_t bits = indexBitsFor(capacity);
    auto* d = allocateObject<DictObject>(&dictType, indexBytesFor(bits) + capacity * sizeof(DictEntry));
    d->version = nextDictVersion();
    moveTo(d, reinterpret_cast<char*>(d + 1), bits, capacity);
    return d;
}

}  // namespace

DictObject* newDict(size_t expected) {
    auto* d = allocateObject<DictObject>(&dictType);
    d->version = nextDictVersion();
    if (expected) rebuild(d, firstCapacity(expected));
    return d;
}

// An instance dict's first storage holds at most this many entries: past it the storage is a
// block of its own, as any dict's, so that a class whose instances once held very many
// attributes does not make every later instance that big.
constexpr size_t kMaxInlineEntries = 16;

// How an instance dict with room for a given number of entries is laid out, worked out once.
struct Room {
    uint32_t bits;       // of the index
    uint32_t capacity;   // entries
    uint32_t bytes;      // the whole dict object
};

constexpr Room roomFor(size_t wanted) {
    uint32_t bits = indexBitsFor(wanted);
    size_t fixedBytes = sizeof(DictObject) + indexBytesFor(bits);
    // Allocations are whole blocks: the entries that fit in the last one's slack come free, as
    // far as the index allows (see indexBitsFor).
    size_t bytes = (fixedBytes + wanted * sizeof(DictEntry) + Heap::kBlock - 1) / Heap::kBlock * Heap::kBlock;
    size_t capacity = std::min((bytes - fixedBytes) / sizeof(DictEntry), (size_t(2) << bits) / 3);
    return Room{bits, uint32_t(capacity), uint32_t(bytes)};
}

// Indexed by the number of entries wanted; 0 (nothing seen yet) gets the room of a dict's first
// separate storage.
constexpr auto kRooms = [] {
    std::array<Room, kMaxInlineEntries + 1> rooms{};
    rooms[0] = roomFor(5);
    for (size_t n = 1; n <= kMaxInlineEntries; ++n) rooms[n] = roomFor(n);
    return rooms;
}();

DictObject* newInstanceDict(size_t expected) {
    const Room& room = kRooms[std::min(expected, kMaxInlineEntries)];
    auto* d = allocateObject<DictObject>(&dictType, room.bytes - sizeof(DictObject));
    d->version = nextDictVersion();
    d->shape = kEmptyShape;
    // The storage is not a block of its own: dictTrace's markRaw finds no allocation starting
    // there and marks nothing, and a later rebuild moves the entries to a block that is.
    moveTo(d, reinterpret_cast<char*>(d + 1), room.bits, room.capacity);
    return d;
}

// A key's __eq__ may change the dict under a lookup; the lookup then starts again, this many times
// at most before giving up (clearing and refilling on every comparison would never settle).
constexpr int kMaxLookupRestarts = 100;

int64_t dictFind(DictObject* d, Value key, int64_t hash) {
    for (int restarts = 0;; ++restarts) {
        if (restarts > kMaxLookupRestarts) raiseError(&exc::RuntimeError, "dictionary changed size during lookup");
        if (!d->storage) return -1;   // empty, or cleared by a comparison
        char* storage = d->storage;
        size_t mask = (size_t(1) << d->indexBits) - 1;
        bool changed = false;
        for (size_t slot = size_t(hash) & mask;; slot = (slot + 1) & mask) {
            int32_t ix = reinterpret_cast<int32_t*>(storage)[slot];
            if (ix == kDictEmpty) return -1;
            if (ix < 0) continue;
            DictEntry& e = d->entries()[ix];
            // Identity first (Python's rule: a key is found even if its __eq__ says otherwise,
            // which is how a NaN key can be looked up), then the stored hash, so __eq__ runs
            // only for real candidates.
            if (e.key == key) return ix;
            if (e.hash != hash) continue;
            Value candidate = e.key;
            bool same = equals(candidate, key);
            // e is only read when storage is unchanged, since a resize would leave it dangling.
            if (d->storage != storage || e.key != candidate) {   // __eq__ changed the dict: start again
                changed = true;
                break;
            }
            if (same) return ix;
        }
        if (!changed) return -1;
    }
}

// Attribute and global lookups: a str key against str entries needs no __eq__ call, so nothing
// can change the dict under the probe. Any other entry with the same hash may define __eq__
// against str, so that case takes the general path.
int64_t dictFindStr(DictObject* d, StrObject* key) {
    if (!d->storage) return -1;
    int64_t hash = strHash(key);
    size_t mask = (size_t(1) << d->indexBits) - 1;
    DictEntry* entries = d->entries();
    for (size_t slot = size_t(hash) & mask;; slot = (slot + 1) & mask) {
        int32_t ix = indexOf(d)[slot];
        if (ix == kDictEmpty) return -1;
        if (ix < 0) continue;
        DictEntry& e = entries[ix];
        if (e.key == Value(key)) return ix;
        if (e.hash != hash) continue;
        if (typeOf(e.key) == &strType) {
            if (strEquals(asStr(e.key), key)) return ix;
            continue;
        }
        return dictFind(d, Value(key), hash);
    }
}

Value dictGet(DictObject* d, Value key) {
    // Exactly str: a subclass may override __eq__ and __hash__.
    if (!key.isSmallInt() && typeOf(key) == &strType) return dictGetStr(d, asStr(key));
    int64_t ix = dictFind(d, key, hashOf(key));
    return ix < 0 ? Value() : d->entries()[ix].value;
}

Value dictGetStr(DictObject* d, StrObject* key) {
    int64_t ix = dictFindStr(d, key);
    return ix < 0 ? Value() : d->entries()[ix].value;
}

Value dictGetCString(DictObject* d, const char* key) { return dictGetStr(d, newStr(key)); }

namespace {

// Entries are only ever appended, which is what keeps insertion order. When the array is full the
// rebuild compacts out deleted entries and sizes for twice the live count, so a dict that
// alternates inserts and deletes does not grow without bound.
void appendEntry(DictObject* d, Value key, Value value, int64_t hash) {
    if (!d->storage || d->filled == d->capacity) rebuild(d, d->used < 4 ? 5 : size_t(d->used) * 2 + 1);
    dictAppendToRoom(d, key, value, hash);
}

void insertNew(DictObject* d, Value key, Value value, int64_t hash) {
    appendEntry(d, key, value, hash);
    if (d->shape != kNoShape) d->shape = shapeAfter(d->shape, key);
}

}  // namespace

void dictSet(DictObject* d, Value key, Value value) {
    int64_t hash = hashOf(key);
    int64_t ix = (!key.isSmallInt() && typeOf(key) == &strType) ? dictFindStr(d, asStr(key)) : dictFind(d, key, hash);
    // Replacing a value keeps the version: caches hold an entry index and read its value there.
    if (ix >= 0) {
        d->entries()[ix].value = value;
        return;
    }
    insertNew(d, key, value, hash);
}

void dictAddAbsent(DictObject* d, StrObject* key, Value value, uint32_t shapeAfterAdd) {
    appendEntry(d, Value(key), value, strHash(key));
    d->shape = shapeAfterAdd;
}

void dictSetStr(DictObject* d, StrObject* key, Value value) {
    int64_t ix = dictFindStr(d, key);
    if (ix >= 0) {
        d->entries()[ix].value = value;
        return;
    }
    insertNew(d, Value(key), value, strHash(key));
}

bool dictDelete(DictObject* d, Value key) {
    int64_t hash = hashOf(key);
    int64_t ix = dictFind(d, key, hash);
    if (ix < 0) return false;
    size_t mask = (size_t(1) << d->indexBits) - 1;
    // The slot becomes a dummy, not empty, so keys probed past it stay reachable; the entry
    // becomes a hole that the next rebuild compacts, so other entry numbers do not move.
    for (size_t slot = size_t(hash) & mask;; slot = (slot + 1) & mask) {
        if (indexOf(d)[slot] == int32_t(ix)) {
            indexOf(d)[slot] = kDictDummy;
            break;
        }
    }
    DictEntry& e = d->entries()[ix];
    e.key = Value();
    e.value = Value();
    --d->used;
    d->shape = kNoShape;   // the shape's keys are no longer all there
    d->version = nextDictVersion();
    return true;
}

// The old storage is left to the GC rather than freed: a lookup running a key's __eq__ may still
// be reading it, and notices the change by the storage pointer.
void dictClear(DictObject* d) {
    d->storage = nullptr;
    d->entryArray = nullptr;
    d->used = d->filled = d->capacity = 0;
    d->indexBits = 0;
    d->shape = kNoShape;
    d->version = nextDictVersion();
}

namespace {

// Puts a display's key in at once when no Python code can take part: a small int or an exact str,
// and no entry of the same hash but another identity (that one may be equal, such as True to 1,
// or a str subclass with its own __eq__). False leaves the key to the general path.
bool addPlainKey(DictObject* d, Value key, Value value) {
    int64_t hash;
    if (key.isSmallInt()) hash = hashSmallInt(key);
    else if (isExactStr(key)) hash = strHash(asStr(key));
    else return false;
    if (d->filled == d->capacity) return false;
    size_t mask = (size_t(1) << d->indexBits) - 1;
    size_t slot = size_t(hash) & mask;
    for (int32_t ix; (ix = indexOf(d)[slot]) != kDictEmpty; slot = (slot + 1) & mask) {
        if (ix < 0) continue;
        DictEntry& e = d->entries()[ix];
        if (e.key == key) {   // a repeated key keeps its first place and takes the last value
            e.value = value;
            return true;
        }
        if (e.hash == hash) return false;
    }
    indexOf(d)[slot] = int32_t(d->filled);
    d->entries()[d->filled] = DictEntry{key, value, hash};
    ++d->filled;
    ++d->used;
    return true;
}

}  // namespace

DictObject* dictFromPairs(const Value* items, size_t pairs) {
    // A small display (the usual one) is one allocation, its storage inside the dict object.
    DictObject* d = pairs && pairs <= kMaxInlineEntries ? newDictWithStorage(firstCapacity(pairs)) : newDict(pairs);
    for (size_t i = 0; i < pairs; ++i)
        if (!addPlainKey(d, items[2 * i], items[2 * i + 1])) dictSet(d, items[2 * i], items[2 * i + 1]);
    d->version = nextDictVersion();
    return d;
}

DictObject* dictCopy(DictObject* d) {
    DictObject* out = newDict();
    if (d->used) {
        rebuild(out, d->used + 1);
        DictEntry* entries = d->entries();
        for (uint32_t i = 0; i < d->filled; ++i)
            if (entries[i].key) insertNew(out, entries[i].key, entries[i].value, entries[i].hash);
    }
    out->type = &dictType;
    return out;
}

void dictUpdate(DictObject* d, Value other) {
    if (isInstance(other, &dictType)) {
        DictObject* o = asDict(other);
        // filled and entries() are read again each time round: a key's __eq__ may clear or
        // resize `other` meanwhile, and then the loop must not read the old array.
        for (uint32_t i = 0; i < o->filled; ++i) {
            DictEntry e = o->entries()[i];
            if (e.key) dictSet(d, e.key, e.value);
        }
        return;
    }
    // Python's rule: anything with keys() is a mapping; otherwise an iterable of pairs.
    if (Value keys = getAttrOrNull(other, intern("keys"))) {
        Value it = getIter(call0(keys));
        while (Value key = iterNext(it)) dictSet(d, key, getItem(other, key));
        return;
    }
    Value it = getIter(other);
    size_t n = 0;
    while (Value item = iterNext(it)) {
        TupleObject* pair = toTuple(item);
        if (pair->size != 2)
            raiseValueError("dictionary update sequence element #%zu has length %zu; 2 is required", n, size_t(pair->size));
        dictSet(d, pair->items[0], pair->items[1]);
        ++n;
    }
}

}  // namespace pyfw::engine
