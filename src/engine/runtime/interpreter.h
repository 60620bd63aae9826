// The interpreter's state in one structure: the heap, the modules, the builtins and its threads
// (frames, value stack, the exception in flight of each). Everything reaches it through interp(),
// and the running thread's state through thread(); the threads `_thread` starts are kept by
// runtime/threads.h.
#pragma once

#include <csetjmp>
#include <cstddef>
#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/bytecode/code.h"
#include "engine/objects/dict_shape.h"
#include "engine/objects/object.h"
#include "engine/runtime/file_system.h"
#include "engine/runtime/heap.h"
#include "engine/runtime/host.h"
#include "engine/runtime/allocation.h"
#include "engine/runtime/events.h"
#include "engine/runtime/module.h"
#include "engine/runtime/rooted_values.h"

namespace pyfw::engine {

struct ListObject;
struct ModuleObject;

// Thrown through C++ when Python code raises; the exception itself is in
// ThreadState::pendingException (a GC root), never only in the C++ exception object.
struct PythonError {};

// The kinds of iterator a `for` loop reuses (vm/loop_iterators.h).
enum LoopKind { kLoopList, kLoopTuple, kLoopRange, kLoopKinds };

struct ThreadState {
    static constexpr size_t kMaxFrames = 8000;
    static constexpr size_t kStackValues = 1 << 20;

    Value* stack = nullptr;           // value stack for frames that are not generators
    Value* stackTop = nullptr;        // end of the region in use
    Value* stackLimit = nullptr;
    Frame* frames = nullptr;          // frame records of ordinary calls, indexed by depth
    Frame* frame = nullptr;           // innermost running frame
    uint32_t depth = 0;
    Value pendingException;           // the exception being thrown through C++
    Value handledException;           // the exception an except/finally block is handling
    const char* cStackBase = nullptr; // for the C++ stack depth check and the conservative scan
    size_t cStackLimit = 0;
    const char* staleStackLow = nullptr;   // how deep a native recursion stopped by the limit went
    // The latest iterator a for loop made, and the exhausted ones kept for reuse
    // (vm/loop_iterators.h); not roots: a collection forgets them.
    Object* ownedLoopIterator = nullptr;
    Object* spareLoopIterators[kLoopKinds] = {};

    // Threads (runtime/threads.h). The main thread is the one that made the interpreter.
    uint64_t ident = 1;
    bool isMain = true;
    // While the thread waits without the interpreter lock, the GC (run by another thread) scans its
    // C++ stack from here up to cStackBase, and the registers it saved.
    const char* parkedTop = nullptr;
    jmp_buf parkedRegisters;
    // What a new thread will call, until it starts.
    Value startFunction, startArgs, startKwargs;
};

// Maps (and unmaps) a thread's value stack and frame records.
void allocateThreadStacks(ThreadState& t);
void freeThreadStacks(ThreadState& t);

struct InterpreterThreads;

struct InterpreterConfig {
    size_t heapBytes = 2560 * 1024;
    std::vector<std::string> argv;
    std::vector<std::string> path;     // sys.path
    Host* host = nullptr;              // console, clock, entropy; null for the process defaults
    FileSystem* files = nullptr;       // what import and open() read; null: no files at all
    // The native modules this interpreter can import (e.g. lib::standardLibrary(), and a board's
    // own), and its frozen modules; both must outlive the interpreter.
    std::vector<const ModuleLibrary*> libraries;
    const std::vector<FrozenModule>* frozen = nullptr;
};

// The heap cannot hold what an interpreter makes before any program runs (the built-in modules):
// thrown by the constructor, as there is no interpreter yet to raise a MemoryError in.
struct HeapTooSmall : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Interpreter {
    explicit Interpreter(const InterpreterConfig& config);
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    Heap heap;
    ThreadState thread;
    Host* host;
    FileSystem* files;
    std::vector<const ModuleLibrary*> libraries;
    const std::vector<FrozenModule>* frozen;
    DictObject* modules = nullptr;      // sys.modules
    DictObject* builtins = nullptr;     // the builtins module's dict
    ModuleObject* mainModule = nullptr;
    ModuleObject* sysModule = nullptr;
    ListObject* sysPath = nullptr;
    ListObject* sysArgv = nullptr;
    Value memoryError;                  // preallocated, raised when the heap is full
    Value recursionError;               // preallocated RuntimeError, for deep recursion on a full heap
    Value lockedHeapError;              // preallocated, any built-in exception while heap_lock() holds
    Value lastTraceback;
    // Events from other threads and signal handlers (kSignal* bits), which the VM handles between
    // instructions: zeroing the countdown makes it look at once.
    std::atomic<int> pendingSignals{0};
    volatile int eventCountdown = 1024; // the VM calls handlePendingEvents() when it goes negative
    std::atomic<int> countdownCredit{0};  // events not yet counted when a signal cut a countdown short
    std::mutex asyncMutex;                // guards the two below
    std::optional<HostExit> pendingExit;
    std::deque<std::function<void()>> pendingTasks;
    // Called after an event is posted, so a thread waiting outside the VM (a sleep) can see it.
    std::function<void()> wakeHook;
    bool keyboardInterrupt = false;
    bool inMemoryError = false;
    uint64_t instructionBudget = 0;     // 0: unlimited (the fuzz harness bounds runs with it)
    int optimizeLevel = 0;

    // Interned strings made at run time (identifiers of compiled code, intern()): open addressing.
    std::vector<StrObject*> internTable;
    size_t internCount = 0;
    std::vector<DictShape> dictShapes;   // objects/dict_shape.h; made on first use

    RootedValues* roots = nullptr;
    // The threads `_thread` started and the interpreter lock; made by the first start.
    std::unique_ptr<InterpreterThreads> threads;
    void scanRoots(Tracer& tracer);
};

// The interpreter of the running thread, and that thread's state.
extern thread_local Interpreter* currentInterpreter;
extern thread_local ThreadState* currentThread;
inline Interpreter& interp() { return *currentInterpreter; }
inline ThreadState& thread() { return *currentThread; }

// Checks the C++ stack and the Python frame depth; raises RuntimeError on overflow.
void checkRecursion();
// Zeros the C++ stack a native recursion stopped by checkRecursion() left below the caller (see
// interpreter.cpp); the VM calls it where a handler catches the error.
void clearStaleStack(ThreadState& t);

}  // namespace pyfw::engine
