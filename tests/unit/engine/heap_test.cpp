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

}  // namespace
}  // namespace pyfw::engine
