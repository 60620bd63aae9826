// _thread: start_new_thread, allocate_lock (acquire(blocking, timeout), release, locked, the
// context manager), get_ident, stack_size, exit, LockType and error, as MicroPython's and
// CPython's. The threads and the interpreter lock are the engine's (engine/runtime/threads.h).
//
// A lock is a flag that only threads holding the interpreter lock touch, so it needs no lock of
// its own; a thread that must wait for it gives the interpreter lock up and sleeps until a release
// (or its timeout, on the host's clock: the board's virtual clock on a board).
#include <cmath>

#include "engine/native.h"
#include "lib/standard_library.h"

namespace pyfw::lib {

using namespace pyfw::engine;

extern Type threadLockType;

namespace {

struct LockObject : Object {
    bool locked;
};

Type& lockType = threadLockType;

LockObject* asLock(Value v, const char* method) {
    if (!isInstance(v, &lockType)) raiseTypeError("%s needs a lock, not %s", method, typeName(v));
    return v.as<LockObject>();
}

// A timeout in microseconds, or UINT64_MAX for none (-1), as CPython checks it.
uint64_t timeoutMicros(Value timeout, bool blocking) {
    if (!timeout) return UINT64_MAX;
    double seconds = requireDouble(timeout);
    if (std::isnan(seconds)) raiseValueError("timeout value must not be NaN");
    if (seconds == -1) return UINT64_MAX;
    if (!blocking) raiseValueError("can't specify a timeout for a non-blocking call");
    if (seconds < 0) raiseValueError("timeout value must be a non-negative number");
    if (seconds > 4.0e9) raiseError(&exc::OverflowError, "timeout value is too large");
    return uint64_t(seconds * 1e6);
}

bool acquireLock(LockObject* lock, bool blocking, uint64_t timeout) {
    if (!lock->locked) return lock->locked = true;
    if (!blocking) return false;
    uint64_t deadline = timeout == UINT64_MAX ? UINT64_MAX : host().monotonicMicros() + timeout;
    for (;;) {
        uint64_t seen = lockEpoch();
        if (!lock->locked) return lock->locked = true;
        if (deadline != UINT64_MAX && host().monotonicMicros() >= deadline) return false;
        waitForLockChange(seen, deadline);
        // Ctrl-C (main thread), a reset, a stop and callbacks are handled while waiting.
        runPendingEvents();
    }
}

Value lockAcquire(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("acquire", args, nargs, kw, {"self", "blocking", "timeout"}, 1, a);
    LockObject* lock = asLock(a[0], "acquire");
    bool blocking = !a[1] || truthy(a[1]);
    return boolValue(acquireLock(lock, blocking, timeoutMicros(a[2], blocking)));
}

Value lockRelease(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("release", nargs, kw, 1, 1);
    LockObject* lock = asLock(args[0], "release");
    if (!lock->locked) raiseError(&exc::RuntimeError, "release unlocked lock");
    lock->locked = false;
    notifyLockChange();
    return None();
}

Value lockLocked(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("locked", nargs, kw, 1, 1);
    return boolValue(asLock(args[0], "locked")->locked);
}

Value lockEnter(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__enter__", nargs, kw, 1, 1);
    return boolValue(acquireLock(asLock(args[0], "__enter__"), true, UINT64_MAX));
}

Value lockExit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__exit__", nargs, kw, 1, 4);
    return lockRelease(args, 1, nullptr), None();
}

const MethodDef lockMethods[] = {
    {"__enter__", lockEnter},
    {"__exit__", lockExit},
    {"acquire", lockAcquire},
    {"acquire_lock", lockAcquire},
    {"locked", lockLocked},
    {"release", lockRelease},
    {"release_lock", lockRelease},
    {nullptr, nullptr},
};

Value allocateLock(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("allocate_lock", nargs, kw, 0, 0);
    auto* lock = allocateObject<LockObject>(&lockType);
    lock->locked = false;
    return Value(lock);
}

Value startNewThread(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("start_new_thread", nargs, kw, 2, 3);
    if (!isCallable(args[0])) raiseTypeError("first arg must be callable");
    if (!isInstance(args[1], &tupleType)) raiseTypeError("2nd arg must be a tuple");
    DictObject* kwargs = nullptr;
    if (nargs == 3) {
        if (!isInstance(args[2], &dictType)) raiseTypeError("optional 3rd arg must be a dictionary");
        kwargs = args[2].as<DictObject>();
    }
    return makeIntU64(startThread(args[0], args[1].as<TupleObject>(), kwargs));
}

Value getIdent(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("get_ident", nargs, kw, 0, 0);
    return makeIntU64(currentThreadIdent());
}

// stack_size([size]): the C++ stack of threads started later (0: the default, 1 MiB; at least
// 64 KiB is used); returns the previous setting.
Value stackSize(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("stack_size", nargs, kw, 0, 1);
    if (!nargs) return makeIntU64(threadStackSize());
    int64_t size = requireInt64(args[0]);
    if (size < 0 || size > (int64_t(1) << 30)) raiseValueError("size not valid: %ld bytes", long(size));
    return makeIntU64(setThreadStackSize(size_t(size)));
}

Value threadExit(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("exit", nargs, kw, 0, 0);
    raise(newException(&exc::SystemExit, nullptr));
}

const MethodDef functions[] = {
    {"allocate_lock", allocateLock},
    {"exit", threadExit},
    {"get_ident", getIdent},
    {"stack_size", stackSize},
    {"start_new_thread", startNewThread},
    {nullptr, nullptr},
};

void traceNothing(Object*, Tracer&) {}

}  // namespace

Type threadLockType{TypeSpec{
    .name = "lock",
    .instanceSize = sizeof(LockObject),
    .trace = traceNothing,
    .methods = lockMethods,
    .module = "_thread",
}};

void initThreadModule(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    moduleSet(module, "LockType", Value(&lockType));
    moduleSet(module, "error", Value(&exc::RuntimeError));
}

}  // namespace pyfw::lib
