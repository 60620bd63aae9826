#include "engine/objects/function.h"
#include "engine/runtime/interpreter.h"

#include <sys/mman.h>

#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <new>

#include "engine/objects/dict.h"
#include "engine/objects/list.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter_threads.h"
#include "engine/runtime/module.h"
#include "engine/runtime/threads.h"

namespace pyfw::engine {

thread_local Interpreter* currentInterpreter = nullptr;
thread_local ThreadState* currentThread = nullptr;

// While set (built-in type set-up), allocations go to permanent memory instead of the GC heap.
thread_local bool allocatingPermanent = false;

void initBuiltinsModule(Interpreter& in);
void initSysModule(Interpreter& in);

namespace {

void* mapZeroed(size_t bytes) {
    void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    return p;
}

// Permanent memory: 64 KiB chunks from malloc, never freed (built-in types, static names).
struct PermanentArena {
    char* next = nullptr;
    size_t left = 0;
    void* take(size_t bytes) {
        bytes = (bytes + 15) & ~size_t(15);
        if (bytes > left) {
            size_t chunk = bytes > 65536 ? bytes : 65536;
            next = static_cast<char*>(std::calloc(1, chunk));
            if (!next) throw std::bad_alloc();
            left = chunk;
        }
        void* p = next;
        next += bytes;
        left -= bytes;
        return p;
    }
};

}  // namespace

size_t heapCapacityBytes() { return interp().heap.capacityBytes(); }

void* allocatePermanent(size_t bytes) {
    static PermanentArena arena;
    return arena.take(bytes);
}

RootedValues::RootedValues() {
    Interpreter& in = interp();
    previous_ = nullptr;
    next_ = in.roots;
    if (next_) next_->previous_ = this;
    in.roots = this;
}

RootedValues::~RootedValues() {
    Interpreter& in = interp();
    if (previous_) previous_->next_ = next_;
    else in.roots = next_;
    if (next_) next_->previous_ = previous_;
}

Interpreter::Interpreter(const InterpreterConfig& config)
    : heap(config.heapBytes), host(config.host ? config.host : &processHost()), files(config.files),
      libraries(config.libraries), frozen(config.frozen) {
    initBuiltinTypes();
    currentInterpreter = this;
    currentThread = &thread;
    allocateThreadStacks(thread);
    char here;
    thread.cStackBase = &here;
    thread.cStackLimit = 1024 * 1024;
    internTable.assign(1024, nullptr);
    heap.rootScanner = [this](Tracer& tracer) { scanRoots(tracer); };
    try {
        modules = newDict();
        memoryError = newException(&exc::MemoryError, nullptr);
        recursionError = newException(&exc::RuntimeError, newTuple({Value(newStr("maximum recursion depth exceeded"))}));
        lockedHeapError = newException(&exc::Exception, nullptr);
        initBuiltinsModule(*this);
        initSysModule(*this);
        for (const auto& entry : config.path) listAppend(sysPath, newStr(entry));
        for (const auto& arg : config.argv) listAppend(sysArgv, newStr(arg));
    } catch (PythonError&) {
        // The destructor will not run for a constructor that throws: undo what it would.
        size_t bytes = heap.capacityBytes();
        freeThreadStacks(thread);
        currentInterpreter = nullptr;
        currentThread = nullptr;
        throw HeapTooSmall("a heap of " + std::to_string(bytes) + " bytes is too small to start the interpreter");
    }
}

Interpreter::~Interpreter() {
    stopThreads(*this);
    freeThreadStacks(thread);
    if (currentInterpreter == this) {
        currentInterpreter = nullptr;
        currentThread = nullptr;
    }
}

void allocateThreadStacks(ThreadState& t) {
    t.stack = static_cast<Value*>(mapZeroed(ThreadState::kStackValues * sizeof(Value)));
    t.stackTop = t.stack;
    t.stackLimit = t.stack + ThreadState::kStackValues;
    t.frames = static_cast<Frame*>(mapZeroed(ThreadState::kMaxFrames * sizeof(Frame)));
}

void freeThreadStacks(ThreadState& t) {
    munmap(t.stack, ThreadState::kStackValues * sizeof(Value));
    munmap(t.frames, ThreadState::kMaxFrames * sizeof(Frame));
    t.stack = t.stackTop = t.stackLimit = nullptr;
    t.frames = nullptr;
}

// Spills callee-saved registers into a buffer on the stack so the conservative scan sees them.
__attribute__((noinline, no_sanitize("address"))) static void scanCStack(Tracer& tracer, const char* base) {
    jmp_buf registers;
    setjmp(registers);
    char here;
    const char* top = &here;
    tracer.visitConservative(&registers, reinterpret_cast<const char*>(&registers) + sizeof(registers));
    if (top < base) tracer.visitConservative(top, base);
}

// One thread's roots: its exceptions, frames and value stack, and its C++ stack — the running
// thread's from here, a waiting thread's from where it parked.
static void scanThread(Tracer& tracer, ThreadState& t) {
    // Not roots: dropped, so that an object the sweep frees cannot be taken for one of them.
    t.ownedLoopIterator = nullptr;
    for (Object*& spare : t.spareLoopIterators) spare = nullptr;
    tracer.visit(t.pendingException);
    tracer.visit(t.handledException);
    tracer.visit(t.startFunction);
    tracer.visit(t.startArgs);
    tracer.visit(t.startKwargs);
    if (!t.frames) return;
    // Ordinary frames: their records and the value stack, conservatively (slots above a frame's
    // current stack pointer may hold stale values; the scan only keeps live allocations alive).
    tracer.visitConservative(t.frames, t.frames + t.depth + 1);
    tracer.visitConservative(t.stack, t.stackTop);
    for (Frame* f = t.frame; f; f = f->back) {
        tracer.visitObject(f->code);
        tracer.visitObject(f->function);
        tracer.visitObject(f->globals);
        tracer.visitObject(f->locals);
        tracer.visitObject(f->generator);
    }
    if (&t == currentThread) {
        scanCStack(tracer, t.cStackBase);
    } else if (t.parkedTop && t.cStackBase) {
        tracer.visitConservative(&t.parkedRegisters, reinterpret_cast<const char*>(&t.parkedRegisters) + sizeof(jmp_buf));
        tracer.visitConservative(t.parkedTop, t.cStackBase);
    }
}

void Interpreter::scanRoots(Tracer& tracer) {
    tracer.visitObject(modules);
    tracer.visitObject(builtins);
    tracer.visitObject(mainModule);
    tracer.visitObject(sysModule);
    tracer.visitObject(sysPath);
    tracer.visitObject(sysArgv);
    tracer.visit(memoryError);
    tracer.visit(recursionError);
    tracer.visit(lockedHeapError);
    tracer.visit(lastTraceback);
    for (StrObject* s : internTable) tracer.visitObject(s);
    for (RootedValues* r = roots; r; r = r->next_) tracer.visitRange(r->values.data(), r->values.data() + r->values.size());
    scanThread(tracer, thread);
    if (threads) forEachThread(*this, [&](ThreadState& t) { scanThread(tracer, t); });
}

void* allocateBytes(size_t bytes, bool finalizer) {
    if (allocatingPermanent) return allocatePermanent(bytes);
    if (!finalizer) {
        if (void* p = interp().heap.tryAllocateSmall(bytes, false)) return p;
    }
    void* p = interp().heap.tryAllocate(bytes, false, finalizer);
    if (!p) raiseAllocationFailed(bytes);
    return p;
}

void* allocateUnfilled(size_t bytes, size_t headerBytes) {
    if (allocatingPermanent) return allocatePermanent(bytes);
    // A small one is zeroed whole by the inline path: a few stores, cheaper than deciding.
    if (void* p = interp().heap.tryAllocateSmall(bytes, false)) return p;
    void* p = interp().heap.tryAllocate(bytes, false, false, headerBytes);
    if (!p) raiseAllocationFailed(bytes);
    return p;
}

void* tryAllocateUnfilled(size_t bytes, size_t headerBytes) {
    if (allocatingPermanent) return nullptr;
    return interp().heap.tryAllocate(bytes, false, false, headerBytes);
}

size_t allocationBytes(const void* p) { return interp().heap.allocationSize(p); }

bool tryGrowInPlace(void* p, size_t oldBytes, size_t newBytes) {
    return !allocatingPermanent && interp().heap.contains(p) && interp().heap.tryExtend(p, oldBytes, newBytes);
}

void* allocateRaw(size_t bytes) {
    if (allocatingPermanent) return allocatePermanent(bytes);
    if (void* p = interp().heap.tryAllocateSmall(bytes, true)) return p;
    void* p = interp().heap.tryAllocate(bytes, true, false);
    if (!p) raiseAllocationFailed(bytes);
    return p;
}

void* reallocateRaw(void* block, size_t oldBytes, size_t newBytes) {
    if (block && tryGrowInPlace(block, oldBytes, newBytes)) return block;
    void* fresh = allocateRaw(newBytes);
    if (block && oldBytes) std::memcpy(fresh, block, oldBytes < newBytes ? oldBytes : newBytes);
    return fresh;
}

void* reallocatePlain(void* block, size_t oldBytes, size_t newBytes) {
    void* p = reallocateRaw(block, oldBytes, newBytes);
    if (p != block && !allocatingPermanent) interp().heap.markPlain(p);
    return p;
}

namespace {

// Raises a preallocated exception afresh (no traceback, context or cause from its last use).
[[noreturn]] void raisePreallocated(Value exception) {
    auto* e = exception.as<ExceptionObject>();
    e->traceback = nullptr;
    e->tracebackTruncated = false;
    e->context = Value();
    e->cause = Value();
    thread().pendingException = exception;
    throw PythonError{};
}

[[noreturn]] void raiseRecursionError() {
    Interpreter& in = interp();
    try {
        raiseError(&exc::RuntimeError, "maximum recursion depth exceeded");
    } catch (PythonError&) {
        if (thread().pendingException != in.memoryError) throw;
    }
    // No room for a new exception (what recursed, e.g. nested iterators, filled the heap): the
    // program still gets the RuntimeError, as MicroPython's emergency exception buffer gives it.
    raisePreallocated(in.recursionError);
}

}  // namespace

void raiseMemoryError() { raisePreallocated(interp().memoryError); }

void raiseAllocationFailed(size_t bytes) {
    // Making the message allocates too; a failure there must not describe itself again.
    static thread_local bool describing = false;
    if (describing) raiseMemoryError();
    describing = true;
    try {
        raiseError(&exc::MemoryError, "memory allocation failed, allocating %zu bytes", bytes);
    } catch (PythonError&) {
        describing = false;
        throw;
    }
}

void checkRecursion() {
    ThreadState& t = thread();
    char here;
    if (t.depth + 2 >= ThreadState::kMaxFrames || size_t(t.cStackBase - &here) > t.cStackLimit) {
        if (!t.staleStackLow || &here < t.staleStackLow) t.staleStackLow = &here;
        raiseRecursionError();
    }
}

namespace {

// Zeros `bytes` of the stack below the caller through frames of its own (memory below the stack
// pointer is never written directly: a signal handler may use it at any moment). A volatile
// array, and work after the inner call, so that neither the stores nor the frames are optimised
// away.
__attribute__((noinline)) void zeroStackBelow(size_t bytes) {
    volatile uint64_t chunk[1024];
    for (auto& word : chunk) word = 0;
    if (bytes > sizeof chunk) zeroStackBelow(bytes - sizeof chunk);
    chunk[0] = chunk[1];
}

}  // namespace

// A native recursion stopped at the C++ stack budget (next() down a chain of 50,000 zip objects)
// leaves up to that budget of its words below the frames that catch the error. Frames made later
// reuse that memory without writing every word, and the conservative scan reads the stale ones
// as references: everything the recursion walked (a chain as large as the heap) could stay alive
// until the stack happened to be written over. So it is cleared once, where the error is caught.
void clearStaleStack(ThreadState& t) {
    char here;
    const char* low = t.staleStackLow;
    t.staleStackLow = nullptr;
    if (low && low < &here) zeroStackBelow(size_t(&here - low));
}

}  // namespace pyfw::engine
