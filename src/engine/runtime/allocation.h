// Allocation in the running interpreter's GC heap. Every allocation can raise MemoryError (the
// heap has a fixed size: that is the contract), after a collection has been tried.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/objects/object.h"

namespace pyfw::engine {

// The size of the running interpreter's heap.
size_t heapCapacityBytes();

// Allocation: raises MemoryError when the heap is full after a collection.
void* allocateRaw(size_t bytes);
void* allocateBytes(size_t bytes, bool finalizer = false);
// An object whose first `headerBytes` are zeroed and whose rest the caller fills at once (the
// characters of a new str): large results are not cleared only to be overwritten.
void* allocateUnfilled(size_t bytes, size_t headerBytes);
// The same, but null instead of MemoryError (a caller that can do with less asks again).
void* tryAllocateUnfilled(size_t bytes, size_t headerBytes);
// The bytes of the heap allocation that starts at `p`: what was asked, rounded up to whole blocks.
size_t allocationBytes(const void* p);
// Grows the heap allocation at `p` (of allocationBytes(p)) in place when free blocks follow it.
bool tryGrowInPlace(void* p, size_t oldBytes, size_t newBytes);
// A class of the program deriving from a native type is larger than T (its instance dict follows
// T's fields), so the size is the type's when that is larger.
template <typename T>
T* allocateObject(Type* type, size_t extraBytes = 0) {
    size_t size = sizeof(T) > type->instanceSize ? sizeof(T) : type->instanceSize;
    auto* object = static_cast<T*>(allocateBytes(size + extraBytes, type->finalize != nullptr));
    object->type = type;
    return object;
}
// Grows a raw block: in place when possible, else a new block with the old contents copied.
void* reallocateRaw(void* block, size_t oldBytes, size_t newBytes);
// The same for a raw block of plain bytes that holds no Values (a bytearray's or an array's
// items): only such blocks may be written through uctypes addresses.
void* reallocatePlain(void* block, size_t oldBytes, size_t newBytes);

// Permanent memory for built-in types, static names and other process-lifetime objects.
void* allocatePermanent(size_t bytes);

// Raise MemoryError (uses the preallocated instance).
[[noreturn]] void raiseMemoryError();
// Raise MemoryError for a heap request that failed, naming its size as MicroPython does
// ("memory allocation failed, allocating N bytes"); the bare preallocated one when even the
// message does not fit.
[[noreturn]] void raiseAllocationFailed(size_t bytes);
// The same for `count` units of `unitBytes` refused before any allocation; a product past 64 bits
// names no size (MicroPython's own count would have wrapped).
[[noreturn]] inline void raiseRequestTooLarge(uint64_t unitBytes, uint64_t count) {
    uint64_t bytes;
    if (__builtin_mul_overflow(unitBytes, count, &bytes)) raiseMemoryError();
    raiseAllocationFailed(bytes);
}

// Returns `length` (a count of characters or bytes a result will hold at least) when it can fit
// in the heap; raises MemoryError at once otherwise, before the text is built outside the heap
// (a width like 2333333333 took seconds and gigabytes to reach the heap's own refusal).
inline int64_t requireFitsInHeap(int64_t length) {
    if (length > int64_t(heapCapacityBytes()) || length > INT32_MAX) raiseAllocationFailed(size_t(length));
    return length;
}

// The bytes of `n` copies of a `unitBytes` unit (0 when either is empty, so an empty sequence
// times a huge count is done at once); MemoryError when they cannot fit in the heap.
inline size_t requireRepeatFits(size_t unitBytes, int64_t n) {
    if (unitBytes == 0 || n <= 0) return 0;
    if (uint64_t(n) > heapCapacityBytes() / unitBytes) raiseRequestTooLarge(unitBytes, uint64_t(n));
    return unitBytes * size_t(n);
}

}  // namespace pyfw::engine
