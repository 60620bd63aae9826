// The interpreter's state in one structure: the heap, the modules, the builtins and the running
// thread (frames, value stack, the exception in flight). Everything reaches it through interp();
// `_thread` will make ThreadState per thread without touching the hot paths.
#pragma once

#include <cstddef>
#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/bytecode/code.h"
#include "engine/objects/object.h"
#include "engine/runtime/file_system.h"
#include "engine/runtime/heap.h"
#include "engine/runtime/host.h"
#include "engine/runtime/module.h"

namespace pyfw::engine {

struct ListObject;
struct ModuleObject;

// Thrown through C++ when Python code raises; the exception itself is in
// ThreadState::pendingException (a GC root), never only in the C++ exception object.
struct PythonError {};

// A host-side array of Values that the GC treats as roots for as long as it lives; for native
// code that must keep Values outside the heap and outside the C++ stack (e.g. in a std::vector).
class RootedValues {
public:
    RootedValues();
    ~RootedValues();
    RootedValues(const RootedValues&) = delete;
    RootedValues& operator=(const RootedValues&) = delete;
    std::vector<Value> values;

private:
    friend struct Interpreter;
    RootedValues* next_;
    RootedValues* previous_;
};

// `first` followed by `count` arguments, for calls that prepend self: on the C++ stack when short
// (the conservative scan sees it), otherwise in a RootedValues.
class PrependedArgs {
public:
    PrependedArgs(Value first, const Value* args, size_t count) {
        data_ = small_;
        if (count + 1 > kSmall) {
            spill_ = std::make_unique<RootedValues>();
            spill_->values.resize(count + 1);
            data_ = spill_->values.data();
        }
        data_[0] = first;
        for (size_t i = 0; i < count; ++i) data_[i + 1] = args[i];
    }
    Value* data() { return data_; }

private:
    static constexpr size_t kSmall = 8;
    Value small_[kSmall];
    std::unique_ptr<RootedValues> spill_;
    Value* data_;
};

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
};

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

    RootedValues* roots = nullptr;
    void scanRoots(Tracer& tracer);
};

// The interpreter of the running thread.
extern thread_local Interpreter* currentInterpreter;
inline Interpreter& interp() { return *currentInterpreter; }
inline ThreadState& thread() { return currentInterpreter->thread; }

// Bits of Interpreter::pendingSignals.
inline constexpr int kSignalInterrupt = 1;  // Ctrl-C: KeyboardInterrupt
inline constexpr int kSignalHostExit = 2;   // a HostExit asked for from outside the program
inline constexpr int kSignalTasks = 4;      // tasks posted to run between instructions

// Ctrl-C: safe from a signal handler and from any thread.
void requestInterrupt(Interpreter& in);
// Ends the program at its next instruction with `request` (a reset from another thread, a
// watchdog). Safe from any thread.
void requestExitToHost(Interpreter& in, HostExit request);
// Runs `task` on the interpreter's thread between two instructions (or in a sleep), where it may
// call Python: how Pin IRQs, alarms and micropython.schedule reach the program. Safe from any
// thread; the task must hold no heap Values of its own (keep them in GC-visible objects).
void postTask(Interpreter& in, std::function<void()> task);

// For native code that waits outside the VM (a sleep, a read): raises what Ctrl-C or a host exit
// asked for, and runs the posted tasks.
void runPendingEvents();

// Long native loops (bigint arithmetic, builtins iterating) poll this so that Ctrl-C stops them
// too, not only the bytecode the VM checks on backward jumps and calls. Tasks wait for the VM.
void raisePendingInterrupt();
inline void pollInterrupt() {
    if (currentInterpreter && (currentInterpreter->pendingSignals.load(std::memory_order_relaxed) &
                               (kSignalInterrupt | kSignalHostExit)))
        raisePendingInterrupt();
}

// Allocation: raises MemoryError when the heap is full after a collection.
void* allocateRaw(size_t bytes);
void* allocateBytes(size_t bytes, bool finalizer = false);
template <typename T>
T* allocateObject(Type* type, size_t extraBytes = 0) {
    auto* object = static_cast<T*>(allocateBytes(sizeof(T) + extraBytes, type->finalize != nullptr));
    object->type = type;
    return object;
}
// Grows a raw block: in place when possible, else a new block with the old contents copied.
void* reallocateRaw(void* block, size_t oldBytes, size_t newBytes);

// Permanent memory for built-in types, static names and other process-lifetime objects.
void* allocatePermanent(size_t bytes);

// Raise MemoryError (uses the preallocated instance).
[[noreturn]] void raiseMemoryError();

// Returns `length` (a count of characters or bytes a result will hold at least) when it can fit
// in the heap; raises MemoryError at once otherwise, before the text is built outside the heap
// (a width like 2333333333 took seconds and gigabytes to reach the heap's own refusal).
inline int64_t requireFitsInHeap(int64_t length) {
    if (length > int64_t(interp().heap.capacityBytes()) || length > INT32_MAX) raiseMemoryError();
    return length;
}

// The bytes of `n` copies of a `unitBytes` unit (0 when either is empty, so an empty sequence
// times a huge count is done at once); MemoryError when they cannot fit in the heap.
inline size_t requireRepeatFits(size_t unitBytes, int64_t n) {
    if (unitBytes == 0 || n <= 0) return 0;
    if (uint64_t(n) > interp().heap.capacityBytes() / unitBytes) raiseMemoryError();
    return unitBytes * size_t(n);
}

// Checks the C++ stack and the Python frame depth; raises RuntimeError on overflow.
void checkRecursion();

}  // namespace pyfw::engine
