#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "engine/runtime/heap.h"

namespace pyfw::engine {
namespace {

TEST(Heap, AllocationsAreZeroedAlignedAndDistinct) {
    Heap heap(64 * 1024);
    std::vector<void*> blocks;
    for (int i = 0; i < 100; ++i) {
        auto* p = static_cast<unsigned char*>(heap.tryAllocate(40, true, false));
        ASSERT_NE(p, nullptr);
        EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % Heap::kBlock, 0u);
        for (int k = 0; k < 40; ++k) EXPECT_EQ(p[k], 0);
        std::memset(p, 0xAB, 40);
        blocks.push_back(p);
    }
    for (size_t i = 1; i < blocks.size(); ++i) EXPECT_NE(blocks[i], blocks[i - 1]);
    EXPECT_EQ(heap.allocationSize(blocks[0]), 48u);
}

TEST(Heap, FillsUpWhileRootedAndFreesEverythingOnceUnrooted) {
    Heap heap(64 * 1024);
    size_t total = heap.stats().totalBytes;
    std::vector<void*> roots;
    heap.rootScanner = [&](Tracer& tracer) {
        for (void* p : roots) tracer.markRaw(p);
    };
    while (void* p = heap.tryAllocate(256, true, false)) roots.push_back(p);
    EXPECT_LT(heap.stats().freeBytes, 512u);
    EXPECT_GT(roots.size(), 200u);
    roots.clear();
    heap.collect();
    EXPECT_EQ(heap.stats().freeBytes, total);
    EXPECT_NE(heap.tryAllocate(1024, true, false), nullptr);
}

TEST(Heap, RootsKeepTheirBlocks) {
    Heap heap(64 * 1024);
    void* kept = heap.tryAllocate(100, true, false);
    void* dropped = heap.tryAllocate(100, true, false);
    (void)dropped;
    heap.rootScanner = [&](Tracer& tracer) { tracer.markRaw(kept); };
    heap.collect();
    EXPECT_EQ(heap.stats().usedBytes, heap.allocationSize(kept));
}

TEST(Heap, LockedHeapRefusesAllocations) {
    Heap heap(64 * 1024);
    heap.lockDepth = 1;
    EXPECT_EQ(heap.tryAllocate(16, true, false), nullptr);
    heap.lockDepth = 0;
    EXPECT_NE(heap.tryAllocate(16, true, false), nullptr);
}

TEST(Heap, GrowsTheLastAllocationInPlace) {
    Heap heap(64 * 1024);
    void* p = heap.tryAllocate(32, true, false);
    EXPECT_TRUE(heap.tryExtend(p, 32, 128));
    EXPECT_EQ(heap.allocationSize(p), 128u);
    void* q = heap.tryAllocate(16, true, false);
    EXPECT_GE(static_cast<char*>(q), static_cast<char*>(p) + 128);
}

TEST(Heap, FindAllocationNamesTheBlockAndItsKind) {
    Heap heap(64 * 1024);
    auto* object = static_cast<char*>(heap.tryAllocate(40, false, false));
    auto* items = static_cast<char*>(heap.tryAllocate(64, true, false));
    auto* plain = static_cast<char*>(heap.tryAllocate(100, true, false));
    heap.markPlain(plain);
    Heap::Allocation a;
    ASSERT_TRUE(heap.findAllocation(plain + 99, a));
    EXPECT_EQ(a.start, plain);
    EXPECT_EQ(a.bytes, 112u);
    EXPECT_TRUE(a.raw && a.plain);
    ASSERT_TRUE(heap.findAllocation(items + 5, a));
    EXPECT_TRUE(a.raw && !a.plain);
    ASSERT_TRUE(heap.findAllocation(object, a));
    EXPECT_FALSE(a.raw);
    EXPECT_FALSE(heap.findAllocation(plain + 112, a));   // past the last allocation
    EXPECT_FALSE(heap.findAllocation(&a, a));            // not in the heap
    heap.rootScanner = [&](Tracer& tracer) { tracer.markRaw(items); };
    heap.collect();                                       // the plain block is freed
    EXPECT_FALSE(heap.findAllocation(plain, a));
    void* reused = heap.tryAllocate(100, true, false);
    ASSERT_TRUE(heap.findAllocation(reused, a));
    EXPECT_FALSE(a.plain);                                // the flag went with the old block
}

TEST(Heap, InlineSmallPathZeroesFlagsAndDefersToTheGeneralOne) {
    Heap heap(64 * 1024);
    // Dirty memory first, so zeroing is tested on reused blocks too.
    void* dirty = heap.tryAllocate(Heap::kSmallBlocks * Heap::kBlock, true, false);
    std::memset(dirty, 0xCD, Heap::kSmallBlocks * Heap::kBlock);
    heap.collect();
    for (size_t bytes = 1; bytes <= Heap::kSmallBlocks * Heap::kBlock; bytes += 7) {
        auto* p = static_cast<unsigned char*>(heap.tryAllocateSmall(bytes, bytes % 2));
        ASSERT_NE(p, nullptr) << bytes;
        for (size_t k = 0; k < bytes; ++k) ASSERT_EQ(p[k], 0) << bytes;
        Heap::Allocation a;
        ASSERT_TRUE(heap.findAllocation(p + bytes - 1, a));
        EXPECT_EQ(a.start, reinterpret_cast<char*>(p));
        EXPECT_EQ(a.bytes, (bytes + Heap::kBlock - 1) / Heap::kBlock * Heap::kBlock);
        EXPECT_EQ(a.raw, bool(bytes % 2));
        std::memset(p, 0xAB, bytes);
    }
    // Zero bytes, a request over the small limit, and a locked heap go to tryAllocate.
    EXPECT_EQ(heap.tryAllocateSmall(0, false), nullptr);
    EXPECT_EQ(heap.tryAllocateSmall(Heap::kSmallBlocks * Heap::kBlock + 1, false), nullptr);
    heap.lockDepth = 1;
    EXPECT_EQ(heap.tryAllocateSmall(16, false), nullptr);
    heap.lockDepth = 0;
    // Once the bump area is used up the inline path refuses; after a collection it serves again.
    while (heap.tryAllocateSmall(64, true)) {
    }
    EXPECT_EQ(heap.tryAllocateSmall(64, true), nullptr);
    heap.collect();
    EXPECT_NE(heap.tryAllocateSmall(64, true), nullptr);
}

TEST(Heap, AllocationsOverDeadOnesHaveTheirOwnSize) {
    // Dead allocations leave their end bits in the free space; whatever is allocated over them
    // later (small, large, grown in place, across bitmap words) must still report its own size.
    Heap heap(256 * 1024);
    for (size_t size : {16, 32, 48, 16, 80, 16, 16, 1000, 16, 48}) heap.tryAllocate(size, true, false);
    for (int i = 0; i < 200; ++i) heap.tryAllocateSmall(16 + 16 * (i % 5), true);
    heap.collect();   // nothing is rooted: every end bit above is now stale
    std::vector<std::pair<char*, size_t>> fresh;
    for (size_t size : {2000, 16, 100, 4096, 48, 640, 16}) fresh.push_back({static_cast<char*>(heap.tryAllocate(size, true, false)), size});
    for (int i = 0; i < 100; ++i) fresh.push_back({static_cast<char*>(heap.tryAllocateSmall(128, true)), 128});
    void* grown = heap.tryAllocate(32, true, false);
    ASSERT_TRUE(heap.tryExtend(grown, 32, 1500));
    fresh.push_back({static_cast<char*>(grown), 1500});
    for (auto [p, size] : fresh) {
        ASSERT_NE(p, nullptr);
        size_t rounded = (size + Heap::kBlock - 1) / Heap::kBlock * Heap::kBlock;
        EXPECT_EQ(heap.allocationSize(p), rounded) << size;
        Heap::Allocation a;
        ASSERT_TRUE(heap.findAllocation(p + size - 1, a));
        EXPECT_EQ(a.start, p);
        EXPECT_EQ(a.bytes, rounded);
    }
}

TEST(Heap, AnItemArrayReachedFromAStackKeepsItsItems) {
    // Native code may hold only a pointer into a list's item array, the list itself gone from the
    // stack: the array's Values must stay alive. A plain byte array keeps nothing it happens to hold.
    Heap heap(64 * 1024);
    auto makeArray = [&](bool plain) {
        auto* items = static_cast<uint64_t*>(heap.tryAllocate(64, true, false));
        if (plain) heap.markPlain(items);
        for (int i = 0; i < 2; ++i) items[i] = reinterpret_cast<uintptr_t>(heap.tryAllocate(32, false, false));
        return items;
    };
    uint64_t* items = makeArray(false);
    uint64_t* bytes = makeArray(true);
    uintptr_t stack[2] = {reinterpret_cast<uintptr_t>(items + 1), reinterpret_cast<uintptr_t>(bytes)};
    heap.rootScanner = [&](Tracer& tracer) { tracer.visitConservative(stack, stack + 2); };
    heap.collect();
    EXPECT_EQ(heap.stats().usedBytes, 64u + 2 * 32u + 64u);
    Heap::Allocation a;
    EXPECT_TRUE(heap.findAllocation(reinterpret_cast<void*>(items[1]), a));
}

}  // namespace
}  // namespace pyfw::engine
