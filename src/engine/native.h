// The native-module API: what a module of src/lib or src/port includes to give Python modules,
// types and functions — as Lua's lua.h and lauxlib.h are for C. Everything a module needs is here:
//
//   values and objects   Value, the built-in types and their constructors (objects/*.h), the type
//                        table TypeSpec with MethodDef/AttrDef rows (objects/object.h), class
//                        constants (TypeConstants, objects/type_constants.h)
//   calls and operations call(), callMethod(), getAttr(), iteration, printing (runtime/runtime.h)
//   arguments            checkArgs(), parseArgs(), requireInt64() and friends (runtime/args.h)
//   errors               raise*() and the exception types in exc:: (runtime/errors.h)
//   modules              moduleSet(), moduleAddFunctions(), NativeModuleDef, ModuleLibrary
//   memory               allocateObject<T>() (MemoryError when the heap is full), Tracer for a
//                        type's trace slot, RootedValues for Values kept in host memory
//   addresses            scriptAddressOf(), scriptMemoryAt(): heap memory as uctypes addresses
//   events               postTask(), runPendingEvents(), pollInterrupt(), exitToHost()
//   threads              startThread(), ReleasedGil / WaitingOutside around a blocking wait,
//                        lock waits (runtime/threads.h)
//   the interpreter      the services declared below: its host, files, heap figures, lock
//
// A module never includes the heap, the VM or the interpreter's structure: what it may do to them
// is this list. How to write a module, a type and its trace function: engine/README.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

#include "engine/objects/buffer_items.h"
#include "engine/objects/bytes.h"
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/object.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/objects/type_constants.h"
#include "engine/objects/value.h"
#include "engine/runtime/address_space.h"
#include "engine/runtime/allocation.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/events.h"
#include "engine/runtime/file_system.h"
#include "engine/runtime/host.h"
#include "engine/runtime/module.h"
#include "engine/runtime/rooted_values.h"
#include "engine/runtime/runtime.h"
#include "engine/runtime/threads.h"
#include "engine/runtime/tracer.h"

namespace pyfw::engine {

struct Interpreter;

// The interpreter running on this thread, to post tasks to it later from another thread.
Interpreter& runningInterpreter();

// Its console, clock and entropy (the board's on a board).
Host& host();
// Its files; null when it has none (open() then raises OSError(ENODEV)).
FileSystem* fileSystem();

// Its heap: figures for gc.mem_free() and micropython.mem_info(), a collection, and
// micropython.heap_lock(): while locked (the count is above zero) every allocation fails.
HeapStats heapStats();
void collectGarbage();
int heapLockDepth();
void setHeapLockDepth(int depth);
// gc.enable()/disable() and gc.threshold(): automatic collections, and after how many allocated
// bytes (0: only when the heap is full).
bool gcEnabled();
void setGcEnabled(bool enabled);
size_t gcThreshold();
void setGcThreshold(size_t bytes);

// micropython.opt_level(): 0 keeps asserts, higher levels drop them (and __debug__ is False).
int optimizeLevel();
void setOptimizeLevel(int level);

// Bytes of the C++ stack this thread uses now, and how many it may use before RuntimeError.
size_t stackInUse();
size_t stackLimit();

// Raises RuntimeError before deep recursion over user data overflows the C++ stack.
void checkRecursion();

}  // namespace pyfw::engine
