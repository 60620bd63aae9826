// The GC heap: one fixed arena (mmap'd, so untouched pages cost no memory), split into 16-byte
// blocks. Bitmaps describe it: `start` and `end` mark the first and last block of every
// allocation, `mark` is set during collection, `raw` flags allocations without a Type header
// (item arrays that their owner traces), `plain` flags raw allocations of plain bytes that hold no
// Values (a bytearray's or an array's items: uctypes may let a script write them), and `final`
// flags objects whose type has a finaliser.
// Allocation bumps a cursor through a free run; the free runs form a list threaded through the
// free blocks themselves. Collection is mark-sweep: conservative over the C++ stack and the value
// stacks, precise through objects (each type's trace function), then a sweep that rebuilds runs.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "engine/objects/object.h"
#include "engine/runtime/tracer.h"

namespace pyfw::engine {

class Heap {
public:
    static constexpr size_t kBlock = 16;

    explicit Heap(size_t bytes);
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // Returns zeroed memory of at least `bytes`, collecting when needed; returns null when the heap
    // is full even after a collection (the caller raises MemoryError).
    // Zeroed memory, or only its first `zeroBytes` zeroed (the caller fills the rest before any
    // read: text and byte data copied in at once need not be cleared first).
    void* tryAllocate(size_t bytes, bool raw, bool finalizer, size_t zeroBytes = SIZE_MAX);
    // The common request done inline: zeroed memory of up to kSmallBlocks blocks without a
    // finaliser, from the bump area while no collection is due. Null when tryAllocate must decide.
    void* tryAllocateSmall(size_t bytes, bool raw) {
        size_t blocks = (bytes + kBlock - 1) / kBlock;
        size_t limit = threshold ? threshold : softLimit_;
        if (blocks - 1 >= kSmallBlocks || cursorEnd_ - cursor_ < blocks || lockDepth > 0 ||
            allocatedSinceCollect_ >= limit)
            return nullptr;
        size_t block = cursor_;
        cursor_ += blocks;
        if (cursor_ > highWater_) highWater_ = cursor_;
        set(startBits_, block);
        markEnd(block, blocks);
        if (raw) set(rawBits_, block);
        usedBlocks_ += blocks;
        allocatedSinceCollect_ += blocks * kBlock;
        // One 16-byte store a block: a few plain stores beat a memset call (or `rep stos`) here.
        using Block = long long __attribute__((vector_size(kBlock)));
        auto* p = reinterpret_cast<Block*>(addressOf(block));
        switch (blocks) {
        case 16: p[15] = Block{}; [[fallthrough]];
        case 15: p[14] = Block{}; [[fallthrough]];
        case 14: p[13] = Block{}; [[fallthrough]];
        case 13: p[12] = Block{}; [[fallthrough]];
        case 12: p[11] = Block{}; [[fallthrough]];
        case 11: p[10] = Block{}; [[fallthrough]];
        case 10: p[9] = Block{}; [[fallthrough]];
        case 9: p[8] = Block{}; [[fallthrough]];
        case 8: p[7] = Block{}; [[fallthrough]];
        case 7: p[6] = Block{}; [[fallthrough]];
        case 6: p[5] = Block{}; [[fallthrough]];
        case 5: p[4] = Block{}; [[fallthrough]];
        case 4: p[3] = Block{}; [[fallthrough]];
        case 3: p[2] = Block{}; [[fallthrough]];
        case 2: p[1] = Block{}; [[fallthrough]];
        default: p[0] = Block{};
        }
        return p;
    }
    // 16 blocks: an instance dict with room for up to 6 entries (dict.h) fits, and nearly every
    // instance gets one at its first attribute store; so does a dict's first separate storage
    // (5 entries and their 8-slot index, 152 bytes).
    static constexpr size_t kSmallBlocks = 16;
    // Grows the allocation at `p` in place when the blocks after it are the bump area.
    bool tryExtend(void* p, size_t oldBytes, size_t newBytes);
    size_t allocationSize(const void* p) const;
    // Flags the raw allocation starting at `p` as plain bytes (see above).
    void markPlain(void* p) { set(plainBits_, blockOf(p)); }

    // The live allocation holding the byte at `p`, if any.
    struct Allocation {
        char* start;
        size_t bytes;
        bool raw;
        bool plain;
    };
    bool findAllocation(const void* p, Allocation& out) const;
    char* base() const { return base_; }
    size_t capacityBytes() const { return blocks_ * kBlock; }

    void collect();
    bool contains(const void* p) const { return p >= base_ && p < limit_; }

    // The interpreter supplies its roots here (modules, frames, value stacks, the C++ stack).
    std::function<void(Tracer&)> rootScanner;

    int lockDepth = 0;               // micropython.heap_lock() nesting: above 0 every allocation fails
    bool enabled = true;             // gc.disable(): collect only when full
    size_t threshold = 0;            // gc.threshold(): collect after this many bytes (0: when full)
    HeapStats stats() const;
    // Calls f(Object*) for every allocation with a Type header: the live objects and the garbage
    // the next sweep frees (intact until then). The header of memory just handed out may still
    // be zero. f must not allocate, as a collection would change the bitmaps being walked.
    template <typename F>
    void forEachObject(F&& f) const {
        size_t words = std::min(words_, (highWater_ + 63) / 64);
        for (size_t w = 0; w < words; ++w)
            for (uint64_t bits = startBits_[w] & ~rawBits_[w]; bits; bits &= bits - 1)
                f(reinterpret_cast<Object*>(addressOf(w * 64 + size_t(__builtin_ctzll(bits)))));
    }

private:
    friend class Tracer;

    size_t blockOf(const void* p) const { return (static_cast<const char*>(p) - base_) / kBlock; }
    char* addressOf(size_t block) const { return base_ + block * kBlock; }
    void markBlock(size_t block);
    void markConservative(uintptr_t word);
    void drainMarkStack();
    void rescanMarked();
    void sweep();
    // The finalisers of the unmarked allocations that have one (of all of them when `everything`).
    void runFinalizers(bool everything);
    void addFreeRunFront(size_t start, size_t length);
    void* takeFromRuns(size_t blocks, bool exhaustive);
    void* takeFrom(size_t& head, size_t blocks, size_t maxVisits);
    void* finishAllocation(size_t block, size_t blocks, bool raw, bool finalizer, size_t zeroBytes);

    // An allocation's end bit. The sweep leaves the end bits of dead allocations in the free
    // space (clearing them cost a search per dead object), so a new allocation clears any stale
    // ones inside its own span: no end bit lies between a live start and its own end.
    void markEnd(size_t block, size_t blocks) {
        size_t last = block + blocks - 1, w = block >> 6;
        uint64_t from = ~uint64_t(0) << (block & 63);          // bits at and after `block`
        for (; w < (last >> 6); ++w, from = ~uint64_t(0)) endBits_[w] &= ~from;
        uint64_t upTo = ~uint64_t(0) >> (63 - (last & 63));    // bits up to and including `last`
        endBits_[w] = (endBits_[w] & ~(from & upTo)) | (uint64_t(1) << (last & 63));
    }
    static bool test(const uint64_t* bits, size_t i) { return bits[i >> 6] >> (i & 63) & 1; }
    static void set(uint64_t* bits, size_t i) { bits[i >> 6] |= uint64_t(1) << (i & 63); }
    static void clear(uint64_t* bits, size_t i) { bits[i >> 6] &= ~(uint64_t(1) << (i & 63)); }
    size_t nextSet(const uint64_t* bits, size_t from) const;
    size_t previousSet(const uint64_t* bits, size_t from) const;

    void* mapping_ = nullptr;
    size_t mappingBytes_ = 0;
    char* base_ = nullptr;           // first block
    char* limit_ = nullptr;          // one past the last block
    size_t blocks_ = 0;
    size_t words_ = 0;               // 64-bit words per bitmap
    uint64_t* startBits_ = nullptr;
    uint64_t* endBits_ = nullptr;
    uint64_t* markBits_ = nullptr;
    uint64_t* rawBits_ = nullptr;
    uint64_t* plainBits_ = nullptr;
    uint64_t* finalBits_ = nullptr;

    size_t cursor_ = 0;              // bump area [cursor_, cursorEnd_)
    size_t cursorEnd_ = 0;
    // Free runs, threaded through the free blocks themselves: runs shorter than kLargeBlocks in one
    // list, longer ones in another, so a big request never walks the many small gaps.
    size_t firstSmall_ = SIZE_MAX;
    size_t firstLarge_ = SIZE_MAX;
    size_t usedBlocks_ = 0;
    size_t allocatedSinceCollect_ = 0;
    // Collect after this many bytes even when the heap is not full, so a program whose live data
    // is small keeps reusing the same (cached, already mapped) memory: 1.5x the live data after
    // the last collection, at least kMinSoftLimit.
    size_t softLimit_ = 0;
    size_t highWater_ = 0;           // no block at or above this was ever allocated
    size_t finalizable_ = 0;         // allocations with a finaliser (the sweep skips that pass at 0)
    size_t collections_ = 0;
    bool collecting_ = false;

    // Grows as marking needs (GC bookkeeping, released after each collection); if the host is out
    // of memory the collector falls back to rescanning marked objects.
    std::vector<Object*> markStack_;
    bool markOverflow_ = false;
};

}  // namespace pyfw::engine
