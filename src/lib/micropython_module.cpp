// micropython: const, mem_info, heap_lock/heap_unlock, opt_level, and the small helpers scripts
// written for MicroPython call (alloc_emergency_exception_buf, kbd_intr, stack_use, qstr_info).
#include <cstdio>
#include <string>

#include "engine/native.h"
#include "engine/objects/numbers.h"
#include "engine/runtime/args.h"
#include "engine/runtime/module.h"
#include "engine/runtime/runtime.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

Value constFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("const", nargs, kw, 1, 1);
    return args[0];
}

Value memInfo(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("mem_info", nargs, kw, 0, 1);
    HeapStats s = heapStats();
    char text[256];
    std::snprintf(text, sizeof text, "stack: %zu out of %zu\nGC: total: %zu, used: %zu, free: %zu\n max free sz: %zu\n",
                  stackInUse(), stackLimit(), s.totalBytes, s.usedBytes, s.freeBytes, s.largestFreeBytes / 16);
    writeOut(text);
    return None();
}

Value heapLock(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("heap_lock", nargs, kw, 0, 0);
    setHeapLockDepth(heapLockDepth() + 1);
    return None();
}

// As MicroPython's: each heap_unlock() undoes one heap_lock() and returns the depth left (an
// unmatched unlock goes below zero, and the heap stays usable until as many locks match it).
Value heapUnlock(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("heap_unlock", nargs, kw, 0, 0);
    setHeapLockDepth(heapLockDepth() - 1);
    return Value::smallInt(heapLockDepth());
}

Value heapLocked(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("heap_locked", nargs, kw, 0, 0);
    return Value::smallInt(heapLockDepth());
}

Value optLevel(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("opt_level", nargs, kw, 0, 1);
    if (!nargs) return Value::smallInt(optimizeLevel());
    setOptimizeLevel(int(requireInt64(args[0])));
    return None();
}

Value stackUseFn(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("stack_use", nargs, kw, 0, 0);
    return makeInt(int64_t(stackInUse()));
}

Value ignore(const Value*, size_t, TupleObject*) { return None(); }

const MethodDef functions[] = {
    {"alloc_emergency_exception_buf", ignore},
    {"const", constFn},
    {"heap_lock", heapLock},
    {"heap_locked", heapLocked},
    {"heap_unlock", heapUnlock},
    {"kbd_intr", ignore},
    {"mem_info", memInfo},
    {"opt_level", optLevel},
    {"qstr_info", ignore},
    {"stack_use", stackUseFn},
    {nullptr, nullptr},
};

void init(ModuleObject* module) { moduleAddFunctions(module, functions); }

}  // namespace

void initMicropythonModule(ModuleObject* module) { init(module); }

}  // namespace pyfw::lib
