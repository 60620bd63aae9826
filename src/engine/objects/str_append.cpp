// `NAME += text` without copying the whole string each time. A GC heap has no reference counts to
// tell that a string is unshared, so the compiler and the VM prove it instead: the string this
// makes carries a mark, and every way the variable's value can be read other than by the next
// `NAME += ...` clears it (strShare). A marked string is held by that one variable (and by the
// copy the statement itself pushed), so appending to it changes no value visible elsewhere.
// - A plain local (LOAD_FAST x; value; INPLACE_ADD_FAST x; every other read is LOAD_FAST_SHARED):
//   only its own frame reaches it, and the value expression cannot run a `+=` on that slot.
// - A cell (LOAD_DEREF_KEEP x; value; INPLACE_ADD_DEREF x; every LOAD_DEREF shares): a closure
//   called by the value expression can run its own `x += ...` on the same cell, so the read by
//   LOAD_DEREF_KEEP turns kUnshared into kUnsharedPending and only a pending string is appended
//   to; a second such read before the append finishes shares it, so the nested `+=` copies.
#include <cstring>

#include "engine/objects/str.h"
#include "engine/runtime/allocation.h"
#include "engine/runtime/errors.h"

namespace pyfw::engine {

namespace {

constexpr size_t kHeader = sizeof(StrObject);
constexpr size_t kMaxSize = 0x7fffffff;   // what the size field holds (as allocateStr)

// Appends b to the unshared a when its allocation has room or can grow in place.
bool appendInPlace(StrObject* a, StrObject* b, size_t size) {
    size_t need = kHeader + size + 1;
    size_t have = allocationBytes(a);
    if (need > have && !tryGrowInPlace(a, have, need)) return false;
    std::memcpy(a->data + a->size, b->data, b->size);
    a->data[size] = 0;
    a->size = uint32_t(size);
    a->lengthBits = a->length() + b->length();
    return true;
}

// A new unshared a + b with room for about an eighth more (so a loop of appends copies each byte
// a bounded number of times); exactly a + b when the heap has no room for the spare.
StrObject* newUnshared(StrObject* a, StrObject* b, size_t size) {
    size_t room = std::min(kMaxSize, size + size / 8 + 16);
    auto* s = static_cast<StrObject*>(tryAllocateUnfilled(kHeader + room + 1, kHeader));
    if (!s) s = allocateStr(size);
    s->type = &strType;
    std::memcpy(s->data, a->data, a->size);
    std::memcpy(s->data + a->size, b->data, b->size);
    s->data[size] = 0;
    s->size = uint32_t(size);
    s->lengthBits = a->length() + b->length();
    s->hash = StrObject::kUnshared;
    return s;
}

}  // namespace

namespace {

StrObject* append(StrObject* a, StrObject* b, int64_t ownedMark) {
    // As a + b: an empty operand gives the other one itself (shared, so not marked).
    if (b->size == 0) {
        if (a->hash == ownedMark) a->hash = StrObject::kUnshared;   // still the variable's own
        return a;
    }
    if (a->size == 0) return b;
    size_t size = size_t(a->size) + b->size;
    if (size > kMaxSize) raiseError(&exc::OverflowError, "string too long");
    if (a->hash == ownedMark && appendInPlace(a, b, size)) {
        a->hash = StrObject::kUnshared;
        return a;
    }
    return newUnshared(a, b, size);
}

}  // namespace

StrObject* strAppendToLocal(StrObject* a, StrObject* b) { return append(a, b, StrObject::kUnshared); }
StrObject* strAppendToCell(StrObject* a, StrObject* b) { return append(a, b, StrObject::kUnsharedPending); }

}  // namespace pyfw::engine
