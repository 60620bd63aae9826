// The interpreter services of the native-module API (engine/native.h): each is one line over the
// running interpreter, so modules never need its structure.
#include "engine/native.h"

#include "engine/runtime/interpreter.h"

namespace pyfw::engine {

Interpreter& runningInterpreter() { return interp(); }
Host& host() { return *interp().host; }
FileSystem* fileSystem() { return interp().files; }

HeapStats heapStats() { return interp().heap.stats(); }
void collectGarbage() { interp().heap.collect(); }
int heapLockDepth() { return interp().heap.lockDepth; }
void setHeapLockDepth(int depth) { interp().heap.lockDepth = depth; }
bool gcEnabled() { return interp().heap.enabled; }
void setGcEnabled(bool enabled) { interp().heap.enabled = enabled; }
size_t gcThreshold() { return interp().heap.threshold; }
void setGcThreshold(size_t bytes) { interp().heap.threshold = bytes; }

int optimizeLevel() { return interp().optimizeLevel; }
void setOptimizeLevel(int level) { interp().optimizeLevel = level; }

size_t stackInUse() {
    char here;
    return size_t(thread().cStackBase - &here);
}

size_t stackLimit() { return thread().cStackLimit; }

}  // namespace pyfw::engine
