// What a native type's trace function sees of the GC: a Tracer to tell it every Value and raw
// block the object holds (see "How the GC finds references" in engine/README.md), and the heap's
// figures that gc and micropython report.
#pragma once

#include <cstddef>

#include "engine/objects/value.h"

namespace pyfw::engine {

struct Object;
class Heap;

// Handed to trace functions: visit() every Value an object holds, markRaw() every raw block it owns.
class Tracer {
public:
    explicit Tracer(Heap& heap) : heap_(heap) {}
    // Inline, since most Values a trace meets are immediates (ints, floats) with nothing to mark.
    void visit(Value v) {
        if (v.isObject()) visitHeapCandidate(v);
    }
    void visitObject(const Object* o) { if (o) visit(Value(o)); }
    void visitRange(const Value* begin, const Value* end) {
        for (; begin < end; ++begin) visit(*begin);
    }
    void markRaw(const void* block);
    // For word ranges that may hold stale or non-Value words (stacks): any word that points at or
    // into a live allocation keeps it alive.
    void visitConservative(const void* begin, const void* end);

private:
    void visitHeapCandidate(Value v);

    Heap& heap_;
};

struct HeapStats {
    size_t totalBytes;
    size_t usedBytes;
    size_t freeBytes;
    size_t largestFreeBytes;
    size_t collections;
};

}  // namespace pyfw::engine
